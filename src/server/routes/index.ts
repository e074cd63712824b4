import { apiPrefix } from '../../sync/protocol';
import { json } from '../http/reply';
import type { Route } from '../http/route';
import { publicRoute } from '../http/route';
import { auditRoutes } from './auditRoutes';
import { authRoutes } from './authRoutes';
import { caseRoutes } from './caseRoutes';
import { fileRoutes } from './fileRoutes';
import { ingestRoutes } from './ingestRoutes';
import { syncRoutes } from './syncRoutes';
import { openApiDocument } from '../openapi/openApiDocument';

/** Every route the service mounts; the OpenAPI document describes exactly these. */
export const allRoutes: readonly Route[] = [
  publicRoute('api.openapi', 'GET', `${apiPrefix}/openapi.json`, async () => json(openApiDocument(allRoutes))),
  publicRoute('health', 'GET', `${apiPrefix}/health`, async () => json({ ok: true })),
  ...authRoutes,
  ...caseRoutes,
  ...fileRoutes,
  ...syncRoutes,
  ...auditRoutes,
  ...ingestRoutes,
];
