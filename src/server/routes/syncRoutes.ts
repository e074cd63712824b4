import { apiPrefix, PushRequestSchema } from '../../sync/protocol';
import { validate } from '../http/jsonBody';
import { json } from '../http/reply';
import type { Route } from '../http/route';
import { userRoute } from '../http/route';
import { pushMutations } from '../sync/pushMutations';
import { maxPullPage, pullChanges } from '../sync/pullChanges';
import { recordAuditEvent } from '../audit/auditLog';
import { HttpError } from '../http/httpError';

/** Pull: what changed since the client's cursor. Push: drafts and submissions from a client's outbox, answered one by one. */
export const syncRoutes: readonly Route[] = [
  userRoute('sync.pull', 'GET', `${apiPrefix}/sync/pull`, async ({ services, user, req }) => {
    const query = new URL(req.url ?? '/', 'http://service.invalid').searchParams;
    const cursor = integerParam(query.get('cursor') ?? '0', 0, Number.MAX_SAFE_INTEGER, 'cursor');
    const limit = integerParam(query.get('limit') ?? '500', 1, maxPullPage, 'limit');
    const page = await pullChanges(services.db, user, cursor, limit);
    if (page.changes.length > 0) {
      await recordAuditEvent(services.db, { actorId: user.id, action: 'sync.pull', detail: { cases: page.changes.length, cursor: page.cursor } });
    }
    return json(page);
  }),

  userRoute('sync.push', 'POST', `${apiPrefix}/sync/push`, async ({ services, user, body }) => {
    const request = validate(PushRequestSchema, await body());
    return json({ results: await pushMutations(services.db, user, request) });
  }),
];

function integerParam(text: string, min: number, max: number, name: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new HttpError(400, 'invalid_argument', `${name} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}
