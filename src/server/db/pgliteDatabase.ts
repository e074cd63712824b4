import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

/** Opens (creating if needed) an embedded PGlite database in `dir`. PGlite is single-connection, so its own mutex serializes transactions. */
export async function openPgliteDatabase(dir: string): Promise<Database> {
  const pg = await PGlite.create(dir);
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await pg.query<T>(sql, [...params])).rows;
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
    async transaction<R>(fn: (tx: Queryable) => Promise<R>) {
      return pg.transaction(async (tx) =>
        fn({
          query: async <T>(sql: string, params: readonly unknown[] = []) => (await tx.query<T>(sql, [...params])).rows,
          exec: async (sql: string) => {
            await tx.exec(sql);
          },
        }),
      );
    },
    async close() {
      await pg.close();
    },
  };
}
