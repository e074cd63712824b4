import { z } from 'zod';
import { apiPrefix } from '../../sync/protocol';
import { HttpError, notFound } from '../http/httpError';
import { readRawBody, validate } from '../http/jsonBody';
import { json } from '../http/reply';
import type { Route } from '../http/route';
import { userRoute } from '../http/route';
import { importStudyFromDicomweb } from '../ingest/dicomwebImport';
import { ingestDicomInstance } from '../ingest/ingestDicom';
import { ingestDocument, parseDocumentMetadata } from '../ingest/ingestDocument';

const maxPdfBytes = 200 * 1024 * 1024;
const maxDicomBytes = 512 * 1024 * 1024;

const DicomwebImportSchema = z.object({ baseUrl: z.string().min(1).max(2000), studyUid: z.string().min(1).max(64) });

function caseIdOf(params: Readonly<Record<string, string>>): string {
  const id = params.id;
  if (!id || id.length > 64) throw notFound();
  return id;
}

function requireType(contentType: string | undefined, expected: string): void {
  if ((contentType ?? '').split(';')[0]!.trim().toLowerCase() !== expected) {
    throw new HttpError(415, 'unsupported_media_type', `Send the file as ${expected}.`);
  }
}

/** How records and imaging reach a case: PDF uploads, DICOM instances, and studies pulled from a DICOMweb server. */
export const ingestRoutes: readonly Route[] = [
  userRoute('ingest.document', 'POST', `${apiPrefix}/cases/:id/documents`, async ({ services, user, params, req }) => {
    const caseId = caseIdOf(params);
    requireType(req.headers['content-type'], 'application/pdf');
    const meta = parseDocumentMetadata(new URL(req.url ?? '/', 'http://service.invalid').searchParams);
    const bytes = await readRawBody(req, maxPdfBytes);
    return json(await ingestDocument(services.db, services.blobs, caseId, bytes, meta, user.id), 201);
  }),

  userRoute('ingest.dicom', 'POST', `${apiPrefix}/cases/:id/dicom`, async ({ services, user, params, req }) => {
    const caseId = caseIdOf(params);
    requireType(req.headers['content-type'], 'application/dicom');
    const bytes = await readRawBody(req, maxDicomBytes);
    const result = await ingestDicomInstance(services.db, services.blobs, caseId, bytes, user.id);
    return json(result, result.status === 'added' ? 201 : 200);
  }),

  userRoute('ingest.dicomweb', 'POST', `${apiPrefix}/cases/:id/dicomweb-import`, async ({ services, user, params, body }) => {
    const caseId = caseIdOf(params);
    const request = validate(DicomwebImportSchema, await body());
    const results = await importStudyFromDicomweb(services.db, services.blobs, caseId, request, user.id);
    return json({ added: results.filter((r) => r.status === 'added').length, duplicates: results.filter((r) => r.status === 'duplicate').length, instances: results });
  }),
];
