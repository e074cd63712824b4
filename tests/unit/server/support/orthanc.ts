/**
 * A real Orthanc (Debian's `orthanc` + `orthanc-dicomweb`) on 127.0.0.1 with
 * a temporary storage, for DICOMweb import tests.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { freePort } from '../../../host/freePort';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const binary = '/usr/sbin/Orthanc';
const plugin = ['/usr/share/orthanc/plugins/libOrthancDicomWeb.so', '/usr/lib/orthanc/libOrthancDicomWeb.so'].find((p) => existsSync(p));

/** Why Orthanc cannot run here, or null when it can. */
export function orthancUnavailable(): string | null {
  if (!existsSync(binary)) return 'Orthanc is not installed (apt-get install -y orthanc orthanc-dicomweb)';
  if (!plugin) return 'the Orthanc DICOMweb plugin is not installed (apt-get install -y orthanc-dicomweb)';
  return null;
}

export interface RunningOrthanc {
  readonly url: string;
  readonly dicomweb: string;
  upload(bytes: Uint8Array): Promise<void>;
  stop(): Promise<void>;
}

export async function startOrthanc(): Promise<RunningOrthanc> {
  const dir = await mkdtemp(join(tmpdir(), 'orthanc-'));
  const [httpPort, dicomPort] = [await freePort(), await freePort()];
  const config = {
    Name: 'ReviewWorkstationTest',
    HttpPort: httpPort,
    DicomPort: dicomPort,
    DicomServerEnabled: false,
    StorageDirectory: join(dir, 'storage'),
    IndexDirectory: join(dir, 'index'),
    RemoteAccessAllowed: false,
    AuthenticationEnabled: false,
    Plugins: [plugin],
    DicomWeb: { Enable: true, Root: '/dicom-web/' },
  };
  await writeFile(join(dir, 'orthanc.json'), JSON.stringify(config));
  const child: ChildProcess = spawn(binary, [join(dir, 'orthanc.json')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${httpPort}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Orthanc exited ${child.exitCode}: ${log}`);
    const up = await fetch(`${url}/system`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`Orthanc did not start in 30 s: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    dicomweb: `${url}/dicom-web`,
    async upload(bytes) {
      const answer = await fetch(`${url}/instances`, { method: 'POST', body: Buffer.from(bytes), headers: { 'content-type': 'application/dicom' } });
      if (!answer.ok) throw new Error(`Orthanc refused an upload: ${answer.status}`);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
