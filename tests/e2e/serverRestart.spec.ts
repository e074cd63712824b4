/**
 * The case service dies while the workstation is sending, and comes back:
 * nothing typed is lost and nothing is applied twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseDetail, CaseSummary } from '../../src/domain/case';
import { openWorkstation } from '../host/browserHost';
import { signInToApi } from '../host/caseServiceApi';
import { expect, test } from '../host/fixtures';
import { killHard, spawnFixtureService } from '../unit/server/support/spawnFixtureService';
import { SignInPage } from './pages/signInPage';

test('a case service killed while drafts are being sent, then restarted, ends with exactly the typed text, each change applied once', async ({ context }) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'restart-e2e-'));
  // The small fixture world starts in a second or two: this test is about the restart, not the demo data.
  let service = await spawnFixtureService(dataDir, undefined);
  try {
    const { page } = await openWorkstation(context, () => service.url);
    const api = await signInToApi(service.url, 'specialist@demo.test');
    const { cases } = (await api.get('/cases')).json as { cases: CaseSummary[] };
    const target = cases.find((c) => c.status === 'in_review')!;
    await new SignInPage(page).signIn('specialist@demo.test');
    await page.locator(`[data-testid="queue-row"][data-case-id="${target.id}"]`).dblclick();
    const editor = page.getByTestId('draft-editor');
    await editor.fill('Before the crash.');
    await expect(page.getByTestId('draft-status')).toHaveText(/^Saved \d/);

    const text = 'Before the crash. Typed while the server went down, kept, and sent once it was back.';
    await editor.fill(text);
    await killHard(service.child);
    await expect(page.getByTestId('draft-status')).toHaveText('Saved on this computer · waiting to sync');

    service = await spawnFixtureService(dataDir, undefined);
    await expect(page.getByTestId('draft-status')).toHaveText(/^Saved \d/, { timeout: 60_000 });

    const api2 = await signInToApi(service.url, 'specialist@demo.test');
    const draft = ((await api2.get(`/cases/${target.id}`)).json as CaseDetail).draft!;
    expect(draft.text).toBe(text);
    const admin = await signInToApi(service.url, 'admin@demo.test');
    const { events } = (await admin.get('/audit/events?after=0&limit=1000')).json as { events: { action: string; caseId: string; detail: { status: string } }[] };
    const applied = events.filter((e) => e.action === 'mutation.draft.save' && e.caseId === target.id && e.detail.status === 'applied');
    expect(applied).toHaveLength(draft.version);
  } finally {
    await killHard(service.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
