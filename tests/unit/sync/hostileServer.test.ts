/**
 * The host handlers against a hostile or broken case service (a real HTTP
 * server on loopback answering badly): every bad answer becomes a clear
 * HostError, nothing malformed reaches the renderer, and a refused token
 * ends the session with an event.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/host/handlers';
import { createRouter } from '../../../src/host/router';
import type { HostResult } from '../../../src/host/contract';
import { createNodeHostPorts } from '../../../electron/main/adapters/nodeHostPorts';
import { createTestKeychain } from '../../host/testKeychain';

type Behaviour = (req: IncomingMessage, res: ServerResponse) => void;
let behaviour: Behaviour = (_req, res) => res.end();
let url = '';
const server = createServer((req, res) => behaviour(req, res));

const user = { id: 'u1', email: 'specialist@demo.test', name: 'Dr. Test', role: 'specialist' };
const tokens = { accessToken: 'a'.repeat(32), refreshToken: 'r'.repeat(32), expiresIn: 900, user };
const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function signedInRouter() {
  const events: string[] = [];
  const ports = createNodeHostPorts({ serverUrl: () => url, clientId: randomUUID(), emit: (e) => events.push(e), keychain: createTestKeychain() });
  const router = createRouter(createHandlers(ports));
  behaviour = (req, res) => (req.url === '/api/v1/auth/login' ? json(res, 200, tokens) : json(res, 500, {}));
  const signIn = await router('session.signIn', { email: 'specialist@demo.test', password: 'x' });
  expect(signIn.ok).toBe(true);
  return { router, events, ports };
}

const errorCode = (result: HostResult<unknown>) => (result.ok ? 'ok' : result.error.code);

describe('a hostile case service', () => {
  it('answers that are not JSON become bad_response', async () => {
    const { router } = await signedInRouter();
    behaviour = (_req, res) => json(res, 200, '<html>proxy login</html>');
    expect(errorCode(await router('queue.list', {}))).toBe('bad_response');
  });

  it('answers of the wrong shape or with unknown enum values become bad_response', async () => {
    const { router } = await signedInRouter();
    behaviour = (_req, res) => json(res, 200, { cases: [{ id: 'c1', status: 'exploded' }] });
    expect(errorCode(await router('queue.list', {}))).toBe('bad_response');
    behaviour = (_req, res) => json(res, 200, { cases: 'all of them' });
    expect(errorCode(await router('queue.list', {}))).toBe('bad_response');
  });

  it('a file whose bytes do not match their SHA-256 is refused', async () => {
    const { router } = await signedInRouter();
    const sha = 'a'.repeat(64);
    const detail = {
      id: 'c1', reference: 'SO-1', patient: { name: 'Test Patient', birthDate: '1970-01-01', sex: 'female' }, specialty: 'oncology', priority: 'routine',
      status: 'in_review', question: 'q', program: 'p', receivedAt: '2026-11-01T00:00:00Z', dueAt: '2026-11-30T00:00:00Z', version: 1,
      documentCount: 1, imagingSeriesCount: 0,
      documents: [{ id: 'd1', title: 'Referral', kind: 'referral', date: '2026-11-01', source: 'Clinic', pageCount: 1, sha256: sha, byteLength: 4, mediaType: 'application/pdf' }],
      studies: [], draft: null,
    };
    behaviour = (req, res) => (req.url === '/api/v1/cases/c1' ? json(res, 200, detail) : (res.writeHead(200), res.end('evil')));
    const result = await router('document.bytes', { caseId: 'c1', sha256: sha });
    expect(errorCode(result)).toBe('bad_response');
    if (!result.ok) expect(result.error.message).toMatch(/integrity/);
  });

  it('a server error is reported without its body', async () => {
    const { router } = await signedInRouter();
    behaviour = (_req, res) => json(res, 500, { error: { code: 'x', message: 'stack trace with /srv/secret' } });
    const result = await router('queue.list', {});
    expect(errorCode(result)).toBe('server');
    if (!result.ok) expect(result.error.message).not.toContain('secret');
  });

  it('a refused token is refreshed once, then the session ends with an event', async () => {
    const { router, events, ports } = await signedInRouter();
    let refreshes = 0;
    behaviour = (req, res) => {
      if (req.url === '/api/v1/auth/refresh') {
        refreshes++;
        return json(res, 401, { error: { code: 'unauthenticated', message: 'revoked' } });
      }
      json(res, 401, { error: { code: 'unauthenticated', message: 'expired' } });
    };
    expect(errorCode(await router('queue.list', {}))).toBe('unauthenticated');
    expect(refreshes).toBe(1);
    expect(events).toEqual(['session.expired']);
    expect(ports.vault.read()).toBeNull();
  });

  it('a server that never answers times out as a network error', async () => {
    const ports = createNodeHostPorts({ serverUrl: () => url, clientId: randomUUID(), emit: () => undefined, keychain: createTestKeychain() });
    const slow = { ...ports, http: (await import('../../../electron/main/adapters/nodeHttpTransport')).createNodeHttpTransport({ timeoutMs: 300 }) };
    const router = createRouter(createHandlers(slow));
    behaviour = () => undefined;
    expect(errorCode(await router('session.signIn', { email: 'specialist@demo.test', password: 'x' }))).toBe('network');
  });

  it('plain http to a host that is not loopback is refused before any byte is sent', async () => {
    const ports = createNodeHostPorts({ serverUrl: () => 'http://cases.example.org', clientId: randomUUID(), emit: () => undefined, keychain: createTestKeychain() });
    const result = await createRouter(createHandlers(ports))('session.signIn', { email: 'specialist@demo.test', password: 'x' });
    expect(errorCode(result)).toBe('network');
    if (!result.ok) expect(result.error.message).toMatch(/https:\/\//);
  });
});
