/**
 * `host.image_download_ratio`: fetching a whole MR series through the real
 * host handlers (routing, validation, SHA-256 verification) ÷ fetching the
 * same bytes with a raw HTTP GET over the same loopback.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createHandlers } from '../../../src/host/handlers';
import { createRouter } from '../../../src/host/router';
import { createNodeHostPorts } from '../../../electron/main/adapters/nodeHostPorts';
import { startCaseServiceProcess } from '../../host/caseServiceProcess';
import type { FigureSource } from '../figure';
import { figure, medianMs } from '../figure';
import { createTestKeychain } from '../../host/testKeychain';

function rawGet(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.byteLength));
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    }).on('error', reject);
  });
}

export const hostDownload: FigureSource = {
  name: 'host.image_download',
  measure: async () => {
    const service = await startCaseServiceProcess({ demo: true });
    try {
      const ports = createNodeHostPorts({ serverUrl: () => service.url, clientId: randomUUID(), emit: () => undefined, keychain: createTestKeychain() });
      const router = createRouter(createHandlers(ports));
      const call = async (channel: string, args: unknown) => {
        const result = await router(channel, args);
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.value;
      };
      await call('session.signIn', { email: 'specialist@demo.test', password: 'demo-password' });
      const queue = (await call('queue.list', {})) as Array<{ id: string; imagingSeriesCount: number }>;
      const withImaging = queue.find((c) => c.imagingSeriesCount > 0);
      if (!withImaging) throw new Error('no demo case with imaging');
      const detail = (await call('case.get', { caseId: withImaging.id })) as {
        studies: Array<{ studyUid: string; series: Array<{ seriesUid: string; instances: Array<{ sopInstanceUid: string }> }> }>;
      };
      const study = detail.studies[0]!;
      const series = study.series[0]!;
      const token = ports.vault.read()?.accessToken ?? '';
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
