/**
 * The audit hash chain: each event's hash covers its own fields and the
 * previous event's hash, so removing, reordering or editing any event
 * breaks every hash after it. Shared by the case service (which appends)
 * and by anyone verifying a chain (directors, tests).
 */
import { sha256Hex } from '../sync/sha256';
import { canonicalJson } from './canonicalJson';
import type { CanonicalValue } from './canonicalJson';

/** The hash that the first event of a chain links to. */
export const genesisHash = '0'.repeat(64);

/** The hashed fields of an audit event; `at` is an ISO 8601 UTC instant with milliseconds. */
export interface AuditEventBody {
  readonly seq: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly caseId: string | null;
  readonly detail: { readonly [key: string]: CanonicalValue | undefined };
  readonly prevHash: string;
}

/** A stored event: its body and the hash of that body. */
export interface AuditEvent extends AuditEventBody {
  readonly hash: string;
}

/** SHA-256 (lowercase hex) of the canonical JSON of exactly the body's fields. */
export async function auditEventHash(body: AuditEventBody): Promise<string> {
  const { seq, at, actorId, action, caseId, detail, prevHash } = body;
  return sha256Hex(new TextEncoder().encode(canonicalJson({ seq, at, actorId, action, caseId, detail, prevHash })));
}

/** Where a chain first fails to verify, or null when every link and hash holds. */
export type ChainBreak = Readonly<{ seq: number; problem: 'link' | 'hash' }>;

/**
 * Checks events in order: each links to the one before (the first to
 * `firstPrevHash`), and each stored hash equals the recomputed one.
 */
export async function verifyChain(events: readonly AuditEvent[], firstPrevHash = genesisHash): Promise<ChainBreak | null> {
  let expectedPrev = firstPrevHash;
  for (const event of events) {
    if (event.prevHash !== expectedPrev) return { seq: event.seq, problem: 'link' };
    if ((await auditEventHash(event)) !== event.hash) return { seq: event.seq, problem: 'hash' };
    expectedPrev = event.hash;
  }
  return null;
}
