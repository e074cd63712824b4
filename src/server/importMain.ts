/**
 * Imports DICOM into a case from a folder or a DICOMDIR (a patient's CD):
 *   npm run -s case-service:import -- --data <dir> --case <reference> <folder-or-DICOMDIR>
 * Uses the case service's database (PGlite under --data, or DATABASE_URL).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createFsBlobStore } from './blobs/fsBlobStore';
import { openDatabase } from './db/openDatabase';
import { importDicomFiles } from './ingest/importFiles';

const usage = 'usage: case-service:import --data <dir> --case <reference> <folder-or-DICOMDIR>';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { data: { type: 'string' }, case: { type: 'string' } }, allowPositionals: true, strict: true });
  const [path] = positionals;
  if (!values.data || !values.case || !path || positionals.length !== 1) {
    console.error(usage);
    return 2;
  }
  const db = await openDatabase(values.data, process.env.DATABASE_URL);
  try {
    const [found] = await db.query<{ id: string }>('select id from cases where reference = $1', [values.case]);
    if (!found) {
      console.error(`no case with reference ${values.case}`);
      return 1;
    }
    const report = await importDicomFiles(db, createFsBlobStore(join(values.data, 'blobs')), found.id, path);
    console.log(JSON.stringify({ added: report.added, duplicates: report.duplicates, skipped: report.skipped.length }));
    for (const { file, reason } of report.skipped) console.error(`skipped ${file}: ${reason}`);
    return report.added + report.duplicates > 0 ? 0 : 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    process.exit(1);
  },
);
