/**
 * Serves the built renderer on app://workstation/ instead of file://, so the
 * page is a secure context with a real origin. Only files inside the
 * renderer folder are served; every response carries the CSP.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { appHost, appScheme } from './appOrigin';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { resolveInside } from './appPathResolve';

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const headers = { 'content-security-policy': contentSecurityPolicy, 'x-content-type-options': 'nosniff' };
    const path = url.host === appHost && request.method === 'GET' ? resolveInside(rendererRoot, url.pathname) : null;
    if (!path) return new Response('Not found', { status: 404, headers });
    try {
      const body = await readFile(path);
      const type = mimeTypes[extname(path)] ?? 'application/octet-stream';
      return new Response(body, { status: 200, headers: { ...headers, 'content-type': type } });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
}
