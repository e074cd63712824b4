import type { ByteRange } from '../blobs/blobStore';

/** How to answer a request for a resource of `size` bytes (RFC 9110 §14). */
export type RangeDecision =
  | Readonly<{ kind: 'full' }>
  | Readonly<{ kind: 'partial'; range: ByteRange }>
  | Readonly<{ kind: 'unsatisfiable' }>;

/**
 * Interprets a `Range` header. Only one `bytes=` range is honoured: a
 * malformed header or a multi-range request gets the whole resource, which
 * RFC 9110 §14.2 allows; a well-formed range starting past the end is
 * unsatisfiable (416).
 */
export function decideRange(header: string | undefined, size: number): RangeDecision {
  if (header === undefined) return { kind: 'full' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return { kind: 'full' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'full' };
  if (first === '') {
    // Suffix range: the last N bytes (§14.1.2).
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', range: { start: Math.max(0, size - length), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return { kind: 'full' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', range: { start, end } };
}
