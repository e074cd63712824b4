import { putFile, readFile } from '../db/fileStore';
import type { LocalStore } from './localStore';
import { isRevoked } from './caseCache';

// The active user's store, for loaders that live outside React (cornerstone's image loader).
let active: LocalStore | null = null;

export function setActiveStore(store: LocalStore | null): void {
  active = store;
}

/**
 * A file by its SHA-256: from this computer when it is here (verified on
 * read), else fetched, and then kept (encrypted) for offline use. A full
 * disk does not stop the reader: the file is shown, just not kept.
 */
export async function cachedFile(
  caseId: string,
  sha256: string,
  fetch: () => Promise<Uint8Array>,
  keep: 'best-effort' | 'required' = 'best-effort',
): Promise<Uint8Array> {
  const store = active;
  if (store) {
    const local = await readFile(store.db, store.cipher, sha256).catch(() => null);
    if (local) return local;
  }
  const bytes = await fetch();
  if (store && !(await isRevoked(store, caseId))) {
    const kept = putFile(store.db, store.cipher, caseId, sha256, bytes.slice());
    // A reader is shown the file even when it cannot be kept; the prefetcher needs to know.
    if (keep === 'required') await kept;
    else await kept.catch(() => undefined);
  }
  return bytes;
}
