import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCheckpointSignature } from '../../../src/audit/checkpoint';
import type { AuditCheckpoint } from '../../../src/audit/checkpoint';
import { verifyAuditTrail, writeCheckpoint } from '../../../src/server/audit/checkpoints';
import { loadAuditSigningKey } from '../../../src/server/audit/signingKey';
import { openDatabase } from '../../../src/server/db/openDatabase';
import { startTestService } from './support/testService';

let env: Awaited<ReturnType<typeof startTestService>>;
beforeAll(async () => {
  env = await startTestService();
  // Some history: sign-ins and case reads.
  for (const who of ['specialist', 'director', 'admin'] as const) {
    const token = await env.api.token(who);
    for (const c of (await env.api.get('/cases', token)).body.cases.slice(0, 3)) await env.api.get(`/cases/${c.id}`, token);
  }
});
afterAll(async () => {
  await env?.stop();
});

describe('the audit trail over HTTP', () => {
  it('lets a director sign a checkpoint that anyone can check with the published key (WebCrypto)', async () => {
    const director = await env.api.token('director');
    const created = await env.api.post('/audit/checkpoints', {}, director);
    expect(created.status).toBe(201);
    const checkpoint = created.body.checkpoint as AuditCheckpoint;
    const key = (await env.api.get('/audit/public-key', await env.api.token('specialist'))).body;
    expect(key).toMatchObject({ algorithm: 'Ed25519', keyId: checkpoint.keyId });
    const spki = new Uint8Array(Buffer.from(key.spki, 'base64'));
    expect(await verifyCheckpointSignature(checkpoint, spki)).toBe(true);
    expect(await verifyCheckpointSignature({ ...checkpoint, seq: checkpoint.seq + 1 }, spki)).toBe(false);
    // Signing the same head again changes nothing.
    expect((await env.api.post('/audit/checkpoints', {}, director)).status).toBe(201);
  });

  it('verifies an intact chain and pages events to auditors only', async () => {
    const verify = await env.api.get('/audit/verify', await env.api.token('admin'));
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ ok: true, checkpoints: expect.any(Number) });
    expect(verify.body.events).toBeGreaterThan(5);
    const page = await env.api.get('/audit/events?after=2&limit=3', await env.api.token('director'));
    expect(page.body.events.map((e: { seq: number }) => e.seq)).toEqual([3, 4, 5]);
    expect(JSON.stringify(page.body.events)).not.toMatch(/Patient T-/);
    for (const who of ['specialist', 'radiologist'] as const) {
      expect((await env.api.get('/audit/verify', await env.api.token(who))).status).toBe(403);
      expect((await env.api.get('/audit/events', await env.api.token(who))).status).toBe(403);
    }
    expect((await env.api.get('/audit/verify')).status).toBe(401);
  });
});

describe('verifying a tampered chain', () => {
  it('finds an edited event, a removed event and a forged checkpoint, each at the first place it breaks', async () => {
    await env.service.close();
    const db = await openDatabase(env.dataDir, env.databaseUrl);
    try {
      const key = await loadAuditSigningKey(db);
      expect(await writeCheckpoint(db, key)).not.toBeNull();
      expect((await verifyAuditTrail(db, key)).ok).toBe(true);

      // What someone with database access might try; the trigger refuses until they disable it.
      await expect(db.query("update audit_events set action = 'nothing' where seq = 4")).rejects.toThrow(/append-only/);
      await db.exec('alter table audit_events disable trigger audit_events_no_update');
      await db.query(`update audit_events set detail = '{"forged":true}' where seq = 4`);
      expect(await verifyAuditTrail(db, key)).toMatchObject({ ok: false, firstBreak: { seq: 4, reason: 'hash' } });

      await db.query('delete from audit_events where seq = 2');
      expect(await verifyAuditTrail(db, key)).toMatchObject({ ok: false, firstBreak: { seq: 3, reason: 'sequence' } });

      const other = { publicKeySpki: (await import('node:crypto')).generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }) };
      expect(await verifyAuditTrail(db, other)).toMatchObject({ ok: false, firstBreak: { reason: 'checkpoint_signature' } });
    } finally {
      await db.close();
    }
  });
});
