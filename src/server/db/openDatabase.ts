import { join } from 'node:path';
import type { Database } from './database';
import { applyMigrations } from './migrations';
import { openPgliteDatabase } from './pgliteDatabase';
import { openPostgresDatabase } from './postgresDatabase';

/**
 * Opens PostgreSQL when `databaseUrl` is given, else PGlite under
 * `<dataDir>/db`, and brings the schema up to date before returning.
 */
export async function openDatabase(dataDir: string, databaseUrl: string | undefined): Promise<Database> {
  const db = databaseUrl ? await openPostgresDatabase(databaseUrl) : await openPgliteDatabase(join(dataDir, 'db'));
  try {
    await applyMigrations(db);
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
