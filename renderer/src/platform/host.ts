/**
 * The only place the renderer talks to its host. Calls unwrap the result
 * envelope: a failed call throws a `HostCallError` carrying the host's code
 * and a message that is safe to show.
 */
import type { ArgsOf, Channel, HostApi, HostErrorCode, HostEvent, HostEvents, ResultOf } from '../../../src/host/contract';

declare global {
  interface Window {
    readonly host?: HostApi;
  }
}

export class HostCallError extends Error {
  override readonly name = 'HostCallError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function api(): HostApi {
  if (!window.host) throw new HostCallError('internal', 'The workstation host is not available.');
  return window.host;
}

export async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const result = await api().invoke(channel, args);
  if (result.ok) return result.value;
  throw new HostCallError(result.error.code, result.error.message);
}

export function onHostEvent<E extends HostEvent>(event: E, listener: (payload: HostEvents[E]) => void): () => void {
  return api().on(event, listener);
}
