import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/audit/canonicalJson';
import { auditEventHash, genesisHash, verifyChain } from '../../../src/audit/hashChain';
import type { AuditEvent } from '../../../src/audit/hashChain';

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace and undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 0, y: undefined, x: 'é' } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"x":"é","z":0}}',
    );
  });

  it('orders keys by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    // U+20AC (€) sorts before U+1F600 (😀, surrogate D83D) by code unit, and "\r" before "1".
    expect(canonicalJson({ '😀': 1, '€': 2, '1': 3, '\r': 4 })).toBe('{"\\r":4,"1":3,"€":2,"😀":1}');
  });

  it('writes numbers in ECMAScript shortest form', () => {
    expect(canonicalJson([1.0, -0, 1e21, 0.000001, 1e-7, 0.1 + 0.2])).toBe('[1,0,1e+21,0.000001,1e-7,0.30000000000000004]');
  });

  it('escapes strings as JSON does, leaving non-ASCII as is', () => {
    expect(canonicalJson('a"b\\c\n\u0001ü')).toBe('"a\\"b\\\\c\\n\\u0001ü"');
  });

  it('refuses values JSON cannot hold faithfully', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/finite/);
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(/\$\.a/);
    expect(() => canonicalJson(new Date(0) as never)).toThrow(/plain object/);
  });
});

describe('hash chain', () => {
  async function chain(n: number): Promise<AuditEvent[]> {
    const events: AuditEvent[] = [];
    for (let seq = 1; seq <= n; seq++) {
      const body = { seq, at: new Date(seq * 1000).toISOString(), actorId: 'u1', action: 'case.read', caseId: 'c1', detail: { n: seq }, prevHash: events.at(-1)?.hash ?? genesisHash };
      events.push({ ...body, hash: await auditEventHash(body) });
    }
    return events;
  }

  it('verifies an intact chain and locates an edit or a removal', async () => {
    const events = await chain(4);
    expect(await verifyChain(events)).toBeNull();
    const edited = events.map((e) => (e.seq === 2 ? { ...e, actorId: 'u2' } : e));
    expect(await verifyChain(edited)).toEqual({ seq: 2, problem: 'hash' });
    expect(await verifyChain(events.filter((e) => e.seq !== 3))).toEqual({ seq: 4, problem: 'link' });
  });
});
