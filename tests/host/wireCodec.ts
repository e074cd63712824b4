/**
 * Playwright bindings carry JSON only; binary results cross as base64 and
 * the init script turns them back into Uint8Array, so the renderer sees the
 * same types as over Electron IPC.
 */
export const bytesTag = '__wireBytes';

export function encodeForPage(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [bytesTag]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeForPage);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeForPage(v)]));
  }
  return value;
}

/** Arguments from the page: the init script sends Uint8Array as base64, as results travel the other way. */
export function decodeFromPage(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeFromPage);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const b64 = record[bytesTag];
    if (typeof b64 === 'string' && Object.keys(record).length === 1) return new Uint8Array(Buffer.from(b64, 'base64'));
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decodeFromPage(v)]));
  }
  return value;
}
