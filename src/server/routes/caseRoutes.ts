import type { User } from '../../domain/case';
import { AddendumRequestSchema, apiPrefix, TransitionRequestSchema } from '../../sync/protocol';
import { addAddendum } from '../cases/addAddendum';
import { transitionCase } from '../cases/transitionCase';
import { offerFurtherOpinion } from '../cases/thirdOpinion';
import { reassignCase } from '../cases/reassignCase';
import { z } from 'zod';
import { validate } from '../http/jsonBody';
import { recordAuditEvent } from '../audit/auditLog';
import { caseStudies, findVisibleCase, findVisibleCaseDetail, listVisibleCases } from '../cases/caseQueries';
import { findReadableOpinion } from '../cases/opinionQueries';
import { notFound } from '../http/httpError';
import { json } from '../http/reply';
import type { Route } from '../http/route';
import { userRoute } from '../http/route';
import type { Services } from '../services';

const caseIdOk = (id: string | undefined): id is string => !!id && id.length <= 64;

async function requireVisibleCase(services: Services, user: User, id: string | undefined): Promise<string> {
  if (!caseIdOk(id) || !(await findVisibleCase(services.db, user, id))) throw notFound();
  return id;
}

/** The queue, case detail, QIDO-style study listing and the submitted opinion. Every read of case content is audited. */
export const caseRoutes: readonly Route[] = [
  userRoute('cases.list', 'GET', `${apiPrefix}/cases`, async ({ services, user }) => {
    const cases = await listVisibleCases(services.db, user);
    // The queue names patients: reading it is a read of PHI.
    if (cases.length > 0) await recordAuditEvent(services.db, { actorId: user.id, action: 'cases.list', detail: { cases: cases.length } });
    return json({ cases });
  }),

  userRoute('cases.get', 'GET', `${apiPrefix}/cases/:id`, async ({ services, user, params }) => {
    const id = params.id;
    const detail = caseIdOk(id) ? await findVisibleCaseDetail(services.db, user, id) : null;
    if (!detail) throw notFound();
    await recordAuditEvent(services.db, { actorId: user.id, action: 'case.read', caseId: detail.id });
    return json(detail);
  }),

  userRoute('cases.studies', 'GET', `${apiPrefix}/cases/:id/studies`, async ({ services, user, params }) => {
    const id = await requireVisibleCase(services, user, params.id);
    await recordAuditEvent(services.db, { actorId: user.id, action: 'case.studies.read', caseId: id });
    return json(await caseStudies(services.db, id));
  }),

  userRoute('cases.opinion', 'GET', `${apiPrefix}/cases/:id/opinion`, async ({ services, user, params }) => {
    const id = params.id;
    const opinion = caseIdOk(id) ? await findReadableOpinion(services.db, user, id) : null;
    if (!opinion) throw notFound();
    await recordAuditEvent(services.db, { actorId: user.id, action: 'opinion.read', caseId: opinion.caseId });
    return json(opinion);
  }),

  userRoute('cases.transition', 'POST', `${apiPrefix}/cases/:id/transitions`, async ({ services, user, params, body }) => {
    const request = validate(TransitionRequestSchema, await body());
    if (!caseIdOk(params.id)) throw notFound();
    return json(await transitionCase(services.db, user, params.id, request));
  }),

  userRoute('cases.addendum', 'POST', `${apiPrefix}/cases/:id/addenda`, async ({ services, user, params, body }) => {
    const request = validate(AddendumRequestSchema, await body());
    if (!caseIdOk(params.id)) throw notFound();
    return json(await addAddendum(services.db, user, params.id, request), 201);
  }),

  userRoute('cases.reassign', 'POST', `${apiPrefix}/cases/:id/assign`, async ({ services, user, params, body }) => {
    const request = validate(FurtherOpinionSchema, await body());
    if (!caseIdOk(params.id)) throw notFound();
    return json(await reassignCase(services.db, user, params.id, request));
  }),

  userRoute('cases.furtherOpinion', 'POST', `${apiPrefix}/cases/:id/further-opinion`, async ({ services, user, params, body }) => {
    const request = validate(FurtherOpinionSchema, await body());
    if (!caseIdOk(params.id)) throw notFound();
    return json(await offerFurtherOpinion(services.db, user, params.id, request), 201);
  }),
];

const FurtherOpinionSchema = z.object({ assigneeEmail: z.string().email().max(320), reason: z.string().trim().min(1).max(2000) });
