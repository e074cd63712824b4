/**
 * The host's HTTP client on Node's http/https. No electron import: the
 * browser test host runs this same file. Bodies are capped so a hostile
 * server cannot exhaust memory, and every request has a deadline.
 */
import http from 'node:http';
import https from 'node:https';
import type { HttpRequest, HttpResponse, HttpTransport } from '../../../src/host/ports';
import { HostError } from '../../../src/host/hostError';

export type NodeHttpOptions = Readonly<{
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Only plain http to loopback is allowed; anything else must be https. */
  allowInsecureLoopback?: boolean;
}>;

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function createNodeHttpTransport(options: NodeHttpOptions = {}): HttpTransport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxResponseBytes ?? 512 * 1024 * 1024;
  return {
    send: (request) => send(request, timeoutMs, maxBytes, options.allowInsecureLoopback ?? true),
  };
}

function send(request: HttpRequest, timeoutMs: number, maxBytes: number, allowLoopback: boolean): Promise<HttpResponse> {
  const url = new URL(request.url);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowLoopback && loopbackHosts.has(url.hostname))) {
    return Promise.reject(new HostError('network', 'The case service address must start with https:// (plain http is allowed only to this computer).'));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      { method: request.method, headers: { ...request.headers, ...(request.body ? { 'content-length': String(request.body.byteLength) } : {}) }, timeout: timeoutMs },
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
    req.on('error', reject);
    req.end(request.body ? Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength) : undefined);
  });
}
