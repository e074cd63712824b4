import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpError } from './httpError';

/** Request bodies above 1 MiB are refused with 413. */
export const maxBodyBytes = 1024 * 1024;
// Past this much we stop politely draining an oversized body and drop the connection.
const maxDrainBytes = 16 * maxBodyBytes;

/**
 * Reads and parses a JSON body of at most `limit` bytes. Throws HttpError
 * 413 when larger (after draining the rest, so the client can read the
 * answer) and 400 when it is not JSON.
 */
export async function readJsonBody(req: IncomingMessage, limit = maxBodyBytes): Promise<unknown> {
  const text = (await readRawBody(req, limit)).toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'invalid_json', 'The request body is empty; a JSON object was expected.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // V8's message quotes the body; it is not echoed, since bodies may hold PHI.
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
}

/** Reads a body of at most `limit` bytes; 413 (after draining up to a point, so the client can read the answer) when larger. */
export async function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  const drainLimit = Math.max(maxDrainBytes, limit + maxBodyBytes);
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > drainLimit) {
      req.destroy();
      break;
    }
    if (received <= limit && !(declared > limit)) chunks.push(chunk);
  }
  if (received > limit || declared > limit) {
    throw new HttpError(413, 'payload_too_large', `The request body is larger than ${limit} bytes.`, { connection: 'close' });
  }
  return Buffer.concat(chunks);
}

/** Validates `value` against `schema`, or throws 400 naming the first offending field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(body)';
  throw new HttpError(400, 'invalid_request', `Invalid field "${field}": ${issue?.message ?? 'invalid value'}.`);
}
