import { getDocument, GlobalWorkerOptions, InvalidPDFException, PasswordException } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

// Fonts, CMaps and codecs are bundled with the app (see electron.vite.config.ts): records open offline.
const assetBase = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

export class PdfOpenError extends Error {
  override readonly name = 'PdfOpenError';
}

/** Opens PDF bytes (they are handed to pdf.js's worker and no longer usable here). */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data: bytes,
    standardFontDataUrl: assetBase('standard_fonts'),
    cMapUrl: assetBase('cmaps'),
    wasmUrl: assetBase('wasm'),
    iccUrl: assetBase('iccs'),
    enableXfa: false,
    disableAutoFetch: true,
  });
  try {
    return await task.promise;
  } catch (error) {
    if (error instanceof PasswordException) throw new PdfOpenError('This PDF is password-protected and cannot be shown.');
    if (error instanceof InvalidPDFException) throw new PdfOpenError('This PDF is damaged and cannot be shown.');
    throw new PdfOpenError('This PDF could not be opened.');
  }
}
