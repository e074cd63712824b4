import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponseSchema } from '../../../src/sync/protocol';
import type { PullResponse } from '../../../src/sync/protocol';
import { createFsBlobStore } from '../../../src/server/blobs/fsBlobStore';
import { openDatabase } from '../../../src/server/db/openDatabase';
import { findUserByEmail, publicUser } from '../../../src/server/auth/users';
import { seedDemo } from '../../../src/server/seed/seedDemo';
import { pullChanges } from '../../../src/server/sync/pullChanges';
import { fixtureCases } from './support/fixtureCases';
import { freshTestDatabase } from './support/testDatabase';
import { startTestService } from './support/testService';
import type { DemoEmail } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
beforeAll(async () => {
  env = await startTestService();
});
afterAll(async () => {
  await env?.stop();
});

async function pull(who: DemoEmail, query = ''): Promise<PullResponse> {
  const answer = await env.api.get(`/sync/pull${query}`, await env.api.token(who));
  expect(answer.status).toBe(200);
  return PullResponseSchema.parse(answer.body);
}

async function pullAll(who: DemoEmail, limit: number, from = 0): Promise<{ pages: PullResponse[]; cursor: number }> {
  const pages: PullResponse[] = [];
  let cursor = from;
  for (;;) {
    const page = await pull(who, `?cursor=${cursor}&limit=${limit}`);
    pages.push(page);
    expect(page.cursor).toBeGreaterThanOrEqual(cursor);
    cursor = page.cursor;
    if (!page.hasMore) return { pages, cursor };
  }
}

const queueIds = async (who: DemoEmail) =>
  (await env.api.get('/cases', await env.api.token(who))).body.cases.map((c: { id: string }) => c.id).sort();

describe('GET /sync/pull', () => {
  it('gives each role, from cursor 0, exactly the cases it may see, with current summaries', async () => {
    for (const who of ['specialist', 'specialist2', 'radiologist', 'director', 'admin'] as const) {
      const page = await pull(who, '?cursor=0');
      expect(page.changes.map((c) => c.caseId).sort()).toEqual(await queueIds(who));
      expect(page.revoked).toEqual([]);
      for (const change of page.changes) expect(change.case.id).toBe(change.caseId);
    }
  });

  it('pages through the log: every page advances the cursor and the pages add up to the queue', async () => {
    const { pages } = await pullAll('admin', 3);
    expect(pages.length).toBeGreaterThan(2);
    const seen = pages.flatMap((p) => p.changes.map((c) => c.caseId));
    expect(new Set(seen)).toEqual(new Set(await queueIds('admin')));
    const seqs = pages.flatMap((p) => p.changes.map((c) => c.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('after the cursor, shows only what changed, once per case, and nothing to people who may not see it', async () => {
    const mine = await pull('specialist');
    const others = await pull('specialist2');
    const target = mine.changes.find((c) => c.case.status === 'in_review')!;
    const push = await env.api.post('/sync/push', {
      clientId: 'pull-test-client',
      mutations: [
        { id: 'pull-test-1', type: 'draft.save', caseId: target.caseId, baseVersion: 0, payload: { text: 'one' } },
        { id: 'pull-test-2', type: 'draft.save', caseId: target.caseId, baseVersion: 1, payload: { text: 'two' } },
      ],
    }, await env.api.token('specialist'));
    expect(push.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);

    const next = await pull('specialist', `?cursor=${mine.cursor}`);
    expect(next.changes.map((c) => c.caseId)).toEqual([target.caseId]);
    expect(next.cursor).toBeGreaterThan(mine.cursor);
    expect((await pull('specialist', `?cursor=${next.cursor}`)).changes).toEqual([]);
    expect((await pull('specialist2', `?cursor=${others.cursor}`)).changes).toEqual([]);
  });

  it('refuses bad cursors and limits with 400, and anonymous callers with 401', async () => {
    const token = await env.api.token('specialist');
    for (const query of ['?cursor=-1', '?cursor=abc', '?cursor=1.5', '?limit=0', '?limit=5000', '?cursor=99999999999999999999']) {
      const answer = await env.api.get(`/sync/pull${query}`, token);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code).toBe('invalid_argument');
    }
    expect((await env.api.get('/sync/pull')).status).toBe(401);
  });
});

describe('pullChanges on the database', () => {
  it('reports a reassigned case as revoked to its former assignee and as new to the next', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pull-revoke-'));
    const database = await freshTestDatabase();
    const db = await openDatabase(dataDir, database.url);
    try {
      await seedDemo(db, createFsBlobStore(join(dataDir, 'blobs')), fixtureCases, new Date());
      const first = publicUser((await findUserByEmail(db, 'specialist@demo.test'))!);
      const second = publicUser((await findUserByEmail(db, 'specialist2@demo.test'))!);
      const before = await pullChanges(db, first, 0, 1000);
      const secondBefore = await pullChanges(db, second, 0, 1000);
      const moved = before.changes[0]!.caseId;

      await db.query('update cases set assignee_id = $1, version = version + 1 where id = $2', [second.id, moved]);

      const after = await pullChanges(db, first, before.cursor, 1000);
      expect(after.revoked).toEqual([moved]);
      expect(after.changes).toEqual([]);
      const gained = await pullChanges(db, second, secondBefore.cursor, 1000);
      expect(gained.changes.map((c) => c.caseId)).toEqual([moved]);
      expect(gained.revoked).toEqual([]);
      // From scratch, the former assignee is simply never told about it.
      expect((await pullChanges(db, first, 0, 1000)).changes.map((c) => c.caseId)).not.toContain(moved);
    } finally {
      await db.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
