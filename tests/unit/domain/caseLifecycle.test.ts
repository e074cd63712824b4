import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../../../src/domain/case';
import { checkTransition, transitions } from '../../../src/domain/caseLifecycle';

describe('the case lifecycle', () => {
  it('walks the whole happy path with the right actor at each step', () => {
    const steps = [
      ['offered', 'accepted', 'assignee'],
      ['accepted', 'in_review', 'assignee'],
      ['in_review', 'awaiting_records', 'assignee'],
      ['awaiting_records', 'in_review', 'assignee'],
      ['submitted', 'qa', 'director'],
      ['qa', 'returned', 'director'],
      ['qa', 'approved', 'director'],
      ['approved', 'signed', 'assignee'],
      ['signed', 'delivered', 'admin'],
    ] as const;
    for (const [from, to, actor] of steps) expect(checkTransition(from, to, [actor], 'because').ok, `${from} → ${to}`).toBe(true);
  });

  it('refuses every pair the table does not list, naming what is allowed', () => {
    for (const from of caseStatuses) {
      for (const to of caseStatuses) {
        const listed = transitions.some((t) => t.from.includes(from) && t.to === to);
        const check = checkTransition(from, to, ['assignee', 'director', 'admin'], 'reason');
        expect(check.ok, `${from} → ${to}`).toBe(listed);
        if (!check.ok) expect(check.problem).toBe('illegal');
      }
    }
    const check = checkTransition('offered', 'submitted', ['assignee'], undefined);
    expect(check).toMatchObject({ ok: false, problem: 'illegal', allowed: ['accepted', 'declined'] });
    if (!check.ok) expect(check.message).toBe('A case that is offered cannot become submitted; it can become accepted or declined.');
  });

  it('refuses the wrong actor: a specialist cannot approve, a director cannot accept', () => {
    expect(checkTransition('qa', 'approved', ['assignee'], undefined)).toMatchObject({ ok: false, problem: 'not_yours' });
    expect(checkTransition('offered', 'accepted', ['director'], undefined)).toMatchObject({ ok: false, problem: 'not_yours', allowed: [] });
  });

  it('needs a reason to decline, to wait for records and to return for revision', () => {
    for (const [from, to, actor] of [['offered', 'declined', 'assignee'], ['in_review', 'awaiting_records', 'assignee'], ['qa', 'returned', 'director']] as const) {
      expect(checkTransition(from, to, [actor], '  ')).toMatchObject({ ok: false, problem: 'reason_required' });
      expect(checkTransition(from, to, [actor], 'conflict of interest').ok).toBe(true);
    }
  });
});
