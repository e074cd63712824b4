import type { CaseDetail, CaseSummary } from '../../../src/domain/case';
import type { LocalStore } from './localStore';

interface CachedCase {
  readonly summary: CaseSummary;
  readonly detail?: CaseDetail;
}

/** Keeps the queue as last seen, encrypted, so it opens without a network. */
export async function cacheQueue(store: LocalStore, cases: readonly CaseSummary[]): Promise<void> {
  const existing = new Map((await store.db.cases.toArray()).map((r) => [r.id, r]));
  for (const summary of cases) {
    const old = existing.get(summary.id);
    const previous = old ? await store.cipher.openJson<CachedCase>('cases', summary.id, old.sealed).catch(() => null) : null;
    await store.db.cases.put({
      id: summary.id, status: summary.status, priority: summary.priority, dueAt: summary.dueAt, serverVersion: summary.version,
      pinned: old?.pinned ?? 0,
      sealed: await store.cipher.sealJson('cases', summary.id, { summary, ...(previous?.detail ? { detail: previous.detail } : {}) }),
    });
  }
}

export async function cachedQueue(store: LocalStore): Promise<CaseSummary[]> {
  const records = await store.db.cases.toArray();
  return Promise.all(records.map(async (r) => (await store.cipher.openJson<CachedCase>('cases', r.id, r.sealed)).summary));
}

export async function cacheDetail(store: LocalStore, detail: CaseDetail): Promise<void> {
  const old = await store.db.cases.get(detail.id);
  const { documents: _d, studies: _s, draft: _draft, ...summary } = detail;
  await store.db.cases.put({
    id: detail.id, status: detail.status, priority: detail.priority, dueAt: detail.dueAt, serverVersion: detail.version,
    pinned: old?.pinned ?? 0,
    sealed: await store.cipher.sealJson('cases', detail.id, { summary, detail }),
  });
}

export async function cachedDetail(store: LocalStore, caseId: string): Promise<CaseDetail | null> {
  const record = await store.db.cases.get(caseId);
  if (!record) return null;
  return (await store.cipher.openJson<CachedCase>('cases', caseId, record.sealed)).detail ?? null;
}
