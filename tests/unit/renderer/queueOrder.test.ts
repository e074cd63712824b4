import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../src/domain/case';
import { byWorkOrder, matchesFilter } from '../../../renderer/src/queue/queueOrder';
import { ageOn, describeDue } from '../../../renderer/src/ui/formatTime';

const summary = (over: Partial<CaseSummary>): CaseSummary => ({
  id: 'c', reference: 'EMO-1', patient: { name: 'Ada Lovelace', birthDate: '1960-05-20', sex: 'female' },
  specialty: 'orthopedics', priority: 'routine', status: 'in_review', question: 'Is fusion indicated?', program: 'Plan',
  receivedAt: '2026-11-01T00:00:00Z', dueAt: '2026-12-01T00:00:00Z', version: 1, documentCount: 2, imagingSeriesCount: 3, ...over,
});

describe('queue order and filter', () => {
  it('puts stat before urgent before routine, then the nearest due date', () => {
    const cases = [
      summary({ id: 'routine-soon', priority: 'routine', dueAt: '2026-11-25T00:00:00Z' }),
      summary({ id: 'urgent-late', priority: 'urgent', dueAt: '2026-12-20T00:00:00Z' }),
      summary({ id: 'stat', priority: 'stat', dueAt: '2026-12-30T00:00:00Z' }),
      summary({ id: 'urgent-soon', priority: 'urgent', dueAt: '2026-11-26T00:00:00Z' }),
    ];
    expect([...cases].sort(byWorkOrder).map((c) => c.id)).toEqual(['stat', 'urgent-soon', 'urgent-late', 'routine-soon']);
  });

  it('filters on patient, reference, specialty, question and status, ignoring case', () => {
    const c = summary({});
    expect(['lovelace', 'emo-1', 'ORTHO', 'fusion', 'in review'].map((f) => matchesFilter(c, f))).toEqual([true, true, true, true, true]);
    expect(matchesFilter(c, 'cardio')).toBe(false);
    expect(matchesFilter(c, '  ')).toBe(true);
  });
});

describe('due dates and ages', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  it('describes due and overdue cases as a triage list does', () => {
    expect(describeDue('2026-11-27T12:00:00Z', now)).toEqual({ text: 'due in 3 d', overdue: false, soon: false });
    expect(describeDue('2026-11-24T17:00:00Z', now)).toEqual({ text: 'due in 5 h', overdue: false, soon: true });
    expect(describeDue('2026-11-22T12:00:00Z', now)).toEqual({ text: 'overdue 2 d', overdue: true, soon: false });
  });
  it('computes age in whole years, counting the birthday itself', () => {
    expect(ageOn('1960-11-24', now)).toBe(66);
    expect(ageOn('1960-11-25', now)).toBe(65);
  });
});
