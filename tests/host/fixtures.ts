/**
 * Playwright fixtures: one real case service per worker (seeded with demo
 * data) and a page wired to the real host handlers through the test host.
 */
import { test as base } from '@playwright/test';
import { assertChromiumInstalled } from './chromium';
import { openWorkstation } from './browserHost';
import type { WorkstationPage } from './browserHost';
import { startCaseServiceProcess } from './caseServiceProcess';
import type { CaseServiceProcess } from './caseServiceProcess';

export const test = base.extend<{ workstation: WorkstationPage }, { caseService: CaseServiceProcess }>({
  caseService: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      assertChromiumInstalled();
      const service = await startCaseServiceProcess({ demo: true });
      await use(service);
      await service.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  workstation: async ({ context, caseService }, use) => {
    await use(await openWorkstation(context, caseService.url));
  },
});

export { expect } from '@playwright/test';
