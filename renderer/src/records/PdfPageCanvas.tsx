import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';

/**
 * One page, rendered when it scrolls near view, at the panel's width and
 * the screen's pixel density so small print stays sharp.
 */
export function PdfPageCanvas({ pdf, pageNumber, cssWidth }: { pdf: PDFDocumentProxy; pageNumber: number; cssWidth: number }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(pageNumber === 1);
  const [state, setState] = useState<'waiting' | 'rendered' | 'failed'>('waiting');
  const [aspect, setAspect] = useState(11 / 8.5);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), { rootMargin: '600px' });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible || cssWidth < 50) return;
    let cancelled = false;
    let cancelRender: (() => void) | undefined;
    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        if (cancelled) return;
        const base = page.getViewport({ scale: 1 });
        setAspect(base.height / base.width);
        const scale = (cssWidth / base.width) * (window.devicePixelRatio || 1);
        const viewport = page.getViewport({ scale });
        const canvas = canvasRef.current!;
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        const task = page.render({ canvas, viewport });
        cancelRender = () => task.cancel();
        await task.promise;
        if (!cancelled) setState('rendered');
      } catch {
        if (!cancelled) setState('failed');
      }
    })();
    return () => {
      cancelled = true;
      cancelRender?.();
    };
  }, [pdf, pageNumber, visible, cssWidth]);

  return (
    <figure className="pdf-page">
      <canvas
        ref={canvasRef}
        data-testid="pdf-page"
        data-page-number={pageNumber}
        data-rendered={state === 'rendered'}
        style={{ width: cssWidth, height: cssWidth * aspect }}
        aria-label={`Page ${pageNumber}`}
      />
      {state === 'failed' && <figcaption className="banner error" role="alert">Page {pageNumber} could not be drawn.</figcaption>}
    </figure>
  );
}
