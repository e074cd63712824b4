/**
 * The case service's command line:
 *   npm run case-service -- --port <n> --data <dir> [--demo] [--host 127.0.0.1] [--tls-cert <pem> --tls-key <pem>]
 * Prints `listening on <url>` once requests are accepted; stops cleanly on
 * SIGTERM or SIGINT.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startCaseService } from './caseService';
import { demoPassword, demoUsers } from './seed/demoUsers';

const usage = 'usage: case-service --port <n> --data <dir> [--demo] [--host 127.0.0.1] [--tls-cert <pem> --tls-key <pem>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      demo: { type: 'boolean', default: false },
      host: { type: 'string', default: '127.0.0.1' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  const tlsFlags = [values['tls-cert'], values['tls-key']].filter(Boolean).length;
  if (values.port === undefined || !Number.isInteger(port) || port < 0 || port > 65_535 || !values.data || tlsFlags === 1) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const service = await startCaseService({
    port,
    dataDir: values.data,
    demo: values.demo,
    host: values.host,
    log: (line) => console.log(line),
    ...(values['tls-cert'] && values['tls-key']
      ? { tls: { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) } }
      : {}),
  });
  if (values.demo) {
    console.log(`demo data: ${service.seededCases} cases added; accounts (password "${demoPassword}"):`);
    for (const user of demoUsers) console.log(`  ${user.email.padEnd(24)} ${user.role.padEnd(12)} ${user.name}`);
  }
  console.log(`listening on ${service.url}`);

  const stop = (signal: string) => {
    console.log(`${signal}: shutting down`);
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed', error instanceof Error ? error.constructor.name : error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('case service failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
