/**
 * A direct client of the case service for tests, to check what the server
 * holds independently of the UI.
 */
export type ApiSession = Readonly<{
  token: string;
  get: (path: string) => Promise<{ status: number; json: unknown }>;
  post: (path: string, body: unknown) => Promise<{ status: number; json: unknown }>;
}>;

export async function signInToApi(serverUrl: string, email: string, password = 'demo-password'): Promise<ApiSession> {
  const response = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${email} failed: ${response.status}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return {
    token: accessToken,
    get: async (path) => {
      const answer = await fetch(`${serverUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
      const text = await answer.text();
      return { status: answer.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
    post: async (path, body) => {
      const answer = await fetch(`${serverUrl}/api/v1${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await answer.text();
      return { status: answer.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
  };
}
