import { useEffect, useMemo, useState } from 'react';
import type { StudyRef } from '../../../src/domain/case';
import { formatDate } from '../ui/formatTime';
import { StackViewport } from './StackViewport';
import { useSeriesStack } from './useSeriesStack';
import { forgetFrames } from './instanceFrames';

export function ImagingPanel({ caseId, studies }: { caseId: string; studies: readonly StudyRef[] }) {
  const seriesList = useMemo(
    () => studies.flatMap((study) => study.series.map((series) => ({ study, series }))),
    [studies],
  );
  const [selected, setSelected] = useState(0);
  useEffect(() => () => forgetFrames(caseId), [caseId]);

  const current = seriesList[selected];
  if (!current) return <p className="empty">This case has no imaging.</p>;
  return (
    <div
      className="imaging-panel"
      onKeyDown={(event) => {
        if (event.key !== '[' && event.key !== ']') return;
        event.preventDefault();
        setSelected((i) => Math.min(seriesList.length - 1, Math.max(0, i + (event.key === ']' ? 1 : -1))));
      }}
    >
      <ul className="series-list" aria-label="Series">
        {seriesList.map(({ study, series }, i) => (
          <li key={series.seriesUid}>
            <button
              type="button"
              aria-pressed={i === selected}
              data-testid="series-button"
              onClick={() => setSelected(i)}
              title={`${study.description}, ${formatDate(study.date)}`}
            >
              <span className="series-number">S{series.seriesNumber}</span> {series.description}
              <span className="muted"> · {series.instances.length} im</span>
            </button>
          </li>
        ))}
      </ul>
      <SeriesView key={current.series.seriesUid} caseId={caseId} studyUid={current.study.studyUid} series={current.series} label={`${current.series.modality} · ${current.series.description}`} />
    </div>
  );
}

function SeriesView({ caseId, studyUid, series, label }: { caseId: string; studyUid: string; series: StudyRef['series'][number]; label: string }) {
  const stack = useSeriesStack(caseId, studyUid, series);
  const loading = stack.imageIds.length === 0 && !stack.error;
  return (
    <div className="series-view">
      {loading && (
        <div className="series-progress" role="status">
          Loading images {stack.loaded}/{stack.total}
          <progress max={stack.total} value={stack.loaded} />
        </div>
      )}
      {stack.error && <p className="banner error" role="alert">{stack.error}</p>}
      <StackViewport imageIds={stack.imageIds} label={label} />
    </div>
  );
}
