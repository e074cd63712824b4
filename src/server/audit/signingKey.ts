import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Queryable } from '../db/database';

export interface AuditSigningKey {
  readonly privateKey: KeyObject;
  /** The public key as SPKI DER: what verifiers import. */
  readonly publicKeySpki: Buffer;
  readonly keyId: string;
}

/**
 * The Ed25519 key that signs audit checkpoints, created once and kept with
 * the server's other secrets so every instance signs with the same key.
 * Concurrent first starts agree: the first insert wins.
 */
export async function loadAuditSigningKey(db: Queryable): Promise<AuditSigningKey> {
  const { privateKey } = generateKeyPairSync('ed25519');
  await db.query('insert into server_secrets (name, value) values ($1, $2) on conflict (name) do nothing', [
    'audit_signing_key',
    privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  ]);
  const [row] = await db.query<{ value: string }>('select value from server_secrets where name = $1', ['audit_signing_key']);
  if (!row) throw new Error('audit signing key missing after insert');
  const stored = createPrivateKey(row.value);
  const publicKeySpki = createPublicKey(stored).export({ format: 'der', type: 'spki' });
  return { privateKey: stored, publicKeySpki, keyId: createHash('sha256').update(publicKeySpki).digest('hex').slice(0, 16) };
}
