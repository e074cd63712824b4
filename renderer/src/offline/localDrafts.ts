import type { LocalStore } from './localStore';

export interface LocalDraft {
  readonly text: string;
  /** The server's draft version this text was written on. */
  readonly baseVersion: number;
  readonly updatedAt: number;
}

/** Saves the draft on this machine (encrypted): what was typed survives a closed window or a crash. */
export async function saveLocalDraft(store: LocalStore, caseId: string, draft: LocalDraft): Promise<void> {
  await store.db.drafts.put({
    caseId,
    baseVersion: draft.baseVersion,
    updatedAt: draft.updatedAt,
    sealed: await store.cipher.sealJson('drafts', caseId, { text: draft.text }),
  });
}

export async function readLocalDraft(store: LocalStore, caseId: string): Promise<LocalDraft | null> {
  const record = await store.db.drafts.get(caseId);
  if (!record) return null;
  const { text } = await store.cipher.openJson<{ text: string }>('drafts', caseId, record.sealed);
  return { text, baseVersion: record.baseVersion, updatedAt: record.updatedAt };
}
