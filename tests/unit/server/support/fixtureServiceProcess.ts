/**
 * A case service in a process of its own, seeded with the fixture cases:
 *   node --import tsx tests/unit/server/support/fixtureServiceProcess.ts <dataDir> [databaseUrl]
 * for tests that kill and restart the server.
 */
import { startCaseService } from '../../../../src/server/caseService';
import { fixtureCases } from './fixtureCases';

const [dataDir, databaseUrl] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: fixtureServiceProcess <dataDir> [databaseUrl]');
const service = await startCaseService({ port: 0, dataDir, demo: true, demoCases: fixtureCases, ...(databaseUrl ? { databaseUrl } : {}) });
console.log(`listening on ${service.url}`);
