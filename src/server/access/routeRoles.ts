import { roles } from '../../domain/case';
import type { Role } from '../../domain/case';

/** Every route of the service by name; the router refuses to mount a route missing here. */
export type RouteName =
  | 'health'
  | 'api.openapi'
  | 'auth.login'
  | 'auth.refresh'
  | 'auth.logout'
  | 'cases.list'
  | 'cases.get'
  | 'cases.studies'
  | 'cases.opinion'
  | 'cases.transition'
  | 'cases.furtherOpinion'
  | 'cases.reassign'
  | 'cases.addendum'
  | 'files.get'
  | 'instances.get'
  | 'sync.pull'
  | 'audit.publicKey'
  | 'ingest.document'
  | 'ingest.dicom'
  | 'ingest.dicomweb'
  | 'audit.events'
  | 'audit.checkpoint'
  | 'audit.verify'
  | 'sync.push';

const everyone: readonly Role[] = roles;
const authors: readonly Role[] = ['specialist', 'radiologist'];
const auditors: readonly Role[] = ['director', 'admin'];

/**
 * The role table, the one place that says who may call what. `public`
 * routes need no token; every other route needs a valid access token of a
 * listed role (else 401, or 403 for a role not listed). Row-level rules
 * (whose case, which status) live in caseVisibility.
 */
export const routeRoles: Readonly<Record<RouteName, 'public' | readonly Role[]>> = {
  health: 'public',
  'api.openapi': 'public',
  'auth.login': 'public',
  'auth.refresh': 'public',
  'auth.logout': 'public',
  'cases.list': everyone,
  'cases.get': everyone,
  'cases.studies': everyone,
  'cases.opinion': everyone,
  // Who may make which step (assignee, director, admin) is the lifecycle's rule, checked per case.
  'cases.transition': everyone,
  'cases.furtherOpinion': ['director', 'admin'],
  'cases.reassign': ['admin'],
  'cases.addendum': authors,
  'files.get': everyone,
  'instances.get': everyone,
  'sync.pull': everyone,
  'audit.publicKey': everyone,
  // Records and imaging reach a case through the program's operations staff.
  'ingest.document': ['admin'],
  'ingest.dicom': ['admin'],
  'ingest.dicomweb': ['admin'],
  'audit.events': auditors,
  'audit.checkpoint': auditors,
  'audit.verify': auditors,
  // Only the people who write opinions push drafts and submissions.
  'sync.push': authors,
};
