import { apiPrefix, PushRequestSchema } from '../../sync/protocol';
import { validate } from '../http/jsonBody';
import { json } from '../http/reply';
import type { Route } from '../http/route';
import { userRoute } from '../http/route';
import { pushMutations } from '../sync/pushMutations';

/** Push: drafts and submissions from a client's outbox, answered one by one. */
export const syncRoutes: readonly Route[] = [
  userRoute('sync.push', 'POST', `${apiPrefix}/sync/push`, async ({ services, user, body }) => {
    const request = validate(PushRequestSchema, await body());
    return json({ results: await pushMutations(services.db, user, request) });
  }),
];
