import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from '../../../host/postgresCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL for this run, or '' for the embedded database. */
    databaseServerUrl: string;
  }
}

/** Starts one cluster for the whole PostgreSQL run; each test service gets a fresh database on it. */
export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgresCluster();
  project.provide('databaseServerUrl', cluster.url);
  return () => cluster.stop();
}
