import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMrSeries } from '../../../src/dicom/mrPhantom';
import type { MrSeriesRequest } from '../../../src/dicom/mrPhantom';
import { orthancUnavailable, startOrthanc } from './support/orthanc';
import { startTestService } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
const idOf = new Map<string, string>();
let scratch: string;
beforeAll(async () => {
  env = await startTestService();
  for (const c of (await env.api.get('/cases', await env.api.token('admin'))).body.cases) idOf.set(c.reference, c.id);
  scratch = await mkdtemp(join(tmpdir(), 'ingest-'));
});
afterAll(async () => {
  await env?.stop();
  await rm(scratch, { recursive: true, force: true });
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
let seriesCounter = 0;
function series(slices: number, over: Partial<MrSeriesRequest> = {}) {
  const n = ++seriesCounter;
  return generateMrSeries({
    kind: 'brain-ax-t2', slices, size: 256, studyUid: `2.25.9900${n}`, seriesUid: `2.25.9901${n}`, frameOfReferenceUid: `2.25.9902${n}`,
    seriesNumber: 1, studyDescription: 'MR BRAIN', studyDate: '2026-09-30', accessionNumber: 'ACC9',
    patient: { name: 'Test^Ingest', id: 'MRN9000001', birthDate: '1970-01-01', sex: 'F' }, seed: n, ...over,
  });
}

const upload = async (path: string, body: Uint8Array, type: string, who: 'admin' | 'specialist' = 'admin') =>
  env.api.call('POST', path, { rawBody: Buffer.from(body) as unknown as string, headers: { 'content-type': type }, token: await env.api.token(who) });

describe('POST /cases/:id/documents', () => {
  const path = (ref: string, query = 'title=Outside%20MRI%20report&kind=imaging_report&date=2026-10-02&source=Lakeside%20Imaging') => `/cases/${idOf.get(ref)}/documents?${query}`;

  it('adds a PDF record with its page count, served back byte for byte', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < 3; i++) pdf.addPage().drawText(`page ${i + 1}`);
    const bytes = await pdf.save();
    const answer = await upload(path('T-001'), bytes, 'application/pdf');
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ sha256: sha(bytes), pageCount: 3 });
    const token = await env.api.token('specialist');
    const detail = (await env.api.get(`/cases/${idOf.get('T-001')}`, token)).body;
    expect(detail.documents.find((d: { sha256: string }) => d.sha256 === sha(bytes))).toMatchObject({ title: 'Outside MRI report', kind: 'imaging_report', pageCount: 3 });
    const file = await env.api.get(`/files/${sha(bytes)}`, token);
    expect(sha(file.bytes)).toBe(sha(bytes));
  });

  it('refuses damaged PDFs, other types, bad metadata and everyone but admins', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage');
    expect((await upload(path('T-001'), damaged, 'application/pdf')).body.error).toEqual({ code: 'invalid_pdf', message: 'The PDF is damaged and cannot be opened.' });
    expect((await upload(path('T-001'), new TextEncoder().encode('hello'), 'application/pdf')).body.error.code).toBe('invalid_pdf');
    expect((await upload(path('T-001'), damaged, 'text/plain')).status).toBe(415);
    expect((await upload(path('T-001', 'title=x&kind=poem&date=2026-01-01'), damaged, 'application/pdf')).status).toBe(400);
    expect((await upload(path('T-001'), damaged, 'application/pdf', 'specialist')).status).toBe(403);
    expect((await upload(`/cases/no-such-case/documents?title=x&kind=referral&date=2026-01-01`, await (await PDFDocument.create()).save(), 'application/pdf')).status).toBe(404);
  });
});

describe('POST /cases/:id/dicom', () => {
  it('adds instances into study and series rows, answers duplicates, and serves identical bytes', async () => {
    const instances = series(3);
    for (const instance of instances) expect((await upload(`/cases/${idOf.get('T-002')}/dicom`, instance.bytes, 'application/dicom')).status).toBe(201);
    const again = await upload(`/cases/${idOf.get('T-002')}/dicom`, instances[0]!.bytes, 'application/dicom');
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('duplicate');
    const token = await env.api.token('specialist');
    const detail = (await env.api.get(`/cases/${idOf.get('T-002')}`, token)).body;
    const study = detail.studies.find((s: { studyUid: string }) => s.studyUid === again.body.studyUid);
    expect(study.series[0]).toMatchObject({ modality: 'MR', description: 'AX T2 TSE' });
    expect(study.series[0].instances).toHaveLength(3);
    const wado = await env.api.get(`/studies/${again.body.studyUid}/series/${again.body.seriesUid}/instances/${instances[1]!.sopInstanceUid}`, token);
    expect(sha(wado.bytes)).toBe(sha(instances[1]!.bytes));
  });

  it('refuses corrupt files, another patient in the same study, and a study that belongs to another case', async () => {
    const [first] = series(1);
    const caseId = idOf.get('T-007');
    expect((await upload(`/cases/${caseId}/dicom`, first!.bytes, 'application/dicom')).status).toBe(201);
    const corrupt = await upload(`/cases/${caseId}/dicom`, new TextEncoder().encode('not a dicom file at all'), 'application/dicom');
    expect(corrupt.body.error).toEqual({ code: 'invalid_dicom', message: 'The file is not a readable DICOM file.' });
    const truncated = await upload(`/cases/${caseId}/dicom`, first!.bytes.subarray(0, 400), 'application/dicom');
    expect(truncated.body.error.code).toBe('invalid_dicom');
    const studyUid = `2.25.9900${seriesCounter}`;
    const intruder = series(1, { studyUid, seriesUid: '2.25.77001', patient: { name: 'Other^Person', id: 'MRN0000002', birthDate: '1980-01-01', sex: 'M' } });
    expect((await upload(`/cases/${caseId}/dicom`, intruder[0]!.bytes, 'application/dicom')).body.error.code).toBe('patient_mismatch');
    const elsewhere = await upload(`/cases/${idOf.get('T-008')}/dicom`, first!.bytes, 'application/dicom');
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error.code).toBe('study_in_other_case');
    expect((await upload(`/cases/${caseId}/dicom`, first!.bytes, 'application/dicom', 'specialist')).status).toBe(403);
  });
});

