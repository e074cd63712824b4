import type { AccessTokens } from './auth/accessTokens';
import type { LoginRateLimit } from './auth/loginRateLimit';
import type { AuditSigningKey } from './audit/signingKey';
import type { BlobStore } from './blobs/blobStore';
import type { Database } from './db/database';

/** The long-lived parts every route handler may use; built once at start. */
export interface Services {
  readonly db: Database;
  readonly blobs: BlobStore;
  readonly accessTokens: AccessTokens;
  readonly loginLimit: LoginRateLimit;
  readonly auditKey: AuditSigningKey;
}
