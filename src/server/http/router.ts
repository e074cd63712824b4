import { routeRoles } from '../access/routeRoles';
import { HttpError } from './httpError';
import type { Route } from './route';

/** The result of looking up a path: a route with its parameters, or why there is none. */
export type RouteMatch =
  | Readonly<{ kind: 'found'; route: Route; params: Record<string, string> }>
  | Readonly<{ kind: 'method_not_allowed'; pattern: string; allowed: string[] }>
  | Readonly<{ kind: 'not_found' }>;

interface Compiled {
  readonly route: Route;
  readonly segments: readonly string[];
}

/**
 * Builds a matcher over `routes`. Refuses at start-up a route whose auth
 * disagrees with the role table, so a handler can never be mounted with
 * weaker protection than the table says.
 */
export function createRouter(routes: readonly Route[]): (method: string, path: string) => RouteMatch {
  const compiled: Compiled[] = routes.map((route) => {
    const rule = routeRoles[route.name];
    if ((rule === 'public') !== (route.auth === 'public')) {
      throw new Error(`route ${route.name} is mounted as ${route.auth} but the role table says ${JSON.stringify(rule)}`);
    }
    return { route, segments: route.pattern.split('/').filter(Boolean) };
  });

  return (method, path) => {
    const segments = path.split('/').filter(Boolean);
    let pathMatched: Compiled[] = [];
    for (const entry of compiled) {
      const params = matchSegments(entry.segments, segments);
      if (!params) continue;
      if (entry.route.method === method) return { kind: 'found', route: entry.route, params };
      pathMatched = [...pathMatched, entry];
    }
    const first = pathMatched[0];
    return first
      ? { kind: 'method_not_allowed', pattern: first.route.pattern, allowed: pathMatched.map((c) => c.route.method) }
      : { kind: 'not_found' };
  };
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i] ?? '';
    const got = actual[i] ?? '';
    if (want.startsWith(':')) params[want.slice(1)] = decodeSegment(got);
    else if (want !== got) return null;
  }
  return params;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'invalid_path', 'The request path is not validly encoded.');
  }
}
