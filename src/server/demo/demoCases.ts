import type { CaseStatus } from '../../domain/case';
import { generateMrSeries } from '../../dicom/mrPhantom';
import { seededRandom, uidFrom } from '../../dicom/seededRandom';
import type { SeedCase } from '../seed/seedCase';
import { caseDocuments } from './caseDocuments';
import { caseRecipes } from './caseRecipes';
import type { CaseRecipe } from './caseRecipes';
import { demoPatient } from './demoPatients';

export type DemoCase = SeedCase;

export const demoCaseCount = 32;
const day = 86_400_000;
const programs = ['Northwind Health Plan Expert Opinion', 'Contoso Employer Benefits: Second Opinion', 'Fabrikam Care Advocacy'];
const institutions: Readonly<Record<CaseRecipe['specialty'], readonly string[]>> = {
  orthopedics: ['Lakeshore Orthopaedic Clinic', 'Riverside General Hospital'],
  oncology: ['St. Brendan Cancer Centre', 'Riverside General Hospital'],
  cardiology: ['Valley Heart Institute', 'St. Brendan Medical Centre'],
  neurology: ['Eastgate Neurology Associates', 'Riverside General Hospital'],
};
const physicians = ['Dr. Helena Ward', 'Dr. Omar Siddiqui', 'Dr. Karin Holm', 'Dr. Felix Adeyemi', 'Dr. Rosa Martins'];
const statusCycle: readonly CaseStatus[] = ['in_review', 'in_review', 'accepted', 'offered', 'in_review', 'awaiting_records', 'in_review', 'accepted'];
const dueDays = { stat: 1, urgent: 3, routine: 10 } as const;

/**
 * The demo queue, the same every time (seeded): 32 cases over four
 * specialties, each with PDF records and, for spine and brain questions,
 * a multi-series MR study. The first is the urgent lumbar spine case a new
 * user opens first.
 */
export async function* generateDemoCases(now: Date): AsyncGenerator<DemoCase> {
  const random = seededRandom(20261124);
  const anatomyCache = new Map<string, Float32Array>();
  for (let index = 0; index < demoCaseCount; index++) {
    const recipe = caseRecipes[index % caseRecipes.length]!;
    yield await demoCase(recipe, index, now, random, anatomyCache);
  }
}

async function demoCase(recipe: CaseRecipe, index: number, now: Date, random: () => number, anatomyCache: Map<string, Float32Array>): Promise<DemoCase> {
  const sex = recipe.sex ?? (random() < 0.5 ? 'female' : 'male');
  const age = recipe.ageRange[0] + Math.floor(random() * (recipe.ageRange[1] - recipe.ageRange[0] + 1));
  const patient = demoPatient(random, sex, age, now);
  const receivedAt = new Date(now.getTime() - (1 + random() * 6) * day);
  const dueAt = new Date(now.getTime() + (dueDays[recipe.priority] + random() * 2) * day);
  const date = (daysBeforeReceipt: number) => new Date(receivedAt.getTime() - daysBeforeReceipt * day).toISOString().slice(0, 10);
  const dates = { tests: date(20 + Math.floor(random() * 15)), clinic: date(8 + Math.floor(random() * 6)), referral: date(2) };
  const documents = await caseDocuments({
    recipe, patient, age, dates,
    institution: institutions[recipe.specialty][index % 2]!,
    physician: physicians[(index * 3) % physicians.length]!,
  });
  return {
    reference: `EMO-${String(24_001 + index)}`,
    assignee: assigneeFor(recipe, index),
    status: index === 0 ? 'in_review' : statusCycle[index % statusCycle.length]!,
    priority: recipe.priority,
    specialty: recipe.specialty,
    patient: { name: patient.name, birthDate: patient.birthDate, sex: patient.sex },
    question: recipe.question,
    program: programs[index % programs.length]!,
    receivedAt: receivedAt.toISOString(),
    dueAt: dueAt.toISOString(),
    documents,
    studies: recipe.imaging ? [imagingStudy(recipe.imaging, patient, dates.tests, index, random, anatomyCache)] : [],
  };
}

function assigneeFor(recipe: CaseRecipe, index: number): string {
  if (index === 0) return 'specialist@demo.test';
  if (recipe.imaging && index % 3 === 2) return 'radiologist@demo.test';
  return index % 4 === 3 ? 'specialist2@demo.test' : 'specialist@demo.test';
}

function imagingStudy(
  imaging: NonNullable<CaseRecipe['imaging']>,
  patient: ReturnType<typeof demoPatient>,
  studyDate: string,
  index: number,
  random: () => number,
  anatomyCache: Map<string, Float32Array>,
): DemoCase['studies'][number] {
  const studyUid = uidFrom(random);
  const frameOfReferenceUid = uidFrom(random);
  const accessionNumber = `ACC${String(700_000 + index * 37)}`;
  return {
    studyUid,
    description: imaging.description,
    date: studyDate,
    series: imaging.series.map(({ kind, slices }, seriesIndex) => {
      const seriesUid = uidFrom(random);
      const seriesNumber = seriesIndex + 2;
      const instances = generateMrSeries({
        kind, slices, size: 256, studyUid, seriesUid, frameOfReferenceUid, seriesNumber, accessionNumber,
        studyDescription: imaging.description, studyDate,
        patient: { name: `${patient.familyName}^${patient.givenName}`, id: patient.mrn, birthDate: patient.birthDate, sex: patient.sex === 'female' ? 'F' : 'M' },
        lesions: imaging.lesions ?? false,
        seed: Math.floor(random() * 2 ** 31),
        anatomyCache,
      });
      return {
        seriesUid,
        seriesNumber,
        modality: 'MR',
        description: instances.length ? descriptionOf(kind) : kind,
        instances: instances.map((i) => ({ sopInstanceUid: i.sopInstanceUid, instanceNumber: i.instanceNumber, bytes: i.bytes })),
      };
    }),
  };
}

const descriptionOf = (kind: string) => ({
  'lumbar-sag-t1': 'SAG T1 TSE',
  'lumbar-sag-t2': 'SAG T2 TSE',
  'lumbar-ax-t2': 'AX T2 TSE L3-S1',
  'brain-ax-t2': 'AX T2 TSE',
  'brain-ax-flair': 'AX T2 FLAIR',
})[kind] ?? kind;
