import type { User } from '../../domain/case';
import type { PullChange, PullResponse } from '../../sync/protocol';
import { visibleCaseCondition } from '../access/caseVisibility';
import { caseSummaryColumns, toCaseSummary } from '../cases/caseRows';
import type { CaseSummaryRow } from '../cases/caseRows';
import type { Queryable } from '../db/database';

export const maxPullPage = 1000;

/**
 * One page of the change log after `cursor`, as `user` may see it: each
 * visible changed case once (with its current summary, at its latest seq in
 * the page), and the cases whose access this user lost. Another author's
 * draft edits are not shown, not even as a change.
 */
export async function pullChanges(db: Queryable, user: User, cursor: number, limit: number): Promise<PullResponse> {
  const rows = await db.query<{ seq: string | number; case_id: string; kind: 'case' | 'draft' | 'revoked'; user_id: string | null }>(
    'select seq, case_id, kind, user_id from case_changes where seq > $1 order by seq limit $2',
    [cursor, limit],
  );
  const last = rows.at(-1);
  const nextCursor = last ? Number(last.seq) : cursor;
  const relevant = rows.filter((r) => r.kind === 'case' || r.user_id === user.id);
  const caseIds = [...new Set(relevant.map((r) => r.case_id))];
  const visible = await visibleSummaries(db, user, caseIds);

  const latest = new Map<string, number>();
  const revoked = new Set<string>();
  for (const row of relevant) {
    if (row.kind === 'revoked') {
      if (!visible.has(row.case_id)) revoked.add(row.case_id);
    } else if (visible.has(row.case_id)) {
      latest.set(row.case_id, Number(row.seq));
      revoked.delete(row.case_id);
    }
  }
  const changes: PullChange[] = [...latest.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([caseId, seq]) => ({ seq, kind: 'case' as const, caseId, case: visible.get(caseId)! }));
  return { cursor: nextCursor, hasMore: rows.length === limit, changes, revoked: [...revoked] };
}

async function visibleSummaries(db: Queryable, user: User, caseIds: readonly string[]) {
  if (caseIds.length === 0) return new Map<string, ReturnType<typeof toCaseSummary>>();
  const visible = visibleCaseCondition(user, 'c', caseIds.length + 1);
  const placeholders = caseIds.map((_, i) => `$${i + 1}`).join(', ');
  const rows = await db.query<CaseSummaryRow>(
    `select ${caseSummaryColumns} from cases c where c.id in (${placeholders}) and ${visible.sql}`,
    [...caseIds, ...visible.params],
  );
  return new Map(rows.map((row) => [row.id, toCaseSummary(row)]));
}
