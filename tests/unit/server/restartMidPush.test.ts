import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PushResponseSchema } from '../../../src/sync/protocol';
import type { Mutation } from '../../../src/sync/protocol';
import { killHard, spawnFixtureService } from './support/spawnFixtureService';
import { freshTestDatabase } from './support/testDatabase';
import { createApi } from './support/testService';

describe('a server killed in the middle of a push', () => {
  it('loses nothing and applies nothing twice when the client retries after the restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'restart-mid-push-'));
    const database = await freshTestDatabase();
    let running = await spawnFixtureService(dataDir, database.url);
    try {
      let api = createApi(running.url);
      const token = await api.token('specialist');
      const queue = (await api.get('/cases', token)).body.cases as { id: string; reference: string }[];
      const caseId = queue.find((c) => c.reference === 'T-002')!.id;
      const mutations: Mutation[] = Array.from({ length: 100 }, (_, i) => ({
        id: `restart-${i}`, type: 'draft.save', caseId, baseVersion: i, payload: { text: `revision ${i + 1}` },
      }));
      const body = { clientId: 'restart-client', mutations };

      const interrupted = api.post('/sync/push', body, token).catch(() => 'connection lost');
      // Kill once some, but not all, of the batch has committed.
      for (let i = 0; i < 200; i++) {
        const detail = (await api.get(`/cases/${caseId}`, token)).body;
        if ((detail.draft?.version ?? 0) >= 5) break;
      }
      await killHard(running.child);
      expect(await interrupted).toBe('connection lost');

      running = await spawnFixtureService(dataDir, database.url);
      api = createApi(running.url);
      const retryToken = await api.token('specialist');
      const before = (await api.get(`/cases/${caseId}`, retryToken)).body.draft.version as number;
      expect(before).toBeGreaterThanOrEqual(5);
      expect(before).toBeLessThan(100);

      const retry = PushResponseSchema.parse((await api.post('/sync/push', body, retryToken)).body).results;
      expect(retry.map((r) => r.version)).toEqual(mutations.map((_, i) => i + 1));
      expect(retry.slice(0, before).every((r) => r.status === 'duplicate')).toBe(true);
      expect(retry.slice(before).every((r) => r.status === 'applied')).toBe(true);
      const after = (await api.get(`/cases/${caseId}`, retryToken)).body;
      expect(after.draft).toMatchObject({ version: 100, text: 'revision 100' });
    } finally {
      await killHard(running.child);
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
