/**
 * The case service's REST contract (`/api/v1`), as the client reads it.
 * Server answers are parsed with these schemas before use: a hostile or
 * broken server must produce a clear error, never a half-built object.
 */
import { z } from 'zod';
import { CaseDetailSchema, CaseStatusSchema, CaseSummarySchema, UserSchema } from '../domain/case';

export const apiPrefix = '/api/v1';

export const LoginRequestSchema = z.object({
  email: z.string().email().max(320),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const TokenResponseSchema = z.object({
  accessToken: z.string().min(16).max(4096),
  refreshToken: z.string().min(16).max(4096),
  expiresIn: z.number().int().positive(),
  user: UserSchema,
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

export const CaseListResponseSchema = z.object({ cases: z.array(CaseSummarySchema) });
export const CaseDetailResponseSchema = CaseDetailSchema;

export const mutationTypes = ['draft.save', 'opinion.submit'] as const;
export const MutationSchema = z.object({
  id: z.string().min(8).max(64),
  type: z.enum(mutationTypes),
  caseId: z.string().min(1).max(64),
  baseVersion: z.number().int().nonnegative(),
  payload: z.object({ text: z.string().max(200_000) }),
});
export type Mutation = z.infer<typeof MutationSchema>;

export const PushRequestSchema = z.object({
  clientId: z.string().min(8).max(64),
  mutations: z.array(MutationSchema).min(1).max(100),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const MutationResultSchema = z.object({
  id: z.string(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  version: z.number().int().nonnegative().optional(),
  reason: z.string().max(1000).optional(),
});
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z.object({ results: z.array(MutationResultSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const ErrorResponseSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export const AddendumSchema = z.object({
  number: z.number().int().positive(),
  authorId: z.string(),
  text: z.string(),
  reason: z.string(),
  at: z.string(),
});
export type Addendum = z.infer<typeof AddendumSchema>;

export const OpinionSchema = z.object({
  caseId: z.string(),
  authorId: z.string(),
  text: z.string(),
  version: z.number().int(),
  submittedAt: z.string(),
  /** Numbered additions after signing; the signed text itself never changes. */
  addenda: z.array(AddendumSchema).default([]),
});

/** Body of `POST /cases/:id/addenda`. */
export const AddendumRequestSchema = z.object({
  text: z.string().trim().min(1).max(50_000),
  reason: z.string().trim().min(1).max(2000),
});
export type Opinion = z.infer<typeof OpinionSchema>;

/** Body of `POST /auth/refresh` and `POST /auth/logout`. */
export const RefreshRequestSchema = z.object({
  refreshToken: z.string().min(16).max(4096),
});
export type RefreshRequest = z.infer<typeof RefreshRequestSchema>;

/** Body of `POST /cases/:id/transitions`: the status to move to, and why when the step needs a reason. */
export const TransitionRequestSchema = z.object({
  to: CaseStatusSchema,
  reason: z.string().max(2000).optional(),
});
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;

/** `GET /sync/pull?cursor=<n>`: what changed after the cursor, only what the caller may see. */
export const PullChangeSchema = z.object({
  seq: z.number().int().positive(),
  kind: z.literal('case'),
  caseId: z.string().min(1).max(64),
  case: CaseSummarySchema,
});
export type PullChange = z.infer<typeof PullChangeSchema>;

export const PullResponseSchema = z.object({
  /** Pass back as `cursor` next time; it moves past changes the caller may not see too. */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  changes: z.array(PullChangeSchema),
  /** Cases the caller could see and no longer can: purge their PHI. */
  revoked: z.array(z.string().min(1).max(64)),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const HealthResponseSchema = z.object({ ok: z.literal(true) });
