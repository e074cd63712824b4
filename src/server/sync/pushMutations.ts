import type { User } from '../../domain/case';
import type { Mutation, MutationResult, PushRequest } from '../../sync/protocol';
import { appendAuditEvent } from '../audit/auditLog';
import type { Database, Queryable } from '../db/database';
import { applyMutation } from './applyMutation';

/**
 * Processes each mutation in its own transaction, in order. The row in
 * `mutations` is claimed first, so a retry of (clientId, mutationId) —
 * even a concurrent one, which waits on the unique index — finds the
 * recorded result and changes nothing: an applied original answers
 * `duplicate` with its version, a rejected one answers its rejection again.
 */
export async function pushMutations(db: Database, user: User, request: PushRequest): Promise<MutationResult[]> {
  const results: MutationResult[] = [];
  for (const mutation of request.mutations) {
    results.push(await db.transaction((tx) => processOne(tx, user, request.clientId, mutation)));
  }
  return results;
}

async function processOne(
  tx: Queryable,
  user: User,
  clientId: string,
  m: Mutation,
): Promise<MutationResult> {
  const claimed = await tx.query(
    `insert into mutations (client_id, mutation_id, user_id) values ($1, $2, $3)
     on conflict (client_id, mutation_id) do nothing returning 1 as claimed`,
    [clientId, m.id, user.id],
  );
  if (claimed.length === 0) {
    const [prior] = await tx.query<{ user_id: string; result: MutationResult | null }>(
      'select user_id, result from mutations where client_id = $1 and mutation_id = $2',
      [clientId, m.id],
    );
    // Another user's id must not leak that user's result.
    if (!prior?.result || prior.user_id !== user.id) return { id: m.id, status: 'rejected', reason: 'id_in_use' };
    return prior.result.status === 'applied' ? { ...prior.result, status: 'duplicate' } : prior.result;
  }
  const result = await applyMutation(tx, user, m, new Date());
  await tx.query('update mutations set result = $3 where client_id = $1 and mutation_id = $2', [
    clientId,
    m.id,
    JSON.stringify(result),
  ]);
  await appendAuditEvent(tx, {
    actorId: user.id,
    action: `mutation.${m.type}`,
    caseId: result.reason === 'not_found' ? null : m.caseId,
    detail: { clientId, mutationId: m.id, status: result.status, version: result.version, reason: result.reason },
  });
  return result;
}
