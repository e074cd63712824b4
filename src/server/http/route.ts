import type { IncomingMessage } from 'node:http';
import type { User } from '../../domain/case';
import type { RouteName } from '../access/routeRoles';
import type { Services } from '../services';
import type { Reply } from './reply';

/** What every handler gets: the request, decoded path parameters, services and a body reader. */
export interface RequestContext {
  readonly req: IncomingMessage;
  readonly params: Readonly<Record<string, string>>;
  readonly services: Services;
  /** The parsed JSON body (≤ 1 MiB); throws HttpError 400/413. */
  body(): Promise<unknown>;
}

/** A context whose caller is authenticated and holds a role the role table allows. */
export interface UserContext extends RequestContext {
  readonly user: User;
}

interface RouteBase {
  readonly name: RouteName;
  readonly method: 'GET' | 'POST';
  /** A path like `/api/v1/cases/:id`; `:name` matches one non-empty segment. */
  readonly pattern: string;
}

/** A mounted route: public handlers may run without a user, user handlers never do. */
export type Route =
  | (RouteBase & { readonly auth: 'public'; handle(ctx: RequestContext): Promise<Reply> })
  | (RouteBase & { readonly auth: 'user'; handle(ctx: UserContext): Promise<Reply> });

export const publicRoute = (
  name: RouteName,
  method: RouteBase['method'],
  pattern: string,
  handle: (ctx: RequestContext) => Promise<Reply>,
): Route => ({ name, method, pattern, auth: 'public', handle });

export const userRoute = (
  name: RouteName,
  method: RouteBase['method'],
  pattern: string,
  handle: (ctx: UserContext) => Promise<Reply>,
): Route => ({ name, method, pattern, auth: 'user', handle });
