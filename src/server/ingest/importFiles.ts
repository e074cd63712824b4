import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { dicomParser } from '../../dicom/dicomParserModule';

export interface ImportReport {
  added: number;
  duplicates: number;
  /** Files that were not imported, with the reason (paths relative to what was given). */
  skipped: { file: string; reason: string }[];
}

/** Adds one file's bytes to the case; throws an Error whose message says why it was refused. */
export type IngestFile = (bytes: Uint8Array) => Promise<'added' | 'duplicate'>;

/**
 * Imports DICOM from a folder (every file in it, recursively) or from a
 * DICOMDIR (a patient's CD: the files its directory records point to).
 * Files that are not DICOM, or are refused, are reported, not fatal.
 */
export async function importDicomFiles(path: string, ingest: IngestFile): Promise<ImportReport> {
  const info = await stat(path);
  const files = info.isDirectory() ? await filesUnder(path) : basename(path).toUpperCase() === 'DICOMDIR' ? await filesOfDicomdir(path) : [path];
  const report: ImportReport = { added: 0, duplicates: 0, skipped: [] };
  const root = info.isDirectory() ? path : dirname(path);
  for (const file of files) {
    const name = file.startsWith(root) ? file.slice(root.length + 1) : file;
    try {
      const result = await ingest(new Uint8Array(await readFile(file)));
      if (result === 'added') report.added++;
      else report.duplicates++;
    } catch (error) {
      report.skipped.push({ file: name, reason: error instanceof Error ? error.message : 'could not be read' });
    }
  }
  return report;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.toUpperCase() !== 'DICOMDIR')
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The files a DICOMDIR's directory records name in Referenced File ID (0004,1500), components joined by "\\". */
async function filesOfDicomdir(dicomdir: string): Promise<string[]> {
  let dataSet;
  try {
    dataSet = dicomParser.parseDicom(new Uint8Array(await readFile(dicomdir)));
  } catch {
    throw new Error('The DICOMDIR could not be read.');
  }
  const records = dataSet.elements.x00041220?.items ?? [];
  const base = dirname(dicomdir);
  const files: string[] = [];
  for (const record of records) {
    const id = record.dataSet?.string('x00041500');
    if (!id) continue;
    const parts = id.trim().split('\\').filter(Boolean);
    if (parts.some((p) => p === '..' || p.includes('/'))) continue;
    files.push(join(base, ...parts));
  }
  return files;
}
