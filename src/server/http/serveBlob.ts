import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from '../blobs/blobStore';
import { decideRange } from './byteRange';
import { notFound } from './httpError';

/**
 * Sends a stored blob with its content address as a strong ETag. Honours
 * `If-None-Match` (304), a single `Range` (206, or 416 past the end) and
 * `If-Range`. Blobs never change under their name, so any matching ETag
 * means the client already has exactly these bytes.
 */
export async function serveBlob(
  req: IncomingMessage,
  res: ServerResponse,
  store: BlobStore,
  sha256: string,
  contentType: string,
): Promise<void> {
  const info = await store.stat(sha256);
  if (!info) throw notFound();
  const etag = `"${sha256}"`;
  res.setHeader('etag', etag);
  res.setHeader('accept-ranges', 'bytes');
  // PHI: cacheable only by the one client that asked, and revalidated each time.
  res.setHeader('cache-control', 'private, no-cache');

  if (matchesEtag(req.headers['if-none-match'], etag)) {
    res.writeHead(304).end();
    return;
  }
  const ifRange = req.headers['if-range'];
  const rangeHeader = ifRange === undefined || ifRange === etag ? req.headers.range : undefined;
  const decision = decideRange(rangeHeader, info.size);
  switch (decision.kind) {
    case 'unsatisfiable':
      res.writeHead(416, { 'content-range': `bytes */${info.size}`, 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'range_not_satisfiable', message: 'The requested range is outside the file.' } }));
      return;
    case 'partial': {
      const { start, end } = decision.range;
      res.writeHead(206, {
        'content-type': contentType,
        'content-length': String(end - start + 1),
        'content-range': `bytes ${start}-${end}/${info.size}`,
      });
      await pipeline(store.open(sha256, decision.range), res);
      return;
    }
    case 'full':
      res.writeHead(200, { 'content-type': contentType, 'content-length': String(info.size) });
      if (info.size === 0) {
        res.end();
        return;
      }
      await pipeline(store.open(sha256), res);
      return;
    default: {
      const unhandled: never = decision;
      throw new Error(`unhandled range decision ${JSON.stringify(unhandled)}`);
    }
  }
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const value = candidate.trim().replace(/^W\//, '');
    return value === '*' || value === etag;
  });
}
