import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../src/host/router';
import type { Handlers } from '../../../src/host/router';
import { HostError } from '../../../src/host/hostError';
import { channels } from '../../../src/host/contract';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  const refuse = async () => {
    throw new HostError('internal', 'not used in this test');
  };
  return Object.fromEntries(channels.map((c) => [c, overrides[c] ?? refuse])) as Handlers;
}

describe('host router', () => {
  it('returns the handler value in an ok envelope', async () => {
    const router = createRouter(handlersWith({ 'case.get': async ({ caseId }) => ({ id: caseId }) as never }));
    expect(await router('case.get', { caseId: 'c-1' })).toEqual({ ok: true, value: { id: 'c-1' } });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const result = await createRouter(handlersWith({}))('fs.readFile', { path: '/etc/passwd' });
    expect(result).toEqual({ ok: false, error: { name: 'HostError', code: 'unknown_channel', message: 'Unknown host channel.' } });
  });

  it('refuses arguments that fail the schema and names the field', async () => {
    let called = false;
    const router = createRouter(handlersWith({ 'document.bytes': async () => ((called = true), new Uint8Array()) }));
    const result = await router('document.bytes', { caseId: 'c-1', sha256: '../../etc/passwd' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_argument');
      expect(result.error.message).toContain('"sha256"');
    }
    expect(called).toBe(false);
  });

  it('refuses extra argument fields (strict schemas)', async () => {
    const result = await createRouter(handlersWith({}))('session.get', { admin: true });
    expect(result.ok).toBe(false);
  });

  it('keeps a HostError code and message across the envelope', async () => {
    const router = createRouter(handlersWith({ 'queue.list': async () => { throw new HostError('network', 'offline'); } }));
    expect(await router('queue.list', {})).toEqual({ ok: false, error: { name: 'HostError', code: 'network', message: 'offline' } });
  });

  it('hides the detail of unexpected errors from the renderer but reports them', async () => {
    const seen: string[] = [];
    const router = createRouter(
      handlersWith({ 'queue.list': async () => { throw new Error('secret path /home/user/patient.pdf'); } }),
      (channel) => seen.push(channel),
    );
    const result = await router('queue.list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toContain('patient');
    }
    expect(seen).toEqual(['queue.list']);
  });
});
