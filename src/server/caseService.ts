import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { writeCheckpoint } from './audit/checkpoints';
import { loadAuditSigningKey } from './audit/signingKey';
import { createAccessTokens } from './auth/accessTokens';
import { createLoginRateLimit } from './auth/loginRateLimit';
import { loadServerSecret } from './auth/serverSecret';
import { createFsBlobStore } from './blobs/fsBlobStore';
import { openDatabase } from './db/openDatabase';
import { createRequestHandler } from './http/requestHandler';
import type { Logger } from './http/requestHandler';
import { allRoutes } from './routes/index';
import { seedDemo } from './seed/seedDemo';
import type { SeedCaseSource } from './seed/seedCase';
import type { Services } from './services';

export interface CaseServiceOptions {
  /** TCP port; 0 picks a free one (read it back from `url`). */
  readonly port: number;
  /** Holds `db/` (PGlite, unless `databaseUrl`) and `blobs/`; created if missing. */
  readonly dataDir: string;
  /** Seed demo accounts, and demo cases when there are none yet. */
  readonly demo?: boolean;
  /** Interface to bind; loopback unless told otherwise. */
  readonly host?: string;
  /** A PostgreSQL connection URL; defaults to `DATABASE_URL`, else embedded PGlite. */
  readonly databaseUrl?: string;
  /** Request log sink; silent when omitted. */
  readonly log?: Logger;
  /** Where demo cases come from; defaults to the project's demo generator. */
  readonly demoCases?: SeedCaseSource;
  /** Serve HTTPS with this certificate and key (PEM). */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  /** How often the audit chain head is signed; 5 minutes unless told. */
  readonly checkpointIntervalMs?: number;
}

export interface RunningCaseService {
  /** Base URL such as `http://127.0.0.1:40123`; the API lives under `/api/v1`. */
  readonly url: string;
  /** Cases seeded at this start (0 unless `demo` found an empty database). */
  readonly seededCases: number;
  /** Stops accepting, lets in-flight requests finish (up to 5 s), then closes the database. Idempotent. */
  close(): Promise<void>;
}

// The demo generator is loaded only when needed, so the service starts without it.
const defaultDemoCases: SeedCaseSource = async function* (now) {
  const { generateDemoCases } = await import('./demo/demoCases');
  yield* generateDemoCases(now);
};

/**
 * Starts the case service and resolves once it accepts requests: the
 * schema is migrated and (with `demo`) seeded before the port opens, so
 * no request ever sees a half-built database.
 */
export async function startCaseService(options: CaseServiceOptions): Promise<RunningCaseService> {
  const log = options.log ?? (() => undefined);
  await mkdir(options.dataDir, { recursive: true });
  const db = await openDatabase(options.dataDir, options.databaseUrl ?? process.env.DATABASE_URL);
  let server: ReturnType<typeof createServer> | undefined;
  try {
    const blobs = createFsBlobStore(join(options.dataDir, 'blobs'));
    const seededCases = options.demo ? await seedDemo(db, blobs, options.demoCases ?? defaultDemoCases, new Date()) : 0;
    const services: Services = {
      db,
      blobs,
      accessTokens: createAccessTokens(await loadServerSecret(db)),
      loginLimit: createLoginRateLimit({ maxFailures: 5, windowMs: 5 * 60_000 }),
      auditKey: await loadAuditSigningKey(db),
    };
    const handle = createRequestHandler(allRoutes, services, log);
    const listening = options.tls
      ? createTlsServer({ requestTimeout: 120_000, cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2' }, (req, res) => void handle(req, res))
      : createServer({ requestTimeout: 120_000 }, (req, res) => void handle(req, res));
    server = listening;
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(options.port, host, () => resolve());
    });
    const { port } = listening.address() as AddressInfo;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    // Periodic signed checkpoints; several instances may race to sign one head, and the first wins.
    const checkpointTimer = setInterval(() => {
      writeCheckpoint(db, services.auditKey).catch(() => log('audit checkpoint failed'));
    }, options.checkpointIntervalMs ?? 5 * 60_000);
    checkpointTimer.unref();
    let closing: Promise<void> | null = null;
    return {
      url: `${options.tls ? 'https' : 'http'}://${urlHost}:${port}`,
      seededCases,
      close: () => (closing ??= (clearInterval(checkpointTimer), shutdown(listening, () => db.close()))),
    };
  } catch (error) {
    server?.close();
    await db.close().catch(() => undefined);
    throw error;
  }
}

async function shutdown(server: ReturnType<typeof createServer>, closeDb: () => Promise<void>): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), 5_000);
  await closed;
  clearTimeout(timer);
  await closeDb();
}
