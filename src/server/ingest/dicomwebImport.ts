import { UidSchema } from '../../domain/case';
import type { BlobStore } from '../blobs/blobStore';
import type { Database } from '../db/database';
import { HttpError } from '../http/httpError';
import { ingestDicomInstance } from './ingestDicom';
import type { IngestResult } from './ingestDicom';
import { boundaryOf, splitMultipart } from './multipartRelated';

const timeoutMs = 60_000;
const maxInstanceBytes = 512 * 1024 * 1024;

/**
 * Pulls one study from a DICOMweb server into a case: QIDO-RS lists its
 * series and instances, WADO-RS fetches each instance as
 * multipart/related application/dicom, and every part is ingested as if
 * uploaded. A server that is down or answers garbage gives a clear error.
 */
export async function importStudyFromDicomweb(
  db: Database,
  blobs: BlobStore,
  caseId: string,
  request: { baseUrl: string; studyUid: string },
  actorId: string | null,
): Promise<IngestResult[]> {
  const base = checkedBaseUrl(request.baseUrl);
  if (!UidSchema.safeParse(request.studyUid).success) throw new HttpError(400, 'invalid_request', 'studyUid is not a valid UID.');
  const study = `${base}/studies/${request.studyUid}`;
  const seriesUids = uidsOf(await getJson(`${study}/series`), 'x0020000e');
  if (seriesUids.length === 0) throw new HttpError(404, 'not_found', 'The DICOMweb server has no series for that study.');
  const results: IngestResult[] = [];
  for (const seriesUid of seriesUids) {
    for (const sopUid of uidsOf(await getJson(`${study}/series/${seriesUid}/instances`), 'x00080018')) {
      for (const part of await getInstances(`${study}/series/${seriesUid}/instances/${sopUid}`)) {
        results.push(await ingestDicomInstance(db, blobs, caseId, part, actorId));
      }
    }
  }
  return results;
}

function checkedBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new HttpError(400, 'invalid_request', 'baseUrl is not a URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HttpError(400, 'invalid_request', 'baseUrl must be http or https.');
  if (url.username || url.password) throw new HttpError(400, 'invalid_request', 'baseUrl must not carry credentials.');
  return url.toString().replace(/\/+$/, '');
}

async function fetchFromServer(url: string, accept: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept }, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch {
    throw new HttpError(502, 'dicomweb_unreachable', 'The DICOMweb server could not be reached or did not answer in time.');
  }
  if (!response.ok) throw new HttpError(502, 'dicomweb_error', `The DICOMweb server answered ${response.status}.`);
  return response;
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetchFromServer(url, 'application/dicom+json');
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new HttpError(502, 'dicomweb_bad_answer', 'The DICOMweb server answered something that is not DICOM JSON.');
  }
}

/** UIDs of one tag from a QIDO-RS answer: [{ "0020000E": { "vr": "UI", "Value": ["1.2…"] } }, …]. */
function uidsOf(answer: unknown, tag: string): string[] {
  if (!Array.isArray(answer)) throw new HttpError(502, 'dicomweb_bad_answer', 'The DICOMweb server answered something that is not a DICOM JSON list.');
  const key = tag.slice(1).toUpperCase();
  return answer.flatMap((item: unknown) => {
    const value = (item as Record<string, { Value?: unknown[] } | undefined>)?.[key]?.Value?.[0];
    return typeof value === 'string' && UidSchema.safeParse(value).success ? [value] : [];
  });
}

async function getInstances(url: string): Promise<Uint8Array[]> {
  const response = await fetchFromServer(url, 'multipart/related; type="application/dicom"');
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxInstanceBytes) throw new HttpError(502, 'dicomweb_bad_answer', 'The DICOMweb server sent an instance larger than allowed.');
  const body = new Uint8Array(await response.arrayBuffer());
  const boundary = boundaryOf(response.headers.get('content-type') ?? '');
  if (!boundary) throw new HttpError(502, 'dicomweb_bad_answer', 'The DICOMweb server did not answer multipart/related.');
  try {
    return splitMultipart(body, boundary);
  } catch {
    throw new HttpError(502, 'dicomweb_bad_answer', 'The DICOMweb server sent a damaged multipart answer.');
  }
}
