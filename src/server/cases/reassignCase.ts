import { randomUUID } from 'node:crypto';
import type { CaseStatus, User } from '../../domain/case';
import { appendAuditEvent } from '../audit/auditLog';
import { findUserByEmail } from '../auth/users';
import type { Database } from '../db/database';
import { HttpError, notFound } from '../http/httpError';

const reassignable: readonly CaseStatus[] = ['offered', 'accepted', 'declined', 'in_review', 'awaiting_records', 'returned'];

/**
 * An admin gives a case to another reviewer; it is offered to them afresh.
 * The former assignee loses access (their workstation purges the case on
 * its next pull); their draft stays on the server, theirs alone.
 */
export async function reassignCase(db: Database, admin: User, caseId: string, request: { assigneeEmail: string; reason: string }, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ status: CaseStatus; assignee_id: string | null }>('select status, assignee_id from cases where id = $1 for update', [caseId]);
    if (!row) throw notFound();
    if (!reassignable.includes(row.status)) throw new HttpError(409, 'not_reassignable', 'A case with a submitted opinion is not reassigned; offer a further opinion instead.');
    const assignee = await findUserByEmail(tx, request.assigneeEmail);
    if (!assignee || (assignee.role !== 'specialist' && assignee.role !== 'radiologist')) {
      throw new HttpError(400, 'invalid_assignee', 'Cases go to a specialist or radiologist account.');
    }
    if (assignee.id === row.assignee_id) throw new HttpError(409, 'already_assigned', 'The case is already assigned to that reviewer.');
    await tx.query("update cases set assignee_id = $2, status = 'offered', version = version + 1 where id = $1", [caseId, assignee.id]);
    await tx.query(
      'insert into case_transitions (id, case_id, from_status, to_status, actor_id, reason, at) values ($1, $2, $3, $4, $5, $6, $7)',
      [randomUUID(), caseId, row.status, 'offered', admin.id, request.reason.trim(), now.toISOString()],
    );
    await appendAuditEvent(tx, { actorId: admin.id, action: 'case.reassign', caseId, detail: { from: row.assignee_id, to: assignee.id } }, now);
    return { id: caseId, status: 'offered' as const, assigneeId: assignee.id };
  });
}
