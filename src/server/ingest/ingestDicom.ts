import { DicomError } from '../../dicom/dicomError';
import { parseDicomFile } from '../../dicom/parseImage';
import { UidSchema } from '../../domain/case';
import { appendAuditEvent } from '../audit/auditLog';
import type { BlobStore } from '../blobs/blobStore';
import type { Database } from '../db/database';
import { HttpError } from '../http/httpError';

export type IngestResult = Readonly<{
  status: 'added' | 'duplicate';
  studyUid: string;
  seriesUid: string;
  sopInstanceUid: string;
  sha256: string;
}>;

const tags = {
  sopInstanceUid: 'x00080018',
  studyUid: 'x0020000d',
  seriesUid: 'x0020000e',
  modality: 'x00080060',
  studyDate: 'x00080020',
  studyDescription: 'x00081030',
  seriesDescription: 'x0008103e',
  seriesNumber: 'x00200011',
  instanceNumber: 'x00200013',
  patientId: 'x00100020',
} as const;

/**
 * Adds one DICOM instance to a case: parsed (a damaged file is refused with
 * the reason), its study and series created or reused by UID, the bytes
 * stored by SHA-256. A study already in another case, or an instance of
 * another patient than its study, is refused (409); the same file again is
 * a duplicate, not an error.
 */
export async function ingestDicomInstance(db: Database, blobs: BlobStore, caseId: string, bytes: Uint8Array, actorId: string | null): Promise<IngestResult> {
  let header;
  try {
    header = parseDicomFile(bytes);
  } catch (error) {
    throw new HttpError(400, 'invalid_dicom', error instanceof DicomError ? error.message : 'The file is not a readable DICOM file.');
  }
  const text = (tag: string) => header.dataSet.string(tag)?.trim() ?? '';
  const uid = (tag: string, name: string) => {
    const value = text(tag);
    if (!UidSchema.safeParse(value).success) throw new HttpError(400, 'invalid_dicom', `The file has no valid ${name}.`);
    return value;
  };
  const studyUid = uid(tags.studyUid, 'Study Instance UID');
  const seriesUid = uid(tags.seriesUid, 'Series Instance UID');
  const sopInstanceUid = uid(tags.sopInstanceUid, 'SOP Instance UID');
  const patientId = text(tags.patientId);
  const sha256 = await blobs.put(bytes);

  return db.transaction(async (tx) => {
    const [found] = await tx.query<{ id: string }>('select id from cases where id = $1 for update', [caseId]);
    if (!found) throw new HttpError(404, 'not_found', 'Not found.');
    const [study] = await tx.query<{ case_id: string; patient_id: string | null }>('select case_id, patient_id from studies where study_uid = $1', [studyUid]);
    if (study && study.case_id !== caseId) throw new HttpError(409, 'study_in_other_case', 'This study belongs to another case.');
    if (study && study.patient_id !== null && study.patient_id !== patientId) {
      throw new HttpError(409, 'patient_mismatch', 'This image is of another patient than the rest of its study.');
    }
    const [existing] = await tx.query<{ sha256: string }>('select sha256 from instances where sop_instance_uid = $1', [sopInstanceUid]);
    if (existing) {
      if (existing.sha256 !== sha256) throw new HttpError(409, 'instance_differs', 'An image with this SOP Instance UID but other content is already stored.');
      return { status: 'duplicate', studyUid, seriesUid, sopInstanceUid, sha256 } as const;
    }
    if (!study) {
      await tx.query('insert into studies (study_uid, case_id, description, date, patient_id) values ($1, $2, $3, $4, $5)', [
        studyUid, caseId, text(tags.studyDescription).slice(0, 200), dicomDate(text(tags.studyDate)), patientId,
      ]);
    }
    const [series] = await tx.query<{ study_uid: string }>('select study_uid from series where series_uid = $1', [seriesUid]);
    if (series && series.study_uid !== studyUid) throw new HttpError(409, 'series_in_other_study', 'This series belongs to another study.');
    if (!series) {
      await tx.query('insert into series (series_uid, study_uid, series_number, modality, description) values ($1, $2, $3, $4, $5)', [
        seriesUid, studyUid, integer(text(tags.seriesNumber)), text(tags.modality).slice(0, 16) || 'OT', text(tags.seriesDescription).slice(0, 200),
      ]);
    }
    await tx.query('insert into instances (sop_instance_uid, series_uid, instance_number, sha256, byte_length) values ($1, $2, $3, $4, $5)', [
      sopInstanceUid, seriesUid, integer(text(tags.instanceNumber)), sha256, bytes.byteLength,
    ]);
    await tx.query('update cases set version = version + 1 where id = $1', [caseId]);
    await appendAuditEvent(tx, { actorId, action: 'ingest.dicom', caseId, detail: { sha256, studyUid, seriesUid, sopInstanceUid } });
    return { status: 'added', studyUid, seriesUid, sopInstanceUid, sha256 } as const;
  });
}

function dicomDate(value: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : '1900-01-01';
}

function integer(value: string): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && Math.abs(n) < 2 ** 31 ? n : 0;
}
