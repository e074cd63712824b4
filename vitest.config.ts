import { defineConfig } from 'vitest/config';

const shared = { environment: 'node', testTimeout: 30_000, hookTimeout: 60_000, pool: 'forks' } as const;

// The server suite runs twice: on embedded PGlite (with everything else) and
// on a real PostgreSQL server, the two databases the case service supports.
const serverSuiteOnPostgres = ['tests/unit/server/**/*.test.ts'];
const notDatabaseBound = ['tests/unit/server/demoCases.test.ts', 'tests/unit/server/canonicalJson.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          ...shared,
          name: 'server-postgres',
          include: serverSuiteOnPostgres,
          exclude: notDatabaseBound,
          globalSetup: ['tests/unit/server/support/postgresGlobalSetup.ts'],
        },
      },
    ],
  },
});
