#!/usr/bin/env node
// `npm start`: build the app, then launch it with the Electron binary. The
// binary downloads on first use; when that cannot happen say so in one line
// and how to get it, rather than failing with a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));

function installedBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function binaryOrDownload() {
  const present = installedBinary();
  if (present) return present;
  console.log('Downloading the Electron binary (first start only)…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'pipe', timeout: 600_000 });
  return installedBinary();
}

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = binaryOrDownload();
if (!binary) {
  console.error('The Electron binary could not be downloaded (it comes from GitHub releases): on a machine that reaches them run `node node_modules/electron/install.js`, or set ELECTRON_MIRROR to a mirror you can reach, then `npm start` again.');
  process.exit(1);
}
const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
