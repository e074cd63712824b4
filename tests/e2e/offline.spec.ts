/**
 * Offline work, end to end: the host's network is cut (as on a plane), the
 * page is closed and reopened, and when the network returns the case
 * service ends up with exactly what was typed.
 */
import type { CaseDetail, CaseSummary } from '../../src/domain/case';
import { signInToApi } from '../host/caseServiceApi';
import type { ApiSession } from '../host/caseServiceApi';
import { expect, test } from '../host/fixtures';
import { canvasStats } from './pages/canvasStats';
import { SignInPage } from './pages/signInPage';
import { localStoreCounts } from './pages/localStoreCounts';

async function inReviewCases(api: ApiSession): Promise<CaseSummary[]> {
  const { cases } = (await api.get('/cases')).json as { cases: CaseSummary[] };
  return cases.filter((c) => c.status === 'in_review').sort((a, b) => b.imagingSeriesCount - a.imagingSeriesCount);
}

const serverDraft = async (api: ApiSession, caseId: string) => ((await api.get(`/cases/${caseId}`)).json as CaseDetail).draft?.text;

test('work offline: the queue, records, images and edits survive a reload, and reach the server when the network returns', async ({ workstation, caseService }) => {
  const { page, setNetwork } = workstation;
  const api = await signInToApi(caseService.url, 'specialist@demo.test');
  const target = (await inReviewCases(api))[1]!;
  await new SignInPage(page).signIn('specialist@demo.test');
  await page.locator(`[data-testid="queue-row"][data-case-id="${target.id}"]`).dblclick();
  await expect(page.locator('[data-testid="pdf-page"][data-page-number="1"]').first()).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('image-viewport')).toHaveAttribute('data-rendered-image-id', /^wsi:/);

  const editor = page.getByTestId('draft-editor');
  const status = page.getByTestId('draft-status');
  await editor.fill('Online part.');
  await expect(status).toHaveText(/^Saved \d/);

  setNetwork(false);
  const offlineText = 'Online part. Written on the plane: conservative management is advised.';
  await editor.fill(offlineText);
  await expect(status).toHaveText('Saved on this computer · waiting to sync');
  await expect(page.getByTestId('sync-indicator')).toContainText(/Offline|waiting/);

  await page.reload();
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(page.getByTestId('queue-row')).not.toHaveCount(0);
  await page.locator(`[data-testid="queue-row"][data-case-id="${target.id}"]`).dblclick();
  await expect(editor).toHaveValue(offlineText);
  await expect(page.locator('[data-testid="pdf-page"][data-page-number="1"]').first()).toHaveAttribute('data-rendered', 'true');
  const viewport = page.getByTestId('image-viewport');
  await expect(viewport).toHaveAttribute('data-rendered-image-id', /^wsi:/);
  expect((await canvasStats(viewport.locator('canvas').first())).levels).toBeGreaterThan(32);
  await page.screenshot({ path: 'tests/.artifacts/screens/offline.png' });
  expect(await serverDraft(api, target.id)).toBe('Online part.');

  setNetwork(true);
  await expect(status).toHaveText(/^Saved \d/, { timeout: 30_000 });
  expect(await serverDraft(api, target.id)).toBe(offlineText);
  await expect(page.getByTestId('sync-indicator')).toContainText('Online');
});

