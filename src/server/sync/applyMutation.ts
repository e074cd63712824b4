import { randomUUID } from 'node:crypto';
import type { CaseStatus, User } from '../../domain/case';
import type { Mutation, MutationResult } from '../../sync/protocol';
import { editableStatuses } from '../access/caseVisibility';
import type { Queryable } from '../db/database';

const rejected = (m: Mutation, reason: string, version?: number): MutationResult =>
  version === undefined ? { id: m.id, status: 'rejected', reason } : { id: m.id, status: 'rejected', reason, version };

/**
 * Applies one mutation inside the caller's transaction, or says why not.
 * Rules: the case must be assigned to the caller (else `not_found`, the
 * same as a case that does not exist), in an editable status (else
 * `not_editable`), and `baseVersion` must equal the caller's current draft
 * version, 0 when there is none (else `stale` with the current version).
 * Both kinds write the draft and answer its new version; `draft.save` moves
 * an accepted case to in_review, `opinion.submit` stores the opinion and
 * moves the case to submitted. Any status change bumps the case version.
 */
export async function applyMutation(tx: Queryable, user: User, m: Mutation, now: Date): Promise<MutationResult> {
  const [found] = await tx.query<{ status: CaseStatus; assignee_id: string | null }>(
    'select status, assignee_id from cases where id = $1 for update',
    [m.caseId],
  );
  if (!found || found.assignee_id !== user.id) return rejected(m, 'not_found');
  const [draft] = await tx.query<{ version: number }>(
    'select version from drafts where case_id = $1 and author_id = $2 for update',
    [m.caseId, user.id],
  );
  const current = draft ? Number(draft.version) : 0;
  if (!editableStatuses.includes(found.status)) return rejected(m, 'not_editable', current);
  if (m.baseVersion !== current) return rejected(m, 'stale', current);
  if (m.type === 'opinion.submit' && m.payload.text.trim() === '') return rejected(m, 'empty_opinion', current);

  const next = current + 1;
  await tx.query(
    `insert into drafts (case_id, author_id, text, version, updated_at) values ($1, $2, $3, $4, $5)
     on conflict (case_id, author_id) do update set text = excluded.text, version = excluded.version, updated_at = excluded.updated_at`,
    [m.caseId, user.id, m.payload.text, next, now.toISOString()],
  );
  switch (m.type) {
    case 'draft.save':
      if (found.status === 'accepted') await setStatus(tx, m.caseId, 'in_review');
      break;
    case 'opinion.submit':
      await tx.query(
        `insert into opinions (id, case_id, author_id, text, version, submitted_at) values ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), m.caseId, user.id, m.payload.text, next, now.toISOString()],
      );
      await setStatus(tx, m.caseId, 'submitted');
      break;
    default: {
      const unhandled: never = m.type;
      throw new Error(`unhandled mutation type ${String(unhandled)}`);
    }
  }
  return { id: m.id, status: 'applied', version: next };
}

async function setStatus(tx: Queryable, caseId: string, status: CaseStatus): Promise<void> {
  await tx.query('update cases set status = $2, version = version + 1 where id = $1', [caseId, status]);
}
