/**
 * When the case service ends the session, the work stays on screen, sync
 * pauses without touching the outbox, and signing in again resumes it.
 */
import type { CaseDetail, CaseSummary } from '../../src/domain/case';
import { signInToApi } from '../host/caseServiceApi';
import { expect, test } from '../host/fixtures';
import { SignInPage } from './pages/signInPage';

test('an ended session pauses sync and keeps the work; signing in again sends it', async ({ workstation, caseService }) => {
  const { page, setNetwork, expireSession } = workstation;
  const api = await signInToApi(caseService.url, 'specialist@demo.test');
  const { cases } = (await api.get('/cases')).json as { cases: CaseSummary[] };
  const target = cases.filter((c) => c.status === 'in_review').at(-1)!;
  await new SignInPage(page).signIn('specialist@demo.test');
  await page.locator(`[data-testid="queue-row"][data-case-id="${target.id}"]`).dblclick();
  const editor = page.getByTestId('draft-editor');
  await editor.fill('First words.');
  await expect(page.getByTestId('draft-status')).toHaveText(/^Saved \d/);

  setNetwork(false);
  const text = 'First words. More words typed while the session was running out.';
  await editor.fill(text);
  await expect(page.getByTestId('draft-status')).toHaveText('Saved on this computer · waiting to sync');
  await expireSession();
  setNetwork(true);

  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('sync-indicator')).toContainText('Sign in to sync', { timeout: 30_000 });
  await expect(editor).toHaveValue(text);
  expect(((await api.get(`/cases/${target.id}`)).json as CaseDetail).draft?.text).toBe('First words.');
  await page.screenshot({ path: 'tests/.artifacts/screens/session-expired.png' });

  await dialog.getByLabel(/password/i).fill('demo-password');
  await dialog.getByRole('button', { name: /sign in/i }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('draft-status')).toHaveText(/^Saved \d/, { timeout: 30_000 });
  expect(((await api.get(`/cases/${target.id}`)).json as CaseDetail).draft?.text).toBe(text);
});
