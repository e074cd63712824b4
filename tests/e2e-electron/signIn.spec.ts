/**
 * The sign-in scenario in the real Electron app, when an Electron binary
 * exists on this machine; otherwise skipped, saying why.
 */
import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { startCaseServiceProcess } from '../host/caseServiceProcess';
import { findElectronBinary } from './electronBinary';

const binary = findElectronBinary();
const repoRoot = resolve(import.meta.dirname, '../..');

test.beforeAll(() => {
  if ('missing' in binary) console.log(`SKIPPED Electron e2e: no Electron binary on this machine — ${binary.missing}. The same scenario ran in Chromium through the browser test host.`);
});

test('a specialist signs in to the desktop app and sees the queue', async () => {
  test.skip('missing' in binary, 'no Electron binary on this machine (see the line printed above)');
  if (!('path' in binary)) return;
  const service = await startCaseServiceProcess({ demo: true });
  const app = await electron.launch({
    executablePath: binary.path,
    args: [repoRoot, '--no-sandbox'],
    env: { ...process.env, REVIEW_WORKSTATION_SERVER_URL: service.url },
  });
  try {
    const window = await app.firstWindow();
    expect(window.url()).toMatch(/^app:\/\/workstation\//);
    const exposed = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      host: Object.keys((globalThis as { host?: object }).host ?? {}).sort(),
    }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', host: ['invoke', 'on'] });
    await window.getByLabel(/email/i).fill('specialist@demo.test');
    await window.getByLabel(/password/i).fill('demo-password');
    await window.getByRole('button', { name: /sign in/i }).click();
    await expect(window.getByTestId('queue-row').first()).toBeVisible({ timeout: 30_000 });
  } finally {
    await app.close();
    await service.stop();
  }
});
