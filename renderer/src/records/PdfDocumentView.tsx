import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { DocumentRef } from '../../../src/domain/case';
import { call } from '../platform/host';
import { errorMessage } from '../ui/errorMessage';
import { openPdf, PdfOpenError } from './pdfjs';
import { PdfPageCanvas } from './PdfPageCanvas';
import { cachedFile } from '../offline/fileCache';

const zoomSteps = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3];

export function PdfDocumentView({ caseId, document: doc }: { caseId: string; document: DocumentRef }) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [zoom, setZoom] = useState(3);
  const [panelWidth, setPanelWidth] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: PDFDocumentProxy | null = null;
    setPdf(null);
    setError(null);
    void (async () => {
      try {
        const bytes = await cachedFile(caseId, doc.sha256, () => call('document.bytes', { caseId, sha256: doc.sha256 }));
        opened = await openPdf(bytes);
        if (cancelled) void opened.loadingTask.destroy();
        else setPdf(opened);
      } catch (caught) {
        if (!cancelled) setError(caught instanceof PdfOpenError ? caught.message : errorMessage(caught));
      }
    })();
    return () => {
      cancelled = true;
      void opened?.loadingTask.destroy();
    };
  }, [caseId, doc.sha256]);

  useEffect(() => {
    const element = scrollRef.current!;
    const observer = new ResizeObserver(() => setPanelWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const cssWidth = Math.max(0, (panelWidth - 24) * zoomSteps[zoom]!);
  return (
    <div className="pdf-document">
      <div className="pdf-toolbar">
        <span className="pdf-title" title={doc.title}>{doc.title}</span>
        <span className="muted">{pdf ? `${pdf.numPages} p` : ''}</span>
        <button type="button" className="quiet" aria-label="Zoom out" onClick={() => setZoom((z) => Math.max(0, z - 1))}>−</button>
        <span className="muted zoom">{Math.round(zoomSteps[zoom]! * 100)}%</span>
        <button type="button" className="quiet" aria-label="Zoom in" onClick={() => setZoom((z) => Math.min(zoomSteps.length - 1, z + 1))}>+</button>
      </div>
      <div className="pdf-pages" ref={scrollRef} tabIndex={0} aria-label={`${doc.title}, pages`}>
        {error && <p className="banner error" role="alert">{error}</p>}
        {!pdf && !error && <p className="muted" role="status">Opening…</p>}
        {pdf && Array.from({ length: pdf.numPages }, (_, i) => <PdfPageCanvas key={i} pdf={pdf} pageNumber={i + 1} cssWidth={cssWidth} />)}
      </div>
    </div>
  );
}
