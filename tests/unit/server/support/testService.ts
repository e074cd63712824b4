import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCaseService } from '../../../../src/server/caseService';
import type { RunningCaseService } from '../../../../src/server/caseService';
import { fixtureCases } from './fixtureCases';
import { freshTestDatabase } from './testDatabase';

export type DemoEmail = 'specialist' | 'specialist2' | 'radiologist' | 'director' | 'admin';
export const demoRoles: readonly DemoEmail[] = ['specialist', 'specialist2', 'radiologist', 'director', 'admin'];

/** A real case service on a free port with a fresh data dir, seeded with the fixture cases. */
export async function startTestService(): Promise<{
  service: RunningCaseService;
  dataDir: string;
  /** The PostgreSQL database of this service, or undefined for PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  api: Api;
  stop(): Promise<void>;
}> {
  const dataDir = await mkdtemp(join(tmpdir(), 'case-service-test-'));
  const logs: string[] = [];
  const database = await freshTestDatabase();
  const service = await startCaseService({
    port: 0, dataDir, demo: true, demoCases: fixtureCases, log: (l) => logs.push(l), ...(database.url ? { databaseUrl: database.url } : {}),
  });
  const api = createApi(service.url);
  return {
    service,
    dataDir,
    databaseUrl: database.url,
    api,
    async stop() {
      await service.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// Test responses are inspected field by field; a loose type keeps the assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  bytes: Uint8Array;
}

export type Api = ReturnType<typeof createApi>;

/** A tiny client for tests: raw fetch, JSON decoding when the answer is JSON. */
export function createApi(baseUrl: string) {
  async function call<T = Json>(
    method: string,
    path: string,
    options: { token?: string; json?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const response = await fetch(`${baseUrl}/api/v1${path}`, { method, headers, body });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
    const parsed = isJson && bytes.length > 0 ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
    return { status: response.status, headers: response.headers, body: parsed as T, bytes };
  }

  const tokens = new Map<string, Json>();
  return {
    call,
    get: <T = Json>(path: string, token?: string, headers?: Record<string, string>) =>
      call<T>('GET', path, { ...(token ? { token } : {}), ...(headers ? { headers } : {}) }),
    post: <T = Json>(path: string, json: unknown, token?: string) => call<T>('POST', path, { json, ...(token ? { token } : {}) }),
    /** Logs in once per demo account and caches the token response. */
    async session(who: DemoEmail): Promise<{ accessToken: string; refreshToken: string; user: { id: string; role: string } }> {
      const cached = tokens.get(who);
      if (cached) return cached;
      const answer = await call('POST', '/auth/login', { json: { email: `${who}@demo.test`, password: 'demo-password' } });
      if (answer.status !== 200) throw new Error(`login ${who} failed: ${answer.status}`);
      tokens.set(who, answer.body);
      return answer.body;
    },
    async token(who: DemoEmail): Promise<string> {
      return (await this.session(who)).accessToken;
    },
  };
}
