import type { Tokens, TokenVault } from '../../../src/host/ports';

/**
 * Tokens held in the trusted process's memory only: they never cross to the
 * renderer and are gone when the process ends (sign in again at start).
 */
export function createMemoryTokenVault(): TokenVault {
  let tokens: Tokens | null = null;
  return {
    read: () => tokens,
    write: (next) => {
      tokens = next;
    },
    clear: () => {
      tokens = null;
    },
  };
}