test('a draft changed elsewhere while offline becomes a visible conflict that keeps the text', async ({ workstation, caseService }) => {
  const { page, setNetwork } = workstation;
  const api = await signInToApi(caseService.url, 'specialist@demo.test');
  const target = (await inReviewCases(api))[2]!;
  await new SignInPage(page).signIn('specialist@demo.test');
  await page.locator(`[data-testid="queue-row"][data-case-id="${target.id}"]`).dblclick();
  const editor = page.getByTestId('draft-editor');
  await editor.fill('Mine.');
  await expect(page.getByTestId('draft-status')).toHaveText(/^Saved \d/);
  const version = ((await api.get(`/cases/${target.id}`)).json as CaseDetail).draft!.version;

  setNetwork(false);
  await editor.fill('Mine, extended offline.');
  await expect(page.getByTestId('draft-status')).toHaveText('Saved on this computer · waiting to sync');
  const elsewhere = await api.post('/sync/push', {
    clientId: 'another-workstation',
    mutations: [{ id: 'edit-from-another-workstation', type: 'draft.save', caseId: target.id, baseVersion: version, payload: { text: 'Theirs.' } }],
  });
  expect(elsewhere.status).toBe(200);

  setNetwork(true);
  const conflict = page.getByTestId('draft-conflict');
  await expect(conflict).toBeVisible({ timeout: 30_000 });
  await expect(conflict).toContainText('changed on the server');
  await expect(editor).toHaveValue('Mine, extended offline.');
  await page.screenshot({ path: 'tests/.artifacts/screens/conflict.png' });
  expect(await serverDraft(api, target.id)).toBe('Theirs.');

  await conflict.getByRole('button', { name: /keep my text/i }).click();
  await expect(page.getByTestId('draft-status')).toHaveText(/^Saved \d/, { timeout: 30_000 });
  expect(await serverDraft(api, target.id)).toBe('Mine, extended offline.');
});

test('assigned cases are made available offline in the background, most urgent first, and open without a network', async ({ workstation, caseService }) => {
  const { page, setNetwork } = workstation;
  const api = await signInToApi(caseService.url, 'specialist@demo.test');
  const rank = { stat: 0, urgent: 1, routine: 2 } as const;
  const { cases } = (await api.get('/cases')).json as { cases: CaseSummary[] };
  const firstWithImaging = cases
    .filter((c) => ['offered', 'accepted', 'in_review', 'awaiting_records', 'returned'].includes(c.status))
    .sort((a, b) => rank[a.priority] - rank[b.priority] || Date.parse(a.dueAt) - Date.parse(b.dueAt))
    .find((c) => c.imagingSeriesCount > 0)!;

  await new SignInPage(page).signIn('specialist@demo.test');
  await expect(page.getByTestId('prefetch-overall')).toBeVisible();
  const row = page.locator(`[data-testid="queue-row"][data-case-id="${firstWithImaging.id}"]`);
  await expect(row.getByTestId('offline-ready')).toBeVisible({ timeout: 90_000 });
  await page.screenshot({ path: 'tests/.artifacts/screens/queue-prefetch.png' });

  setNetwork(false);
  await row.dblclick();
  await expect(page.locator('[data-testid="pdf-page"][data-page-number="1"]').first()).toHaveAttribute('data-rendered', 'true');
  const viewport = page.getByTestId('image-viewport');
  await expect(viewport).toHaveAttribute('data-rendered-image-id', /^wsi:/);
  expect((await canvasStats(viewport.locator('canvas').first())).levels).toBeGreaterThan(32);
  setNetwork(true);
});

test('a case taken away is purged from this computer and the reviewer is told, the draft kept aside', async ({ workstation, caseService }) => {
  const { page } = workstation;
  const api = await signInToApi(caseService.url, 'specialist@demo.test');
  const admin = await signInToApi(caseService.url, 'admin@demo.test');
  const target = (await inReviewCases(api))[3]!;
  await new SignInPage(page).signIn('specialist@demo.test');
  await page.locator(`[data-testid="queue-row"][data-case-id="${target.id}"]`).dblclick();
  await expect(page.locator('[data-testid="pdf-page"][data-page-number="1"]').first()).toHaveAttribute('data-rendered', 'true');
  await page.getByTestId('draft-editor').fill('Draft of a case that is about to move.');
  await expect(page.getByTestId('draft-status')).toHaveText(/^Saved \d/);
  await page.getByRole('button', { name: '← Queue' }).click();

  const moved = await admin.post(`/cases/${target.id}/assign`, { assigneeEmail: 'specialist2@demo.test', reason: 'Reviewer on leave' });
  expect(moved.status).toBe(200);

  await page.getByRole('button', { name: 'Refresh' }).click();
  const notice = page.getByTestId('revoked-notice');
  await expect(notice).toContainText(`${target.reference} is no longer assigned to you`);
  await expect(notice).toContainText('your draft of it is kept aside');
  await expect(page.locator(`[data-testid="queue-row"][data-case-id="${target.id}"]`)).toHaveCount(0);
  await page.screenshot({ path: 'tests/.artifacts/screens/revoked.png' });

  const left = await localStoreCounts(page, target.id);
  expect(left).toEqual({ cases: 0, files: 0, drafts: 1 });
});