describe('importing a folder and a DICOMDIR (a patient CD)', () => {
  it('imports every DICOM file of a folder and reports the rest', async () => {
    const folder = join(scratch, 'folder');
    await mkdir(join(folder, 'sub'), { recursive: true });
    const instances = series(4);
    for (const [i, instance] of instances.entries()) await writeFile(join(folder, i % 2 ? 'sub' : '', `IM${i}`), instance.bytes);
    await writeFile(join(folder, 'README.TXT'), 'Viewer software for Windows');
    const run = await importCli('T-003', folder);
    expect(run.stdout.trim()).toBe('{"added":4,"duplicates":0,"skipped":1}');
    expect(run.stderr.trim()).toBe('skipped README.TXT: The file is not a readable DICOM file.');
    expect(run.status).toBe(0);
    const detail = (await env.api.get(`/cases/${idOf.get('T-003')}`, await env.api.token('specialist2'))).body;
    expect(detail.studies.flatMap((s: { series: { instances: unknown[] }[] }) => s.series.flatMap((se) => se.instances))).toHaveLength(4 + 4);
  });

  it('follows a DICOMDIR made by DCMTK to its files', async () => {
    const cd = join(scratch, 'cd');
    await mkdir(join(cd, 'DICOM'), { recursive: true });
    const instances = series(3);
    for (const [i, instance] of instances.entries()) await writeFile(join(cd, 'DICOM', `IM00000${i + 1}`), instance.bytes);
    execFileSync('dcmmkdir', ['--recurse', '--output-file', 'DICOMDIR', 'DICOM'], { cwd: cd, stdio: 'pipe' });
    expect(await importCli('T-004', join(cd, 'DICOMDIR'))).toEqual({ status: 0, stdout: '{"added":3,"duplicates":0,"skipped":0}\n', stderr: '' });
    expect((await importCli('T-004', join(cd, 'DICOMDIR'))).stdout).toBe('{"added":0,"duplicates":3,"skipped":0}\n');
    expect(await importCli('T-404', join(cd, 'DICOMDIR'))).toMatchObject({ status: 1, stderr: 'no case with reference T-404 is visible to admin@demo.test\n' });
  });
});

describe.skipIf(orthancUnavailable() !== null)('pulling a study from Orthanc over DICOMweb', () => {
  it('imports every instance of the study, byte for byte, and again only as duplicates', async () => {
    const orthanc = await startOrthanc();
    try {
      const instances = series(5);
      for (const instance of instances) await orthanc.upload(instance.bytes);
      const studyUid = `2.25.9900${seriesCounter}`;
      const path = `/cases/${idOf.get('T-006')}/dicomweb-import`;
      const token = await env.api.token('admin');
      const first = await env.api.post(path, { baseUrl: orthanc.dicomweb, studyUid }, token);
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      expect(first.body).toMatchObject({ added: 5, duplicates: 0 });
      const stored = new Map<string, string>(first.body.instances.map((i: { sopInstanceUid: string; sha256: string }) => [i.sopInstanceUid, i.sha256]));
      for (const instance of instances) expect(stored.get(instance.sopInstanceUid)).toBe(sha(instance.bytes));
      expect((await env.api.post(path, { baseUrl: orthanc.dicomweb, studyUid }, token)).body).toMatchObject({ added: 0, duplicates: 5 });
      expect((await env.api.post(path, { baseUrl: orthanc.dicomweb, studyUid: '2.25.1' }, token)).status).toBe(404);
    } finally {
      await orthanc.stop();
    }
    const down = await env.api.post(`/cases/${idOf.get('T-006')}/dicomweb-import`, { baseUrl: orthanc.dicomweb, studyUid: '2.25.5' }, await env.api.token('admin'));
    expect(down.status).toBe(502);
    expect(down.body.error.code).toBe('dicomweb_unreachable');
  }, 120_000);
});
if (orthancUnavailable()) console.log(`SKIPPED DICOMweb import against Orthanc: ${orthancUnavailable()}`);

/** The import command line, against the running service (in this process, so never a blocking spawn), as an admin would run it. */
function importCli(reference: string, path: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/importMain.ts', '--server', env.service.url, '--email', 'admin@demo.test', '--case', reference, path], {
    env: { ...process.env, CASE_SERVICE_PASSWORD: 'demo-password' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}
