/**
 * Argument schemas for every host channel. The renderer is the less trusted
 * side: nothing reaches a handler before it passes these.
 */
import { z } from 'zod';
import { UidSchema } from '../domain/case';
import { MutationSchema } from '../sync/protocol';
import type { ArgsOf, Channel } from './contract';

const Empty = z.object({}).strict();
const bytes = (min: number, max: number) =>
  z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength >= min && value.byteLength <= max, `${min}–${max} bytes`);
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
  'sync.push': z.object({ mutations: z.array(MutationSchema).min(1).max(100) }).strict(),
  'sync.pull': z.object({ cursor: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) }).strict(),
  'keychain.wrap': z.object({ key: bytes(32, 32) }).strict(),
  'keychain.unwrap': z.object({ wrapped: bytes(1, 4096) }).strict(),
} as const satisfies { [C in Channel]: z.ZodType<ArgsOf<C>> };
