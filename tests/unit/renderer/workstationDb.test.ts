import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createRecordCipher } from '../../../src/store/recordCipher';
import { sha256Hex } from '../../../src/sync/sha256';
import { putFile, readFile, StoreFullError, StoredFileError } from '../../../renderer/src/db/fileStore';
import { WorkstationDb } from '../../../renderer/src/db/workstationDb';

const fresh = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('the offline store schema', () => {
  it('carries version 1 data into the current schema, with the new indexes filled', async () => {
    const deps = fresh();
    const cipher = await createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
    const v1 = new WorkstationDb('migration-test', deps, 1);
    const sealed = await cipher.sealJson('cases', 'c1', { patient: { name: 'Ada Lovelace' } });
    await v1.table('cases').put({ id: 'c1', status: 'in_review', priority: 'urgent', dueAt: '2026-12-01T00:00:00Z', sealed });
    v1.close();

    const current = new WorkstationDb('migration-test', deps);
    const migrated = await current.cases.get('c1');
    expect(migrated).toMatchObject({ id: 'c1', status: 'in_review', offline: 'auto', serverVersion: 0 });
    expect(await current.cases.where('offline').equals('auto').count()).toBe(1);
    expect(await cipher.openJson('cases', 'c1', migrated!.sealed)).toEqual({ patient: { name: 'Ada Lovelace' } });
    expect(current.verno).toBe(3);
    current.close();
  });

  it('turns a case pinned in version 2 into an offline choice of "pinned" in version 3', async () => {
    const deps = fresh();
    const cipher = await createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
    const v2 = new WorkstationDb('migration-v2', deps, 2);
    const sealed = await cipher.sealJson('cases', 'p1', {});
    await v2.table('cases').bulkPut([
      { id: 'p1', status: 'submitted', priority: 'routine', dueAt: '2026-12-01T00:00:00Z', serverVersion: 4, pinned: 1, sealed },
      { id: 'p2', status: 'in_review', priority: 'routine', dueAt: '2026-12-01T00:00:00Z', serverVersion: 2, pinned: 0, sealed },
    ]);
    v2.close();
    const current = new WorkstationDb('migration-v2', deps);
    expect(await current.cases.get('p1')).toMatchObject({ offline: 'pinned', serverVersion: 4 });
    expect(await current.cases.get('p2')).toMatchObject({ offline: 'auto' });
    expect((await current.cases.get('p1')) as unknown as Record<string, unknown>).not.toHaveProperty('pinned');
    current.close();
  });

  it('keeps PHI out of clear fields', async () => {
    const db = new WorkstationDb('clear-fields', fresh());
    const cipher = await createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
    await db.cases.put({ id: 'c2', status: 'in_review', priority: 'stat', dueAt: '2026-12-01T00:00:00Z', serverVersion: 3, offline: 'pinned', sealed: await cipher.sealJson('cases', 'c2', { patient: { name: 'Grace Hopper' } }) });
    const raw = await db.cases.get('c2');
    expect(JSON.stringify(raw, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v))).not.toContain('Hopper');
    db.close();
  });
});

describe('offline files', () => {
  it('stores a multi-chunk file encrypted and reads it back verified', async () => {
    const db = new WorkstationDb('files', fresh());
    const cipher = await createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
    const big = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const sha = await sha256Hex(big);
    await putFile(db, cipher, 'case-1', sha, big);
    expect(await db.chunks.where('sha256').equals(sha).count()).toBe(3);
    expect(await readFile(db, cipher, sha)).toEqual(big);
    expect(await readFile(db, cipher, 'f'.repeat(64))).toBeNull();
    db.close();
  });

  it('refuses bytes that do not match their hash, and a tampered chunk on read', async () => {
    const db = new WorkstationDb('tamper', fresh());
    const cipher = await createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
    const bytes = new TextEncoder().encode('%PDF-1.7 referral letter');
    await expect(putFile(db, cipher, 'case-1', 'a'.repeat(64), bytes)).rejects.toThrow(StoredFileError);
    const sha = await sha256Hex(bytes);
    await putFile(db, cipher, 'case-1', sha, bytes);
    const chunk = (await db.chunks.get([sha, 0]))!;
    const data = new Uint8Array(chunk.sealed.data);
    data[0]! ^= 0xff;
    await db.chunks.put({ ...chunk, sealed: { ...chunk.sealed, data } });
    await expect(readFile(db, cipher, sha)).rejects.toThrow(/integrity check/);
    db.close();
  });

  it('leaves nothing half-written when the quota runs out, and says so clearly', async () => {
    const db = new WorkstationDb('quota', fresh());
    const cipher = await createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
    const bytes = new Uint8Array(3 * 1024 * 1024).fill(7);
    const sha = await sha256Hex(bytes);
    const realPut = db.files.put.bind(db.files);
    db.files.put = (() => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))) as never;
    await expect(putFile(db, cipher, 'case-1', sha, bytes)).rejects.toThrow(StoreFullError);
    expect(await db.chunks.where('sha256').equals(sha).count()).toBe(0);
    db.files.put = realPut;
    db.close();
  });
});
