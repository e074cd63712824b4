/**
 * The foundation scenario, end to end: sign in, queue, open a case, PDF page
 * and MR image on screen, a draft saved to the case service, submitted.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseDetail, CaseSummary } from '../../src/domain/case';
import type { Opinion } from '../../src/sync/protocol';
import { signInToApi } from '../host/caseServiceApi';
import { expect, test } from '../host/fixtures';
import { canvasStats } from './pages/canvasStats';
import { SignInPage } from './pages/signInPage';

const screens = resolve(import.meta.dirname, '../.artifacts/screens');
mkdirSync(screens, { recursive: true });

test('a specialist signs in, reads a case, drafts and submits an opinion', async ({ workstation, caseService }) => {
  const { page } = workstation;
  const api = await signInToApi(caseService.url, 'specialist@demo.test');
  const { cases } = (await api.get('/cases')).json as { cases: CaseSummary[] };
  const target = cases.filter((c) => c.status === 'in_review').sort((a, b) => b.imagingSeriesCount - a.imagingSeriesCount)[0];
  if (!target) throw new Error('the demo data has no in-review imaging case for the specialist');

  await expect(page.getByRole('button', { name: /sign in/i })).toBeVisible();
  await page.screenshot({ path: `${screens}/sign-in.png` });
  await new SignInPage(page).signIn('specialist@demo.test');

  const rows = page.getByTestId('queue-row');
  await expect(rows).toHaveCount(cases.length);
  for (const c of cases) {
    const row = page.locator(`[data-testid="queue-row"][data-case-id="${c.id}"]`);
    await expect(row).toContainText(c.reference);
    await expect(row).toContainText(c.patient.name);
  }
  await page.screenshot({ path: `${screens}/queue.png` });

  await page.locator(`[data-testid="queue-row"][data-case-id="${target.id}"]`).click();
  await page.keyboard.press('Enter');

  const firstPage = page.locator('[data-testid="pdf-page"][data-page-number="1"]').first();
  await expect(firstPage).toHaveAttribute('data-rendered', 'true');
  const pdfPixels = await canvasStats(firstPage);
  expect(pdfPixels.width).toBeGreaterThan(300);
  expect(pdfPixels.levels).toBeGreaterThan(8);

  const viewport = page.getByTestId('image-viewport');
  await expect(viewport).toHaveAttribute('data-rendered-image-id', /^wsi:/);
  const mrPixels = await canvasStats(viewport.locator('canvas').first());
  expect(mrPixels.levels).toBeGreaterThan(32);
  expect(mrPixels.stdDev).toBeGreaterThan(10);

  const firstImageId = await viewport.getAttribute('data-rendered-image-id');
  const sliceCount = Number((await page.getByTestId('slice-indicator').textContent())?.split('/')[1]);
  expect(sliceCount).toBeGreaterThan(10);
  await viewport.focus();
  for (let i = 0; i < Math.floor(sliceCount / 2); i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('slice-indicator')).toHaveText(`Im ${Math.floor(sliceCount / 2) + 1}/${sliceCount}`);
  await expect(viewport).not.toHaveAttribute('data-rendered-image-id', firstImageId ?? '');
  await page.screenshot({ path: `${screens}/case-workspace.png` });

  const text = 'Expert opinion draft: MR shows L4-5 degenerative spondylolisthesis; a trial of structured physiotherapy is advised before fusion.';
  const editor = page.getByTestId('draft-editor');
  await editor.fill(text);
  await expect(page.getByTestId('draft-status')).toHaveText(/^Saved \d/);
  const detail = (await api.get(`/cases/${target.id}`)).json as CaseDetail;
  expect(detail.draft?.text).toBe(text);

  await page.getByTestId('submit-opinion').click();
  await page.getByRole('button', { name: /confirm/i }).click();
  await expect(page.getByTestId('case-status')).toHaveText(/submitted/i);
  await expect(editor).not.toBeEditable();
  await expect(page.getByTestId('slice-indicator'), 'the reader keeps their place in the stack').toHaveText(`Im ${Math.floor(sliceCount / 2) + 1}/${sliceCount}`);
  await page.screenshot({ path: `${screens}/submitted.png` });

  const opinion = await api.get(`/cases/${target.id}/opinion`);
  expect(opinion.status).toBe(200);
  expect((opinion.json as Opinion).text).toBe(text);
  const after = (await api.get(`/cases/${target.id}`)).json as CaseDetail;
  expect(after.status).toBe('submitted');
});

test('a wrong password is refused with a clear message and no session', async ({ workstation }) => {
  const { page, calls } = workstation;
  await new SignInPage(page).signIn('specialist@demo.test', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText(/not correct/i);
  await expect(page.getByTestId('queue-row')).toHaveCount(0);
  expect(calls.filter((c) => c.channel === 'session.signIn')).toEqual([{ channel: 'session.signIn', ok: false, code: 'unauthenticated' }]);
});
