/** A small deterministic PRNG (mulberry32): the same seed makes the same demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UID under the 2.25 root (ITU-T X.667): "2.25." and a 120-bit decimal. */
export function uidFrom(random: () => number): string {
  let n = 0n;
  for (let i = 0; i < 4; i++) n = (n << 30n) | BigInt(Math.floor(random() * 2 ** 30));
  return `2.25.${n === 0n ? 1n : n}`;
}
