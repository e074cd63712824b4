import { UidSchema } from '../../domain/case';
import { apiPrefix } from '../../sync/protocol';
import { recordAuditEvent } from '../audit/auditLog';
import { isSha256 } from '../blobs/blobStore';
import { findVisibleBlob, findVisibleInstance } from '../cases/caseQueries';
import { notFound } from '../http/httpError';
import { blob } from '../http/reply';
import type { Route } from '../http/route';
import { userRoute } from '../http/route';

const contentTypes = { document: 'application/pdf', instance: 'application/dicom' } as const;

/**
 * Bytes by content address and DICOM instances by WADO-RS path. A file is
 * served only when it belongs to a case the caller may see; otherwise 404,
 * the same as for a hash nobody stored.
 */
export const fileRoutes: readonly Route[] = [
  userRoute('files.get', 'GET', `${apiPrefix}/files/:sha256`, async ({ services, user, params }) => {
    const sha256 = (params.sha256 ?? '').toLowerCase();
    const found = isSha256(sha256) ? await findVisibleBlob(services.db, user, sha256) : null;
    if (!found) throw notFound();
    await recordAuditEvent(services.db, { actorId: user.id, action: 'file.read', caseId: found.caseId, detail: { sha256 } });
    return blob(sha256, contentTypes[found.kind]);
  }),

  userRoute(
    'instances.get',
    'GET',
    `${apiPrefix}/studies/:studyUid/series/:seriesUid/instances/:sopInstanceUid`,
    async ({ services, user, params }) => {
      const uids = { studyUid: params.studyUid ?? '', seriesUid: params.seriesUid ?? '', sopInstanceUid: params.sopInstanceUid ?? '' };
      const wellFormed = Object.values(uids).every((uid) => UidSchema.safeParse(uid).success);
      const found = wellFormed ? await findVisibleInstance(services.db, user, uids) : null;
      if (!found) throw notFound();
      await recordAuditEvent(services.db, {
        actorId: user.id,
        action: 'instance.read',
        caseId: found.caseId,
        detail: { sopInstanceUid: uids.sopInstanceUid, sha256: found.sha256 },
      });
      return blob(found.sha256, contentTypes.instance);
    },
  ),
];
