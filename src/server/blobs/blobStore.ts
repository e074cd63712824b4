import type { Readable } from 'node:stream';

/** An inclusive byte range, `start <= end < size`, as HTTP Range uses. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Content-addressed storage: a blob's name is the lowercase hex SHA-256 of
 * its bytes, so a stored blob never changes and a name proves its content.
 */
export interface BlobStore {
  /** Stores bytes (idempotently) and returns their SHA-256. */
  put(bytes: Uint8Array): Promise<string>;
  /** Streams the blob, or the inclusive range of it; throws if it is missing. */
  open(sha256: string, range?: ByteRange): Readable;
  /** The blob's size, or null when it is not stored. */
  stat(sha256: string): Promise<{ size: number } | null>;
}

/** True for a well-formed blob name; anything else never reaches the file system. */
export function isSha256(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
