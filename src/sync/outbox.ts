/**
 * The outbox state machine: every local change is a mutation kept until the
 * server has answered it. Pure functions over entries, so the rules are
 * tested without a network or a database.
 *
 *   pending ──send──▶ sending ──applied/duplicate──▶ done
 *      ▲                 │ network error (backoff)      │
 *      └─────────────────┘            rejected ──▶ conflict ──resolve──▶ pending
 */
import type { Mutation, MutationResult } from './protocol';

export type OutboxState = 'pending' | 'sending' | 'conflict' | 'done';

export interface OutboxEntry {
  /** Local order: the order the user made the changes. */
  readonly seq: number;
  readonly mutation: Mutation;
  readonly state: OutboxState;
  readonly attempts: number;
  /** Not before this time (ms since epoch). */
  readonly nextAttemptAt: number;
  readonly serverVersion?: number;
  /** Why the server refused it; the user's text stays in the mutation. */
  readonly conflictReason?: string;
}

export const backoff = { baseMs: 1_000, capMs: 5 * 60_000 } as const;

/** Exponential backoff with full jitter: uniformly random in [0, min(cap, base·2^attempts)). */
export function backoffDelayMs(attempts: number, random: () => number): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(attempts, 30));
  return Math.floor(random() * ceiling);
}

export function enqueue(entries: readonly OutboxEntry[], mutation: Mutation, now: number): OutboxEntry[] {
  const seq = entries.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
  return [...entries, { seq, mutation, state: 'pending', attempts: 0, nextAttemptAt: now }];
}

/**
 * What may be sent now, in order: pending entries whose time has come,
 * except that nothing of a case is sent while an earlier change of that
 * case is unanswered or in conflict (its base version depends on it).
 */
export function readyToSend(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  const blockedCases = new Set<string>();
  const ready: OutboxEntry[] = [];
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (entry.state === 'done') continue;
    const caseId = entry.mutation.caseId;
    if (!blockedCases.has(caseId) && entry.state === 'pending' && entry.nextAttemptAt <= now) ready.push(entry);
    blockedCases.add(caseId);
  }
  return ready;
}

export function markSending(entry: OutboxEntry): OutboxEntry {
  return { ...entry, state: 'sending', attempts: entry.attempts + 1 };
}

/** The server's answer: applied and duplicate both mean done; a rejection becomes a conflict the user resolves. */
export function onAnswer(entry: OutboxEntry, result: MutationResult): OutboxEntry {
  if (result.id !== entry.mutation.id) throw new Error('answer for another mutation');
  if (result.status === 'applied' || result.status === 'duplicate') {
    return { ...entry, state: 'done', ...(result.version !== undefined ? { serverVersion: result.version } : {}) };
  }
  return {
    ...entry,
    state: 'conflict',
    conflictReason: result.reason ?? 'rejected',
    ...(result.version !== undefined ? { serverVersion: result.version } : {}),
  };
}

/** No answer (offline, timeout, server down): try again later; the entry is never dropped. */
export function onNoAnswer(entry: OutboxEntry, now: number, random: () => number): OutboxEntry {
  return { ...entry, state: 'pending', nextAttemptAt: now + backoffDelayMs(entry.attempts, random) };
}

/**
 * The user resolved a conflict by keeping their text over the server's
 * version: the same change is sent again as a new mutation on that version.
 */
export function resolveKeepingMine(entry: OutboxEntry, newMutationId: string, now: number): OutboxEntry {
  if (entry.state !== 'conflict') throw new Error('only a conflict can be resolved');
  const { conflictReason: _reason, ...rest } = entry;
  return {
    ...rest,
    mutation: { ...entry.mutation, id: newMutationId, baseVersion: entry.serverVersion ?? entry.mutation.baseVersion },
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
  };
}

/** Entries the server has answered for good can go; everything else stays. */
export function compact(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries.filter((e) => e.state !== 'done');
}
