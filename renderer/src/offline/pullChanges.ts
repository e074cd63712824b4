import type { CaseSummary } from '../../../src/domain/case';
import { call } from '../platform/host';
import { cacheQueue, cachedQueue, markRevoked } from './caseCache';
import type { LocalStore } from './localStore';

const cursorKey = 'pullCursor';

export interface RevokedCase {
  readonly caseId: string;
  readonly reference: string;
  /** The reviewer's unsynced draft of it stays on this computer, set aside. */
  readonly draftKeptAside: boolean;
}

/**
 * Brings the local copy up to date with the server's change log: changed
 * cases get their new summaries, and cases taken away from this reviewer
 * are purged from this computer (records, images, cached detail), their
 * drafts kept aside and reported.
 */
export async function pullChanges(store: LocalStore): Promise<RevokedCase[]> {
  let cursor = Number((await store.db.syncState.get(cursorKey))?.value ?? 0);
  const revoked: RevokedCase[] = [];
  for (;;) {
    const page = await call('sync.pull', { cursor });
    const changed: CaseSummary[] = page.changes.map((c) => c.case);
    // A case given back to this reviewer is theirs again.
    for (const summary of changed) await markRevoked(store, summary.id, false);
    if (changed.length) await cacheQueue(store, changed);
    for (const caseId of page.revoked) revoked.push(await purgeCase(store, caseId));
    cursor = page.cursor;
    await store.db.syncState.put({ key: cursorKey, value: cursor });
    if (!page.hasMore) return revoked;
  }
}

async function purgeCase(store: LocalStore, caseId: string): Promise<RevokedCase> {
  const reference = (await cachedQueue(store)).find((c) => c.id === caseId)?.reference ?? 'a case';
  const draft = await store.db.drafts.get(caseId);
  await markRevoked(store, caseId, true);
  await store.db.transaction('rw', [store.db.cases, store.db.files, store.db.chunks], async () => {
    await store.db.cases.delete(caseId);
    const files = await store.db.files.where('caseId').equals(caseId).primaryKeys();
    await store.db.chunks.where('sha256').anyOf(files).delete();
    await store.db.files.bulkDelete(files);
  });
  if (draft) await store.db.syncState.put({ key: `keptAside:${caseId}`, value: reference });
  return { caseId, reference, draftKeptAside: Boolean(draft) };
}
