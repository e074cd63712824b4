import { useEffect, useMemo, useRef, useState } from 'react';
import type { CaseSummary } from '../../../src/domain/case';
import { call, HostCallError } from '../platform/host';
import { useOffline } from '../offline/OfflineContext';
import { cacheQueue, cachedQueue, offlineChoices, setOfflineChoice } from '../offline/caseCache';
import type { OfflineChoice } from '../db/schema';
import { isKeptOffline, prefetchCases } from '../offline/prefetcher';
import type { PrefetchProgress } from '../offline/prefetcher';
import { errorMessage } from '../ui/errorMessage';
import { byWorkOrder, matchesFilter } from './queueOrder';
import { QueueTable } from './QueueTable';

export function QueueScreen({ onOpen }: { onOpen: (caseId: string) => void }) {
  const [cases, setCases] = useState<readonly CaseSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [fromCache, setFromCache] = useState(false);
  const [prefetch, setPrefetch] = useState<PrefetchProgress>(new Map());
  const [prefetchStopped, setPrefetchStopped] = useState<string | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<string, OfflineChoice>>(new Map());
  const prefetcher = useRef<{ cancel(): void } | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const offline = useOffline();
  const store = offline.state === 'ready' ? offline.store : null;

  async function load() {
    setError(null);
    try {
      const fresh = await call('queue.list', {});
      setCases(fresh);
      setFromCache(false);
      if (store && offline.state === 'ready') {
        // The pull goes last: it is the authority on what was taken away meanwhile.
        await cacheQueue(store, fresh);
        await offline.pullNow();
        prefetcher.current?.cancel();
        startPrefetch(fresh, await offlineChoices(store));
      }
    } catch (caught) {
      if (store && caught instanceof HostCallError && caught.code === 'network') {
        setCases(await cachedQueue(store));
        setFromCache(true);
      } else {
        setError(errorMessage(caught));
      }
    }
  }

  function startPrefetch(list: readonly CaseSummary[], chosen: ReadonlyMap<string, OfflineChoice>) {
    if (!store) return;
    setChoices(chosen);
    setPrefetchStopped(null);
    prefetcher.current?.cancel();
    prefetcher.current = prefetchCases(store, list, chosen, setPrefetch, setPrefetchStopped);
  }

  async function choose(caseId: string, choice: OfflineChoice) {
    if (!store || !cases) return;
    await setOfflineChoice(store, caseId, choice);
    if (choice === 'unpinned') setPrefetch((p) => new Map([...p].filter(([id]) => id !== caseId)));
    startPrefetch(cases, await offlineChoices(store));
  }

  useEffect(() => {
    if (offline.state === 'opening') return undefined;
    void load();
    const focusFilter = (event: KeyboardEvent) => {
      if (event.key === '/' && !(event.target instanceof HTMLInputElement) && !(event.target instanceof HTMLTextAreaElement)) {
        event.preventDefault();
        filterRef.current?.focus();
      }
    };
    window.addEventListener('keydown', focusFilter);
    return () => {
      window.removeEventListener('keydown', focusFilter);
      prefetcher.current?.cancel();
    };
    // Load once the offline store is known (it holds the queue for offline use).
  }, [offline.state, offline.state === 'ready' ? offline.revoked.length : 0]);

  const visible = useMemo(() => (cases ?? []).filter((c) => matchesFilter(c, filter)).sort(byWorkOrder), [cases, filter]);
  const kept = cases?.filter((c) => isKeptOffline(c, choices.get(c.id))) ?? [];
  const ready = kept.filter((c) => {
    const p = prefetch.get(c.id);
    return p && p.done === p.files;
  }).length;
  const open = cases?.filter((c) => !['submitted', 'approved', 'signed', 'delivered', 'declined'].includes(c.status)).length ?? 0;

  return (
    <section className="queue-screen" aria-labelledby="queue-title">
      <div className="queue-toolbar">
        <h1 id="queue-title">My queue</h1>
        <span className="muted" data-testid="queue-count">{cases ? `${open} open · ${cases.length} assigned` : 'Loading…'}</span>
        <input
          ref={filterRef}
          type="search"
          className="queue-filter"
          placeholder="Filter by patient, reference, specialty…  ( / )"
          aria-label="Filter cases"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        {prefetch.size > 0 && (
          <span className="prefetch-overall" data-testid="prefetch-overall" title="Open cases kept on this computer for offline work">
            Offline {ready}/{kept.length} cases
            <progress max={kept.length} value={ready} />
          </span>
        )}
        <button type="button" className="quiet" onClick={() => void load()}>Refresh</button>
      </div>
      {error && <p className="banner error" role="alert">{error}</p>}
      {fromCache && <p className="banner warning" role="status" data-testid="offline-banner">Offline: the queue as last synced on this computer.</p>}
      {prefetchStopped && <p className="banner warning" role="alert" data-testid="prefetch-stopped">{prefetchStopped}</p>}
      {cases && cases.length === 0 && <p className="empty">No cases are assigned to you.</p>}
      {visible.length > 0 && <div className="queue-scroll"><QueueTable cases={visible} onOpen={onOpen} prefetch={prefetch} offline={store ? { choices, choose: (id, c) => void choose(id, c) } : null} /></div>}
      <p className="key-hints muted small">↑ ↓ move · Enter open · O keep offline or not · / filter</p>
    </section>
  );
}
