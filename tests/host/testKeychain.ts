/**
 * The browser test host's stand-in for the OS keychain (Electron's
 * safeStorage cannot run without Electron): AES-256-GCM under a key that
 * lives only in this test process, so wrapped keys are opaque to the page.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keychain } from '../../src/host/ports';
import { HostError } from '../../src/host/hostError';

export function createTestKeychain(): Keychain {
  const key = randomBytes(32);
  return {
    async wrap(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    async unwrap(wrapped) {
      try {
        const bytes = Buffer.from(wrapped);
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
        decipher.setAuthTag(bytes.subarray(12, 28));
        return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]));
      } catch {
        throw new HostError('keychain_unavailable', 'The offline data key could not be unlocked with this computer\'s keychain. Enter your PIN instead.');
      }
    },
  };
}
