/**
 * Argument schemas for every host channel. The renderer is the less trusted
 * side: nothing reaches a handler before it passes these.
 */
import { z } from 'zod';
import { UidSchema } from '../domain/case';
import type { ArgsOf, Channel } from './contract';

const Empty = z.object({}).strict();
const CaseId = z.string().min(1).max(64);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const DraftWrite = z.object({ caseId: CaseId, text: z.string().max(200_000), baseVersion: z.number().int().nonnegative() }).strict();

export const argSchemas = {
  'session.get': Empty,
  'session.signIn': z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1024) }).strict(),
  'session.signOut': Empty,
  'queue.list': Empty,
  'case.get': z.object({ caseId: CaseId }).strict(),
  'document.bytes': z.object({ caseId: CaseId, sha256: Sha256 }).strict(),
  'imaging.instance': z
    .object({ caseId: CaseId, studyUid: UidSchema, seriesUid: UidSchema, sopInstanceUid: UidSchema })
    .strict(),
  'draft.save': DraftWrite,
  'opinion.submit': DraftWrite,
} as const satisfies { [C in Channel]: z.ZodType<ArgsOf<C>> };
