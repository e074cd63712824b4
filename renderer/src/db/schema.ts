import type { SealedRecord } from '../../../src/store/recordCipher';

/**
 * What the offline store keeps. Only fields needed to find records are in
 * clear (ids, hashes, status, priority, due date, sync bookkeeping); every
 * field that could identify a patient or carries clinical content is in
 * `sealed`, encrypted with the data key.
 */
export interface StoredCase {
  readonly id: string;
  readonly status: string;
  readonly priority: string;
  readonly dueAt: string;
  readonly serverVersion: number;
  /** Kept offline by its status (auto), or by the reviewer's choice. */
  readonly offline: OfflineChoice;
  /** The CaseDetail, encrypted. */
  readonly sealed: SealedRecord;
}

export type OfflineChoice = 'auto' | 'pinned' | 'unpinned';

export interface StoredFile {
  readonly sha256: string;
  readonly caseId: string;
  readonly byteLength: number;
  readonly chunkCount: number;
  /** 1 only once every chunk is written: a half-written file is never read. */
  readonly complete: 0 | 1;
}

export interface StoredChunk {
  readonly sha256: string;
  readonly index: number;
  readonly sealed: SealedRecord;
}

export interface StoredDraft {
  readonly caseId: string;
  readonly baseVersion: number;
  readonly updatedAt: number;
  readonly sealed: SealedRecord;
}

export interface StoredAnnotation {
  readonly id: string;
  readonly caseId: string;
  readonly sopInstanceUid: string;
  readonly sealed: SealedRecord;
}

export interface StoredOutboxEntry {
  readonly seq: number;
  readonly caseId: string;
  readonly state: string;
  readonly nextAttemptAt: number;
  /** The OutboxEntry (mutation text included), encrypted. */
  readonly sealed: SealedRecord;
}

export interface SyncStateRecord {
  readonly key: string;
  readonly value: string | number;
}

/** Wrapped forms of the data key (by the OS keychain, by the PIN): never the key itself. */
export interface KeyringRecord {
  readonly id: 'os' | 'pin';
  readonly wrapped: Uint8Array | { readonly salt: Uint8Array; readonly iterations: number; readonly sealed: SealedRecord };
}

/**
 * Every schema the store has had, oldest first. A released version is never
 * edited: a change is a new version with an upgrade that carries the data
 * across, tested from every older version.
 */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      cases: 'id, status, priority, dueAt',
      files: 'sha256, caseId',
      chunks: '[sha256+index], sha256',
      drafts: 'caseId',
      annotations: 'id, caseId, sopInstanceUid',
      outbox: 'seq, caseId, state, nextAttemptAt',
      syncState: 'key',
      keyring: 'id',
    },
  },
  {
    version: 2,
    stores: {
      // Pinning for offline use, and the server version to find stale copies.
      cases: 'id, status, priority, dueAt, pinned, serverVersion',
    },
  },
  {
    version: 3,
    stores: {
      // Pinned becomes a three-way choice: keep by status, always keep, never keep.
      cases: 'id, status, priority, dueAt, serverVersion, offline',
    },
  },
] as const;
