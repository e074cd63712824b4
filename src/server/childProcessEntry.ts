/**
 * Entry of the embedded case service that the desktop app starts in an
 * Electron utility process at first start (no case service configured).
 * Configured by environment, not argv, because a utility process's argv
 * layout is Electron's business; prints the same `listening on` line as
 * the CLI so the parent can read the URL.
 */
import { startCaseService } from './caseService';

const dataDir = process.env['REVIEW_CASE_SERVICE_DATA'];
if (!dataDir) {
  console.error('REVIEW_CASE_SERVICE_DATA is not set');
  process.exit(2);
}

startCaseService({ port: 0, dataDir, demo: true, host: '127.0.0.1' }).then(
  (service) => {
    console.log(`listening on ${service.url}`);
    const stop = () => void service.close().finally(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error: unknown) => {
    console.error('embedded case service failed to start:', error instanceof Error ? error.message : 'unknown error');
    process.exit(1);
  },
);
