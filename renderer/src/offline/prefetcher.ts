import type { CaseSummary } from '../../../src/domain/case';
import type { OfflineChoice } from '../db/schema';
import { call, HostCallError } from '../platform/host';
import { cacheDetail } from './caseCache';
import { cachedFile } from './fileCache';
import { StoreFullError } from '../db/fileStore';
import type { LocalStore } from './localStore';

export interface CaseProgress {
  readonly files: number;
  readonly done: number;
  readonly failed: number;
}

export type PrefetchProgress = ReadonlyMap<string, CaseProgress>;

/** Why prefetching stopped early, in words for the reviewer; null while all is well. */
export type PrefetchStop = string | null;

// Leave room for the reviewer's own work (drafts, annotations) and the browser's needs.
const budgetShare = 0.8;

async function roomFor(bytes: number): Promise<{ ok: boolean; usage: number; quota: number }> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (!estimate?.quota) return { ok: true, usage: 0, quota: 0 };
  const usage = estimate.usage ?? 0;
  return { ok: usage + bytes <= estimate.quota * budgetShare, usage, quota: estimate.quota };
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

const priorityRank = { stat: 0, urgent: 1, routine: 2 } as const;

/** Cases a reviewer still works on: these are kept offline. */
export const prefetchedStatuses: readonly string[] = ['offered', 'accepted', 'in_review', 'awaiting_records', 'returned'];

/**
 * Makes assigned cases available offline in the background, most urgent
 * first: each case's detail, records and images, verified and encrypted on
 * this computer. Files already here are skipped, so a restart resumes.
 * Stops quietly when the network goes (it runs again on the next queue load).
 */
/** Whether a case is kept on this computer: the reviewer's choice, else its status. */
export function isKeptOffline(summary: CaseSummary, choice: OfflineChoice | undefined): boolean {
  if (choice === 'pinned') return true;
  if (choice === 'unpinned') return false;
  return prefetchedStatuses.includes(summary.status);
}

export function prefetchCases(
  store: LocalStore,
  cases: readonly CaseSummary[],
  choices: ReadonlyMap<string, OfflineChoice>,
  onProgress: (progress: PrefetchProgress) => void,
  onStop: (reason: PrefetchStop) => void = () => undefined,
): { cancel(): void } {
  let cancelled = false;
  const progress = new Map<string, CaseProgress>();
  const publish = () => onProgress(new Map(progress));
  const ordered = [...cases]
    .filter((c) => isKeptOffline(c, choices.get(c.id)))
    .sort((a, b) => priorityRank[a.priority] - priorityRank[b.priority] || Date.parse(a.dueAt) - Date.parse(b.dueAt));

  void (async () => {
    for (const summary of ordered) {
      if (cancelled) return;
      try {
        const detail = await call('case.get', { caseId: summary.id });
        await cacheDetail(store, detail);
        const needed = detail.documents.reduce((n, d) => n + d.byteLength, 0)
          + detail.studies.reduce((n, st) => n + st.series.reduce((m, se) => m + se.instances.reduce((k, i) => k + i.byteLength, 0), 0), 0);
        const room = await roomFor(needed);
        if (!room.ok) {
          onStop(`Offline copies paused: this computer's storage budget is nearly used (${megabytes(room.usage)} of ${megabytes(room.quota * budgetShare)}). Free disk space to keep more cases offline.`);
          return;
        }
        const files = [
          ...detail.documents.map((d) => ({ sha256: d.sha256, fetch: () => call('document.bytes', { caseId: detail.id, sha256: d.sha256 }) })),
          ...detail.studies.flatMap((study) => study.series.flatMap((series) => series.instances.map((i) => ({
            sha256: i.sha256,
            fetch: () => call('imaging.instance', { caseId: detail.id, studyUid: study.studyUid, seriesUid: series.seriesUid, sopInstanceUid: i.sopInstanceUid }),
          })))),
        ];
        let state: CaseProgress = { files: files.length, done: 0, failed: 0 };
        progress.set(summary.id, state);
        publish();
        for (const file of files) {
          if (cancelled) return;
          try {
            await cachedFile(detail.id, file.sha256, file.fetch, 'required');
            state = { ...state, done: state.done + 1 };
          } catch (error) {
            if (error instanceof HostCallError && error.code === 'network') return;
            if (error instanceof StoreFullError) {
              onStop(error.message);
              return;
            }
            state = { ...state, failed: state.failed + 1 };
          }
          progress.set(summary.id, state);
          publish();
        }
      } catch (error) {
        if (error instanceof HostCallError && (error.code === 'network' || error.code === 'unauthenticated')) return;
      }
    }
  })();
  return { cancel: () => void (cancelled = true) };
}
