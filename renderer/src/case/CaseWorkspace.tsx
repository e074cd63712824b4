import { useCallback, useEffect, useState } from 'react';
import type { CaseDetail } from '../../../src/domain/case';
import { call, HostCallError } from '../platform/host';
import { useOffline } from '../offline/OfflineContext';
import { cacheDetail, cachedDetail } from '../offline/caseCache';
import { errorMessage } from '../ui/errorMessage';
import { RecordsPanel } from '../records/RecordsPanel';
import { ImagingPanel } from '../imaging/ImagingPanel';
import { OpinionPanel } from '../opinion/OpinionPanel';
import { CaseHeader } from './CaseHeader';

/** Records, imaging and the opinion side by side, as a reviewer reads a case. */
export function CaseWorkspace({ caseId, onBack }: { caseId: string; onBack: () => void }) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const offline = useOffline();
  const store = offline.state === 'ready' ? offline.store : null;

  const load = useCallback(async () => {
    try {
      const fresh = await call('case.get', { caseId });
      setDetail(fresh);
      if (store) await cacheDetail(store, fresh);
    } catch (caught) {
      const cached = store && caught instanceof HostCallError && caught.code === 'network' ? await cachedDetail(store, caseId) : null;
      if (cached) setDetail(cached);
      else setError(caught instanceof HostCallError && caught.code === 'network' ? 'You are offline and this case has not been opened on this computer before.' : errorMessage(caught));
    }
  }, [caseId, store]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || target?.closest('textarea, input, dialog')) return;
      onBack();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onBack]);

  if (error) {
    return (
      <div className="case-error">
        <p className="banner error" role="alert">{error}</p>
        <button type="button" onClick={onBack}>Back to the queue</button>
      </div>
    );
  }
  if (!detail) return <p className="muted" role="status">Opening case…</p>;
  return (
    <div className="case-workspace">
      <CaseHeader detail={detail} onBack={onBack} />
      <div className="case-panels">
        <section className="panel records" aria-label="Records">
          <RecordsPanel caseId={detail.id} documents={detail.documents} />
        </section>
        <section className="panel imaging" aria-label="Imaging">
          <ImagingPanel caseId={detail.id} studies={detail.studies} />
        </section>
        <section className="panel opinion" aria-label="Opinion">
          <OpinionPanel detail={detail} onSubmitted={() => void load()} />
        </section>
      </div>
    </div>
  );
}
