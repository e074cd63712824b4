/**
 * The host's HTTP client on Node's http/https. No electron import: the
 * browser test host runs this same file. Bodies are capped so a hostile
 * server cannot exhaust memory, and every request has a deadline.
 */
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { PeerCertificate } from 'node:tls';
import type { HttpRequest, HttpResponse, HttpTransport } from '../../../src/host/ports';
import { HostError } from '../../../src/host/hostError';

export type NodeHttpOptions = Readonly<{
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Only plain http to loopback is allowed; anything else must be https. */
  allowInsecureLoopback?: boolean;
  /** Certificate pinning for the case service. */
  pin?: ServerCertificatePin;
}>;

export type ServerCertificatePin = Readonly<{
  /** PEM of the server's own certificate (or its CA): the only trust anchor, so a self-signed server works. */
  certificatePem?: string;
  /** SHA-256 fingerprint of the server's certificate (hex, colons optional): any other certificate is refused. */
  sha256?: string;
}>;

const normalizeFingerprint = (text: string) => text.replaceAll(':', '').toLowerCase();

/**
 * TLS options that enforce the pin during the handshake: the connection is
 * torn down before any request byte is sent when the certificate differs.
 */
function pinnedTlsOptions(pin: ServerCertificatePin | undefined): https.RequestOptions {
  if (!pin?.certificatePem && !pin?.sha256) return {};
  return {
    ...(pin.certificatePem ? { ca: pin.certificatePem } : {}),
    rejectUnauthorized: true,
    // A pinned connection gets a socket of its own, never one pooled for another server.
    agent: false,
    checkServerIdentity: (host: string, certificate: PeerCertificate) => {
      const nameError = tls.checkServerIdentity(host, certificate);
      if (nameError) return nameError;
      if (pin.sha256 && normalizeFingerprint(certificate.fingerprint256) !== normalizeFingerprint(pin.sha256)) {
        return Object.assign(new Error('certificate does not match the pin'), { code: 'CERT_PIN_MISMATCH' });
      }
      return undefined;
    },
  };
}

const tlsErrorMessages: Readonly<Record<string, string>> = {
  CERT_PIN_MISMATCH: 'The case service presented a certificate other than the pinned one. The connection was refused; check the server or the pin in the settings.',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'The case service\'s certificate is self-signed and not trusted. Pin it in the settings (serverCertificatePath) to trust it.',
  SELF_SIGNED_CERT_IN_CHAIN: 'The case service\'s certificate is not trusted. Pin it in the settings to trust it.',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'The case service\'s certificate is not trusted. Pin it in the settings to trust it.',
  CERT_HAS_EXPIRED: 'The case service\'s certificate has expired.',
  ERR_TLS_CERT_ALTNAME_INVALID: 'The case service\'s certificate is for another address.',
};

function describeTlsError(error: unknown): Error {
  const code = (error as { code?: string }).code;
  const message = code ? tlsErrorMessages[code] : undefined;
  return message ? new HostError('network', message) : (error as Error);
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function createNodeHttpTransport(options: NodeHttpOptions = {}): HttpTransport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxResponseBytes ?? 512 * 1024 * 1024;
  return {
    send: (request) => send(request, timeoutMs, maxBytes, options.allowInsecureLoopback ?? true, pinnedTlsOptions(options.pin)),
  };
}

function send(request: HttpRequest, timeoutMs: number, maxBytes: number, allowLoopback: boolean, tlsOptions: https.RequestOptions): Promise<HttpResponse> {
  const url = new URL(request.url);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowLoopback && loopbackHosts.has(url.hostname))) {
    return Promise.reject(new HostError('network', 'The case service address must start with https:// (plain http is allowed only to this computer).'));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: request.method,
        headers: { ...request.headers, ...(request.body ? { 'content-length': String(request.body.byteLength) } : {}) },
        timeout: timeoutMs,
        ...(url.protocol === 'https:' ? tlsOptions : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let total = 0;
        res.on('data', (chunk: Buffer) => {
          total += chunk.byteLength;
          if (total > maxBytes) {
            req.destroy(new Error('Response larger than allowed.'));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('The request timed out.')));
    req.on('error', (error) => reject(describeTlsError(error)));
    req.end(request.body ? Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength) : undefined);
  });
}
