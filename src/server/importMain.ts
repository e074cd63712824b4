/**
 * Imports DICOM into a case from a folder or a DICOMDIR (a patient's CD),
 * through a running case service's API as an admin:
 *   CASE_SERVICE_PASSWORD=… npm run -s case-service:import -- --server <url> --email <admin email> --case <reference> <folder-or-DICOMDIR>
 * Prints one JSON line of counts, and each skipped file with its reason.
 */
import { parseArgs } from 'node:util';
import { importDicomFiles } from './ingest/importFiles';

const usage = 'usage: CASE_SERVICE_PASSWORD=… case-service:import --server <url> --email <admin email> --case <reference> <folder-or-DICOMDIR>';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { server: { type: 'string' }, email: { type: 'string' }, case: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const password = process.env.CASE_SERVICE_PASSWORD;
  const [path] = positionals;
  if (!values.server || !values.email || !values.case || !path || positionals.length !== 1 || !password) {
    console.error(usage);
    return 2;
  }
  const api = `${values.server.replace(/\/+$/, '')}/api/v1`;
  const login = await fetch(`${api}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: values.email, password }) });
  if (!login.ok) {
    console.error(`sign-in refused (${login.status})`);
    return 1;
  }
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { authorization: `Bearer ${accessToken}` };
  const { cases } = (await (await fetch(`${api}/cases`, { headers: auth })).json()) as { cases: { id: string; reference: string }[] };
  const target = cases.find((c) => c.reference === values.case);
  if (!target) {
    console.error(`no case with reference ${values.case} is visible to ${values.email}`);
    return 1;
  }
  const report = await importDicomFiles(path, async (bytes) => {
    const answer = await fetch(`${api}/cases/${encodeURIComponent(target.id)}/dicom`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/dicom' },
      body: Buffer.from(bytes),
    });
    const body = (await answer.json().catch(() => ({}))) as { status?: string; error?: { message?: string } };
    if (!answer.ok) throw new Error(body.error?.message ?? `refused (${answer.status})`);
    return body.status === 'duplicate' ? 'duplicate' : 'added';
  });
  console.log(JSON.stringify({ added: report.added, duplicates: report.duplicates, skipped: report.skipped.length }));
  for (const { file, reason } of report.skipped) console.error(`skipped ${file}: ${reason}`);
  return report.added + report.duplicates > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    process.exit(1);
  },
);
