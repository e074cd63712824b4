import { z } from 'zod';
import { routeRoles } from '../access/routeRoles';
import type { Route } from '../http/route';
import { routeDocs } from './routeDocs';
import type { RouteDoc } from './routeDocs';

type Body = NonNullable<RouteDoc['response']>;

/** The REST contract as OpenAPI 3.1, built from the mounted routes, the role table and the zod schemas the code uses. */
export function openApiDocument(routes: readonly Route[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const doc = routeDocs[route.name] ?? { summary: route.name };
    const roles = routeRoles[route.name];
    const path = route.pattern.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...[...route.pattern.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...Object.entries(doc.query ?? {}).map(([name, q]) => ({ name, in: 'query', required: false, description: q.description, schema: q.schema })),
    ];
    const responses: Record<string, object> = { [route.method === 'POST' && !doc.response ? '204' : '200']: { description: 'Success', ...content(doc.response) } };
    if (roles !== 'public') {
      responses['401'] = { description: 'No valid access token.' };
      responses['403'] = { description: 'The caller\'s role may not use this route.' };
    }
    for (const [status, description] of Object.entries(doc.answers ?? {})) responses[status] = { description };
    (paths[path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.name,
      summary: doc.summary,
      ...(doc.description ? { description: doc.description } : {}),
      'x-roles': roles === 'public' ? [] : roles,
      security: roles === 'public' ? [] : [{ bearer: [] }],
      ...(parameters.length ? { parameters } : {}),
      ...(doc.request ? { requestBody: { required: true, ...content(doc.request) } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Review Workstation case service',
      version: '1',
      description: 'Cases, people, files, sync and audit for expert medical second opinions. Errors answer `{ error: { code, message } }`. Every route but the public ones needs `Authorization: Bearer <access token>` and checks the caller\'s role and assignment.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}

function content(body: Body | undefined): object {
  if (!body) return {};
  if (body instanceof z.ZodType) return { content: { 'application/json': { schema: z.toJSONSchema(body, { unrepresentable: 'any' }) } } };
  return { content: { [body.mediaType]: { schema: { type: 'string', format: 'binary' } } }, description: body.description };
}
