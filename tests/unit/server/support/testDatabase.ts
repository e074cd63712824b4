import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import './postgresGlobalSetup';

/**
 * In the PostgreSQL run, a fresh database on the test cluster (dropped by
 * `drop`); in the embedded run, undefined (PGlite under the data dir).
 */
export async function freshTestDatabase(): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  const server = inject('databaseServerUrl');
  if (!server) return { url: undefined, drop: async () => undefined };
  const name = `case_service_${randomUUID().replaceAll('-', '')}`;
  await withAdmin(server, (client) => client.query(`create database ${name}`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(server, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

async function withAdmin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
