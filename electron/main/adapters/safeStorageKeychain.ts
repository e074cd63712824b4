/**
 * The OS keychain through Electron's safeStorage (Keychain on macOS, DPAPI
 * on Windows, the Secret Service or KWallet on Linux). Linux's "basic_text"
 * fallback protects nothing, so it is refused with a clear message.
 */
import { safeStorage } from 'electron';
import { HostError } from '../../../src/host/hostError';
import type { Keychain } from '../../../src/host/ports';

const weakBackends = new Set(['basic_text', 'unknown']);

function requireStrongKeychain(): void {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new HostError('keychain_unavailable', 'This computer\'s keychain is not available, so offline data cannot be protected. Unlock or set up the keychain, then try again.');
  }
  if (process.platform === 'linux' && weakBackends.has(safeStorage.getSelectedStorageBackend())) {
    throw new HostError('keychain_unavailable', 'No secure keychain was found (GNOME Keyring or KWallet). Offline data is not stored in plain text; install or unlock a keychain to work offline.');
  }
}

export function createSafeStorageKeychain(): Keychain {
  return {
    async wrap(secret) {
      requireStrongKeychain();
      // safeStorage encrypts strings; base64 keeps the bytes exact.
      return new Uint8Array(safeStorage.encryptString(Buffer.from(secret).toString('base64')));
    },
    async unwrap(wrapped) {
      requireStrongKeychain();
      try {
        return new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(wrapped)), 'base64'));
      } catch {
        throw new HostError('keychain_unavailable', 'The offline data key could not be unlocked with this computer\'s keychain. Enter your PIN instead.');
      }
    },
  };
}
