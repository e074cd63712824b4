import type { OutboxEntry } from '../../../src/sync/outbox';
import { enqueue } from '../../../src/sync/outbox';
import type { Mutation } from '../../../src/sync/protocol';
import type { LocalStore } from './localStore';

/** The outbox as stored: each entry encrypted (it carries the user's text), with its scheduling fields in clear. */
export async function readOutbox(store: LocalStore): Promise<OutboxEntry[]> {
  const records = await store.db.outbox.orderBy('seq').toArray();
  return Promise.all(records.map((r) => store.cipher.openJson<OutboxEntry>('outbox', String(r.seq), r.sealed)));
}

export async function writeEntry(store: LocalStore, entry: OutboxEntry): Promise<void> {
  if (entry.state === 'done') {
    await store.db.outbox.delete(entry.seq);
    return;
  }
  await store.db.outbox.put({
    seq: entry.seq,
    caseId: entry.mutation.caseId,
    state: entry.state,
    nextAttemptAt: entry.nextAttemptAt,
    sealed: await store.cipher.sealJson('outbox', String(entry.seq), entry),
  });
}

/**
 * Queues a draft save. A pending save of the same case that was never sent
 * just takes the new text (one round trip instead of many); once a save has
 * been sent, a new one queues behind it.
 */
export async function queueDraftSave(store: LocalStore, caseId: string, text: string, newId: () => string, now: number): Promise<void> {
  const entries = await readOutbox(store);
  const unsent = entries.find((e) => e.mutation.caseId === caseId && e.mutation.type === 'draft.save' && e.state === 'pending' && e.attempts === 0);
  if (unsent) {
    await writeEntry(store, { ...unsent, mutation: { ...unsent.mutation, payload: { text } } });
    return;
  }
  // baseVersion is fixed when the entry is first sent, from the version the server last confirmed.
  const mutation: Mutation = { id: newId(), type: 'draft.save', caseId, baseVersion: 0, payload: { text } };
  const next = enqueue(entries, mutation, now).at(-1)!;
  await writeEntry(store, next);
}

/** Queues the submission behind the case's draft saves; it is sent, in order, when the case service is reachable. */
export async function queueSubmission(store: LocalStore, caseId: string, text: string, newId: () => string, now: number): Promise<void> {
  const entries = await readOutbox(store);
  const mutation: Mutation = { id: newId(), type: 'opinion.submit', caseId, baseVersion: 0, payload: { text } };
  await writeEntry(store, enqueue(entries, mutation, now).at(-1)!);
}
