import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { UidSchema, specialties } from '../../../src/domain/case';
import { decodeDicomFrame } from '../../../src/dicom/parseImage';
import { dicomParser } from '../../../src/dicom/dicomParserModule';
import { generateDemoCases } from '../../../src/server/demo/demoCases';
import type { DemoCase } from '../../../src/server/demo/demoCases';
import { demoUsers } from '../../../src/server/seed/demoUsers';

const now = new Date('2026-11-24T12:00:00Z');
const cases: DemoCase[] = [];

beforeAll(async () => {
  for await (const c of generateDemoCases(now)) cases.push(c);
}, 120_000);

describe('demo cases', () => {
  it('fill a realistic queue: at least 30 cases over the four specialties and three priorities', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.specialty))).toEqual(new Set(specialties));
    expect(new Set(cases.map((c) => c.priority))).toEqual(new Set(['stat', 'urgent', 'routine']));
    expect(new Set(cases.map((c) => c.reference)).size).toBe(cases.length);
    for (const c of cases) {
      expect(Date.parse(c.receivedAt)).toBeLessThan(now.getTime());
      expect(Date.parse(c.dueAt)).toBeGreaterThan(now.getTime());
      expect(c.question.length).toBeGreaterThan(40);
    }
  });

  it('open with the urgent in-review lumbar spine case of the first specialist, with three MR series', () => {
    const [first] = cases;
    expect(first).toMatchObject({ assignee: 'specialist@demo.test', status: 'in_review', priority: 'urgent', specialty: 'orthopedics' });
    const series = first!.studies[0]!.series;
    expect(series.map((s) => s.description)).toEqual(['SAG T1 TSE', 'SAG T2 TSE', 'AX T2 TSE L3-S1']);
    for (const s of series) expect(s.instances.length).toBeGreaterThanOrEqual(15);
  });

  it('assign cases only to demo users, and give the second specialist and the radiologist work too', () => {
    const emails = new Set(demoUsers.map((u) => u.email));
    for (const c of cases) expect(emails.has(c.assignee)).toBe(true);
    expect(cases.some((c) => c.assignee === 'specialist2@demo.test')).toBe(true);
    expect(cases.some((c) => c.assignee === 'radiologist@demo.test' && c.studies.length > 0)).toBe(true);
  });

  it('carry valid PDF records whose page counts are right, several of them multi-page', async () => {
    let multiPage = 0;
    for (const c of cases) {
      expect(c.documents.length).toBeGreaterThanOrEqual(2);
      for (const doc of c.documents) {
        const pdf = await PDFDocument.load(doc.bytes);
        expect(pdf.getPageCount()).toBe(doc.pageCount);
        if (doc.pageCount > 1) multiPage++;
      }
    }
    expect(multiPage).toBeGreaterThanOrEqual(cases.length);
  });

  it('carry MR studies with valid UIDs, one frame of reference per study and matching patient identity', () => {
    const imaging = cases.filter((c) => c.studies.length > 0);
    expect(imaging.length).toBeGreaterThanOrEqual(10);
    for (const c of imaging) {
      for (const study of c.studies) {
        expect(UidSchema.safeParse(study.studyUid).success).toBe(true);
        expect(study.series.length).toBeGreaterThanOrEqual(2);
        const framesOfReference = new Set<string | undefined>();
        for (const series of study.series) {
          expect(UidSchema.safeParse(series.seriesUid).success).toBe(true);
          const first = series.instances[0]!;
          const frame = decodeDicomFrame(first.bytes);
          expect(frame.header.seriesInstanceUid).toBe(series.seriesUid);
          expect(frame.header.sopInstanceUid).toBe(first.sopInstanceUid);
          const header = dicomParser.parseDicom(first.bytes);
          framesOfReference.add(header.string('x00200052'));
          expect(header.string('x00100020')).toMatch(/^MRN\d{7}$/);
          expect(header.string('x00100030')).toBe(c.patient.birthDate.replaceAll('-', ''));
        }
        expect(framesOfReference.size).toBe(1);
      }
    }
  });

  it('are the same on every run (seeded), apart from dates relative to now', async () => {
    const again: DemoCase[] = [];
    for await (const c of generateDemoCases(now)) {
      again.push(c);
      if (again.length === 2) break;
    }
    expect(again[1]!.patient).toEqual(cases[1]!.patient);
    expect(again[1]!.documents.map((d) => d.bytes)).toEqual(cases[1]!.documents.map((d) => d.bytes));
    expect(again[1]!.studies[0]?.series[0]?.instances[0]?.bytes).toEqual(cases[1]!.studies[0]?.series[0]?.instances[0]?.bytes);
  });
});
