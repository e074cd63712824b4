import type { CaseDetail } from '../../../src/domain/case';
import { ageOn, describeDue, formatDate } from '../ui/formatTime';
import { sexLetter, specialtyLabels, statusLabels } from '../ui/labels';

export function CaseHeader({ detail, onBack }: { detail: CaseDetail; onBack: () => void }) {
  const now = Date.now();
  const due = describeDue(detail.dueAt, now);
  return (
    <header className="case-header">
      <button type="button" className="quiet" onClick={onBack} title="Back to the queue (Esc)">← Queue</button>
      <div className="case-identity">
        <div>
          <span className={`priority priority-${detail.priority}`}>{detail.priority.toUpperCase()}</span>
          <span className="mono"> {detail.reference}</span>
          <strong className="patient-name"> {detail.patient.name}</strong>
          <span className="muted"> · {ageOn(detail.patient.birthDate, now)} {sexLetter[detail.patient.sex]} · born {formatDate(detail.patient.birthDate)}</span>
        </div>
        <div className="muted small">
          {specialtyLabels[detail.specialty]} · {detail.program} · received {formatDate(detail.receivedAt)} ·{' '}
          <span className={due.overdue ? 'overdue' : due.soon ? 'soon' : undefined}>{due.text}</span>
        </div>
      </div>
      <p className="case-question"><span className="muted">Question: </span>{detail.question}</p>
      <span className={`status status-${detail.status}`} data-testid="case-status">{statusLabels[detail.status]}</span>
    </header>
  );
}
