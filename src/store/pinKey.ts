/**
 * The data key wrapped by a key derived from the user's PIN (PBKDF2-SHA-256),
 * so an idle lock can drop the key from memory and only the PIN brings it
 * back. The wrapping is AES-GCM: a wrong PIN fails the integrity check.
 */
import { RecordCipherError } from './recordCipher';
import type { SealedRecord } from './recordCipher';

export interface PinWrappedKey {
  readonly v: 1;
  readonly salt: Uint8Array;
  readonly iterations: number;
  readonly sealed: SealedRecord;
}

export const pinIterations = 600_000;
const label = new TextEncoder().encode('review-workstation data key');

async function pinKey(pin: string, salt: Uint8Array, iterations: number) {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin.normalize('NFKC')), { name: 'PBKDF2' }, false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations, hash: 'SHA-256' }, material, 256);
  return crypto.subtle.importKey('raw', bits, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export function checkPin(pin: string): string | null {
  if (!/^\d{6,12}$/.test(pin) && pin.length < 8) return 'Use a PIN of at least 6 digits, or a passphrase of at least 8 characters.';
  return null;
}

export async function wrapWithPin(dataKey: Uint8Array, pin: string, iterations = pinIterations): Promise<PinWrappedKey> {
  const problem = checkPin(pin);
  if (problem) throw new RecordCipherError(problem);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await pinKey(pin, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: label }, key, dataKey));
  return { v: 1, salt, iterations, sealed: { v: 1, iv, data } };
}

export async function unwrapWithPin(wrapped: PinWrappedKey, pin: string): Promise<Uint8Array> {
  const key = await pinKey(pin, wrapped.salt, wrapped.iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapped.sealed.iv, additionalData: label }, key, wrapped.sealed.data));
  } catch {
    throw new RecordCipherError('The PIN is not correct.');
  }
}
