import { randomUUID } from 'node:crypto';
import type { CaseStatus, User } from '../../domain/case';
import { appendAuditEvent } from '../audit/auditLog';
import type { Database } from '../db/database';
import { HttpError, notFound } from '../http/httpError';
import { findVisibleCase } from './caseQueries';

const signedStatuses: readonly CaseStatus[] = ['signed', 'delivered'];

/**
 * A signed opinion never changes; its author adds numbered addenda, each
 * with a reason, in the same transaction as its audit event.
 */
export async function addAddendum(db: Database, user: User, caseId: string, request: { text: string; reason: string }, now = new Date()) {
  return db.transaction(async (tx) => {
    if (!(await findVisibleCase(tx, user, caseId))) throw notFound();
    const [row] = await tx.query<{ status: CaseStatus; assignee_id: string | null }>('select status, assignee_id from cases where id = $1 for update', [caseId]);
    if (!row) throw notFound();
    if (row.assignee_id !== user.id) throw new HttpError(403, 'forbidden', 'Only the author of the opinion adds addenda.');
    if (!signedStatuses.includes(row.status)) throw new HttpError(409, 'not_signed', 'Addenda follow a signed opinion; until signing, edit the opinion itself.');
    const [last] = await tx.query<{ number: number | null }>('select max(number) as number from addenda where case_id = $1', [caseId]);
    const number = Number(last?.number ?? 0) + 1;
    await tx.query('insert into addenda (id, case_id, number, author_id, text, reason, at) values ($1, $2, $3, $4, $5, $6, $7)', [
      randomUUID(), caseId, number, user.id, request.text, request.reason, now.toISOString(),
    ]);
    await tx.query('update cases set version = version + 1 where id = $1', [caseId]);
    await appendAuditEvent(tx, { actorId: user.id, action: 'opinion.addendum', caseId, detail: { number } }, now);
    return { number, at: now.toISOString() };
  });
}
