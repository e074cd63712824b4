import { randomUUID } from 'node:crypto';
import { ensureUser } from '../auth/users';
import type { BlobStore } from '../blobs/blobStore';
import type { Database, Queryable } from '../db/database';
import { demoPassword, demoUsers } from './demoUsers';
import type { SeedCase, SeedCaseSource } from './seedCase';

/**
 * Ensures the demo accounts exist and, only when there are no cases yet,
 * seeds cases from `source`, each in its own transaction (blobs are stored
 * first; an orphan blob after a crash is harmless). Returns how many cases
 * were added.
 */
export async function seedDemo(db: Database, blobs: BlobStore, source: SeedCaseSource, now: Date): Promise<number> {
  const userIds = new Map<string, string>();
  for (const user of demoUsers) userIds.set(user.email, await ensureUser(db, { ...user, password: demoPassword }));
  if (!(await claimSeeding(db))) return 0;
  let added = 0;
  for await (const seed of source(now)) {
    const assigneeId = userIds.get(seed.assignee.toLowerCase());
    if (!assigneeId) throw new Error(`seed case ${seed.reference} names an unknown assignee`);
    const hashes = await storeBlobs(blobs, seed);
    await db.transaction((tx) => insertCase(tx, seed, assigneeId, hashes));
    added++;
  }
  return added;
}

// Any constant: it only has to be the same for every process sharing the database.
const seedLockKey = 7_245_003;

/**
 * True for exactly one caller, the first to find no cases: instances
 * starting together against one database must not seed twice.
 */
async function claimSeeding(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [seedLockKey]);
    const [{ count } = { count: 0 }] = await tx.query<{ count: number }>('select count(*)::int as count from cases');
    if (Number(count) > 0) return false;
    const claimed = await tx.query(
      `insert into server_secrets (name, value) values ('demo_seed_claimed', $1) on conflict (name) do nothing returning 1 as claimed`,
      [new Date().toISOString()],
    );
    return claimed.length === 1;
  });
}

async function storeBlobs(blobs: BlobStore, seed: SeedCase): Promise<Map<Uint8Array, string>> {
  const hashes = new Map<Uint8Array, string>();
  for (const doc of seed.documents) hashes.set(doc.bytes, await blobs.put(doc.bytes));
  for (const study of seed.studies) {
    for (const series of study.series) {
      for (const instance of series.instances) hashes.set(instance.bytes, await blobs.put(instance.bytes));
    }
  }
  return hashes;
}

async function insertCase(tx: Queryable, seed: SeedCase, assigneeId: string, hashes: Map<Uint8Array, string>): Promise<void> {
  const caseId = randomUUID();
  const hashOf = (bytes: Uint8Array) => {
    const sha = hashes.get(bytes);
    if (!sha) throw new Error('blob was not stored before its row');
    return sha;
  };
  await tx.query(
    `insert into cases (id, reference, assignee_id, status, priority, specialty, patient, question, program, received_at, due_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [caseId, seed.reference, assigneeId, seed.status, seed.priority, seed.specialty, JSON.stringify(seed.patient),
      seed.question, seed.program, seed.receivedAt, seed.dueAt],
  );
  for (const doc of seed.documents) {
    await tx.query(
      `insert into documents (id, case_id, title, kind, date, source, page_count, sha256, byte_length)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [randomUUID(), caseId, doc.title, doc.kind, doc.date, doc.source, doc.pageCount, hashOf(doc.bytes), doc.bytes.byteLength],
    );
  }
  for (const study of seed.studies) {
    await tx.query('insert into studies (study_uid, case_id, description, date) values ($1, $2, $3, $4)', [
      study.studyUid, caseId, study.description, study.date,
    ]);
    for (const series of study.series) {
      await tx.query(
        'insert into series (series_uid, study_uid, series_number, modality, description) values ($1, $2, $3, $4, $5)',
        [series.seriesUid, study.studyUid, series.seriesNumber, series.modality, series.description],
      );
      for (const instance of series.instances) {
        await tx.query(
          'insert into instances (sop_instance_uid, series_uid, instance_number, sha256, byte_length) values ($1, $2, $3, $4, $5)',
          [instance.sopInstanceUid, series.seriesUid, instance.instanceNumber, hashOf(instance.bytes), instance.bytes.byteLength],
        );
      }
    }
  }
}
