/**
 * Signed checkpoints of the audit chain: the service signs (seq, hash) of
 * the chain head with Ed25519, so a rewritten chain cannot be passed off as
 * the one the service vouched for. Verification needs only the public key
 * and works in every runtime (WebCrypto).
 */
import { canonicalJson } from './canonicalJson';

export interface AuditCheckpoint {
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
  /** Which signing key: the first 16 hex digits of the SHA-256 of its SPKI. */
  readonly keyId: string;
  /** Ed25519 signature of `checkpointMessage`, base64. */
  readonly signature: string;
}

/** The exact bytes that are signed. */
export function checkpointMessage(checkpoint: Omit<AuditCheckpoint, 'signature'>): Uint8Array {
  const { seq, hash, at, keyId } = checkpoint;
  return new TextEncoder().encode(canonicalJson({ seq, hash, at, keyId }));
}

export async function verifyCheckpointSignature(checkpoint: AuditCheckpoint, publicKeySpki: Uint8Array): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('spki', publicKeySpki, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, base64ToBytes(checkpoint.signature), checkpointMessage(checkpoint));
  } catch {
    return false;
  }
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
