/**
 * The browser test host: the built renderer served on a made-up https origin
 * (a secure context, as app:// is in Electron), and `window.host` wired to
 * the real router and handlers, talking to a real case service.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createHandlers } from '../../src/host/handlers';
import { createRouter } from '../../src/host/router';
import type { HostEvent, HostEvents } from '../../src/host/contract';
import { createNodeHostPorts } from '../../electron/main/adapters/nodeHostPorts';
import { resolveInside } from '../../electron/main/appPathResolve';
import { contentSecurityPolicy } from '../../electron/main/contentSecurityPolicy';
import { installWindowHost } from './initScript';
import { decodeFromPage, encodeForPage } from './wireCodec';
import { createTestKeychain } from './testKeychain';

export const testOrigin = 'https://workstation.test';
const rendererRoot = resolve(import.meta.dirname, '../../out/renderer');

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export type HostCall = Readonly<{ channel: string; ok: boolean; code?: string }>;

export type WorkstationPage = Readonly<{
  page: Page;
  /** Every host call the page made, in order (channel and outcome, no data). */
  calls: HostCall[];
  emit: <E extends HostEvent>(event: E, payload: HostEvents[E]) => Promise<void>;
  /** Cuts or restores the host's network, as a plane or a dead VPN would. */
  setNetwork: (online: boolean) => void;
  /** The case service ended the session: the host forgets its tokens and tells the page. */
  expireSession: () => Promise<void>;
}>;

/** `serverUrl` may be a getter, for tests that restart the service (it comes back on another port). */
export async function openWorkstation(context: BrowserContext, serverUrl: string | (() => string)): Promise<WorkstationPage> {
  const currentUrl = typeof serverUrl === 'string' ? () => serverUrl : serverUrl;
  const page = await context.newPage();
  const calls: HostCall[] = [];
  const emit = async <E extends HostEvent>(event: E, payload: HostEvents[E]) => {
    await page.evaluate(([e, p]) => (window as unknown as { __workstationHostEmit?: (e: string, p: unknown) => void }).__workstationHostEmit?.(e, p), [event, payload] as const);
  };
  const ports = createNodeHostPorts({
    serverUrl: currentUrl,
    clientId: randomUUID(),
    emit: (e, p) => void emit(e, p).catch(() => undefined),
    keychain: createTestKeychain(),
  });
  let online = true;
  const network = ports.http;
  ports.http = {
    send: (request) => (online ? network.send(request) : Promise.reject(new Error('The network is down (test host).'))),
  };
  const router = createRouter(createHandlers(ports), (channel, error) => console.error(`host handler failed on ${channel}:`, error));

  await context.route(`${testOrigin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const path = resolveInside(rendererRoot, url.pathname);
    const headers = { 'content-security-policy': contentSecurityPolicy, 'x-content-type-options': 'nosniff' };
    try {
      if (!path) throw new Error('outside');
      const body = await readFile(path);
      await route.fulfill({ status: 200, body, headers: { ...headers, 'content-type': mimeTypes[extname(path)] ?? 'application/octet-stream' } });
    } catch {
      await route.fulfill({ status: 404, body: 'Not found', headers });
    }
  });
  await page.exposeBinding('__workstationHost', async (_source, channel: unknown, args: unknown) => {
    const result = await router(channel, decodeFromPage(args));
    calls.push({ channel: String(channel), ok: result.ok, ...(result.ok ? {} : { code: result.error.code }) });
    return encodeForPage(result);
  });
  await page.addInitScript(installWindowHost);
  await page.goto(`${testOrigin}/index.html`);
  return {
    page,
    calls,
    emit,
    setNetwork: (value) => (online = value),
    expireSession: async () => {
      ports.vault.clear();
      await emit('session.expired', { reason: 'Your session has ended.' });
    },
  };
}
