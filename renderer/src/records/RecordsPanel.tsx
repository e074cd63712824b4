import { useMemo, useState } from 'react';
import type { DocumentRef } from '../../../src/domain/case';
import { formatDate } from '../ui/formatTime';
import { PdfDocumentView } from './PdfDocumentView';

/** The referral first (it states the question), then the newest records. */
function readingOrder(a: DocumentRef, b: DocumentRef): number {
  return Number(b.kind === 'referral') - Number(a.kind === 'referral') || b.date.localeCompare(a.date);
}

export function RecordsPanel({ caseId, documents: unordered }: { caseId: string; documents: readonly DocumentRef[] }) {
  const documents = useMemo(() => [...unordered].sort(readingOrder), [unordered]);
  const [selectedId, setSelectedId] = useState(documents[0]?.id);
  const selected = documents.find((d) => d.id === selectedId);
  if (documents.length === 0) return <p className="empty">This case has no records.</p>;
  return (
    <div className="records-panel">
      <ul className="document-list" aria-label="Records">
        {documents.map((doc) => (
          <li key={doc.id}>
            <button type="button" aria-pressed={doc.id === selectedId} data-testid="document-button" onClick={() => setSelectedId(doc.id)}>
              <span className="document-title">{doc.title}</span>
              <span className="muted small">{formatDate(doc.date)} · {doc.source} · {doc.pageCount} p</span>
            </button>
          </li>
        ))}
      </ul>
      {selected && <PdfDocumentView key={selected.id} caseId={caseId} document={selected} />}
    </div>
  );
}
