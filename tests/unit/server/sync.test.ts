import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventHash, genesisHash, verifyChain } from '../../../src/audit/hashChain';
import { readAuditEvents } from '../../../src/server/audit/auditLog';
import { openDatabase } from '../../../src/server/db/openDatabase';
import { PushResponseSchema } from '../../../src/sync/protocol';
import type { Mutation } from '../../../src/sync/protocol';
import { startTestService } from './support/testService';
import type { DemoEmail } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
const idOf = new Map<string, string>();
let stopped = false;

beforeAll(async () => {
  env = await startTestService();
  const all = await env.api.get('/cases', await env.api.token('admin'));
  for (const c of all.body.cases) idOf.set(c.reference, c.id);
});
afterAll(async () => {
  if (!stopped) await env?.stop();
});

const caseId = (ref: string) => idOf.get(ref) ?? 'missing';
let counter = 0;
const mutation = (ref: string, type: Mutation['type'], baseVersion: number, text: string): Mutation => ({
  id: `mutation-${++counter}-${type}`,
  type,
  caseId: caseId(ref),
  baseVersion,
  payload: { text },
});

async function push(who: DemoEmail, ...mutations: Mutation[]) {
  const answer = await env.api.post('/sync/push', { clientId: `client-${who}`, mutations }, await env.api.token(who));
  expect(answer.status).toBe(200);
  return PushResponseSchema.parse(answer.body).results;
}

const detail = async (who: DemoEmail, ref: string) => (await env.api.get(`/cases/${caseId(ref)}`, await env.api.token(who))).body;

