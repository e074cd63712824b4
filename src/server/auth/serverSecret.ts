import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';

/**
 * The HMAC key for access tokens, created once and kept in the database so
 * every process sharing it accepts the same tokens and a restart does not
 * sign everyone out. Concurrent first starts agree: the first insert wins.
 */
export async function loadServerSecret(db: Queryable, name = 'access_token_hmac'): Promise<Buffer> {
  await db.query('insert into server_secrets (name, value) values ($1, $2) on conflict (name) do nothing', [
    name,
    randomBytes(32).toString('base64'),
  ]);
  const [row] = await db.query<{ value: string }>('select value from server_secrets where name = $1', [name]);
  if (!row) throw new Error('server secret missing after insert');
  return Buffer.from(row.value, 'base64');
}
