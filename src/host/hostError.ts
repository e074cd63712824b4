import type { HostErrorCode, HostErrorShape } from './contract';

/** An error meant for the user or the UI: its message is safe to show (no PHI, no tokens). */
export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Turns anything thrown into the envelope's error shape; unknown errors hide their detail. */
export function toErrorShape(error: unknown): HostErrorShape {
  if (error instanceof HostError) return { name: error.name, code: error.code, message: error.message };
  return { name: 'InternalError', code: 'internal', message: 'An unexpected error occurred in the workstation host.' };
}
