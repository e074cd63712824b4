/**
 * The client side of the case service's REST contract. Every answer is
 * checked against its schema; a 401 triggers one refresh, then pauses the
 * session (the caller keeps whatever it was trying to send).
 */
import type { z } from 'zod';
import type { User } from '../domain/case';
import { HostError } from '../host/hostError';
import type { HostPorts } from '../host/ports';
import { apiPrefix, ErrorResponseSchema, TokenResponseSchema } from './protocol';
import { sha256Hex } from './sha256';
import type { TokenResponse } from './protocol';

const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };

export type CaseServiceClient = ReturnType<typeof createCaseServiceClient>;

export function createCaseServiceClient(ports: HostPorts) {
  let user: User | null = null;

  const url = (path: string) => `${ports.serverUrl().replace(/\/+$/, '')}${apiPrefix}${path}`;

  async function send(method: 'GET' | 'POST', path: string, body: unknown, headers: Record<string, string>) {
    try {
      return await ports.http.send({
        method,
        url: url(path),
        headers,
        ...(body === undefined ? {} : { body: new TextEncoder().encode(JSON.stringify(body)) }),
      });
    } catch (error) {
      if (error instanceof HostError) throw error;
      throw new HostError('network', 'The case service could not be reached. Check the network and the server address.');
    }
  }

  function storeTokens(answer: TokenResponse) {
    ports.vault.write({
      accessToken: answer.accessToken,
      refreshToken: answer.refreshToken,
      expiresAt: ports.now() + answer.expiresIn * 1000,
    });
    user = answer.user;
  }

  async function refresh(): Promise<boolean> {
    const tokens = ports.vault.read();
    if (!tokens) return false;
    const response = await send('POST', '/auth/refresh', { refreshToken: tokens.refreshToken }, jsonHeaders);
    if (response.status !== 200) return false;
    storeTokens(parseBody(response.body, TokenResponseSchema));
    return true;
  }

  function endSession(reason: string): never {
    ports.vault.clear();
    user = null;
    ports.emit('session.expired', { reason });
    throw new HostError('unauthenticated', 'Your session has ended. Sign in again; nothing you wrote is lost.');
  }

  async function authorized(method: 'GET' | 'POST', path: string, body: unknown, accept: string) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const tokens = ports.vault.read();
      if (!tokens) throw new HostError('unauthenticated', 'Sign in to continue.');
      if (attempt === 0 && tokens.expiresAt <= ports.now() && !(await refresh())) endSession('expired');
      const current = ports.vault.read();
      const headers: Record<string, string> = { ...jsonHeaders, accept, authorization: `Bearer ${current?.accessToken ?? ''}` };
      const response = await send(method, path, body, headers);
      if (response.status !== 401) return response;
      if (attempt === 0 && (await refresh())) continue;
      endSession('refused');
    }
    return endSession('refused');
  }

  return {
    currentUser: () => user,

    async signIn(email: string, password: string): Promise<User> {
      const response = await send('POST', '/auth/login', { email, password }, jsonHeaders);
      if (response.status === 401) throw new HostError('unauthenticated', 'Email or password is not correct.');
      if (response.status === 429) throw new HostError('rate_limited', 'Too many sign-in attempts. Wait a few minutes and try again.');
      expectOk(response.status, response.body);
      const answer = parseBody(response.body, TokenResponseSchema);
      storeTokens(answer);
      return answer.user;
    },

    async signOut(): Promise<void> {
      const tokens = ports.vault.read();
      ports.vault.clear();
      user = null;
      if (tokens) await send('POST', '/auth/logout', { refreshToken: tokens.refreshToken }, jsonHeaders).catch(() => undefined);
    },

    async getJson<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
      const response = await authorized('GET', path, undefined, 'application/json');
      expectOk(response.status, response.body);
      return parseBody(response.body, schema);
    },

    async postJson<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
      const response = await authorized('POST', path, body, 'application/json');
      expectOk(response.status, response.body);
      return parseBody(response.body, schema);
    },

    /** Downloads bytes and checks them against their SHA-256 before anyone uses them. */
    async getVerifiedBytes(path: string, sha256: string, accept: string): Promise<Uint8Array> {
      const response = await authorized('GET', path, undefined, accept);
      expectOk(response.status, response.body);
      if ((await sha256Hex(response.body)) !== sha256) {
        throw new HostError('bad_response', 'A file from the case service failed its integrity check and was not used.');
      }
      return response.body;
    },
  };
}

function expectOk(status: number, body: Uint8Array): void {
  if (status >= 200 && status < 300) return;
  const message = serverMessage(body);
  if (status === 404 || status === 403) throw new HostError('not_found', message ?? 'Not found, or not available to you.');
  if (status === 409) throw new HostError('conflict', message ?? 'The case changed on the server.');
  if (status === 429) throw new HostError('rate_limited', message ?? 'The case service is busy. Try again shortly.');
  if (status >= 400 && status < 500) throw new HostError('invalid_argument', message ?? `The case service refused the request (${status}).`);
  throw new HostError('server', `The case service had a problem (${status}). Try again later.`);
}

function serverMessage(body: Uint8Array): string | null {
  try {
    const parsed = ErrorResponseSchema.safeParse(JSON.parse(new TextDecoder().decode(body)));
    return parsed.success ? parsed.data.error.message.slice(0, 300) : null;
  } catch {
    return null;
  }
}

function parseBody<S extends z.ZodType>(body: Uint8Array, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new HostError('bad_response', 'The case service sent an answer that is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HostError('bad_response', `The case service sent an unexpected answer${issue ? ` (at "${issue.path.join('.')}")` : ''}.`);
  }
  return parsed.data;
}
