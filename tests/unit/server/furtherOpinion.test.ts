import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
const idOf = new Map<string, string>();
beforeAll(async () => {
  env = await startTestService();
  for (const c of (await env.api.get('/cases', await env.api.token('admin'))).body.cases) idOf.set(c.reference, c.id);
  // T-001 (the specialist's imaging case) gets its second opinion submitted.
  const submitted = await env.api.post('/sync/push', {
    clientId: 'further-opinion-client',
    mutations: [{ id: 'further-opinion-1', type: 'opinion.submit', caseId: idOf.get('T-001'), baseVersion: 0, payload: { text: 'Surgery is not indicated.' } }],
  }, await env.api.token('specialist'));
  expect(submitted.body.results[0].status).toBe('applied');
});
afterAll(async () => {
  await env?.stop();
});

const offer = async (who: 'director' | 'admin' | 'specialist', ref: string, assigneeEmail: string, reason = 'The second opinion disagrees with the first on surgery.') =>
  env.api.post(`/cases/${idOf.get(ref)}/further-opinion`, { assigneeEmail, reason }, await env.api.token(who));

describe('POST /cases/:id/further-opinion', () => {
  it('offers the case to another reviewer with the records and imaging but none of the earlier opinions', async () => {
    const offered = await offer('director', 'T-001', 'radiologist@demo.test');
    expect(offered.status).toBe(201);
    expect(offered.body).toMatchObject({ reference: 'T-001-3', status: 'offered', parentCaseId: idOf.get('T-001') });
    const newId = offered.body.id as string;

    const radiologist = await env.api.token('radiologist');
    const queue = (await env.api.get('/cases', radiologist)).body.cases;
    const mine = queue.find((c: { id: string }) => c.id === newId);
    expect(mine).toMatchObject({ status: 'offered', question: 'Question for T-001?', documentCount: 1, imagingSeriesCount: 2 });
    const detail = (await env.api.get(`/cases/${newId}`, radiologist)).body;
    const study = detail.studies[0];
    const instance = study.series[0].instances[0];
    const wado = await env.api.get(`/studies/${study.studyUid}/series/${study.series[0].seriesUid}/instances/${instance.sopInstanceUid}`, radiologist);
    expect(wado.status).toBe(200);
    expect((await env.api.get(`/files/${detail.documents[0].sha256}`, radiologist)).status).toBe(200);

    expect((await env.api.get(`/cases/${idOf.get('T-001')}`, radiologist)).status).toBe(404);
    expect((await env.api.get(`/cases/${idOf.get('T-001')}/opinion`, radiologist)).status).toBe(404);
    expect((await env.api.get(`/cases/${newId}/opinion`, radiologist)).status).toBe(404);
    expect((await env.api.get(`/cases/${newId}`, await env.api.token('specialist'))).status).toBe(404);
    const earlier = await env.api.get(`/cases/${idOf.get('T-001')}/opinion`, await env.api.token('director'));
    expect(earlier.body.text).toBe('Surgery is not indicated.');

    expect((await env.api.post(`/cases/${newId}/transitions`, { to: 'accepted' }, radiologist)).body.status).toBe('accepted');
  });

  it('refuses a second offer while one is under way, the same reviewer again, cases without an opinion, and non-directors', async () => {
    expect((await offer('admin', 'T-001', 'specialist2@demo.test')).body.error.code).toBe('already_offered');
    expect((await offer('director', 'T-005', 'specialist@demo.test')).body.error.code).toBe('invalid_assignee');
    expect((await offer('director', 'T-005', 'director@demo.test')).body.error.code).toBe('invalid_assignee');
    expect((await offer('admin', 'T-002', 'specialist2@demo.test')).body.error.code).toBe('no_opinion_yet');
    expect((await offer('specialist', 'T-005', 'specialist2@demo.test')).status).toBe(403);
    expect((await env.api.post(`/cases/${idOf.get('T-005')}/further-opinion`, { assigneeEmail: 'specialist2@demo.test', reason: ' ' }, await env.api.token('director'))).status).toBe(400);
  });
});

describe('POST /cases/:id/assign', () => {
  it('lets an admin give an open case to another reviewer, who is offered it, and the former one loses it', async () => {
    const admin = await env.api.token('admin');
    const moved = await env.api.post(`/cases/${idOf.get('T-008')}/assign`, { assigneeEmail: 'specialist2@demo.test', reason: 'Workload' }, admin);
    expect(moved.status).toBe(200);
    expect((await env.api.get(`/cases/${idOf.get('T-008')}`, await env.api.token('specialist'))).status).toBe(404);
    const theirs = await env.api.get(`/cases/${idOf.get('T-008')}`, await env.api.token('specialist2'));
    expect(theirs.body.status).toBe('offered');
    const pulled = await env.api.get('/sync/pull?cursor=0', await env.api.token('specialist'));
    expect(pulled.body.changes.map((c: { caseId: string }) => c.caseId)).not.toContain(idOf.get('T-008'));
    expect((await env.api.post(`/cases/${idOf.get('T-008')}/assign`, { assigneeEmail: 'specialist2@demo.test', reason: 'again' }, admin)).status).toBe(409);
    expect((await env.api.post(`/cases/${idOf.get('T-001')}/assign`, { assigneeEmail: 'specialist2@demo.test', reason: 'x' }, admin)).body.error.code).toBe('not_reassignable');
    expect((await env.api.post(`/cases/${idOf.get('T-002')}/assign`, { assigneeEmail: 'specialist2@demo.test', reason: 'x' }, await env.api.token('director'))).status).toBe(403);
  });
});
