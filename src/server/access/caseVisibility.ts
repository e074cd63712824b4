import { caseStatuses, editableStatuses } from '../../domain/case';
import type { CaseStatus, User } from '../../domain/case';

/** Statuses a director audits: submitted and everything after it in the workflow. */
export const directorStatuses: readonly CaseStatus[] = caseStatuses.slice(caseStatuses.indexOf('submitted'));

export { editableStatuses };

/**
 * A SQL condition on the `cases` row aliased `alias` that is true exactly for
 * the cases `user` may see: specialists and radiologists their assigned
 * cases, directors cases at or past submission, admins all. `param` is the
 * placeholder number to use for the one bound value, if any.
 */
export function visibleCaseCondition(user: User, alias: string, param: number): { sql: string; params: unknown[] } {
  switch (user.role) {
    case 'specialist':
    case 'radiologist':
      return { sql: `${alias}.assignee_id = $${param}`, params: [user.id] };
    case 'director':
      // The list is our own constant, never user input, so inlining it is safe.
      return { sql: `${alias}.status in (${directorStatuses.map((s) => `'${s}'`).join(', ')})`, params: [] };
    case 'admin':
      return { sql: 'true', params: [] };
    default: {
      const unhandled: never = user.role;
      throw new Error(`no visibility rule for role ${String(unhandled)}`);
    }
  }
}

/** Who may read a case's submitted opinion: its author, or a director or admin. */
export function mayReadAnyOpinion(user: User): boolean {
  return user.role === 'director' || user.role === 'admin';
}
