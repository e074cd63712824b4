import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHttpTransport } from '../../../electron/main/adapters/nodeHttpTransport';
import type { ServerCertificatePin } from '../../../electron/main/adapters/nodeHttpTransport';
import { HostError } from '../../../src/host/hostError';
import { startCaseService } from '../../../src/server/caseService';
import type { RunningCaseService } from '../../../src/server/caseService';

let dir: string;
let service: RunningCaseService;
let serverPem: string;
let otherPem: string;

async function selfSigned(name: string): Promise<{ cert: string; key: string }> {
  const cert = join(dir, `${name}.pem`);
  const key = join(dir, `${name}.key`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  return { cert: await readFile(cert, 'utf8'), key: await readFile(key, 'utf8') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tls-pin-'));
  const server = await selfSigned('server');
  serverPem = server.cert;
  otherPem = (await selfSigned('other')).cert;
  service = await startCaseService({ port: 0, dataDir: join(dir, 'data'), tls: server });
});
afterAll(async () => {
  await service?.close();
  await rm(dir, { recursive: true, force: true });
});

const health = (pin?: ServerCertificatePin) =>
  createNodeHttpTransport(pin ? { pin } : {}).send({ method: 'GET', url: `${service.url}/api/v1/health`, headers: {} });

async function refusal(pin?: ServerCertificatePin): Promise<HostError> {
  const error = await health(pin).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('the case service over TLS, with the workstation pinning its certificate', () => {
  it('serves https and prints an https URL', () => {
    expect(service.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it('accepts the pinned self-signed certificate, alone or with its fingerprint', async () => {
    expect((await health({ certificatePem: serverPem })).status).toBe(200);
    const fingerprint = new X509Certificate(serverPem).fingerprint256;
    expect((await health({ certificatePem: serverPem, sha256: fingerprint })).status).toBe(200);
  });

  it('refuses a certificate other than the pinned one, with a clear message', async () => {
    const wrongAnchor = await refusal({ certificatePem: otherPem });
    expect(wrongAnchor.message).toMatch(/not trusted|pinned/i);
    const wrongFingerprint = await refusal({ certificatePem: serverPem, sha256: new X509Certificate(otherPem).fingerprint256 });
    expect(wrongFingerprint.message).toBe('The case service presented a certificate other than the pinned one. The connection was refused; check the server or the pin in the settings.');
  });

  it('refuses an unpinned self-signed certificate', async () => {
    expect((await refusal()).message).toMatch(/self-signed and not trusted/);
  });
});
