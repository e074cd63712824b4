/**
 * The case model shared by the case service, the host handlers and the UI.
 * Every shape here crosses a trust boundary, so each has a zod schema: the
 * host validates what the server sends before the renderer sees it.
 */
import { z } from 'zod';

export const roles = ['specialist', 'radiologist', 'director', 'admin'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

export const caseStatuses = [
  'offered',
  'accepted',
  'declined',
  'in_review',
  'awaiting_records',
  'submitted',
  'qa',
  'returned',
  'approved',
  'signed',
  'delivered',
] as const;
export const CaseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** Statuses in which the assignee may still change the draft or submit. */
export const editableStatuses: readonly CaseStatus[] = ['accepted', 'in_review', 'returned'];

export const priorities = ['stat', 'urgent', 'routine'] as const;
export const PrioritySchema = z.enum(priorities);
export type Priority = z.infer<typeof PrioritySchema>;

export const specialties = ['oncology', 'orthopedics', 'cardiology', 'neurology'] as const;
export const SpecialtySchema = z.enum(specialties);
export type Specialty = z.infer<typeof SpecialtySchema>;

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
/** DICOM UIDs: digits and dots, at most 64 characters (PS3.5 §9.1). */
export const UidSchema = z.string().regex(/^[0-9]+(\.[0-9]+)*$/).max(64);
const IsoDateTimeSchema = z.string().datetime({ offset: true });
const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PatientSchema = z.object({
  name: z.string().min(1).max(200),
  birthDate: IsoDateSchema,
  sex: z.enum(['female', 'male', 'other', 'unknown']),
});
export type Patient = z.infer<typeof PatientSchema>;

export const CaseSummarySchema = z.object({
  id: z.string().min(1).max(64),
  reference: z.string().min(1).max(64),
  patient: PatientSchema,
  specialty: SpecialtySchema,
  priority: PrioritySchema,
  status: CaseStatusSchema,
  question: z.string().max(4000),
  program: z.string().max(200),
  receivedAt: IsoDateTimeSchema,
  dueAt: IsoDateTimeSchema,
  version: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
  imagingSeriesCount: z.number().int().nonnegative(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const documentKinds = [
  'referral',
  'pathology',
  'operative_note',
  'lab_results',
  'imaging_report',
  'clinic_note',
  'discharge_summary',
] as const;

export const DocumentRefSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(300),
  kind: z.enum(documentKinds),
  date: IsoDateSchema,
  source: z.string().max(300),
  pageCount: z.number().int().nonnegative(),
  sha256: Sha256Schema,
  byteLength: z.number().int().nonnegative(),
  mediaType: z.literal('application/pdf'),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

export const InstanceRefSchema = z.object({
  sopInstanceUid: UidSchema,
  instanceNumber: z.number().int(),
  sha256: Sha256Schema,
  byteLength: z.number().int().nonnegative(),
});
export type InstanceRef = z.infer<typeof InstanceRefSchema>;

export const SeriesRefSchema = z.object({
  seriesUid: UidSchema,
  seriesNumber: z.number().int(),
  modality: z.string().max(16),
  description: z.string().max(200),
  instances: z.array(InstanceRefSchema),
});
export type SeriesRef = z.infer<typeof SeriesRefSchema>;

export const StudyRefSchema = z.object({
  studyUid: UidSchema,
  description: z.string().max(200),
  date: IsoDateSchema,
  series: z.array(SeriesRefSchema),
});
export type StudyRef = z.infer<typeof StudyRefSchema>;

export const DraftSchema = z.object({
  text: z.string().max(200_000),
  version: z.number().int().nonnegative(),
  updatedAt: IsoDateTimeSchema,
});
export type Draft = z.infer<typeof DraftSchema>;

export const CaseDetailSchema = CaseSummarySchema.extend({
  documents: z.array(DocumentRefSchema),
  studies: z.array(StudyRefSchema),
  draft: DraftSchema.nullable(),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const UserSchema = z.object({
  id: z.string().min(1).max(64),
  email: z.string().email().max(320),
  name: z.string().min(1).max(200),
  role: RoleSchema,
});
export type User = z.infer<typeof UserSchema>;
