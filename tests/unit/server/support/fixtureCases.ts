import type { SeedCase, SeedCaseSource } from '../../../../src/server/seed/seedCase';

/** Distinct, recognisable bytes per file, so a hash names exactly one file. */
export function fakeBytes(label: string, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  const seed = new TextEncoder().encode(label);
  for (let i = 0; i < size; i++) bytes[i] = (seed[i % seed.length] ?? 0) ^ (i & 0xff);
  return bytes;
}

const day = 86_400_000;

function seedCase(n: number, now: Date, over: Partial<SeedCase> & Pick<SeedCase, 'assignee' | 'status'>): SeedCase {
  const ref = `T-${String(n).padStart(3, '0')}`;
  return {
    reference: ref,
    priority: 'routine',
    specialty: 'oncology',
    patient: { name: `Patient ${ref}`, birthDate: '1970-01-0' + String((n % 9) + 1), sex: 'female' },
    question: `Question for ${ref}?`,
    program: 'Test Program',
    receivedAt: new Date(now.getTime() - n * day).toISOString(),
    dueAt: new Date(now.getTime() + (10 - n) * day).toISOString(),
    documents: [
      { title: `Referral ${ref}`, kind: 'referral', date: '2026-01-10', source: 'Test Clinic', pageCount: 2, bytes: fakeBytes(`doc-${ref}`, 3000) },
    ],
    studies: [],
    ...over,
  };
}

function study(n: number): SeedCase['studies'][number] {
  const root = `1.2.826.0.1.3680043.10.${n}`;
  return {
    studyUid: root,
    description: 'MR Test',
    date: '2026-01-05',
    series: [1, 2].map((s) => ({
      seriesUid: `${root}.${s}`,
      seriesNumber: s,
      modality: 'MR',
      description: `Series ${s}`,
      instances: [2, 1].map((i) => ({
        sopInstanceUid: `${root}.${s}.${i}`,
        instanceNumber: i,
        bytes: fakeBytes(`dcm-${root}.${s}.${i}`, 2048),
      })),
    })),
  };
}

/**
 * The test world: the first case is the brief's "first demo case"
 * (specialist, in_review, with imaging); others cover each role and status.
 */
export const fixtureCases: SeedCaseSource = async function* (now) {
  yield seedCase(1, now, { assignee: 'specialist@demo.test', status: 'in_review', priority: 'stat', studies: [study(1)] });
  yield seedCase(2, now, { assignee: 'specialist@demo.test', status: 'accepted', priority: 'routine' });
  yield seedCase(3, now, { assignee: 'specialist2@demo.test', status: 'in_review', priority: 'urgent', studies: [study(3)] });
  yield seedCase(4, now, { assignee: 'radiologist@demo.test', status: 'in_review', studies: [study(4)] });
  yield seedCase(5, now, { assignee: 'specialist@demo.test', status: 'submitted', priority: 'urgent' });
  yield seedCase(6, now, { assignee: 'specialist@demo.test', status: 'offered' });
  yield seedCase(7, now, { assignee: 'specialist@demo.test', status: 'accepted', priority: 'urgent' });
  yield seedCase(8, now, { assignee: 'specialist@demo.test', status: 'accepted' });
};
