import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';

/** Refresh tokens live 30 days and are replaced on every use. */
export const refreshTokenDays = 30;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues a fresh random refresh token in `familyId` (a login starts a family); only its hash is stored. */
export async function issueRefreshToken(tx: Queryable, userId: string, familyId: string = randomUUID()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.query(
    `insert into refresh_tokens (id, family_id, user_id, token_hash, expires_at)
     values ($1, $2, $3, $4, now() + make_interval(days => $5))`,
    [randomUUID(), familyId, userId, hashToken(token), refreshTokenDays],
  );
  return token;
}

/** Outcome of presenting a refresh token. `reused` means a revoked token came back: its whole family is now revoked. */
export type RefreshOutcome =
  | { readonly kind: 'rotated'; readonly userId: string; readonly token: string }
  | { readonly kind: 'reused'; readonly userId: string }
  | { readonly kind: 'invalid' };

/**
 * Spends a refresh token: a live one is revoked and replaced by a new one in
 * the same family. A revoked one is a sign of theft (one of two holders
 * already used it), so the whole family is revoked and nothing is issued.
 */
export async function rotateRefreshToken(tx: Queryable, token: string): Promise<RefreshOutcome> {
  const [row] = await tx.query<{ id: string; family_id: string; user_id: string; revoked: boolean; expired: boolean }>(
    `select id, family_id, user_id, revoked_at is not null as revoked, expires_at <= now() as expired
     from refresh_tokens where token_hash = $1 for update`,
    [hashToken(token)],
  );
  if (!row || row.expired) return { kind: 'invalid' };
  if (row.revoked) {
    await revokeFamily(tx, row.family_id);
    return { kind: 'reused', userId: row.user_id };
  }
  await tx.query('update refresh_tokens set revoked_at = now() where id = $1', [row.id]);
  return { kind: 'rotated', userId: row.user_id, token: await issueRefreshToken(tx, row.user_id, row.family_id) };
}

/** Revokes the token's whole family (logout ends the session on this device); returns the user, or null for an unknown token. */
export async function revokeRefreshToken(tx: Queryable, token: string): Promise<string | null> {
  const [row] = await tx.query<{ family_id: string; user_id: string }>(
    'select family_id, user_id from refresh_tokens where token_hash = $1',
    [hashToken(token)],
  );
  if (!row) return null;
  await revokeFamily(tx, row.family_id);
  return row.user_id;
}

async function revokeFamily(tx: Queryable, familyId: string): Promise<void> {
  await tx.query('update refresh_tokens set revoked_at = now() where family_id = $1 and revoked_at is null', [familyId]);
}
