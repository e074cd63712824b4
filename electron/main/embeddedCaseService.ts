/**
 * Starts the bundled case service with demo data in a utility process when
 * no case service is configured, so a new user sees a full queue at once.
 */
import { join } from 'node:path';
import { app, utilityProcess } from 'electron';
import type { UtilityProcess } from 'electron';

export type EmbeddedService = Readonly<{ url: string; stop: () => void }>;

export function startEmbeddedCaseService(mainDir: string): Promise<EmbeddedService> {
  const dataDir = join(app.getPath('userData'), 'embedded-case-service');
  const child: UtilityProcess = utilityProcess.fork(join(mainDir, 'caseService.js'), [], {
    stdio: 'pipe',
    env: { ...process.env, REVIEW_CASE_SERVICE_DATA: dataDir },
    serviceName: 'Review Workstation case service',
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('The embedded case service did not start within 120 s.')), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (https?:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], stop: () => child.kill() });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The embedded case service exited with code ${code}.`));
    });
  });
}
