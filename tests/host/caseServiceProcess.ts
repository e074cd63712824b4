/**
 * Starts the real case service as its own process (as a user would, through
 * its CLI) and waits for its "listening on" line.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type CaseServiceProcess = Readonly<{
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the service printed, for tests that check its logs. */
  output: () => string;
  stop: () => Promise<void>;
}>;

const repoRoot = resolve(import.meta.dirname, '../..');

export async function startCaseServiceProcess(options: { demo?: boolean; dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CaseServiceProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'case-service-'));
  const args = ['--import', 'tsx', join(repoRoot, 'src/server/main.ts'), '--port', '0', '--data', dataDir];
  if (options.demo ?? true) args.push('--demo');
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`case service did not start in 120 s:\n${output}`)), 120_000);
    const check = () => {
      const match = /listening on (https?:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`case service exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    dataDir,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
