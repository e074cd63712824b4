import { apiPrefix } from '../../sync/protocol';
import { readAuditEvents } from '../audit/auditLog';
import { listCheckpoints, verifyAuditTrail, writeCheckpoint } from '../audit/checkpoints';
import { HttpError } from '../http/httpError';
import { json } from '../http/reply';
import type { Route } from '../http/route';
import { userRoute } from '../http/route';

/** The audit trail for directors and admins: events, signed checkpoints, and a verification of the whole chain. */
export const auditRoutes: readonly Route[] = [
  userRoute('audit.publicKey', 'GET', `${apiPrefix}/audit/public-key`, async ({ services }) =>
    json({ algorithm: 'Ed25519', keyId: services.auditKey.keyId, spki: services.auditKey.publicKeySpki.toString('base64') })),

  userRoute('audit.events', 'GET', `${apiPrefix}/audit/events`, async ({ services, req }) => {
    const query = new URL(req.url ?? '/', 'http://service.invalid').searchParams;
    const after = wholeNumber(query.get('after') ?? '0', 0, Number.MAX_SAFE_INTEGER, 'after');
    const limit = wholeNumber(query.get('limit') ?? '500', 1, 1000, 'limit');
    const events = await readAuditEvents(services.db, after, limit);
    return json({ events, checkpoints: await listCheckpoints(services.db, after, limit) });
  }),

  userRoute('audit.checkpoint', 'POST', `${apiPrefix}/audit/checkpoints`, async ({ services }) => {
    const checkpoint = await writeCheckpoint(services.db, services.auditKey);
    return json({ checkpoint }, checkpoint ? 201 : 200);
  }),

  userRoute('audit.verify', 'GET', `${apiPrefix}/audit/verify`, async ({ services }) =>
    json(await verifyAuditTrail(services.db, services.auditKey))),
];

function wholeNumber(text: string, min: number, max: number, name: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new HttpError(400, 'invalid_argument', `${name} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}
