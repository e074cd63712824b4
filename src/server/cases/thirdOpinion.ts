import { randomUUID } from 'node:crypto';
import type { CaseStatus, User } from '../../domain/case';
import { appendAuditEvent } from '../audit/auditLog';
import { findUserByEmail } from '../auth/users';
import type { Database } from '../db/database';
import { HttpError, notFound } from '../http/httpError';
import { findVisibleCase } from './caseQueries';

const withOpinion: readonly CaseStatus[] = ['submitted', 'qa', 'returned', 'approved', 'signed', 'delivered'];
const furtherOpinionDays = 10;

/**
 * When a second opinion disagrees with the first, the case is offered to
 * another reviewer as a case of its own: same patient, question and
 * records, the parent's imaging, and none of the earlier opinions (the new
 * reviewer cannot see the parent case; directors see both).
 */
export async function offerFurtherOpinion(db: Database, user: User, caseId: string, request: { assigneeEmail: string; reason: string }, now = new Date()) {
  return db.transaction(async (tx) => {
    if (!(await findVisibleCase(tx, user, caseId))) throw notFound();
    const [parent] = await tx.query<{
      reference: string; status: CaseStatus; assignee_id: string | null; parent_case_id: string | null;
      priority: string; specialty: string; patient: unknown; question: string; program: string;
    }>('select reference, status, assignee_id, parent_case_id, priority, specialty, patient, question, program from cases where id = $1 for update', [caseId]);
    if (!parent) throw notFound();
    if (!withOpinion.includes(parent.status)) throw new HttpError(409, 'no_opinion_yet', 'A further opinion can be offered once this case has a submitted opinion.');
    if (parent.parent_case_id) throw new HttpError(409, 'is_further_opinion', 'This case is itself a further opinion; offer from the original case.');
    const assignee = await findUserByEmail(tx, request.assigneeEmail);
    if (!assignee || (assignee.role !== 'specialist' && assignee.role !== 'radiologist')) {
      throw new HttpError(400, 'invalid_assignee', 'A further opinion goes to a specialist or radiologist account.');
    }
    if (assignee.id === parent.assignee_id) throw new HttpError(400, 'invalid_assignee', 'A further opinion must come from another reviewer.');
    const [open] = await tx.query('select 1 from cases where parent_case_id = $1 and status <> $2', [caseId, 'declined']);
    if (open) throw new HttpError(409, 'already_offered', 'A further opinion on this case is already offered or under way.');

    const id = randomUUID();
    const reference = `${parent.reference}-3`.slice(0, 64);
    await tx.query(
      `insert into cases (id, reference, assignee_id, status, priority, specialty, patient, question, program, received_at, due_at, parent_case_id)
       values ($1, $2, $3, 'offered', $4, $5, $6, $7, $8, $9, $10, $11)`,
      [id, reference, assignee.id, parent.priority, parent.specialty, JSON.stringify(parent.patient), parent.question, parent.program,
        now.toISOString(), new Date(now.getTime() + furtherOpinionDays * 86_400_000).toISOString(), caseId],
    );
    const documents = await tx.query<{ title: string; kind: string; date: string; source: string; page_count: number; sha256: string; byte_length: string | number }>(
      'select title, kind, date::text as date, source, page_count, sha256, byte_length from documents where case_id = $1',
      [caseId],
    );
    for (const d of documents) {
      await tx.query(
        'insert into documents (id, case_id, title, kind, date, source, page_count, sha256, byte_length) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [randomUUID(), id, d.title, d.kind, d.date, d.source, d.page_count, d.sha256, d.byte_length],
      );
    }
    await tx.query(
      'insert into case_transitions (id, case_id, from_status, to_status, actor_id, reason, at) values ($1, $2, $3, $4, $5, $6, $7)',
      [randomUUID(), id, 'none', 'offered', user.id, request.reason.trim(), now.toISOString()],
    );
    await appendAuditEvent(tx, { actorId: user.id, action: 'case.further_opinion', caseId: id, detail: { parentCaseId: caseId, assigneeId: assignee.id } }, now);
    return { id, reference, status: 'offered' as const, parentCaseId: caseId, assigneeId: assignee.id };
  });
}
