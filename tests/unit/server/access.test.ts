import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDetailSchema, CaseSummarySchema, StudyRefSchema } from '../../../src/domain/case';
import { fakeBytes } from './support/fixtureCases';
import { startTestService } from './support/testService';
import type { DemoEmail, Json } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
const idOf = new Map<string, string>();

beforeAll(async () => {
  env = await startTestService();
  const all = await env.api.get('/cases', await env.api.token('admin'));
  for (const c of all.body.cases) idOf.set(c.reference, c.id);
});
afterAll(async () => {
  await env?.stop();
});

const refs = async (who: DemoEmail) =>
  (await env.api.get('/cases', await env.api.token(who))).body.cases.map((c: Json) => c.reference);
const caseId = (ref: string) => idOf.get(ref) ?? 'missing';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('GET /cases', () => {
  it('shows each role exactly its cases, in queue order', async () => {
    // Priority first (stat, urgent, routine), then due date (earlier-numbered fixtures are due later).
    expect(await refs('specialist')).toEqual(['T-001', 'T-007', 'T-005', 'T-008', 'T-006', 'T-002']);
    expect(await refs('specialist2')).toEqual(['T-003']);
    expect(await refs('radiologist')).toEqual(['T-004']);
    expect(await refs('director')).toEqual(['T-005']);
    expect(await refs('admin')).toHaveLength(8);
  });

  it('answers schema-valid summaries with counts', async () => {
    const { cases } = (await env.api.get('/cases', await env.api.token('specialist'))).body;
    for (const c of cases) CaseSummarySchema.parse(c);
    expect(cases[0]).toMatchObject({ reference: 'T-001', status: 'in_review', documentCount: 1, imagingSeriesCount: 2 });
  });
});

describe('GET /cases/:id', () => {
  const matrix: Array<[DemoEmail, string, number]> = [
    ['specialist', 'T-001', 200],
    ['specialist', 'T-003', 404],
    ['specialist2', 'T-003', 200],
    ['specialist2', 'T-001', 404],
    ['radiologist', 'T-004', 200],
    ['radiologist', 'T-001', 404],
    ['director', 'T-005', 200],
    ['director', 'T-001', 404],
    ['admin', 'T-003', 200],
  ];
  it.each(matrix)('%s reading %s → %i', async (who, ref, status) => {
    const answer = await env.api.get(`/cases/${caseId(ref)}`, await env.api.token(who));
    expect(answer.status).toBe(status);
    if (status === 200) CaseDetailSchema.parse(answer.body);
    else expect(answer.body).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
  });

  it('a case that does not exist looks the same as one not yours', async () => {
    const answer = await env.api.get('/cases/no-such-case', await env.api.token('specialist'));
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
  });

  it('includes documents, ordered imaging with hashes, and no draft yet', async () => {
    const detail = CaseDetailSchema.parse((await env.api.get(`/cases/${caseId('T-001')}`, await env.api.token('specialist'))).body);
    expect(detail.documents[0]).toMatchObject({ kind: 'referral', pageCount: 2, byteLength: 3000, sha256: sha(fakeBytes('doc-T-001', 3000)) });
    expect(detail.studies).toHaveLength(1);
    const [series1] = detail.studies[0]?.series ?? [];
    expect(series1?.instances.map((i) => i.instanceNumber)).toEqual([1, 2]);
    expect(series1?.instances[0]?.sha256).toBe(sha(fakeBytes('dcm-1.2.826.0.1.3680043.10.1.1.1', 2048)));
    expect(detail.draft).toBeNull();
  });
});

describe('GET /cases/:id/studies', () => {
  it('lists studies for a visible case and 404s otherwise', async () => {
    const mine = await env.api.get(`/cases/${caseId('T-001')}/studies`, await env.api.token('specialist'));
    expect(mine.status).toBe(200);
    expect(mine.body.map((s: Json) => StudyRefSchema.parse(s).studyUid)).toEqual(['1.2.826.0.1.3680043.10.1']);
    expect((await env.api.get(`/cases/${caseId('T-003')}/studies`, await env.api.token('specialist'))).status).toBe(404);
    expect((await env.api.get(`/cases/${caseId('T-002')}/studies`, await env.api.token('specialist'))).body).toEqual([]);
  });
});

