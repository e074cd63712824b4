/**
 * Encryption at rest for the offline store: AES-256-GCM with a fresh random
 * IV per write, and the table and record key bound as additional data, so
 * a ciphertext moved to another record or table fails to decrypt just as a
 * tampered one does.
 */
export interface SealedRecord {
  /** Envelope version: how to read `iv` and `data`. */
  readonly v: 1;
  readonly iv: Uint8Array;
  readonly data: Uint8Array;
}

export class RecordCipherError extends Error {
  override readonly name = 'RecordCipherError';
}

const ivBytes = 12;
const encoder = new TextEncoder();

export interface RecordCipher {
  seal(table: string, key: string, plaintext: Uint8Array): Promise<SealedRecord>;
  open(table: string, key: string, sealed: SealedRecord): Promise<Uint8Array>;
  sealJson(table: string, key: string, value: unknown): Promise<SealedRecord>;
  openJson<T>(table: string, key: string, sealed: SealedRecord): Promise<T>;
}

/** A cipher over a raw 256-bit data key; the key itself is never kept in extractable form. */
export async function createRecordCipher(rawKey: Uint8Array): Promise<RecordCipher> {
  if (rawKey.byteLength !== 32) throw new RecordCipherError('The data key must be 256 bits.');
  const key = await crypto.subtle.importKey('raw', rawKey, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const aad = (table: string, recordKey: string) => encoder.encode(`review-workstation\u0000${table}\u0000${recordKey}`);

  const cipher: RecordCipher = {
    async seal(table, recordKey, plaintext) {
      const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(table, recordKey) }, key, plaintext);
      return { v: 1, iv, data: new Uint8Array(data) };
    },
    async open(table, recordKey, sealed) {
      if (sealed?.v !== 1 || !(sealed.iv instanceof Uint8Array) || sealed.iv.byteLength !== ivBytes || !(sealed.data instanceof Uint8Array)) {
        throw new RecordCipherError('A stored record has an unknown format.');
      }
      try {
        return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: aad(table, recordKey) }, key, sealed.data));
      } catch {
        throw new RecordCipherError('A stored record failed its integrity check and was not used.');
      }
    },
    sealJson: (table, recordKey, value) => cipher.seal(table, recordKey, encoder.encode(JSON.stringify(value))),
    async openJson<T>(table: string, recordKey: string, sealed: SealedRecord) {
      return JSON.parse(new TextDecoder().decode(await cipher.open(table, recordKey, sealed))) as T;
    },
  };
  return cipher;
}
