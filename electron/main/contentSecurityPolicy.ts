/**
 * The renderer's Content-Security-Policy, sent as a header on every app://
 * response. Scripts only from the app itself; WebAssembly compilation is
 * allowed (pdf.js and the DICOM codecs need it) but never eval.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
