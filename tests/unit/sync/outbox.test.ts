import { describe, expect, it } from 'vitest';
import { backoff, backoffDelayMs, compact, enqueue, markSending, onAnswer, onNoAnswer, readyToSend, resolveKeepingMine } from '../../../src/sync/outbox';
import type { OutboxEntry } from '../../../src/sync/outbox';
import type { Mutation } from '../../../src/sync/protocol';

const mutation = (id: string, caseId: string, baseVersion = 0): Mutation => ({ id, type: 'draft.save', caseId, baseVersion, payload: { text: `text of ${id}` } });

describe('backoff', () => {
  it('grows exponentially with full jitter and a cap', () => {
    expect(backoffDelayMs(0, () => 0.999)).toBe(999);
    expect(backoffDelayMs(3, () => 0.999)).toBe(7992);
    expect(backoffDelayMs(3, () => 0)).toBe(0);
    expect(backoffDelayMs(40, () => 0.999)).toBeLessThan(backoff.capMs);
    const samples = Array.from({ length: 500 }, (_, i) => backoffDelayMs(4, () => (i + 0.5) / 500));
    expect(Math.min(...samples)).toBeLessThan(200);
    expect(Math.max(...samples)).toBeGreaterThan(15_000);
  });
});

describe('the outbox', () => {
  it('sends in order, one unanswered change per case at a time, other cases in parallel', () => {
    let entries: OutboxEntry[] = [];
    entries = enqueue(entries, mutation('m1', 'A'), 0);
    entries = enqueue(entries, mutation('m2', 'A', 1), 0);
    entries = enqueue(entries, mutation('m3', 'B'), 0);
    expect(readyToSend(entries, 0).map((e) => e.mutation.id)).toEqual(['m1', 'm3']);
    entries = entries.map((e) => (e.mutation.id === 'm1' ? markSending(e) : e));
    expect(readyToSend(entries, 0).map((e) => e.mutation.id)).toEqual(['m3']);
    entries = entries.map((e) => (e.mutation.id === 'm1' ? onAnswer(e, { id: 'm1', status: 'applied', version: 1 }) : e));
    expect(readyToSend(entries, 0).map((e) => e.mutation.id)).toEqual(['m2', 'm3']);
    expect(compact(entries).map((e) => e.mutation.id)).toEqual(['m2', 'm3']);
  });

  it('treats a duplicate answer (a retry the server already applied) as done', () => {
    const [entry] = enqueue([], mutation('m1', 'A'), 0);
    expect(onAnswer(markSending(entry!), { id: 'm1', status: 'duplicate', version: 4 })).toMatchObject({ state: 'done', serverVersion: 4 });
  });

  it('keeps an unanswered change and retries it later, never dropping it', () => {
    const [entry] = enqueue([], mutation('m1', 'A'), 1000);
    const failed = onNoAnswer(markSending(markSending(entry!)), 1000, () => 0.5);
    expect(failed).toMatchObject({ state: 'pending', attempts: 2, nextAttemptAt: 1000 + 2000 });
    expect(readyToSend([failed], 2999)).toEqual([]);
    expect(readyToSend([failed], 3000)).toHaveLength(1);
  });

  it('turns a rejection into a conflict that keeps the text and blocks later changes of that case until resolved', () => {
    let entries = enqueue(enqueue([], mutation('m1', 'A'), 0), mutation('m2', 'A', 1), 0);
    entries = entries.map((e) => (e.seq === 1 ? onAnswer(markSending(e), { id: 'm1', status: 'rejected', reason: 'stale', version: 7 }) : e));
    const conflict = entries[0]!;
    expect(conflict).toMatchObject({ state: 'conflict', conflictReason: 'stale', serverVersion: 7 });
    expect(conflict.mutation.payload.text).toBe('text of m1');
    expect(readyToSend(entries, 0)).toEqual([]);
    expect(compact(entries)).toHaveLength(2);
    const resolved = resolveKeepingMine(conflict, 'm1-again', 5);
    expect(resolved).toMatchObject({ state: 'pending', attempts: 0, mutation: { id: 'm1-again', baseVersion: 7, payload: { text: 'text of m1' } } });
    expect(() => resolveKeepingMine(resolved, 'x', 0)).toThrow();
  });
});