describe('draft.save', () => {
  it('is idempotent: the same mutation twice is applied, then duplicate, and the draft changes once', async () => {
    const m = mutation('T-002', 'draft.save', 0, 'First impression.');
    expect(await push('specialist', m)).toEqual([{ id: m.id, status: 'applied', version: 1 }]);
    expect(await push('specialist', m)).toEqual([{ id: m.id, status: 'duplicate', version: 1 }]);
    const after = await detail('specialist', 'T-002');
    expect(after.draft).toMatchObject({ text: 'First impression.', version: 1 });
    // accepted → in_review, and the status change bumped the case version.
    expect(after.status).toBe('in_review');
    expect(after.version).toBe(2);
  });

  it('rejects a stale baseVersion with the current version, and keeps the draft', async () => {
    const [result] = await push('specialist', mutation('T-002', 'draft.save', 0, 'Overwrite attempt'));
    expect(result).toMatchObject({ status: 'rejected', reason: 'stale', version: 1 });
    expect((await detail('specialist', 'T-002')).draft.text).toBe('First impression.');
    const [next] = await push('specialist', mutation('T-002', 'draft.save', 1, 'Second impression.'));
    expect(next).toMatchObject({ status: 'applied', version: 2 });
  });

  it('processes a batch in order', async () => {
    const results = await push(
      'specialist',
      mutation('T-008', 'draft.save', 0, 'a'),
      mutation('T-008', 'draft.save', 1, 'ab'),
      mutation('T-008', 'draft.save', 1, 'stale'),
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
  });

  it('rejects as not_found another specialist\'s case and an unknown case, without leaking', async () => {
    const [theirs] = await push('specialist', mutation('T-003', 'draft.save', 0, 'x'));
    const [unknown] = await push('specialist', { ...mutation('T-003', 'draft.save', 0, 'x'), caseId: 'no-such-case' });
    expect(theirs).toMatchObject({ status: 'rejected', reason: 'not_found' });
    expect(unknown).toMatchObject({ status: 'rejected', reason: 'not_found' });
    expect(theirs?.version).toBeUndefined();
  });

  it('rejects a case that is not in an editable status', async () => {
    const [offered] = await push('specialist', mutation('T-006', 'draft.save', 0, 'x'));
    expect(offered).toMatchObject({ status: 'rejected', reason: 'not_editable' });
  });

  it('keeps drafts per author: the director never sees the specialist\'s draft', async () => {
    expect((await detail('specialist2', 'T-003')).draft).toBeNull();
    await push('specialist2', mutation('T-003', 'draft.save', 0, 'Specialist 2 draft'));
    expect((await detail('specialist2', 'T-003')).draft.text).toBe('Specialist 2 draft');
    expect((await detail('admin', 'T-003')).draft).toBeNull();
  });

  it('answers 400 naming the field for an invalid push', async () => {
    const answer = await env.api.post('/sync/push', { clientId: 'client-x1', mutations: [{ id: 'short' }] }, await env.api.token('specialist'));
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain('mutations.0.id');
  });
});

describe('opinion.submit', () => {
  it('submits: status becomes submitted, the opinion is readable by the author and the director only', async () => {
    const opinionPath = `/opinion`;
    expect((await env.api.get(`/cases/${caseId('T-001')}${opinionPath}`, await env.api.token('specialist'))).status).toBe(404);
    expect((await env.api.get(`/cases/${caseId('T-001')}`, await env.api.token('director'))).status).toBe(404);

    await push('specialist', mutation('T-001', 'draft.save', 0, 'Draft text'));
    const before = await detail('specialist', 'T-001');
    const [submitted] = await push('specialist', mutation('T-001', 'opinion.submit', 1, 'Final opinion: agree with diagnosis.'));
    expect(submitted).toMatchObject({ status: 'applied', version: 2 });

    const after = await detail('specialist', 'T-001');
    expect(after.status).toBe('submitted');
    expect(after.version).toBe(before.version + 1);

    const byAuthor = await env.api.get(`/cases/${caseId('T-001')}${opinionPath}`, await env.api.token('specialist'));
    expect(byAuthor.status).toBe(200);
    expect(byAuthor.body).toMatchObject({ caseId: caseId('T-001'), text: 'Final opinion: agree with diagnosis.', version: 2 });
    const byDirector = await env.api.get(`/cases/${caseId('T-001')}${opinionPath}`, await env.api.token('director'));
    expect(byDirector.status).toBe(200);
    expect(byDirector.body.authorId).toBe((await env.api.session('specialist')).user.id);
    expect((await env.api.get(`/cases/${caseId('T-001')}${opinionPath}`, await env.api.token('specialist2'))).status).toBe(404);
    expect((await env.api.get(`/cases/${caseId('T-001')}${opinionPath}`, await env.api.token('radiologist'))).status).toBe(404);
    expect((await env.api.get(`/cases/${caseId('T-001')}${opinionPath}`, await env.api.token('admin'))).status).toBe(200);

    // Now at or past submission, the director sees the case in the queue.
    const queue = (await env.api.get('/cases', await env.api.token('director'))).body.cases.map((c: { reference: string }) => c.reference);
    expect(queue).toContain('T-001');
    // And the author can no longer change it.
    const [late] = await push('specialist', mutation('T-001', 'draft.save', 2, 'late edit'));
    expect(late).toMatchObject({ status: 'rejected', reason: 'not_editable' });
  });

  it('refuses an empty opinion', async () => {
    const [result] = await push('specialist', mutation('T-007', 'opinion.submit', 0, '   '));
    expect(result).toMatchObject({ status: 'rejected', reason: 'empty_opinion' });
  });
});

describe('audit chain', () => {
  it('links every event to the one before and every hash recomputes', async () => {
    await env.service.close();
    // The same backend the service used: PGlite in the data dir, or its PostgreSQL database.
    const db = await openDatabase(env.dataDir, env.databaseUrl);
    try {
      const events = await readAuditEvents(db, 0, 10_000);
      const actions = new Set(events.map((e) => e.action));
      for (const action of ['auth.login', 'case.read', 'mutation.draft.save', 'mutation.opinion.submit', 'opinion.read']) {
        expect(actions).toContain(action);
      }
      expect(events[0]?.prevHash).toBe(genesisHash);
      for (let i = 0; i < events.length; i++) {
        const event = events[i]!;
        expect(event.seq).toBe(i + 1);
        if (i > 0) expect(event.prevHash).toBe(events[i - 1]!.hash);
        expect(await auditEventHash(event)).toBe(event.hash);
      }
      expect(await verifyChain(events)).toBeNull();
      expect(JSON.stringify(events)).not.toContain('demo-password');
      expect(JSON.stringify(events)).not.toContain('Patient T-');

      await expect(db.query("update audit_events set action = 'x' where seq = 1")).rejects.toThrow(/append-only/);
    } finally {
      await db.close();
      stopped = true;
      await env.stop();
    }
  });
});
