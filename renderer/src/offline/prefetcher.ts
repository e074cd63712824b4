import type { CaseSummary } from '../../../src/domain/case';
import { call, HostCallError } from '../platform/host';
import { cacheDetail } from './caseCache';
import { cachedFile } from './fileCache';
import type { LocalStore } from './localStore';

export interface CaseProgress {
  readonly files: number;
  readonly done: number;
  readonly failed: number;
}

export type PrefetchProgress = ReadonlyMap<string, CaseProgress>;

const priorityRank = { stat: 0, urgent: 1, routine: 2 } as const;

/** Cases a reviewer still works on: these are kept offline. */
export const prefetchedStatuses: readonly string[] = ['offered', 'accepted', 'in_review', 'awaiting_records', 'returned'];

/**
 * Makes assigned cases available offline in the background, most urgent
 * first: each case's detail, records and images, verified and encrypted on
 * this computer. Files already here are skipped, so a restart resumes.
 * Stops quietly when the network goes (it runs again on the next queue load).
 */
export function prefetchCases(store: LocalStore, cases: readonly CaseSummary[], onProgress: (progress: PrefetchProgress) => void): { cancel(): void } {
  let cancelled = false;
  const progress = new Map<string, CaseProgress>();
  const publish = () => onProgress(new Map(progress));
  const ordered = [...cases]
    .filter((c) => prefetchedStatuses.includes(c.status))
    .sort((a, b) => priorityRank[a.priority] - priorityRank[b.priority] || Date.parse(a.dueAt) - Date.parse(b.dueAt));

  void (async () => {
    for (const summary of ordered) {
      if (cancelled) return;
      try {
        const detail = await call('case.get', { caseId: summary.id });
        await cacheDetail(store, detail);
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
            await cachedFile(detail.id, file.sha256, file.fetch);
            state = { ...state, done: state.done + 1 };
          } catch (error) {
            if (error instanceof HostCallError && error.code === 'network') return;
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
