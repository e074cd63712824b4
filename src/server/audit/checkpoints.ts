import { sign } from 'node:crypto';
import { checkpointMessage, verifyCheckpointSignature } from '../../audit/checkpoint';
import type { AuditCheckpoint } from '../../audit/checkpoint';
import { genesisHash, verifyChain } from '../../audit/hashChain';
import type { Database, Queryable } from '../db/database';
import { readAuditEvents } from './auditLog';
import type { AuditSigningKey } from './signingKey';

/** Signs the current head of the chain, unless it is signed already. Returns the checkpoint, or null for an empty chain. */
export async function writeCheckpoint(db: Database, key: AuditSigningKey, now = new Date()): Promise<AuditCheckpoint | null> {
  const [head] = await db.query<{ seq: string | number; hash: string }>('select seq, hash from audit_events order by seq desc limit 1');
  if (!head) return null;
  const body = { seq: Number(head.seq), hash: head.hash, at: now.toISOString(), keyId: key.keyId };
  const signature = sign(null, checkpointMessage(body), key.privateKey).toString('base64');
  await db.query(
    'insert into audit_checkpoints (seq, hash, at, key_id, signature) values ($1, $2, $3, $4, $5) on conflict (seq) do nothing',
    [body.seq, body.hash, body.at, body.keyId, signature],
  );
  const [stored] = await listCheckpoints(db, body.seq - 1, 1);
  return stored ?? null;
}

export async function listCheckpoints(db: Queryable, afterSeq = 0, limit = 1000): Promise<AuditCheckpoint[]> {
  const rows = await db.query<{ seq: string | number; hash: string; at: Date | string; key_id: string; signature: string }>(
    'select seq, hash, at, key_id, signature from audit_checkpoints where seq > $1 order by seq limit $2',
    [afterSeq, limit],
  );
  return rows.map((r) => ({ seq: Number(r.seq), hash: r.hash, at: new Date(r.at).toISOString(), keyId: r.key_id, signature: r.signature }));
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly events: number;
  readonly checkpoints: number;
  readonly head: { readonly seq: number; readonly hash: string } | null;
  readonly firstBreak?: { readonly seq: number; readonly reason: 'link' | 'hash' | 'sequence' | 'checkpoint_signature' | 'checkpoint_mismatch' };
}

const page = 1000;

/**
 * Walks the whole chain page by page: every event links to the one before
 * and hashes to its stored hash, seq has no gaps, and every checkpoint is
 * signed by our key and names a hash the chain really has at that seq.
 */
export async function verifyAuditTrail(db: Queryable, key: Pick<AuditSigningKey, 'publicKeySpki'>): Promise<AuditVerification> {
  const checkpoints = await listCheckpoints(db, 0, 1_000_000);
  const bySeq = new Map(checkpoints.map((c) => [c.seq, c]));
  for (const checkpoint of checkpoints) {
    if (!(await verifyCheckpointSignature(checkpoint, new Uint8Array(key.publicKeySpki)))) {
      return { ok: false, events: 0, checkpoints: checkpoints.length, head: null, firstBreak: { seq: checkpoint.seq, reason: 'checkpoint_signature' } };
    }
  }
  let count = 0;
  let prevHash = genesisHash;
  let lastSeq = 0;
  for (;;) {
    const events = await readAuditEvents(db, lastSeq, page);
    if (events.length === 0) break;
    const gap = events.find((e, i) => e.seq !== lastSeq + i + 1);
    const chainBreak = await verifyChain(events, prevHash);
    const firstBad = [gap ? { seq: gap.seq, reason: 'sequence' as const } : null, chainBreak ? { seq: chainBreak.seq, reason: chainBreak.problem } : null]
      .filter((b) => b !== null)
      .sort((a, b) => a.seq - b.seq)[0];
    const mismatch = events.find((e) => bySeq.has(e.seq) && bySeq.get(e.seq)!.hash !== e.hash);
    const candidates = [firstBad, mismatch ? { seq: mismatch.seq, reason: 'checkpoint_mismatch' as const } : undefined].filter((b) => b !== undefined);
    const first = candidates.sort((a, b) => a.seq - b.seq)[0];
    if (first) return { ok: false, events: count + events.findIndex((e) => e.seq === first.seq), checkpoints: checkpoints.length, head: null, firstBreak: first };
    count += events.length;
    const last = events.at(-1)!;
    prevHash = last.hash;
    lastSeq = last.seq;
  }
  const missing = checkpoints.find((c) => c.seq > lastSeq);
  if (missing) return { ok: false, events: count, checkpoints: checkpoints.length, head: null, firstBreak: { seq: missing.seq, reason: 'checkpoint_mismatch' } };
  return { ok: true, events: count, checkpoints: checkpoints.length, head: count ? { seq: lastSeq, hash: prevHash } : null };
}
