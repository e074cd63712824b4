import { createRecordCipher } from '../../../src/store/recordCipher';
import type { RecordCipher } from '../../../src/store/recordCipher';
import { call } from '../platform/host';
import { openWorkstationDb } from '../db/workstationDb';
import type { WorkstationDb } from '../db/workstationDb';

export interface LocalStore {
  readonly db: WorkstationDb;
  readonly cipher: RecordCipher;
}

/**
 * Opens the signed-in user's encrypted store. The data key is made once,
 * kept only wrapped by the OS keychain (through the host), and unwrapped
 * into a non-extractable WebCrypto key for this session.
 */
export async function openLocalStore(userId: string): Promise<LocalStore> {
  const db = openWorkstationDb(userId);
  const wrapped = await db.keyring.get('os');
  let rawKey: Uint8Array;
  if (wrapped && wrapped.wrapped instanceof Uint8Array) {
    rawKey = await call('keychain.unwrap', { wrapped: wrapped.wrapped });
  } else {
    rawKey = crypto.getRandomValues(new Uint8Array(32));
    await db.keyring.put({ id: 'os', wrapped: await call('keychain.wrap', { key: rawKey }) });
  }
  const cipher = await createRecordCipher(rawKey);
  rawKey.fill(0);
  return { db, cipher };
}
