import pg from 'pg';
import type { Database, Queryable } from './database';

/** Connects a pool to a PostgreSQL server; each transaction holds one pooled client from BEGIN to COMMIT/ROLLBACK. */
export async function openPostgresDatabase(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // Fail at start, not on the first request, when the URL is wrong.
  await pool.query('select 1');
  const run = async <T>(client: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[]) =>
    (await client.query(sql, [...params])).rows as T[];
  return {
    kind: 'postgres',
    query: <T>(sql: string, params: readonly unknown[] = []) => run<T>(pool, sql, params),
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<R>(fn: (tx: Queryable) => Promise<R>) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({
          query: <T>(sql: string, params: readonly unknown[] = []) => run<T>(client, sql, params),
          exec: async (sql: string) => {
            await client.query(sql);
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
