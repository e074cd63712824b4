import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideRange } from '../../../src/server/http/byteRange';
import { HttpError } from '../../../src/server/http/httpError';
import { createRequestHandler } from '../../../src/server/http/requestHandler';
import { json } from '../../../src/server/http/reply';
import { publicRoute, userRoute } from '../../../src/server/http/route';
import { createRouter } from '../../../src/server/http/router';
import type { Services } from '../../../src/server/services';

const logs: string[] = [];
let url = '';
const server = createServer((req, res) => void handle(req, res));
const handle = createRequestHandler(
  [
    publicRoute('health', 'GET', '/api/v1/health', async () => {
      throw new Error('boom: Patient Jane Doe, token abc');
    }),
    publicRoute('auth.login', 'POST', '/api/v1/auth/login', async ({ body }) => json(await body())),
  ],
  {} as Services,
  (line) => logs.push(line),
);

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('request handler', () => {
  it('turns a handler exception into a JSON 500 and keeps serving', async () => {
    const failed = await fetch(`${url}/health`);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: { code: 'internal', message: 'The case service had an internal problem.' } });
    const ok = await fetch(`${url}/auth/login`, { method: 'POST', body: '{"a":1}' });
    expect(await ok.json()).toEqual({ a: 1 });
  });

  it('logs one line per request with the route pattern, never the message, path values or body', async () => {
    await fetch(`${url}/auth/login`, { method: 'POST', body: '{"password":"secret-value"}' });
    await fetch(`${url}/cases/patient-identifier-123`);
    await new Promise((r) => setTimeout(r, 20));
    const text = logs.join('\n');
    expect(text).toMatch(/^GET \/api\/v1\/health 500 [\d.]+ms$/m);
    expect(text).toMatch(/^POST \/api\/v1\/auth\/login 200 [\d.]+ms$/m);
    expect(text).toMatch(/^GET \(unmatched\) 404 [\d.]+ms$/m);
    for (const secret of ['Jane Doe', 'abc', 'secret-value', 'patient-identifier-123']) expect(text).not.toContain(secret);
  });
});

describe('router', () => {
  it('refuses a route mounted with weaker protection than the role table says', () => {
    expect(() => createRouter([publicRoute('cases.list', 'GET', '/x', async () => json(1))])).toThrow(/role table/);
    expect(() => createRouter([userRoute('health', 'GET', '/x', async () => json(1))])).toThrow(/role table/);
  });

  it('rejects a badly encoded path segment with 400', () => {
    const route = createRouter([userRoute('cases.get', 'GET', '/cases/:id', async () => json(1))]);
    expect(() => route('GET', '/cases/%E0%A4%A')).toThrow(HttpError);
  });
});

describe('decideRange', () => {
  it.each([
    [undefined, 10, { kind: 'full' }],
    ['bytes=0-4', 10, { kind: 'partial', range: { start: 0, end: 4 } }],
    ['bytes=5-', 10, { kind: 'partial', range: { start: 5, end: 9 } }],
    ['bytes=8-100', 10, { kind: 'partial', range: { start: 8, end: 9 } }],
    ['bytes=-3', 10, { kind: 'partial', range: { start: 7, end: 9 } }],
    ['bytes=-30', 10, { kind: 'partial', range: { start: 0, end: 9 } }],
    ['bytes=10-', 10, { kind: 'unsatisfiable' }],
    ['bytes=0-0', 0, { kind: 'unsatisfiable' }],
    ['bytes=0-1,3-4', 10, { kind: 'full' }],
    ['items=0-1', 10, { kind: 'full' }],
    ['bytes=5-2', 10, { kind: 'full' }],
  ] as const)('%s of %i bytes → %j', (header, size, expected) => {
    expect(decideRange(header, size)).toEqual(expected);
  });
});
