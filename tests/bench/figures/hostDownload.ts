/**
 * `host.image_download_ratio`: fetching a whole MR series through the real
 * host handlers (routing, validation, SHA-256 verification) ÷ fetching the
 * same bytes with a raw HTTP GET over the same loopback.
 */
import { startCaseServiceProcess } from '../../host/caseServiceProcess';
import type { FigureSource } from '../figure';
import { rawGet } from '../rawGet';
import { signedInHost } from '../signedInHost';
import { figure, medianMs } from '../figure';

export const hostDownload: FigureSource = {
  name: 'host.image_download',
  measure: async () => {
    const service = await startCaseServiceProcess({ demo: true });
    try {
      const { call, token: currentToken } = await signedInHost(service.url);
      const queue = (await call('queue.list', {})) as Array<{ id: string; imagingSeriesCount: number }>;
      const withImaging = queue.find((c) => c.imagingSeriesCount > 0);
      if (!withImaging) throw new Error('no demo case with imaging');
      const detail = (await call('case.get', { caseId: withImaging.id })) as {
        studies: Array<{ studyUid: string; series: Array<{ seriesUid: string; instances: Array<{ sopInstanceUid: string }> }> }>;
      };
      const study = detail.studies[0]!;
      const series = study.series[0]!;
      const token = currentToken();
      const paths = series.instances.map((i) => ({ studyUid: study.studyUid, seriesUid: series.seriesUid, sopInstanceUid: i.sopInstanceUid }));

      const ours = await medianMs(7, async () => {
        for (const p of paths) await call('imaging.instance', { caseId: withImaging.id, ...p });
      });
      const raw = await medianMs(7, async () => {
        for (const p of paths) await rawGet(`${service.url}/api/v1/studies/${p.studyUid}/series/${p.seriesUid}/instances/${p.sopInstanceUid}`, token);
      });
      return [figure('host.image_download_ratio', ours, raw, 'ms', '<= 1.5')];
    } finally {
      await service.stop();
    }
  },
};
