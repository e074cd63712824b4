import Dexie from 'dexie';
import type { RecordCipher } from '../../../src/store/recordCipher';
import { sha256Hex } from '../../../src/sync/sha256';
import type { StoredChunk } from './schema';
import type { WorkstationDb } from './workstationDb';

export const chunkBytes = 1024 * 1024;

export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';
  constructor() {
    super('There is no room left for offline files on this computer. Unpin some cases or free disk space; nothing was half-saved.');
  }
}

export class StoredFileError extends Error {
  override readonly name = 'StoredFileError';
}

/**
 * Stores a verified file as encrypted chunks in one transaction: either the
 * whole file is there and marked complete, or nothing is (a full disk or
 * quota aborts the transaction).
 */
export async function putFile(db: WorkstationDb, cipher: RecordCipher, caseId: string, sha256: string, bytes: Uint8Array): Promise<void> {
  if ((await sha256Hex(bytes)) !== sha256) throw new StoredFileError('A file did not match its SHA-256 and was not stored.');
  const chunkCount = Math.ceil(bytes.byteLength / chunkBytes);
  const sealed: StoredChunk[] = [];
  for (let index = 0; index < chunkCount; index++) {
    sealed.push({ sha256, index, sealed: await cipher.seal('chunks', `${sha256}:${index}`, bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes)) });
  }
  try {
    await db.transaction('rw', db.files, db.chunks, async () => {
      await db.chunks.where('sha256').equals(sha256).delete();
      await db.chunks.bulkPut(sealed);
      await db.files.put({ sha256, caseId, byteLength: bytes.byteLength, chunkCount, complete: 1 });
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StoreFullError();
    throw error;
  }
}

/** Reads a complete file back, decrypted and verified against its SHA-256; null when not stored (or not complete). */
export async function readFile(db: WorkstationDb, cipher: RecordCipher, sha256: string): Promise<Uint8Array | null> {
  const file = await db.files.get(sha256);
  if (!file || file.complete !== 1) return null;
  const chunks = await db.chunks.where('sha256').equals(sha256).sortBy('index');
  if (chunks.length !== file.chunkCount) throw new StoredFileError('An offline file is incomplete; it will be downloaded again.');
  const out = new Uint8Array(file.byteLength);
  let offset = 0;
  for (const chunk of chunks) {
    const plain = await cipher.open('chunks', `${sha256}:${chunk.index}`, chunk.sealed);
    out.set(plain, offset);
    offset += plain.byteLength;
  }
  if (offset !== file.byteLength || (await sha256Hex(out)) !== sha256) throw new StoredFileError('An offline file failed its integrity check and was not used.');
  return out;
}

function isQuotaError(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown })?.inner].map((e) => (e as { name?: string })?.name);
  return names.includes('QuotaExceededError') || error instanceof Dexie.QuotaExceededError;
}
