import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { documentKinds } from '../../domain/case';
import type { DocumentRef } from '../../domain/case';
import { appendAuditEvent } from '../audit/auditLog';
import type { BlobStore } from '../blobs/blobStore';
import type { Database } from '../db/database';
import { HttpError } from '../http/httpError';

export interface DocumentMetadata {
  readonly title: string;
  readonly kind: DocumentRef['kind'];
  /** YYYY-MM-DD */
  readonly date: string;
  readonly source: string;
}

/** Checks what a client says about a document before any byte is stored. */
export function parseDocumentMetadata(query: URLSearchParams): DocumentMetadata {
  const title = query.get('title')?.trim() ?? '';
  const kind = query.get('kind') ?? '';
  const date = query.get('date') ?? '';
  const source = query.get('source')?.trim() ?? '';
  if (!title || title.length > 300) throw new HttpError(400, 'invalid_request', 'A title (up to 300 characters) is required.');
  if (!(documentKinds as readonly string[]).includes(kind)) throw new HttpError(400, 'invalid_request', `kind must be one of ${documentKinds.join(', ')}.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new HttpError(400, 'invalid_request', 'date must be YYYY-MM-DD.');
  if (source.length > 300) throw new HttpError(400, 'invalid_request', 'source is at most 300 characters.');
  return { title, kind: kind as DocumentRef['kind'], date, source };
}

/** Adds a PDF record to a case once it has been opened and its pages counted; a damaged or locked PDF is refused with the reason. */
export async function ingestDocument(db: Database, blobs: BlobStore, caseId: string, bytes: Uint8Array, meta: DocumentMetadata, actorId: string | null) {
  if (!new TextDecoder().decode(bytes.subarray(0, 1024)).includes('%PDF-')) throw new HttpError(400, 'invalid_pdf', 'The file is not a PDF.');
  let pageCount: number;
  try {
    pageCount = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  } catch (error) {
    const locked = error instanceof Error && /encrypt/i.test(error.message);
    throw new HttpError(400, 'invalid_pdf', locked ? 'The PDF is password-protected; upload an unlocked copy.' : 'The PDF is damaged and cannot be opened.');
  }
  const sha256 = await blobs.put(bytes);
  return db.transaction(async (tx) => {
    const [found] = await tx.query<{ id: string }>('select id from cases where id = $1 for update', [caseId]);
    if (!found) throw new HttpError(404, 'not_found', 'Not found.');
    const id = randomUUID();
    await tx.query(
      `insert into documents (id, case_id, title, kind, date, source, page_count, sha256, byte_length)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, caseId, meta.title, meta.kind, meta.date, meta.source, pageCount, sha256, bytes.byteLength],
    );
    await tx.query('update cases set version = version + 1 where id = $1', [caseId]);
    await appendAuditEvent(tx, { actorId, action: 'ingest.document', caseId, detail: { documentId: id, sha256, pages: pageCount } });
    return { id, sha256, pageCount };
  });
}
