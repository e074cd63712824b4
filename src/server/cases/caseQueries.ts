import type { CaseDetail, CaseSummary, DocumentRef, StudyRef, User } from '../../domain/case';
import { visibleCaseCondition } from '../access/caseVisibility';
import type { Queryable } from '../db/database';
import { caseQueueOrder, caseSummaryColumns, imagingQuery, toCaseSummary, toDraft, toStudies } from './caseRows';
import type { CaseSummaryRow } from './caseRows';

/** The caller's queue: only cases visible to them, in queue order. */
export async function listVisibleCases(db: Queryable, user: User): Promise<CaseSummary[]> {
  const visible = visibleCaseCondition(user, 'c', 1);
  const rows = await db.query<CaseSummaryRow>(
    `select ${caseSummaryColumns} from cases c where ${visible.sql} order by ${caseQueueOrder}`,
    visible.params,
  );
  return rows.map(toCaseSummary);
}

/** The case's summary when `user` may see it, else null — the same null as for a case that does not exist. */
export async function findVisibleCase(db: Queryable, user: User, caseId: string): Promise<CaseSummary | null> {
  const visible = visibleCaseCondition(user, 'c', 2);
  const [row] = await db.query<CaseSummaryRow>(
    `select ${caseSummaryColumns} from cases c where c.id = $1 and ${visible.sql}`,
    [caseId, ...visible.params],
  );
  return row ? toCaseSummary(row) : null;
}

/** Studies of a case with their series and instances (UIDs, numbers, hashes, sizes). */
export async function caseStudies(db: Queryable, caseId: string): Promise<StudyRef[]> {
  return toStudies(await db.query(imagingQuery, [caseId]));
}

/** Full detail of a visible case; the draft is the caller's own, never another author's. */
export async function findVisibleCaseDetail(db: Queryable, user: User, caseId: string): Promise<CaseDetail | null> {
  const summary = await findVisibleCase(db, user, caseId);
  if (!summary) return null;
  const documents = await db.query<{
    id: string;
    title: string;
    kind: DocumentRef['kind'];
    date: string;
    source: string;
    page_count: number;
    sha256: string;
    byte_length: number | string;
  }>(
    `select id, title, kind, date::text as date, source, page_count, sha256, byte_length
     from documents where case_id = $1 order by date, title, id`,
    [caseId],
  );
  const [draft] = await db.query<{ text: string; version: number; updated_at: Date }>(
    'select text, version, updated_at from drafts where case_id = $1 and author_id = $2',
    [caseId, user.id],
  );
  return {
    ...summary,
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      date: d.date,
      source: d.source,
      pageCount: Number(d.page_count),
      sha256: d.sha256,
      byteLength: Number(d.byte_length),
      mediaType: 'application/pdf' as const,
    })),
    studies: await caseStudies(db, caseId),
    draft: draft ? toDraft(draft) : null,
  };
}

/** What a content hash is within the cases `user` may see: a document, an instance, or nothing. */
export async function findVisibleBlob(
  db: Queryable,
  user: User,
  sha256: string,
): Promise<{ caseId: string; kind: 'document' | 'instance' } | null> {
  const visible = visibleCaseCondition(user, 'c', 2);
  const [row] = await db.query<{ case_id: string; kind: 'document' | 'instance' }>(
    `select c.id as case_id, 'document' as kind from documents d join cases c on c.id = d.case_id
       where d.sha256 = $1 and ${visible.sql}
     union all
     select c.id as case_id, 'instance' as kind from instances i
       join series se on se.series_uid = i.series_uid
       join studies st on st.study_uid = se.study_uid
       join cases c on (c.id = st.case_id or c.parent_case_id = st.case_id)
       where i.sha256 = $1 and ${visible.sql}
     limit 1`,
    [sha256, ...visible.params],
  );
  return row ? { caseId: row.case_id, kind: row.kind } : null;
}

/** The instance at a WADO-RS path when its case is visible to `user`; all three UIDs must agree. */
export async function findVisibleInstance(
  db: Queryable,
  user: User,
  uids: { studyUid: string; seriesUid: string; sopInstanceUid: string },
): Promise<{ caseId: string; sha256: string } | null> {
  const visible = visibleCaseCondition(user, 'c', 4);
  const [row] = await db.query<{ case_id: string; sha256: string }>(
    `select c.id as case_id, i.sha256 from instances i
       join series se on se.series_uid = i.series_uid
       join studies st on st.study_uid = se.study_uid
       join cases c on (c.id = st.case_id or c.parent_case_id = st.case_id)
     where i.sop_instance_uid = $1 and se.series_uid = $2 and st.study_uid = $3 and ${visible.sql}`,
    [uids.sopInstanceUid, uids.seriesUid, uids.studyUid, ...visible.params],
  );
  return row ? { caseId: row.case_id, sha256: row.sha256 } : null;
}
