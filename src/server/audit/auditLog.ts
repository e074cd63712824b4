import { auditEventHash, genesisHash } from '../../audit/hashChain';
import type { AuditEvent } from '../../audit/hashChain';
import type { CanonicalValue } from '../../audit/canonicalJson';
import type { Database, Queryable } from '../db/database';

/** What a caller says happened; seq, time and hashes are the log's to assign. Never put PHI, passwords or tokens in `detail`. */
export interface AuditEntry {
  readonly actorId: string | null;
  readonly action: string;
  readonly caseId?: string | null;
  readonly detail?: { readonly [key: string]: CanonicalValue | undefined };
}

// Any constant: it only has to be the same for every writer of this database.
const chainLockKey = 7_245_002;

/**
 * Appends one event inside the caller's transaction. The advisory lock
 * (held until that transaction ends) makes appends one at a time, so each
 * event links to the true head and seq grows by exactly one. If the
 * transaction rolls back, the event goes with it.
 */
export async function appendAuditEvent(tx: Queryable, entry: AuditEntry, now: Date = new Date()): Promise<AuditEvent> {
  await tx.query('select pg_advisory_xact_lock($1)', [chainLockKey]);
  const [head] = await tx.query<{ seq: string | number; hash: string }>(
    'select seq, hash from audit_events order by seq desc limit 1',
  );
  const body = {
    seq: head ? Number(head.seq) + 1 : 1,
    at: now.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    caseId: entry.caseId ?? null,
    detail: withoutUndefined(entry.detail ?? {}),
    prevHash: head?.hash ?? genesisHash,
  };
  const hash = await auditEventHash(body);
  await tx.query(
    `insert into audit_events (seq, at, actor_id, action, case_id, detail, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [body.seq, body.at, body.actorId, body.action, body.caseId, JSON.stringify(body.detail), body.prevHash, hash],
  );
  return { ...body, hash };
}

/** Appends one event in a transaction of its own (for reads, which change nothing else). */
export function recordAuditEvent(db: Database, entry: AuditEntry): Promise<AuditEvent> {
  return db.transaction((tx) => appendAuditEvent(tx, entry));
}

/** Reads events in chain order, in the shape their hashes were computed over. */
export async function readAuditEvents(db: Queryable, afterSeq = 0, limit = 1000): Promise<AuditEvent[]> {
  const rows = await db.query<{
    seq: string | number;
    at: Date | string;
    actor_id: string | null;
    action: string;
    case_id: string | null;
    detail: Record<string, CanonicalValue>;
    prev_hash: string;
    hash: string;
  }>('select * from audit_events where seq > $1 order by seq limit $2', [afterSeq, limit]);
  return rows.map((row) => ({
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    action: row.action,
    caseId: row.case_id,
    detail: row.detail,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}

function withoutUndefined(detail: { readonly [key: string]: CanonicalValue | undefined }): { [key: string]: CanonicalValue } {
  const out: { [key: string]: CanonicalValue } = {};
  for (const [key, value] of Object.entries(detail)) if (value !== undefined) out[key] = value;
  return out;
}
