import type { TokenResponse } from '../../sync/protocol';
import { apiPrefix, LoginRequestSchema, RefreshRequestSchema } from '../../sync/protocol';
import { appendAuditEvent, recordAuditEvent } from '../audit/auditLog';
import { burnPasswordCheck, verifyPassword } from '../auth/password';
import { issueRefreshToken, revokeRefreshToken, rotateRefreshToken } from '../auth/refreshTokens';
import { findUserByEmail, findUserById, publicUser } from '../auth/users';
import type { StoredUser } from '../auth/users';
import { HttpError } from '../http/httpError';
import { validate } from '../http/jsonBody';
import { empty, json } from '../http/reply';
import type { Route } from '../http/route';
import { publicRoute } from '../http/route';
import type { Services } from '../services';

const invalidCredentials = () => new HttpError(401, 'invalid_credentials', 'Email or password is not correct.');

function tokenResponse(services: Services, user: StoredUser, refreshToken: string): TokenResponse {
  const access = services.accessTokens.issue(user.id);
  return { accessToken: access.token, refreshToken, expiresIn: access.expiresIn, user: publicUser(user) };
}

/** Login, refresh (rotating) and logout. Passwords and tokens are never logged or audited. */
export const authRoutes: readonly Route[] = [
  publicRoute('auth.login', 'POST', `${apiPrefix}/auth/login`, async ({ services, body }) => {
    const { email: rawEmail, password } = validate(LoginRequestSchema, await body());
    const email = rawEmail.toLowerCase();
    const { db, loginLimit } = services;
    const retryAfter = loginLimit.retryAfterSeconds(email);
    if (retryAfter > 0) {
      await recordAuditEvent(db, { actorId: null, action: 'auth.login.rate_limited', detail: { email } });
      throw new HttpError(429, 'rate_limited', 'Too many failed sign-in attempts. Try again later.', {
        'retry-after': String(retryAfter),
      });
    }
    const user = await findUserByEmail(db, email);
    const valid = user ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
    if (!user || !valid) {
      loginLimit.recordFailure(email);
      await recordAuditEvent(db, { actorId: user?.id ?? null, action: 'auth.login.failed', detail: { email } });
      throw invalidCredentials();
    }
    loginLimit.recordSuccess(email);
    const refreshToken = await db.transaction(async (tx) => {
      await appendAuditEvent(tx, { actorId: user.id, action: 'auth.login', detail: { email } });
      return issueRefreshToken(tx, user.id);
    });
    return json(tokenResponse(services, user, refreshToken));
  }),

  publicRoute('auth.refresh', 'POST', `${apiPrefix}/auth/refresh`, async ({ services, body }) => {
    const { refreshToken } = validate(RefreshRequestSchema, await body());
    const outcome = await services.db.transaction(async (tx) => {
      const result = await rotateRefreshToken(tx, refreshToken);
      if (result.kind === 'reused') {
        await appendAuditEvent(tx, { actorId: result.userId, action: 'auth.refresh.reused' });
      }
      return result;
    });
    if (outcome.kind !== 'rotated') {
      throw new HttpError(401, 'unauthenticated', 'The session has ended. Sign in again.');
    }
    const user = await findUserById(services.db, outcome.userId);
    if (!user) throw new HttpError(401, 'unauthenticated', 'The session has ended. Sign in again.');
    return json(tokenResponse(services, user, outcome.token));
  }),

  publicRoute('auth.logout', 'POST', `${apiPrefix}/auth/logout`, async ({ services, body }) => {
    const { refreshToken } = validate(RefreshRequestSchema, await body());
    await services.db.transaction(async (tx) => {
      const userId = await revokeRefreshToken(tx, refreshToken);
      if (userId) await appendAuditEvent(tx, { actorId: userId, action: 'auth.logout' });
    });
    // 204 even for an unknown token: logout must not reveal which tokens exist.
    return empty(204);
  }),
];
