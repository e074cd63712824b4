/**
 * The router both transports call: validates the channel and its arguments,
 * runs the handler, and always resolves to a result envelope.
 */
import type { ArgsOf, Channel, HostResult, ResultOf } from './contract';
import { isChannel } from './contract';
import { argSchemas } from './argSchemas';
import { HostError, toErrorShape } from './hostError';

export type Handlers = { [C in Channel]: (args: ArgsOf<C>) => Promise<ResultOf<C>> };

export type Router = (channel: unknown, args: unknown) => Promise<HostResult<unknown>>;

export function createRouter(handlers: Handlers, onUnexpected?: (channel: string, error: unknown) => void): Router {
  return async (channel, args) => {
    if (!isChannel(channel)) {
      return { ok: false, error: toErrorShape(new HostError('unknown_channel', 'Unknown host channel.')) };
    }
    const parsed = argSchemas[channel].safeParse(args ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
      return {
        ok: false,
        error: toErrorShape(new HostError('invalid_argument', `Invalid arguments for ${channel}${where}: ${issue?.message ?? 'rejected'}.`)),
      };
    }
    try {
      const handler = handlers[channel] as (a: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (!(error instanceof HostError)) onUnexpected?.(channel, error);
      return { ok: false, error: toErrorShape(error) };
    }
  };
}