test('offline copies stop with a clear message when the storage budget is nearly used', async ({ workstation }) => {
  const { page } = workstation;
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ usage: 950_000_000, quota: 1_000_000_000 }) });
  });
  await page.reload();
  await new SignInPage(page).signIn('specialist@demo.test');
  await expect(page.getByTestId('prefetch-stopped')).toContainText('storage budget is nearly used (950 MB of 800 MB)');
  await expect(page.getByTestId('queue-row')).not.toHaveCount(0);
});

test('an opinion submitted offline waits in the outbox behind the draft and reaches the server when the network returns', async ({ workstation, caseService }) => {
  const { page, setNetwork } = workstation;
  const api = await signInToApi(caseService.url, 'specialist@demo.test');
  const target = (await inReviewCases(api))[4]!;
  await new SignInPage(page).signIn('specialist@demo.test');
  await page.locator(`[data-testid="queue-row"][data-case-id="${target.id}"]`).dblclick();
  const editor = page.getByTestId('draft-editor');
  await expect(page.getByTestId('case-status')).toHaveText(/in review/i);

  setNetwork(false);
  const text = 'Opinion written and submitted on the plane: the proposed treatment is appropriate.';
  await editor.fill(text);
  await page.getByTestId('submit-opinion').click();
  await page.getByRole('button', { name: /confirm/i }).click();
  await expect(page.getByTestId('submission-queued')).toBeVisible({ timeout: 15_000 });
  await expect(editor).not.toBeEditable();
  expect((await api.get(`/cases/${target.id}/opinion`)).status).toBe(404);

  setNetwork(true);
  await expect(page.getByTestId('case-status')).toHaveText(/submitted/i, { timeout: 30_000 });
  await expect(page.getByTestId('submission-queued')).toBeHidden();
  const opinion = await api.get(`/cases/${target.id}/opinion`);
  expect((opinion.json as { text: string }).text).toBe(text);
});

test('a reviewer can stop keeping a case offline, and keep it again, from the queue', async ({ workstation, caseService }) => {
  const { page } = workstation;
  const api = await signInToApi(caseService.url, 'specialist@demo.test');
  const rank = { stat: 0, urgent: 1, routine: 2 } as const;
  const { cases } = (await api.get('/cases')).json as { cases: CaseSummary[] };
  const first = cases
    .filter((c) => ['offered', 'accepted', 'in_review', 'awaiting_records', 'returned'].includes(c.status))
    .sort((a, b) => rank[a.priority] - rank[b.priority] || Date.parse(a.dueAt) - Date.parse(b.dueAt))[0]!;
  await new SignInPage(page).signIn('specialist@demo.test');
  const row = page.locator(`[data-testid="queue-row"][data-case-id="${first.id}"]`);
  await expect(row.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
  expect((await localStoreCounts(page, first.id)).files).toBe(first.documentCount);

  await row.getByTestId('offline-toggle').click();
  await expect(row).toContainText('not kept');
  await expect(row.getByTestId('offline-toggle')).toHaveAttribute('aria-pressed', 'false');
  expect((await localStoreCounts(page, first.id)).files).toBe(0);

  await row.click();
  await page.keyboard.press('o');
  await expect(row.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 });
  expect((await localStoreCounts(page, first.id)).files).toBe(first.documentCount);
});
