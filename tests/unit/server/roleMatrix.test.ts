import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../../src/domain/case';
import { routeRoles } from '../../../src/server/access/routeRoles';
import { allRoutes } from '../../../src/server/routes/index';
import { startTestService } from './support/testService';
import type { DemoEmail } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
beforeAll(async () => {
  env = await startTestService();
});
afterAll(async () => {
  await env?.stop();
});

const accountOf: Readonly<Record<(typeof roles)[number], DemoEmail>> = {
  specialist: 'specialist',
  radiologist: 'radiologist',
  director: 'director',
  admin: 'admin',
};

// Path values that exist nowhere: the role gate must answer before any row is looked at.
const concretePath = (pattern: string) => pattern.replace(/:(\w+)/g, (_, name: string) => (name === 'sha256' ? 'a'.repeat(64) : `2.25.${name.length}`));

/**
 * Every mounted route × every role, from the role table: anonymous callers
 * get 401 on protected routes, roles not listed get 403, listed roles get
 * past the gate (whatever the row rules then say). Row-level rules (whose
 * case) are tested route by route elsewhere.
 */
describe('the role gate on every route', () => {
  for (const route of allRoutes) {
    const allowed = routeRoles[route.name];
    if (allowed === 'public') continue;
    it(`${route.method} ${route.pattern}`, async () => {
      const path = concretePath(route.pattern).replace('/api/v1', '');
      const send = (token?: string) => env.api.call(route.method, path, { ...(token ? { token } : {}), ...(route.method === 'POST' ? { json: {} } : {}) });
      expect((await send()).status, 'anonymous').toBe(401);
      for (const role of roles) {
        const status = (await send(await env.api.token(accountOf[role]))).status;
        if (allowed.includes(role)) expect([401, 403], `${role} is allowed`).not.toContain(status);
        else expect(status, `${role} is not allowed`).toBe(403);
      }
    });
  }
});
