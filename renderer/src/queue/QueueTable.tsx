import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { CaseSummary } from '../../../src/domain/case';
import type { PrefetchProgress } from '../offline/prefetcher';
import { isKeptOffline } from '../offline/prefetcher';
import type { OfflineChoice } from '../db/schema';

export type OfflineControls = Readonly<{ choices: ReadonlyMap<string, OfflineChoice>; choose: (caseId: string, choice: OfflineChoice) => void }>;
import { ageOn, describeDue } from '../ui/formatTime';
import { sexLetter, specialtyLabels, statusLabels } from '../ui/labels';

/** The queue as a keyboard grid: roving focus, ↑/↓ (or j/k) to move, Enter to open. */
export function QueueTable({ cases, onOpen, prefetch, offline }: {
  cases: readonly CaseSummary[];
  onOpen: (caseId: string) => void;
  prefetch: PrefetchProgress;
  offline: OfflineControls | null;
}) {
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
    } else if ((event.key === 'o' || event.key === 'O') && selectedId && offline) {
      event.preventDefault();
      const selected = cases.find((c) => c.id === selectedId)!;
      offline.choose(selectedId, isKeptOffline(selected, offline.choices.get(selectedId)) ? 'unpinned' : 'pinned');
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
              <td><OfflineState summary={c} progress={prefetch.get(c.id)} offline={offline} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function OfflineState({ summary, progress, offline }: {
  summary: CaseSummary;
  progress: PrefetchProgress extends ReadonlyMap<string, infer P> ? P | undefined : never;
  offline: OfflineControls | null;
}) {
  if (!offline) return <span className="muted small">—</span>;
  const kept = isKeptOffline(summary, offline.choices.get(summary.id));
  const toggle = (
    <button
      type="button"
      className="quiet offline-toggle"
      data-testid="offline-toggle"
      aria-pressed={kept}
      title={kept ? 'Kept on this computer for offline work: click to stop keeping it' : 'Not kept offline: click to keep it on this computer'}
      onClick={(event) => {
        event.stopPropagation();
        offline.choose(summary.id, kept ? 'unpinned' : 'pinned');
      }}
    >
      {kept ? '●' : '○'}
    </button>
  );
  if (!kept) return <span className="muted small">{toggle} not kept</span>;
  if (!progress) return <span className="muted small">{toggle} queued</span>;
  if (progress.done === progress.files) return <span className="offline-ready">{toggle} <span data-testid="offline-ready">✓ offline</span></span>;
  return (
    <span className="muted small" title={progress.failed ? `${progress.failed} files could not be fetched` : 'Downloading for offline use'}>
      {toggle} <progress max={progress.files} value={progress.done} className="case-progress" /> {progress.done}/{progress.files}
    </span>
  );
}
