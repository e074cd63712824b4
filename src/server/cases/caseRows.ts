import type { CaseSummary, Draft, Patient, StudyRef } from '../../domain/case';

/** A `cases` row with its counts, as the summary query selects it. */
export interface CaseSummaryRow {
  id: string;
  reference: string;
  patient: Patient;
  specialty: CaseSummary['specialty'];
  priority: CaseSummary['priority'];
  status: CaseSummary['status'];
  question: string;
  program: string;
  received_at: Date | string;
  due_at: Date | string;
  version: number;
  document_count: number | string;
  series_count: number | string;
}

/** Columns for CaseSummaryRow from `cases c`; both drivers return timestamptz as Date and count(*)::int as number. */
export const caseSummaryColumns = `
  c.id, c.reference, c.patient, c.specialty, c.priority, c.status, c.question, c.program,
  c.received_at, c.due_at, c.version,
  (select count(*)::int from documents d where d.case_id = c.id) as document_count,
  (select count(*)::int from series s join studies st on st.study_uid = s.study_uid where st.case_id in (c.id, c.parent_case_id)) as series_count`;

/** Queue order: stat, urgent, routine; then the earliest due; then reference, so the order is total. */
export const caseQueueOrder = `
  case c.priority when 'stat' then 0 when 'urgent' then 1 else 2 end, c.due_at, c.reference`;

const iso = (value: Date | string) => new Date(value).toISOString();

export function toCaseSummary(row: CaseSummaryRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    patient: row.patient,
    specialty: row.specialty,
    priority: row.priority,
    status: row.status,
    question: row.question,
    program: row.program,
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    version: Number(row.version),
    documentCount: Number(row.document_count),
    imagingSeriesCount: Number(row.series_count),
  };
}

export function toDraft(row: { text: string; version: number; updated_at: Date | string }): Draft {
  return { text: row.text, version: Number(row.version), updatedAt: iso(row.updated_at) };
}

interface ImagingRow {
  study_uid: string;
  study_description: string;
  study_date: string;
  series_uid: string | null;
  series_number: number | null;
  modality: string | null;
  series_description: string | null;
  sop_instance_uid: string | null;
  instance_number: number | null;
  sha256: string | null;
  byte_length: number | string | null;
}

/** Rows of studies ⟕ series ⟕ instances for one case (its own, or its parent's for a further opinion), in reading order. */
export const imagingQuery = `
  select st.study_uid, st.description as study_description, st.date::text as study_date,
         se.series_uid, se.series_number, se.modality, se.description as series_description,
         i.sop_instance_uid, i.instance_number, i.sha256, i.byte_length
  from studies st
  left join series se on se.study_uid = st.study_uid
  left join instances i on i.series_uid = se.series_uid
  where st.case_id = $1 or st.case_id = (select parent_case_id from cases where id = $1)
  order by st.date, st.study_uid, se.series_number, se.series_uid, i.instance_number, i.sop_instance_uid`;

/** Folds flat imaging rows (in imagingQuery's order) into studies → series → instances. */
export function toStudies(rows: readonly ImagingRow[]): StudyRef[] {
  const studies: StudyRef[] = [];
  for (const row of rows) {
    let study = studies.at(-1);
    if (study?.studyUid !== row.study_uid) {
      study = { studyUid: row.study_uid, description: row.study_description, date: row.study_date, series: [] };
      studies.push(study);
    }
    if (row.series_uid === null) continue;
    let series = study.series.at(-1);
    if (series?.seriesUid !== row.series_uid) {
      series = {
        seriesUid: row.series_uid,
        seriesNumber: Number(row.series_number),
        modality: row.modality ?? '',
        description: row.series_description ?? '',
        instances: [],
      };
      study.series.push(series);
    }
    if (row.sop_instance_uid === null || row.sha256 === null) continue;
    series.instances.push({
      sopInstanceUid: row.sop_instance_uid,
      instanceNumber: Number(row.instance_number),
      sha256: row.sha256,
      byteLength: Number(row.byte_length),
    });
  }
  return studies;
}
