import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditEvents } from '../../../src/server/audit/auditLog';
import { openDatabase } from '../../../src/server/db/openDatabase';
import { startTestService } from './support/testService';
import type { DemoEmail } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
const idOf = new Map<string, string>();
beforeAll(async () => {
  env = await startTestService();
  for (const c of (await env.api.get('/cases', await env.api.token('admin'))).body.cases) idOf.set(c.reference, c.id);
});
afterAll(async () => {
  await env?.stop();
});

const move = async (who: DemoEmail, ref: string, to: string, reason?: string) =>
  env.api.post(`/cases/${idOf.get(ref)}/transitions`, { to, ...(reason !== undefined ? { reason } : {}) }, await env.api.token(who));
const summary = async (who: DemoEmail, ref: string) => (await env.api.get(`/cases/${idOf.get(ref)}`, await env.api.token(who))).body;
let mutationCounter = 0;
const push = async (ref: string, type: string, baseVersion: number, text: string) =>
  (await env.api.post('/sync/push', {
    clientId: 'lifecycle-client',
    mutations: [{ id: `lifecycle-${++mutationCounter}`, type, caseId: idOf.get(ref), baseVersion, payload: { text } }],
  }, await env.api.token('specialist'))).body.results[0];

describe('POST /cases/:id/transitions', () => {
  it('lets the assignee accept an offered case, once, and nobody else', async () => {
    expect((await move('director', 'T-006', 'accepted')).status).toBe(404);
    expect((await move('specialist2', 'T-006', 'accepted')).status).toBe(404);
    const before = await summary('specialist', 'T-006');
    const accepted = await move('specialist', 'T-006', 'accepted');
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', version: before.version + 1 });
    const again = await move('specialist', 'T-006', 'accepted');
    expect(again.status).toBe(409);
    expect(again.body.error).toEqual({ code: 'illegal_transition', message: 'A case that is accepted cannot become accepted; it can become in review.' });
  });

  it('needs a reason to decline or to wait for records', async () => {
    const noReason = await move('specialist', 'T-008', 'awaiting_records');
    expect(noReason.status).toBe(409);
    expect((await move('specialist', 'T-008', 'in_review')).status).toBe(200);
    const blank = await move('specialist', 'T-008', 'awaiting_records', ' ');
    expect(blank.status).toBe(400);
    expect(blank.body.error.code).toBe('reason_required');
  });

  it('stops the SLA clock while records are awaited: the due date moves by the time waited', async () => {
    const before = Date.parse((await summary('specialist', 'T-008')).dueAt);
    expect((await move('specialist', 'T-008', 'awaiting_records', 'MRI report from 2024 missing')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const resumed = await move('specialist', 'T-008', 'in_review');
    expect(resumed.status).toBe(200);
    const moved = Date.parse(resumed.body.dueAt) - before;
    expect(moved).toBeGreaterThanOrEqual(600);
    expect(moved).toBeLessThan(10_000);
  });

  it('runs QA: director reviews, returns with a reason, the author revises and resubmits, approval, signing, delivery', async () => {
    expect((await move('specialist', 'T-005', 'qa')).status).toBe(403);
    expect((await move('director', 'T-005', 'qa')).status).toBe(200);
    expect((await move('director', 'T-005', 'returned')).status).toBe(400);
    expect((await move('director', 'T-005', 'returned', 'Address the MRI findings at L5-S1')).body.status).toBe('returned');

    const draftVersion = (await summary('specialist', 'T-005')).draft?.version ?? 0;
    expect(await push('T-005', 'draft.save', draftVersion, 'Revised opinion')).toMatchObject({ status: 'applied' });
    expect(await push('T-005', 'opinion.submit', draftVersion + 1, 'Revised opinion, final')).toMatchObject({ status: 'applied' });
    expect((await summary('specialist', 'T-005')).status).toBe('submitted');

    expect((await move('director', 'T-005', 'qa')).status).toBe(200);
    expect((await move('director', 'T-005', 'approved')).status).toBe(200);
    expect((await move('director', 'T-005', 'signed')).status).toBe(403);
    expect((await move('specialist', 'T-005', 'signed')).status).toBe(200);
    expect(await push('T-005', 'draft.save', draftVersion + 2, 'after signing')).toMatchObject({ status: 'rejected', reason: 'not_editable' });
    expect((await move('director', 'T-005', 'delivered')).status).toBe(403);
    const delivered = await move('admin', 'T-005', 'delivered');
    expect(delivered.body.status).toBe('delivered');
    expect((await move('admin', 'T-005', 'in_review')).status).toBe(409);
  });

  it('takes numbered addenda with reasons after signing, from the author only, and never edits the signed text', async () => {
    const add = async (who: DemoEmail, ref: string, text: string) =>
      env.api.post(`/cases/${idOf.get(ref)}/addenda`, { text, reason: 'Outside pathology arrived after signing' }, await env.api.token(who));
    expect((await add('specialist', 'T-005', 'Pathology confirms the diagnosis.')).body).toMatchObject({ number: 1 });
    expect((await add('specialist', 'T-005', 'No change to the recommendation.')).body).toMatchObject({ number: 2 });
    expect((await add('director', 'T-005', 'x')).status).toBe(403);
    expect((await add('specialist2', 'T-005', 'x')).status).toBe(404);
    expect((await add('specialist', 'T-002', 'too early')).body.error.code).toBe('not_signed');
    const opinion = (await env.api.get(`/cases/${idOf.get('T-005')}/opinion`, await env.api.token('director'))).body;
    expect(opinion.text).toBe('Revised opinion, final');
    expect(opinion.addenda.map((a: { number: number; text: string }) => `${a.number}: ${a.text}`)).toEqual(['1: Pathology confirms the diagnosis.', '2: No change to the recommendation.']);
  });

  it('answers 404 for a case the caller may not see, and 400 for an unknown status', async () => {
    expect((await move('specialist', 'T-003', 'awaiting_records', 'x')).status).toBe(404);
    expect((await move('specialist', 'T-001', 'finished')).status).toBe(400);
  });

  it('audits every step without the free-text reason', async () => {
    await env.service.close();
    const db = await openDatabase(env.dataDir, env.databaseUrl);
    try {
      const steps = (await readAuditEvents(db, 0, 100_000)).filter((e) => e.action === 'case.transition');
      expect(steps.map((e) => `${e.detail.from}>${e.detail.to}`)).toContain('qa>returned');
      // Every successful step above, and none of the refused ones.
      expect(steps).toHaveLength(10);
      expect(JSON.stringify(steps)).not.toContain('MRI report');
      const [row] = await db.query<{ count: number }>("select count(*)::int as count from case_transitions where reason like 'Address the MRI%'");
      expect(row?.count).toBe(1);
    } finally {
      await db.close();
    }
  });
});
