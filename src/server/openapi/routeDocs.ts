import type { z } from 'zod';
import { CaseDetailSchema, CaseSummarySchema, StudyRefSchema } from '../../domain/case';
import {
  AddendumRequestSchema,
  CaseListResponseSchema,
  HealthResponseSchema,
  LoginRequestSchema,
  OpinionSchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
  RefreshRequestSchema,
  TokenResponseSchema,
  TransitionRequestSchema,
} from '../../sync/protocol';
import type { RouteName } from '../access/routeRoles';

export interface RouteDoc {
  readonly summary: string;
  readonly description?: string;
  readonly query?: Readonly<Record<string, { readonly description: string; readonly schema: object }>>;
  readonly request?: z.ZodType | { readonly mediaType: string; readonly description: string };
  readonly response?: z.ZodType | { readonly mediaType: string; readonly description: string };
  readonly answers?: Readonly<Record<number, string>>;
}

const binary = (mediaType: string, description: string) => ({ mediaType, description });

/** What each route does, for `GET /api/v1/openapi.json`; the mounted routes themselves give paths, methods and roles. */
export const routeDocs: Partial<Record<RouteName, RouteDoc>> = {
  health: { summary: 'Liveness: the service accepts requests.', response: HealthResponseSchema },
  'api.openapi': { summary: 'This document.' },
  'auth.login': {
    summary: 'Sign in with email and password.',
    description: 'Rate-limited per account and address. Answers a short-lived access token and a rotating refresh token.',
    request: LoginRequestSchema,
    response: TokenResponseSchema,
    answers: { 401: 'Email or password is not correct.', 429: 'Too many attempts; Retry-After says when to try again.' },
  },
  'auth.refresh': {
    summary: 'Exchange a refresh token for new tokens.',
    description: 'Refresh tokens rotate: each works once. Reusing a spent one revokes its whole family (a stolen token is cut off).',
    request: RefreshRequestSchema,
    response: TokenResponseSchema,
  },
  'auth.logout': { summary: 'Revoke a refresh token and its family.', request: RefreshRequestSchema },
  'cases.list': { summary: 'The caller\'s queue: only cases the caller may see, most urgent first.', response: CaseListResponseSchema },
  'cases.get': {
    summary: 'One case with its documents, studies and the caller\'s own draft.',
    description: 'Another reviewer\'s draft is never included. A case the caller may not see answers 404, the same as one that does not exist.',
    response: CaseDetailSchema,
  },
  'cases.studies': { summary: 'QIDO-style listing of a case\'s studies, series and instances.', response: StudyRefSchema.array() },
  'cases.opinion': { summary: 'The submitted opinion of a case (its author, directors and admins).', response: OpinionSchema },
  'cases.transition': {
    summary: 'Move a case along its lifecycle.',
    description: 'offered → accepted | declined (reason); accepted → in_review; in_review ⇄ awaiting_records (reason; the SLA clock pauses and the due date moves by the time waited); submitted → qa; qa → returned (reason) | approved; approved → signed; signed → delivered. Submission itself is a push. Answers the case summary with its new version.',
    request: TransitionRequestSchema,
    response: CaseSummarySchema,
    answers: { 400: 'The step needs a reason.', 403: 'Someone else makes this step (assignee, director or admin).', 404: 'No such case, or not visible to the caller.', 409: 'The step is not allowed from the current status; the message names the allowed ones.' },
  },
  'cases.furtherOpinion': {
    summary: 'Offer a case with a submitted opinion to another reviewer for a further (third) opinion.',
    description: 'Body: {assigneeEmail, reason}. Creates a new offered case with the same patient, question and records and the parent\'s imaging. The new reviewer cannot see the parent case or its opinions; directors see both. 409 before an opinion exists or when one is already offered.',
  },
  'cases.addendum': {
    summary: 'Add a numbered addendum, with its reason, to a signed opinion (its author only).',
    request: AddendumRequestSchema,
    answers: { 403: 'Only the author adds addenda.', 409: 'The opinion is not signed yet.' },
  },
  'cases.reassign': {
    summary: 'Give a case to another reviewer (admin); it is offered to them afresh.',
    description: 'Body: {assigneeEmail, reason}. The former assignee loses access and sees the case under `revoked` on their next pull. 409 once an opinion is submitted (offer a further opinion instead).',
  },
  'files.get': {
    summary: 'A file by its SHA-256, if it belongs to a case the caller may see.',
    description: 'Strong ETag (the hash), If-None-Match → 304, single byte ranges (Range: bytes=a-b) → 206, unsatisfiable → 416.',
    response: binary('application/octet-stream', 'The file, or the requested range.'),
  },
  'instances.get': {
    summary: 'A DICOM instance on its WADO-RS path.',
    description: 'Study, series and SOP instance UIDs must all agree. Same caching and range rules as files.',
    response: binary('application/dicom', 'A DICOM Part 10 file.'),
  },
  'audit.publicKey': { summary: 'The Ed25519 public key (SPKI, base64) that signs audit checkpoints.' },
  'audit.events': {
    summary: 'Audit events and signed checkpoints after a sequence number, in chain order.',
    description: 'Each event names the hash of the one before; hashes are SHA-256 of the event\'s canonical JSON (RFC 8785). Details carry ids and codes, never PHI.',
    query: {
      after: { description: 'The last sequence number already read; 0 for the start.', schema: { type: 'integer', minimum: 0 } },
      limit: { description: 'Events per page (1–1000, default 500).', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
    },
  },
  'audit.checkpoint': { summary: 'Sign the current head of the audit chain now (the service also does so every few minutes).' },
  'audit.verify': {
    summary: 'Verify the whole audit chain: links, hashes, sequence and every checkpoint signature.',
    description: 'Answers {ok, events, checkpoints, head, firstBreak?: {seq, reason}}.',
  },
  'ingest.document': {
    summary: 'Add a PDF record to a case.',
    description: 'Body: the PDF (application/pdf, up to 200 MiB). Query: title, kind (referral, pathology, operative_note, lab_results, imaging_report, clinic_note, discharge_summary), date (YYYY-MM-DD), source. The PDF is opened and its pages counted before it is stored; a damaged or password-protected PDF is refused with 400.',
    request: binary('application/pdf', 'The PDF.'),
    answers: { 400: 'Not a PDF, damaged, locked, or bad metadata.', 413: 'Larger than allowed.', 415: 'Not sent as application/pdf.' },
  },
  'ingest.dicom': {
    summary: 'Add one DICOM instance to a case (201 added, 200 duplicate).',
    description: 'Body: a DICOM Part 10 file (application/dicom). Its study and series are created or reused by UID. 409 when the study belongs to another case, the patient differs from the rest of the study, or the SOP Instance UID exists with other content.',
    request: binary('application/dicom', 'A DICOM Part 10 file.'),
  },
  'ingest.dicomweb': {
    summary: 'Pull a study from a DICOMweb server (QIDO-RS + WADO-RS) into a case.',
    description: 'Body: {baseUrl, studyUid}. Each instance is fetched as multipart/related application/dicom and ingested as if uploaded. 502 when the server is unreachable or answers something unusable.',
  },
  'sync.pull': {
    summary: 'What changed after the cursor, only what the caller may see.',
    description: 'Changes are in server sequence order, one per case per page, each with the case\'s current summary. `revoked` lists cases the caller could see and no longer can: clients purge their PHI. Pass the returned cursor back; page until hasMore is false.',
    query: {
      cursor: { description: 'The cursor from the last pull; 0 for everything.', schema: { type: 'integer', minimum: 0 } },
      limit: { description: 'Log entries to scan per page (1–1000, default 500).', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
    },
    response: PullResponseSchema,
  },
  'sync.push': {
    summary: 'Apply mutations from a client\'s outbox, each answered on its own.',
    description: 'Idempotent per (clientId, mutation id): a retry answers `duplicate` with the version first given. A stale baseVersion is rejected with the current version; nothing is half-applied.',
    request: PushRequestSchema,
    response: PushResponseSchema,
  },
};
