import type { User } from '../../domain/case';
import type { Opinion } from '../../sync/protocol';
import { mayReadAnyOpinion } from '../access/caseVisibility';
import type { Queryable } from '../db/database';

/**
 * The latest submitted opinion on a case that `user` may read: directors and
 * admins read any, an author only their own. Null otherwise, exactly as
 * for a case without an opinion.
 */
export async function findReadableOpinion(db: Queryable, user: User, caseId: string): Promise<Opinion | null> {
  const anyAuthor = mayReadAnyOpinion(user);
  const [row] = await db.query<{ case_id: string; author_id: string; text: string; version: number; submitted_at: Date }>(
    `select case_id, author_id, text, version, submitted_at from opinions
     where case_id = $1 and ($2::boolean or author_id = $3)
     order by submitted_at desc, version desc limit 1`,
    [caseId, anyAuthor, user.id],
  );
  if (!row) return null;
  const addenda = await db.query<{ number: number; author_id: string; text: string; reason: string; at: Date }>(
    'select number, author_id, text, reason, at from addenda where case_id = $1 order by number',
    [caseId],
  );
  return {
    caseId: row.case_id,
    authorId: row.author_id,
    text: row.text,
    version: Number(row.version),
    submittedAt: new Date(row.submitted_at).toISOString(),
    addenda: addenda.map((a) => ({ number: Number(a.number), authorId: a.author_id, text: a.text, reason: a.reason, at: new Date(a.at).toISOString() })),
  };
}
