/**
 * The case service under load from this (separate) process on loopback,
 * 50 concurrent connections: sync pull and sync push, requests per second
 * and p99 latency, each against `GET /health` on the same server in the
 * same run (the raw cost of an HTTP round trip through the service).
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { Options, Request } from 'autocannon';
import { startCaseServiceProcess } from '../../host/caseServiceProcess';
import type { FigureSource } from '../figure';
import { figure } from '../figure';

const connections = 50;
const duration = Number(process.env.BENCH_LOAD_SECONDS ?? 6);

async function load(options: Omit<Options, 'connections' | 'duration'>) {
  const result = await autocannon({ ...options, connections, duration });
  if (result.errors || result.timeouts) throw new Error(`load run had ${result.errors} errors and ${result.timeouts} timeouts`);
  if (result.non2xx) throw new Error(`load run had ${result.non2xx} non-2xx answers`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

export const caseServiceLoad: FigureSource = {
  name: 'service.load',
  measure: async () => {
    const service = await startCaseServiceProcess({ demo: true });
    try {
      const login = await fetch(`${service.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'specialist@demo.test', password: 'demo-password' }),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const auth = { authorization: `Bearer ${accessToken}` };
      const cases = ((await (await fetch(`${service.url}/api/v1/cases`, { headers: auth })).json()) as { cases: { id: string }[] }).cases;

      const health = await load({ url: `${service.url}/api/v1/health` });
      const pull = await load({ url: `${service.url}/api/v1/sync/pull?cursor=0`, headers: auth });
      let n = 0;
      const push = await load({
        url: `${service.url}/api/v1/sync/push`,
        requests: [{
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          // Every request is a new client's first save of a draft: a full claim, apply and audit each time.
          setupRequest: (request: Request) => ({
            ...request,
            body: JSON.stringify({
              clientId: randomUUID(),
              mutations: [{ id: randomUUID(), type: 'draft.save', caseId: cases[n++ % cases.length]!.id, baseVersion: 0, payload: { text: `load ${n}` } }],
            }),
          }),
        }],
      });
      return [
        figure('service.pull_rps', pull.rps, health.rps, 'req/s', '>= 0.1 (of GET /health)'),
        figure('service.pull_p99_ms', pull.p99, health.p99, 'ms', '<= 20 (of GET /health)'),
        figure('service.push_rps', push.rps, health.rps, 'req/s', '>= 0.02 (of GET /health)'),
        figure('service.push_p99_ms', push.p99, health.p99, 'ms', '<= 100 (of GET /health)'),
      ];
    } finally {
      await service.stop();
    }
  },
};
