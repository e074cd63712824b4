import { describe, expect, it } from 'vitest';
import { createRecordCipher, RecordCipherError } from '../../../src/store/recordCipher';
import { unwrapWithPin, wrapWithPin } from '../../../src/store/pinKey';

const key = crypto.getRandomValues(new Uint8Array(32));
const text = new TextEncoder().encode('Patient: Ada Lovelace, MRN1234567');

describe('record encryption at rest', () => {
  it('round-trips, with a fresh IV for every write', async () => {
    const cipher = await createRecordCipher(key);
    const a = await cipher.seal('cases', 'case-1', text);
    const b = await cipher.seal('cases', 'case-1', text);
    expect(a.iv).not.toEqual(b.iv);
    expect(a.data).not.toEqual(b.data);
    expect(new TextDecoder().decode(a.data)).not.toContain('Lovelace');
    expect(await cipher.open('cases', 'case-1', a)).toEqual(text);
    expect(await cipher.openJson('cases', 'x', await cipher.sealJson('cases', 'x', { name: 'Ada' }))).toEqual({ name: 'Ada' });
  });

  it('refuses tampered ciphertext, a record moved to another key or table, and another data key', async () => {
    const cipher = await createRecordCipher(key);
    const sealed = await cipher.seal('cases', 'case-1', text);
    const flipped = new Uint8Array(sealed.data);
    flipped[3]! ^= 1;
    await expect(cipher.open('cases', 'case-1', { ...sealed, data: flipped })).rejects.toThrow(RecordCipherError);
    await expect(cipher.open('cases', 'case-2', sealed)).rejects.toThrow('failed its integrity check');
    await expect(cipher.open('drafts', 'case-1', sealed)).rejects.toThrow(RecordCipherError);
    const other = await createRecordCipher(crypto.getRandomValues(new Uint8Array(32)));
    await expect(other.open('cases', 'case-1', sealed)).rejects.toThrow(RecordCipherError);
    await expect(cipher.open('cases', 'case-1', { v: 2 } as never)).rejects.toThrow('unknown format');
  });

  it('wraps the data key with a PIN-derived key; a wrong PIN is refused', async () => {
    const wrapped = await wrapWithPin(key, '482916', 10_000);
    expect(await unwrapWithPin(wrapped, '482916')).toEqual(key);
    await expect(unwrapWithPin(wrapped, '482917')).rejects.toThrow('The PIN is not correct.');
    await expect(wrapWithPin(key, '1234')).rejects.toThrow(/at least 6 digits/);
  });
});
