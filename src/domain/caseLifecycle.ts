import type { CaseStatus } from './case';

/** Who is acting on a case: its assignee, a medical director, or an admin. */
export type CaseActor = 'assignee' | 'director' | 'admin';

export interface Transition {
  readonly from: readonly CaseStatus[];
  readonly to: CaseStatus;
  readonly by: readonly CaseActor[];
  /** Declining, pausing for records and returning for revision must say why. */
  readonly needsReason: boolean;
}

/**
 * The case lifecycle the server holds. Submission (in review or returned →
 * submitted) is not here: it happens only with the opinion, through push.
 */
export const transitions: readonly Transition[] = [
  { from: ['offered'], to: 'accepted', by: ['assignee'], needsReason: false },
  { from: ['offered'], to: 'declined', by: ['assignee'], needsReason: true },
  { from: ['accepted'], to: 'in_review', by: ['assignee'], needsReason: false },
  { from: ['in_review'], to: 'awaiting_records', by: ['assignee'], needsReason: true },
  { from: ['awaiting_records'], to: 'in_review', by: ['assignee', 'admin'], needsReason: false },
  { from: ['submitted'], to: 'qa', by: ['director'], needsReason: false },
  { from: ['qa'], to: 'returned', by: ['director'], needsReason: true },
  { from: ['qa'], to: 'approved', by: ['director'], needsReason: false },
  { from: ['approved'], to: 'signed', by: ['assignee'], needsReason: false },
  { from: ['signed'], to: 'delivered', by: ['admin'], needsReason: false },
];

/** Statuses during which the SLA clock stands still. */
export const slaPausedStatuses: readonly CaseStatus[] = ['awaiting_records'];

export type TransitionCheck =
  | Readonly<{ ok: true; transition: Transition }>
  | Readonly<{ ok: false; problem: 'illegal' | 'not_yours' | 'reason_required'; allowed: readonly CaseStatus[]; message: string }>;

/** Whether `actor` may move a case from `from` to `to`, and if not, why and what is allowed instead. */
export function checkTransition(from: CaseStatus, to: CaseStatus, actors: readonly CaseActor[], reason: string | undefined): TransitionCheck {
  const fromHere = transitions.filter((t) => t.from.includes(from));
  const allowed = fromHere.filter((t) => t.by.some((b) => actors.includes(b))).map((t) => t.to);
  const transition = fromHere.find((t) => t.to === to);
  if (!transition) {
    const next = fromHere.map((t) => t.to);
    return { ok: false, problem: 'illegal', allowed, message: `A case that is ${label(from)} cannot become ${label(to)}${next.length ? `; it can become ${next.map(label).join(' or ')}` : ''}.` };
  }
  if (!transition.by.some((b) => actors.includes(b))) {
    return { ok: false, problem: 'not_yours', allowed, message: `Only the ${transition.by.join(' or ')} may move a case from ${label(from)} to ${label(to)}.` };
  }
  if (transition.needsReason && !reason?.trim()) {
    return { ok: false, problem: 'reason_required', allowed, message: `Making a case ${label(to)} needs a reason.` };
  }
  return { ok: true, transition };
}

const label = (status: CaseStatus) => status.replace('_', ' ');
