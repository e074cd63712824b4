/** What a route handler answers; the server turns it into bytes on the wire. */
export type Reply =
  | Readonly<{ kind: 'json'; status: number; body: unknown }>
  | Readonly<{ kind: 'empty'; status: number }>
  | Readonly<{ kind: 'blob'; sha256: string; contentType: string }>;

export const json = (body: unknown, status = 200): Reply => ({ kind: 'json', status, body });
export const empty = (status = 204): Reply => ({ kind: 'empty', status });
export const blob = (sha256: string, contentType: string): Reply => ({ kind: 'blob', sha256, contentType });
