/**
 * `sync.offline_ratio`: making 20 demo cases (records and imaging) available
 * offline the way the workstation does — every file through the host
 * handlers (SHA-256 verified), encrypted with AES-256-GCM and written as
 * chunks to the Dexie store — divided by downloading the same bytes with raw
 * HTTP GETs over the same loopback, in the same run. The store runs on
 * fake-indexeddb here (Node has no IndexedDB), which is slower than a
 * browser's, so the figure errs on the pessimistic side.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CaseDetail, CaseSummary } from '../../../src/domain/case';
import { createRecordCipher } from '../../../src/store/recordCipher';
import { putFile } from '../../../renderer/src/db/fileStore';
import { WorkstationDb } from '../../../renderer/src/db/workstationDb';
import { startCaseServiceProcess } from '../../host/caseServiceProcess';
import type { FigureSource } from '../figure';
import { rawGet } from '../rawGet';
import { signedInHost } from '../signedInHost';
import { figure } from '../figure';

type File = { caseId: string; sha256: string; channel: 'document.bytes' | 'imaging.instance'; args: Record<string, string>; path: string };

export const offlineCopy: FigureSource = {
  name: 'sync.offline',
  measure: async () => {
    const service = await startCaseServiceProcess({ demo: true });
    try {
      const { call, token: currentToken } = await signedInHost(service.url);
      const queue = (await call('queue.list', {})) as CaseSummary[];
      const cases = [...queue].sort((a, b) => b.imagingSeriesCount - a.imagingSeriesCount).slice(0, 20);
      const files: File[] = [];
      for (const summary of cases) {
        const detail = (await call('case.get', { caseId: summary.id })) as CaseDetail;
        for (const d of detail.documents) files.push({ caseId: detail.id, sha256: d.sha256, channel: 'document.bytes', args: { caseId: detail.id, sha256: d.sha256 }, path: `/files/${d.sha256}` });
        for (const st of detail.studies) for (const se of st.series) for (const i of se.instances) {
          files.push({
            caseId: detail.id, sha256: i.sha256, channel: 'imaging.instance',
            args: { caseId: detail.id, studyUid: st.studyUid, seriesUid: se.seriesUid, sopInstanceUid: i.sopInstanceUid },
            path: `/studies/${st.studyUid}/series/${se.seriesUid}/instances/${i.sopInstanceUid}`,
          });
        }
      }
      const token = currentToken();

      const rawStart = performance.now();
      for (const f of files) await rawGet(`${service.url}/api/v1${f.path}`, token);
      const raw = performance.now() - rawStart;

      const db = new WorkstationDb('bench-offline', { indexedDB: new IDBFactory(), IDBKeyRange });
      const cipher = await createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
      const oursStart = performance.now();
      for (const f of files) await putFile(db, cipher, f.caseId, f.sha256, (await call(f.channel, f.args)) as Uint8Array);
      const ours = performance.now() - oursStart;
      db.close();
      return [figure('sync.offline_ratio', ours, raw, 'ms', '<= 1.5')];
    } finally {
      await service.stop();
    }
  },
};
