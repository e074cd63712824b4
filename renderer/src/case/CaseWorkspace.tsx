import { useCallback, useEffect, useState } from 'react';
import type { CaseDetail } from '../../../src/domain/case';
import { call } from '../platform/host';
import { errorMessage } from '../ui/errorMessage';
import { RecordsPanel } from '../records/RecordsPanel';
import { ImagingPanel } from '../imaging/ImagingPanel';
import { OpinionPanel } from '../opinion/OpinionPanel';
import { CaseHeader } from './CaseHeader';

/** Records, imaging and the opinion side by side, as a reviewer reads a case. */
export function CaseWorkspace({ caseId, onBack }: { caseId: string; onBack: () => void }) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setDetail(await call('case.get', { caseId }));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [caseId]);

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
