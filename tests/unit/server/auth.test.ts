import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenResponseSchema } from '../../../src/sync/protocol';
import { startTestService } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
beforeAll(async () => {
  env = await startTestService();
});
afterAll(async () => {
  await env?.stop();
});

const login = (email: string, password: string) => env.api.post('/auth/login', { email, password });

describe('login', () => {
  it('answers a schema-valid token response for the right password', async () => {
    const answer = await login('specialist@demo.test', 'demo-password');
    expect(answer.status).toBe(200);
    const tokens = TokenResponseSchema.parse(answer.body);
    expect(tokens.user).toMatchObject({ email: 'specialist@demo.test', name: 'Dr. Maya Okafor', role: 'specialist' });
    expect(tokens.expiresIn).toBe(900);
    expect(JSON.stringify(answer.body)).not.toContain('password');
  });

  it('treats the email case-insensitively', async () => {
    expect((await login('Director@Demo.Test', 'demo-password')).status).toBe(200);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const wrong = await login('radiologist@demo.test', 'nope');
    const unknown = await login('nobody@demo.test', 'nope');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('rate-limits after 5 failures for one email, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('admin@demo.test', `wrong-${i}`)).status).toBe(401);
    const limited = await login('admin@demo.test', 'demo-password');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other accounts are unaffected.
    expect((await login('specialist2@demo.test', 'demo-password')).status).toBe(200);
  });

  it('names the invalid field', async () => {
    const answer = await env.api.post('/auth/login', { email: 'not-an-email', password: 'x' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain('email');
  });
});

describe('refresh and logout', () => {
  it('rotates the refresh token and refuses the spent one', async () => {
    const first = (await login('specialist@demo.test', 'demo-password')).body;
    const second = await env.api.post('/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await env.api.get('/cases', second.body.accessToken)).status).toBe(200);

    const replay = await env.api.post('/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('unauthenticated');
    // Replaying a spent token revokes its family: the newest token is dead too.
    expect((await env.api.post('/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
  });

  it('logout revokes the refresh token', async () => {
    const tokens = (await login('radiologist@demo.test', 'demo-password')).body;
    const out = await env.api.post('/auth/logout', { refreshToken: tokens.refreshToken });
    expect(out.status).toBe(204);
    expect((await env.api.post('/auth/refresh', { refreshToken: tokens.refreshToken })).status).toBe(401);
  });

  it('refuses an unknown refresh token', async () => {
    expect((await env.api.post('/auth/refresh', { refreshToken: 'x'.repeat(43) })).status).toBe(401);
  });
});

describe('authentication on every protected route', () => {
  const protectedRoutes: Array<[string, string]> = [
    ['GET', '/cases'],
    ['GET', '/cases/some-id'],
    ['GET', '/cases/some-id/studies'],
    ['GET', '/cases/some-id/opinion'],
    ['GET', `/files/${'a'.repeat(64)}`],
    ['GET', '/studies/1.2/series/1.2.3/instances/1.2.3.4'],
    ['POST', '/sync/push'],
  ];

  it.each(protectedRoutes)('%s %s answers 401 without a token, or with a forged one', async (method, path) => {
    const none = await env.api.call(method, path);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthenticated');
    const good = await env.api.token('specialist');
    const forged = `${good.slice(0, -4)}AAAA`;
    expect((await env.api.call(method, path, { token: forged })).status).toBe(401);
  });

  it('health needs no token', async () => {
    const answer = await env.api.get('/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ok: true });
  });
});

describe('bad input', () => {
  it('malformed JSON is a 400 with a message', async () => {
    const answer = await env.api.call('POST', '/auth/login', { rawBody: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_json');
    expect(answer.body.error.message).toMatch(/not valid JSON/);
  });

  it('a body over 1 MiB is a 413', async () => {
    const token = await env.api.token('specialist');
    const huge = JSON.stringify({ clientId: 'client-1234', mutations: [], pad: 'x'.repeat(1024 * 1024 + 10) });
    const answer = await env.api.call('POST', '/sync/push', { token, rawBody: huge, headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('payload_too_large');
  });

  it('an unknown route is a JSON 404 and a wrong method a 405', async () => {
    const unknown = await env.api.get('/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    const method = await env.api.call('DELETE', '/cases');
    expect(method.status).toBe(405);
  });

  it('still serves after errors', async () => {
    expect((await env.api.get('/health')).status).toBe(200);
  });
});
