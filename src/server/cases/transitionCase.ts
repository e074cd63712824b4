import { randomUUID } from 'node:crypto';
import type { CaseStatus, User } from '../../domain/case';
import { checkTransition, slaPausedStatuses } from '../../domain/caseLifecycle';
import type { CaseActor } from '../../domain/caseLifecycle';
import { appendAuditEvent } from '../audit/auditLog';
import type { Database } from '../db/database';
import { HttpError, notFound } from '../http/httpError';
import { findVisibleCase } from './caseQueries';

export interface TransitionRequest {
  readonly to: CaseStatus;
  readonly reason?: string | undefined;
}

/**
 * Moves a case along its lifecycle, in one transaction with its history
 * row and audit event. The SLA clock stops while records are awaited: on
 * leaving that status the due date moves by the time spent waiting.
 */
export async function transitionCase(db: Database, user: User, caseId: string, request: TransitionRequest, now = new Date()) {
  return db.transaction(async (tx) => {
    if (!(await findVisibleCase(tx, user, caseId))) throw notFound();
    const [row] = await tx.query<{ status: CaseStatus; assignee_id: string | null; sla_paused_at: Date | string | null }>(
      'select status, assignee_id, sla_paused_at from cases where id = $1 for update',
      [caseId],
    );
    if (!row) throw notFound();
    const check = checkTransition(row.status, request.to, actorsOf(user, row.assignee_id), request.reason);
    if (!check.ok) {
      if (check.problem === 'not_yours') throw new HttpError(403, 'forbidden', check.message);
      if (check.problem === 'reason_required') throw new HttpError(400, 'reason_required', check.message);
      throw new HttpError(409, 'illegal_transition', check.message);
    }
    const leavingPause = slaPausedStatuses.includes(row.status) && !slaPausedStatuses.includes(request.to) && row.sla_paused_at;
    const enteringPause = !slaPausedStatuses.includes(row.status) && slaPausedStatuses.includes(request.to);
    const pausedMs = leavingPause ? Math.max(0, now.getTime() - new Date(row.sla_paused_at!).getTime()) : 0;
    await tx.query(
      `update cases set status = $2, version = version + 1,
         due_at = due_at + ($3::bigint * interval '1 millisecond'),
         sla_paused_at = case when $4::boolean then $5::timestamptz when $6::boolean then null else sla_paused_at end
       where id = $1`,
      [caseId, request.to, pausedMs, enteringPause, now.toISOString(), Boolean(leavingPause)],
    );
    await tx.query(
      'insert into case_transitions (id, case_id, from_status, to_status, actor_id, reason, at) values ($1, $2, $3, $4, $5, $6, $7)',
      [randomUUID(), caseId, row.status, request.to, user.id, request.reason?.trim() || null, now.toISOString()],
    );
    await appendAuditEvent(tx, {
      actorId: user.id,
      action: 'case.transition',
      caseId,
      detail: { from: row.status, to: request.to, withReason: Boolean(request.reason?.trim()), slaPausedMs: pausedMs || undefined },
    }, now);
    const summary = await findVisibleCase(tx, user, caseId);
    return summary ?? { id: caseId, status: request.to };
  });
}

function actorsOf(user: User, assigneeId: string | null): CaseActor[] {
  const actors: CaseActor[] = [];
  if (assigneeId === user.id) actors.push('assignee');
  if (user.role === 'director') actors.push('director');
  if (user.role === 'admin') actors.push('admin');
  return actors;
}
