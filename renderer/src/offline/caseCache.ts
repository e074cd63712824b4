import type { CaseDetail, CaseSummary } from '../../../src/domain/case';
import type { LocalStore } from './localStore';
import type { OfflineChoice } from '../db/schema';

interface CachedCase {
  readonly summary: CaseSummary;
  readonly detail?: CaseDetail;
}

const revokedKey = (caseId: string) => `revoked:${caseId}`;

/** A case taken away stays away: a slow fetch that started before the revocation must not bring it back. */
export async function markRevoked(store: LocalStore, caseId: string, revoked: boolean): Promise<void> {
  if (revoked) await store.db.syncState.put({ key: revokedKey(caseId), value: Date.now() });
  else await store.db.syncState.delete(revokedKey(caseId));
}

export const isRevoked = async (store: LocalStore, caseId: string) => Boolean(await store.db.syncState.get(revokedKey(caseId)));

/** Keeps the queue as last seen, encrypted, so it opens without a network. */
export async function cacheQueue(store: LocalStore, cases: readonly CaseSummary[]): Promise<void> {
  const existing = new Map((await store.db.cases.toArray()).map((r) => [r.id, r]));
  for (const summary of cases) {
    if (await isRevoked(store, summary.id)) continue;
    const old = existing.get(summary.id);
    const previous = old ? await store.cipher.openJson<CachedCase>('cases', summary.id, old.sealed).catch(() => null) : null;
    await store.db.cases.put({
      id: summary.id, status: summary.status, priority: summary.priority, dueAt: summary.dueAt, serverVersion: summary.version,
      offline: old?.offline ?? 'auto',
      sealed: await store.cipher.sealJson('cases', summary.id, { summary, ...(previous?.detail ? { detail: previous.detail } : {}) }),
    });
  }
}

export async function cachedQueue(store: LocalStore): Promise<CaseSummary[]> {
  const records = await store.db.cases.toArray();
  return Promise.all(records.map(async (r) => (await store.cipher.openJson<CachedCase>('cases', r.id, r.sealed)).summary));
}

export async function cacheDetail(store: LocalStore, detail: CaseDetail): Promise<void> {
  if (await isRevoked(store, detail.id)) return;
  const old = await store.db.cases.get(detail.id);
  const { documents: _d, studies: _s, draft: _draft, ...summary } = detail;
  await store.db.cases.put({
    id: detail.id, status: detail.status, priority: detail.priority, dueAt: detail.dueAt, serverVersion: detail.version,
    offline: old?.offline ?? 'auto',
    sealed: await store.cipher.sealJson('cases', detail.id, { summary, detail }),
  });
}

export async function cachedDetail(store: LocalStore, caseId: string): Promise<CaseDetail | null> {
  const record = await store.db.cases.get(caseId);
  if (!record) return null;
  return (await store.cipher.openJson<CachedCase>('cases', caseId, record.sealed)).detail ?? null;
}

/** What the reviewer chose for each case (cases without a choice are kept by status). */
export async function offlineChoices(store: LocalStore): Promise<Map<string, OfflineChoice>> {
  return new Map((await store.db.cases.toArray()).map((r) => [r.id, r.offline ?? 'auto']));
}

/** Keep a case offline whatever its status, or never: an unpinned case's files leave this computer now. */
export async function setOfflineChoice(store: LocalStore, caseId: string, choice: OfflineChoice): Promise<void> {
  await store.db.transaction('rw', [store.db.cases, store.db.files, store.db.chunks], async () => {
    await store.db.cases.update(caseId, { offline: choice });
    if (choice !== 'unpinned') return;
    const files = await store.db.files.where('caseId').equals(caseId).primaryKeys();
    await store.db.chunks.where('sha256').anyOf(files).delete();
    await store.db.files.bulkDelete(files);
  });
}
