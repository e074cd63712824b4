import type { Page } from '@playwright/test';

/** Counts what the workstation keeps on this computer for one case, reading its IndexedDB directly. */
export async function localStoreCounts(page: Page, caseId: string): Promise<{ cases: number; files: number; drafts: number }> {
  return page.evaluate(async (id) => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('review-workstation-'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(names[0]!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (store: string, index: string | null) => new Promise<number>((resolve) => {
      const objectStore = db.transaction(store).objectStore(store);
      const request = index ? objectStore.index(index).count(id) : objectStore.count(id);
      request.onsuccess = () => resolve(request.result);
    });
    const result = { cases: await count('cases', null), files: await count('files', 'caseId'), drafts: await count('drafts', null) };
    db.close();
    return result;
  }, caseId);
}
