import Dexie from 'dexie';
import type { DexieOptions, Table, Transaction } from 'dexie';
import type {
  KeyringRecord, StoredAnnotation, StoredCase, StoredChunk, StoredDraft, StoredFile, StoredOutboxEntry, SyncStateRecord,
} from './schema';
import { schemaVersions } from './schema';

/** Data carried across a schema change; each upgrade runs once, in order, inside the upgrade transaction. */
const upgrades: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  2: async (tx) => {
    await tx.table('cases').toCollection().modify((record: Record<string, unknown>) => {
      record.pinned ??= 0;
      record.serverVersion ??= 0;
    });
  },
  3: async (tx) => {
    await tx.table('cases').toCollection().modify((record: Record<string, unknown>) => {
      record.offline = record.pinned === 1 ? 'pinned' : 'auto';
      delete record.pinned;
    });
  },
};

export class WorkstationDb extends Dexie {
  declare cases: Table<StoredCase, string>;
  declare files: Table<StoredFile, string>;
  declare chunks: Table<StoredChunk, [string, number]>;
  declare drafts: Table<StoredDraft, string>;
  declare annotations: Table<StoredAnnotation, string>;
  declare outbox: Table<StoredOutboxEntry, number>;
  declare syncState: Table<SyncStateRecord, string>;
  declare keyring: Table<KeyringRecord, string>;

  /** `upToVersion` opens an older schema: only tests of the migrations use it. */
  constructor(name: string, options: DexieOptions = {}, upToVersion = Infinity) {
    super(name, options);
    for (const { version, stores } of schemaVersions) {
      if (version > upToVersion) break;
      const declared = this.version(version).stores(stores);
      const upgrade = upgrades[version];
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/** The signed-in user's store: one database per user on this machine, so accounts never share records. */
export function openWorkstationDb(userId: string, options: DexieOptions = {}): WorkstationDb {
  return new WorkstationDb(`review-workstation-${userId}`, options);
}
