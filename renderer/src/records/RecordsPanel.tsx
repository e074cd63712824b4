import { useState } from 'react';
import type { DocumentRef } from '../../../src/domain/case';
import { formatDate } from '../ui/formatTime';
import { PdfDocumentView } from './PdfDocumentView';

export function RecordsPanel({ caseId, documents }: { caseId: string; documents: readonly DocumentRef[] }) {
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
