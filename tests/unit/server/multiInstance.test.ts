import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../src/audit/hashChain';
import { readAuditEvents } from '../../../src/server/audit/auditLog';
import { startCaseService } from '../../../src/server/caseService';
import { openDatabase } from '../../../src/server/db/openDatabase';
import { PullResponseSchema, PushResponseSchema } from '../../../src/sync/protocol';
import { fixtureCases } from './support/fixtureCases';
import { freshTestDatabase } from './support/testDatabase';
import { createApi } from './support/testService';

// Several instances need a shared server database; the embedded one belongs to one process.
const onPostgres = Boolean(inject('databaseServerUrl'));

describe.skipIf(!onPostgres)('two case service instances on one PostgreSQL database (PostgreSQL run only)', () => {
  it('share sessions, apply each mutation once across both, and keep one audit chain', async () => {
    const database = await freshTestDatabase();
    const dirs = await Promise.all([0, 1].map(() => mkdtemp(join(tmpdir(), 'multi-instance-'))));
    const [a, b] = await Promise.all(dirs.map((dataDir) =>
      startCaseService({ port: 0, dataDir, demo: true, demoCases: fixtureCases, databaseUrl: database.url! })));
    try {
      const apiA = createApi(a!.url);
      const apiB = createApi(b!.url);
      // A token issued by one instance is honoured by the other: the signing secret lives in the database.
      const token = await apiA.token('specialist');
      const queue = (await apiB.get('/cases', token)).body.cases as { id: string; reference: string }[];
      expect(queue.length).toBeGreaterThan(0);
      const caseId = queue.find((c) => c.reference === 'T-002')!.id;
      const cursor = PullResponseSchema.parse((await apiB.get('/sync/pull', token)).body).cursor;

      // The same outbox pushed to both instances at once, as a client retrying through a load balancer.
      const body = {
        clientId: 'multi-instance-client',
        mutations: Array.from({ length: 20 }, (_, i) => ({ id: `multi-instance-${i}`, type: 'draft.save', caseId, baseVersion: i, payload: { text: `v${i + 1}` } })),
      };
      const [fromA, fromB] = await Promise.all([apiA.post('/sync/push', body, token), apiB.post('/sync/push', body, token)]);
      const resultsA = PushResponseSchema.parse(fromA.body).results;
      const resultsB = PushResponseSchema.parse(fromB.body).results;
      for (let i = 0; i < 20; i++) {
        const pair = [resultsA[i]!, resultsB[i]!];
        expect(pair.map((r) => r.version), `mutation ${i}`).toEqual([i + 1, i + 1]);
        expect(pair.filter((r) => r.status === 'applied'), `mutation ${i} applied once`).toHaveLength(1);
        expect(pair.filter((r) => r.status === 'duplicate')).toHaveLength(1);
      }
      const detail = (await apiA.get(`/cases/${caseId}`, token)).body;
      expect(detail.draft).toMatchObject({ version: 20, text: 'v20' });

      // A change made through either instance is pulled through the other.
      const pulled = PullResponseSchema.parse((await apiB.get(`/sync/pull?cursor=${cursor}`, token)).body);
      expect(pulled.changes.map((c) => c.caseId)).toEqual([caseId]);
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
    const db = await openDatabase(dirs[0]!, database.url);
    try {
      const events = await readAuditEvents(db, 0, 100_000);
      expect(await verifyChain(events)).toBeNull();
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      const applied = events.filter((e) => e.action === 'mutation.draft.save' && e.detail.status === 'applied');
      expect(applied).toHaveLength(20);
    } finally {
      await db.close();
      await database.drop();
      for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
