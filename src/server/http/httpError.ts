/**
 * An error that becomes an HTTP answer `{ error: { code, message } }`.
 * Its message is shown to clients, so it must never carry PHI, tokens or
 * internal detail.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The one answer for "does not exist or is not yours": both look the same from outside. */
export const notFound = () => new HttpError(404, 'not_found', 'Not found.');
