import type { CaseSummary, Priority } from '../../../src/domain/case';

const priorityRank: Readonly<Record<Priority, number>> = { stat: 0, urgent: 1, routine: 2 };

/** Work order: most urgent first, then the nearest due date. */
export function byWorkOrder(a: CaseSummary, b: CaseSummary): number {
  return priorityRank[a.priority] - priorityRank[b.priority] || Date.parse(a.dueAt) - Date.parse(b.dueAt);
}

export function matchesFilter(summary: CaseSummary, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return [summary.reference, summary.patient.name, summary.specialty, summary.question, summary.status.replace('_', ' ')]
    .some((field) => field.toLowerCase().includes(needle));
}
