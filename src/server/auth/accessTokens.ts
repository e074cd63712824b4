import { createHmac, timingSafeEqual } from 'node:crypto';

/** Access tokens live 15 minutes; revocation is the refresh token's job. */
export const accessTokenSeconds = 15 * 60;

/** What an access token asserts: who, and until when (Unix seconds). */
export interface AccessClaims {
  readonly sub: string;
  readonly exp: number;
}

/**
 * Stateless access tokens: `v1.<base64url(JSON claims)>.<base64url(HMAC-SHA256)>`
 * under a server secret. A token verifies only with that secret and before
 * `exp`; the user is still looked up on every request, so deleting a user
 * takes effect at once.
 */
export function createAccessTokens(secret: Buffer, now: () => number = Date.now) {
  const sign = (payload: string) => createHmac('sha256', secret).update(`v1.${payload}`).digest('base64url');

  return {
    issue(userId: string): { token: string; expiresIn: number } {
      const claims: AccessClaims = { sub: userId, exp: Math.floor(now() / 1000) + accessTokenSeconds };
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return { token: `v1.${payload}.${sign(payload)}`, expiresIn: accessTokenSeconds };
    },

    /** The claims of a valid, unexpired token; null for anything else. */
    verify(token: string): AccessClaims | null {
      const [version, payload, signature] = token.split('.');
      if (version !== 'v1' || !payload || !signature) return null;
      const expected = Buffer.from(sign(payload), 'base64url');
      const actual = Buffer.from(signature, 'base64url');
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
      let claims: unknown;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
      if (!isClaims(claims) || claims.exp * 1000 <= now()) return null;
      return claims;
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;

function isClaims(value: unknown): value is AccessClaims {
  if (typeof value !== 'object' || value === null) return false;
  const { sub, exp } = value as Record<string, unknown>;
  return typeof sub === 'string' && typeof exp === 'number';
}
