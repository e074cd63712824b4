import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { CaseSummary } from '../../../src/domain/case';
import type { PrefetchProgress } from '../offline/prefetcher';
import { ageOn, describeDue } from '../ui/formatTime';
import { sexLetter, specialtyLabels, statusLabels } from '../ui/labels';

/** The queue as a keyboard grid: roving focus, ↑/↓ (or j/k) to move, Enter to open. */
export function QueueTable({ cases, onOpen, prefetch }: { cases: readonly CaseSummary[]; onOpen: (caseId: string) => void; prefetch: PrefetchProgress }) {
  const [selectedId, setSelectedId] = useState<string | undefined>(cases[0]?.id);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const now = Date.now();

  useEffect(() => {
    if (!cases.some((c) => c.id === selectedId)) setSelectedId(cases[0]?.id);
  }, [cases, selectedId]);

  function select(id: string | undefined) {
    if (!id) return;
    setSelectedId(id);
    rowRefs.current.get(id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const index = cases.findIndex((c) => c.id === selectedId);
    const move = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      select(cases[Math.min(cases.length - 1, Math.max(0, index + move))]?.id);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      select((event.key === 'Home' ? cases[0] : cases[cases.length - 1])?.id);
    } else if (event.key === 'Enter' && selectedId) {
      event.preventDefault();
      onOpen(selectedId);
    }
  }

  return (
    <table className="queue-table" role="grid" aria-label="Assigned cases" onKeyDown={onKeyDown}>
      <thead>
        <tr>
          <th scope="col">Priority</th>
          <th scope="col">Case</th>
          <th scope="col">Patient</th>
          <th scope="col">Specialty</th>
          <th scope="col">Question</th>
          <th scope="col">Status</th>
          <th scope="col">Due</th>
          <th scope="col">Records</th>
          <th scope="col">Offline</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => {
          const due = describeDue(c.dueAt, now);
          const selected = c.id === selectedId;
          return (
            <tr
              key={c.id}
              ref={(row) => {
                if (row) rowRefs.current.set(c.id, row);
                else rowRefs.current.delete(c.id);
              }}
              data-testid="queue-row"
              data-case-id={c.id}
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              className={selected ? 'selected' : undefined}
              onClick={() => select(c.id)}
              onDoubleClick={() => onOpen(c.id)}
            >
              <td><span className={`priority priority-${c.priority}`}>{c.priority.toUpperCase()}</span></td>
              <td className="mono">{c.reference}</td>
              <td>
                <span className="patient-name">{c.patient.name}</span>
                <span className="muted"> · {ageOn(c.patient.birthDate, now)} {sexLetter[c.patient.sex]}</span>
              </td>
              <td>{specialtyLabels[c.specialty]}</td>
              <td className="question" title={c.question}>{c.question}</td>
              <td><span className={`status status-${c.status}`}>{statusLabels[c.status]}</span></td>
              <td className={due.overdue ? 'due overdue' : due.soon ? 'due soon' : 'due'}>{due.text}</td>
              <td className="muted">
                {c.documentCount} docs{c.imagingSeriesCount > 0 ? ` · ${c.imagingSeriesCount} series` : ''}
              </td>
              <td><OfflineState progress={prefetch.get(c.id)} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function OfflineState({ progress }: { progress: PrefetchProgress extends ReadonlyMap<string, infer P> ? P | undefined : never }) {
  if (!progress) return <span className="muted small">—</span>;
  if (progress.done === progress.files) return <span className="offline-ready" data-testid="offline-ready" title="Available offline">✓ offline</span>;
  return (
    <span className="muted small" title={progress.failed ? `${progress.failed} files could not be fetched` : 'Downloading for offline use'}>
      <progress max={progress.files} value={progress.done} className="case-progress" /> {progress.done}/{progress.files}
    </span>
  );
}
