/**
 * Splits a `multipart/related` body (RFC 2387, as WADO-RS answers) into the
 * bodies of its parts. Tolerates quoted boundaries and LF-only line ends.
 */
export function boundaryOf(contentType: string): string | null {
  if (!/^multipart\/related/i.test(contentType.trim())) return null;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

export function splitMultipart(body: Uint8Array, boundary: string): Uint8Array[] {
  const delimiter = new TextEncoder().encode(`--${boundary}`);
  const parts: Uint8Array[] = [];
  let start = indexOf(body, delimiter, 0);
  if (start < 0) return parts;
  for (;;) {
    let cursor = start + delimiter.length;
    if (body[cursor] === 0x2d && body[cursor + 1] === 0x2d) break; // "--": the closing delimiter
    cursor = skipLine(body, cursor);
    const next = indexOf(body, delimiter, cursor);
    if (next < 0) throw new Error('multipart body ends without its closing boundary');
    const headersEnd = findHeadersEnd(body, cursor, next);
    let end = next;
    // The CRLF before a delimiter belongs to the delimiter, not the part.
    if (body[end - 1] === 0x0a) end--;
    if (body[end - 1] === 0x0d) end--;
    parts.push(body.subarray(headersEnd, end));
    start = next;
  }
  return parts;
}

function skipLine(body: Uint8Array, from: number): number {
  let i = from;
  while (i < body.length && body[i] !== 0x0a) i++;
  return i + 1;
}

function findHeadersEnd(body: Uint8Array, from: number, limit: number): number {
  let i = from;
  for (;;) {
    const lineEnd = skipLine(body, i);
    const blank = lineEnd - i <= 2 && (body[i] === 0x0d || body[i] === 0x0a);
    if (blank || lineEnd >= limit) return Math.min(lineEnd, limit);
    i = lineEnd;
  }
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first!, from); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