describe('GET /files/:sha256', () => {
  const docSha = sha(fakeBytes('doc-T-001', 3000));
  const otherDocSha = sha(fakeBytes('doc-T-003', 3000));

  it('serves a document of a visible case with ETag and Accept-Ranges', async () => {
    const answer = await env.api.get(`/files/${docSha}`, await env.api.token('specialist'));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('etag')).toBe(`"${docSha}"`);
    expect(answer.headers.get('accept-ranges')).toBe('bytes');
    expect(sha(answer.bytes)).toBe(docSha);
  });

  it.each<[DemoEmail, number]>([
    ['specialist2', 404],
    ['radiologist', 404],
    ['director', 404],
    ['admin', 200],
  ])('%s reading another person\'s document → %i', async (who, status) => {
    expect((await env.api.get(`/files/${docSha}`, await env.api.token(who))).status).toBe(status);
  });

  it('404s for a stranger\'s file, an unknown hash and a malformed one', async () => {
    const token = await env.api.token('specialist');
    expect((await env.api.get(`/files/${otherDocSha}`, token)).status).toBe(404);
    expect((await env.api.get(`/files/${'0'.repeat(64)}`, token)).status).toBe(404);
    expect((await env.api.get('/files/..%2F..%2Fetc%2Fpasswd', token)).status).toBe(404);
  });

  it('answers ranges: 206 with Content-Range, suffix ranges, 416 past the end, 304 for a matching ETag', async () => {
    const token = await env.api.token('specialist');
    const whole = fakeBytes('doc-T-001', 3000);
    const part = await env.api.get(`/files/${docSha}`, token, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/3000');
    expect(part.bytes).toEqual(whole.slice(100, 200));

    const tail = await env.api.get(`/files/${docSha}`, token, { range: 'bytes=2990-' });
    expect(tail.status).toBe(206);
    expect(tail.bytes).toEqual(whole.slice(2990));
    const suffix = await env.api.get(`/files/${docSha}`, token, { range: 'bytes=-10' });
    expect(suffix.headers.get('content-range')).toBe('bytes 2990-2999/3000');

    const beyond = await env.api.get(`/files/${docSha}`, token, { range: 'bytes=5000-6000' });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */3000');

    const cached = await env.api.get(`/files/${docSha}`, token, { 'if-none-match': `"${docSha}"` });
    expect(cached.status).toBe(304);
    expect(cached.bytes).toHaveLength(0);
  });
});

describe('GET /studies/:study/series/:series/instances/:sop', () => {
  const path = (n: number) => `/studies/1.2.826.0.1.3680043.10.${n}/series/1.2.826.0.1.3680043.10.${n}.2/instances/1.2.826.0.1.3680043.10.${n}.2.1`;

  it('serves application/dicom to those who may see the case', async () => {
    const answer = await env.api.get(path(1), await env.api.token('specialist'));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/dicom');
    expect(sha(answer.bytes)).toBe(sha(fakeBytes('dcm-1.2.826.0.1.3680043.10.1.2.1', 2048)));
    const ranged = await env.api.get(path(4), await env.api.token('radiologist'), { range: 'bytes=0-127' });
    expect(ranged.status).toBe(206);
    expect(ranged.bytes).toHaveLength(128);
  });

  it.each<[DemoEmail, number, number]>([
    ['specialist2', 1, 404],
    ['radiologist', 1, 404],
    ['director', 1, 404],
    ['admin', 1, 200],
    ['specialist', 3, 404],
  ])('%s reading study %i → %i', async (who, n, status) => {
    expect((await env.api.get(path(n), await env.api.token(who))).status).toBe(status);
  });

  it('404s when the UIDs do not belong together', async () => {
    const mixed = '/studies/1.2.826.0.1.3680043.10.1/series/1.2.826.0.1.3680043.10.4.2/instances/1.2.826.0.1.3680043.10.4.2.1';
    expect((await env.api.get(mixed, await env.api.token('admin'))).status).toBe(404);
  });
});

describe('POST /sync/push by role', () => {
  it.each<DemoEmail>(['director', 'admin'])('%s may not push (403)', async (who) => {
    const answer = await env.api.post(
      '/sync/push',
      { clientId: 'client-role-test', mutations: [{ id: 'mutation-1', type: 'draft.save', caseId: caseId('T-005'), baseVersion: 0, payload: { text: 'x' } }] },
      await env.api.token(who),
    );
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('forbidden');
  });
});
