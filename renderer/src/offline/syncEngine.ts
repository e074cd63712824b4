import { markSending, onAnswer, onNoAnswer, readyToSend, resolveKeepingMine } from '../../../src/sync/outbox';
import type { OutboxEntry } from '../../../src/sync/outbox';
import { call, HostCallError } from '../platform/host';
import { errorMessage } from '../ui/errorMessage';
import type { LocalStore } from './localStore';
import { readOutbox, writeEntry } from './outboxStore';

export interface SyncStatus {
  readonly online: boolean;
  /** Sync waits for the user to sign in again; the outbox is untouched. */
  readonly needsSignIn: boolean;
  readonly pending: number;
  readonly conflicts: readonly OutboxEntry[];
  readonly lastSyncedAt: number | null;
  readonly lastError: string | null;
}

export interface SyncEngine {
  status(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Something changed locally, or the network may be back: try to send now. */
  kick(): void;
  /** The draft version the server last confirmed for a case (0 when none). */
  knownDraftVersion(caseId: string): Promise<number>;
  setKnownDraftVersion(caseId: string, version: number): Promise<void>;
  pendingFor(caseId: string): Promise<OutboxEntry[]>;
  keepMine(entry: OutboxEntry): Promise<void>;
  /** The user signed in again: sync goes on. */
  signedIn(): void;
  stop(): void;
}

const lockName = 'review-workstation-sync';
const versionKey = (caseId: string) => `draftVersion:${caseId}`;

/**
 * Sends the outbox to the case service: in order, one unanswered change per
 * case, with backoff while offline. One window owns sync at a time (Web
 * Locks). A 401 pauses sync until the user signs in again; nothing in the
 * outbox is touched.
 */
export function createSyncEngine(store: LocalStore, options: { newId: () => string; random?: () => number } ): SyncEngine {
  const random = options.random ?? Math.random;
  const listeners = new Set<(status: SyncStatus) => void>();
  let current: SyncStatus = { online: navigator.onLine, needsSignIn: false, pending: 0, conflicts: [], lastSyncedAt: null, lastError: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let again = false;

  const publish = (next: Partial<SyncStatus>) => {
    current = { ...current, ...next };
    for (const listener of listeners) listener(current);
  };

  async function knownDraftVersion(caseId: string): Promise<number> {
    return Number((await store.db.syncState.get(versionKey(caseId)))?.value ?? 0);
  }
  async function setKnownDraftVersion(caseId: string, version: number): Promise<void> {
    await store.db.syncState.put({ key: versionKey(caseId), value: version });
  }

  async function refreshCounts(entries?: OutboxEntry[]) {
    const all = entries ?? (await readOutbox(store));
    publish({ pending: all.filter((e) => e.state !== 'done' && e.state !== 'conflict').length, conflicts: all.filter((e) => e.state === 'conflict') });
    return all;
  }

  async function sendOnce(): Promise<boolean> {
    const entries = await readOutbox(store);
    // A window that closed mid-push left entries "sending": they were never answered, so they are pending again.
    for (const stranded of entries.filter((e) => e.state === 'sending')) await writeEntry(store, { ...stranded, state: 'pending' });
    const ready = readyToSend(await readOutbox(store), Date.now());
    if (ready.length === 0 || current.needsSignIn) {
      schedule(await refreshCounts());
      return false;
    }
    const batch: OutboxEntry[] = [];
    for (const entry of ready.slice(0, 100)) {
      // The base version is fixed at the first send and kept for retries, so a retry is the same mutation.
      const baseVersion = entry.attempts === 0 ? await knownDraftVersion(entry.mutation.caseId) : entry.mutation.baseVersion;
      const sending = markSending({ ...entry, mutation: { ...entry.mutation, baseVersion } });
      await writeEntry(store, sending);
      batch.push(sending);
    }
    try {
      const { results } = await call('sync.push', { mutations: batch.map((e) => e.mutation) });
      for (const entry of batch) {
        const answered = onAnswer(entry, results.find((r) => r.id === entry.mutation.id)!);
        if (answered.state === 'done' && answered.serverVersion !== undefined) await setKnownDraftVersion(entry.mutation.caseId, answered.serverVersion);
        await writeEntry(store, answered);
      }
      publish({ online: true, lastSyncedAt: Date.now(), lastError: null });
      await refreshCounts();
      return true;
    } catch (error) {
      const signIn = error instanceof HostCallError && error.code === 'unauthenticated';
      for (const entry of batch) await writeEntry(store, signIn ? { ...entry, state: 'pending' } : onNoAnswer(entry, Date.now(), random));
      const offline = error instanceof HostCallError && error.code === 'network';
      publish({ online: !offline, needsSignIn: signIn, lastError: signIn ? null : errorMessage(error) });
      schedule(await refreshCounts());
      return false;
    }
  }

  function schedule(entries: readonly OutboxEntry[]) {
    clearTimeout(timer);
    const waiting = entries.filter((e) => e.state === 'pending').map((e) => e.nextAttemptAt);
    if (stopped || waiting.length === 0) return;
    timer = setTimeout(kick, Math.max(50, Math.min(...waiting) - Date.now()));
  }

  function kick() {
    if (stopped) return;
    again = true;
    void navigator.locks.request(lockName, { ifAvailable: true }, async (lock) => {
      // Another window holds the lock and is syncing; it will see these changes too.
      if (!lock) return;
      while (again && !stopped) {
        again = false;
        while (await sendOnce()) {
          /* keep sending while answers come back and more is ready */
        }
      }
    });
  }

  const onOnline = () => {
    publish({ online: true });
    kick();
  };
  const onOffline = () => publish({ online: false });
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  void refreshCounts().then(() => kick());

  return {
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    kick,
    knownDraftVersion,
    setKnownDraftVersion,
    async pendingFor(caseId) {
      return (await readOutbox(store)).filter((e) => e.mutation.caseId === caseId && e.state !== 'done');
    },
    async keepMine(entry) {
      if (entry.serverVersion !== undefined) await setKnownDraftVersion(entry.mutation.caseId, entry.serverVersion);
      await writeEntry(store, resolveKeepingMine(entry, options.newId(), Date.now()));
      await refreshCounts();
      kick();
    },
    signedIn() {
      publish({ needsSignIn: false });
      kick();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    },
  };
}
