import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeRoles } from '../access/routeRoles';
import { authenticate } from '../auth/authenticate';
import type { Services } from '../services';
import { HttpError } from './httpError';
import { readJsonBody } from './jsonBody';
import type { Reply } from './reply';
import type { Route } from './route';
import { createRouter } from './router';
import { serveBlob } from './serveBlob';

/** Where request lines and errors go. Lines never contain PHI, tokens or passwords. */
export type Logger = (line: string) => void;

/**
 * The service's request handler: route, authenticate, check the role table,
 * run the handler, and answer. Every failure becomes a JSON error; an
 * unexpected exception is a 500 and the server keeps serving. One log line
 * per request: method, route pattern (never the concrete path, which can
 * hold identifiers), status and duration.
 */
export function createRequestHandler(routes: readonly Route[], services: Services, log: Logger) {
  const route = createRouter(routes);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    let pattern = '(unmatched)';
    res.on('close', () => {
      const ms = (performance.now() - started).toFixed(1);
      log(`${method} ${pattern} ${res.statusCode}${res.writableFinished ? '' : ' aborted'} ${ms}ms`);
    });
    res.setHeader('x-content-type-options', 'nosniff');

    try {
      const path = new URL(req.url ?? '/', 'http://service.invalid').pathname;
      const match = route(method, path);
      if (match.kind === 'not_found') throw new HttpError(404, 'not_found', 'No such route.');
      if (match.kind === 'method_not_allowed') {
        pattern = match.pattern;
        throw new HttpError(405, 'method_not_allowed', `Use ${match.allowed.join(' or ')}.`, { allow: match.allowed.join(', ') });
      }
      pattern = match.route.pattern;
      const base = { req, params: match.params, services, body: () => readJsonBody(req) };
      const reply = await runRoute(match.route, base, req.headers.authorization);
      await send(req, res, services, reply);
    } catch (error) {
      sendError(res, error, log);
    }
  };
}

async function runRoute(
  route: Route,
  base: Parameters<Extract<Route, { auth: 'public' }>['handle']>[0],
  authorization: string | undefined,
): Promise<Reply> {
  if (route.auth === 'public') return route.handle(base);
  const user = await authenticate(base.services, authorization);
  if (!user) {
    throw new HttpError(401, 'unauthenticated', 'A valid access token is required.', { 'www-authenticate': 'Bearer' });
  }
  const allowed = routeRoles[route.name];
  if (allowed === 'public' || !allowed.includes(user.role)) {
    throw new HttpError(403, 'forbidden', 'Your role may not do this.');
  }
  return route.handle({ ...base, user });
}

async function send(req: IncomingMessage, res: ServerResponse, services: Services, reply: Reply): Promise<void> {
  switch (reply.kind) {
    case 'json':
      writeJson(res, reply.status, reply.body);
      return;
    case 'empty':
      res.writeHead(reply.status).end();
      return;
    case 'blob':
      await serveBlob(req, res, services.blobs, reply.sha256, reply.contentType);
      return;
    default: {
      const unhandled: never = reply;
      throw new Error(`unhandled reply ${JSON.stringify(unhandled)}`);
    }
  }
}

function writeJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: unknown, log: Logger): void {
  if (res.headersSent) {
    // Mid-stream failure: the only honest signal left is a broken connection.
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    writeJson(res, error.status, { error: { code: error.code, message: error.message } }, error.headers);
    return;
  }
  // Messages of database errors can quote row values (PHI), so only the type and stack frames are logged.
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join(' | ') : '';
  log(`internal error ${name} ${frames}`);
  writeJson(res, 500, { error: { code: 'internal', message: 'The case service had an internal problem.' } });
}
