import type { User } from '../../domain/case';
import type { Services } from '../services';
import { findUserById, publicUser } from './users';

/**
 * The user behind an `Authorization: Bearer <access token>` header, or null
 * when the header is missing, malformed, forged, expired, or names a user
 * that no longer exists.
 */
export async function authenticate(services: Services, header: string | undefined): Promise<User | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const claims = services.accessTokens.verify(match[1]);
  if (!claims) return null;
  const user = await findUserById(services.db, claims.sub);
  return user ? publicUser(user) : null;
}
