/**
 * Where the Electron binary is, without triggering electron's lazy download
 * (which would hang or fail on a machine with no route to GitHub).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function findElectronBinary(): { path: string } | { missing: string } {
  const override = process.env['ELECTRON_BINARY'];
  if (override) return existsSync(override) ? { path: override } : { missing: `ELECTRON_BINARY=${override} does not exist` };
  const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'node_modules/electron has no downloaded binary (path.txt absent; GitHub releases unreachable)' };
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} is missing` };
}
