import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeRoles } from '../../../src/server/access/routeRoles';
import { allRoutes } from '../../../src/server/routes/index';
import { startTestService } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
beforeAll(async () => {
  env = await startTestService();
});
afterAll(async () => {
  await env?.stop();
});

describe('GET /openapi.json', () => {
  it('documents every mounted route with its method, roles, summary and JSON schemas, without a token', async () => {
    const answer = await env.api.get('/openapi.json');
    expect(answer.status).toBe(200);
    const doc = answer.body;
    expect(doc.openapi).toBe('3.1.0');
    for (const route of allRoutes) {
      const operation = doc.paths[route.pattern.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.pattern}`).toBeDefined();
      expect(operation.operationId).toBe(route.name);
      expect(operation.summary, `${route.name} needs a summary in routeDocs`).not.toBe(route.name);
      const roles = routeRoles[route.name];
      expect(operation['x-roles']).toEqual(roles === 'public' ? [] : roles);
    }
    const push = doc.paths['/api/v1/sync/push'].post;
    expect(push.requestBody.content['application/json'].schema.properties.mutations.type).toBe('array');
    expect(push.responses['401']).toBeDefined();
    const pull = doc.paths['/api/v1/sync/pull'].get;
    expect(pull.parameters.map((p: { name: string }) => p.name)).toEqual(['cursor', 'limit']);
    expect(Object.keys(pull.responses['200'].content['application/json'].schema.properties).sort()).toEqual(['changes', 'cursor', 'hasMore', 'revoked']);
  });
});
