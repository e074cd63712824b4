import type { DocumentRef } from '../../domain/case';
import type { SeedCase } from '../seed/seedCase';
import type { CaseRecipe } from './caseRecipes';
import type { DemoPatient } from './demoPatients';
import { renderClinicalPdf } from './recordPdf';
import type { ClinicalRecord, RecordSection } from './recordPdf';

export type DemoDocument = SeedCase['documents'][number];

export interface DocumentContext {
  readonly recipe: CaseRecipe;
  readonly patient: DemoPatient;
  readonly age: number;
  readonly institution: string;
  readonly physician: string;
  /** Dates of the referral, clinic visit and tests, YYYY-MM-DD, oldest first. */
  readonly dates: { readonly clinic: string; readonly tests: string; readonly referral: string };
}

/** The records a referring team sends with a second-opinion request, as PDFs. */
export async function caseDocuments(context: DocumentContext): Promise<DemoDocument[]> {
  const records: { kind: DocumentRef['kind']; record: ClinicalRecord }[] = [
    { kind: 'referral', record: referralLetter(context) },
    { kind: 'clinic_note', record: clinicNote(context) },
  ];
  const { recipe } = context;
  if (recipe.imaging) records.push({ kind: 'imaging_report', record: imagingReport(context, recipe.imaging) });
  if (recipe.pathology) records.push({ kind: 'pathology', record: simpleRecord(context, 'Pathology Report', context.dates.tests, [{ heading: 'Diagnosis', paragraphs: [recipe.pathology] }, { heading: 'Clinical information', paragraphs: [recipe.diagnosis] }]) });
  if (recipe.labs) {
    records.push({
      kind: 'lab_results',
      record: simpleRecord(context, 'Laboratory and Test Results', context.dates.tests, [
        { heading: 'Current results', paragraphs: ['Results reported by the hospital laboratory and the relevant diagnostic departments.'], table: { columns: ['Test', 'Result', 'Reference', 'Flag'], rows: recipe.labs } },
        { heading: 'Routine panel', paragraphs: ['Collected at the same visit.'], table: { columns: ['Test', 'Result', 'Reference', 'Flag'], rows: routinePanel } },
        { heading: 'Comment', paragraphs: ['Flagged values have been reviewed by the requesting physician. Reference ranges are those of the reporting laboratory and may differ from the reviewer\'s own.'] },
      ]),
    });
  }
  const documents: DemoDocument[] = [];
  for (const { kind, record } of records) {
    const { bytes, pageCount } = await renderClinicalPdf(record);
    documents.push({ title: record.title, kind, date: record.date, source: record.institution, pageCount, bytes });
  }
  return documents;
}

function referralLetter({ recipe, patient, age, physician, dates, ...c }: DocumentContext): ClinicalRecord {
  const pronoun = patient.sex === 'female' ? 'She' : 'He';
  return {
    institution: c.institution, title: 'Referral for Expert Medical Opinion', patient, date: dates.referral, author: physician,
    sections: [
      { heading: 'Reason for referral', paragraphs: [`Dear colleague, I would be grateful for your expert opinion on ${patient.name}, a ${age}-year-old ${patient.sex === 'female' ? 'woman' : 'man'} with ${lowerFirst(recipe.diagnosis)}.`, `The question for the reviewer: ${recipe.question}`] },
      { heading: 'Summary', paragraphs: [recipe.history, `${pronoun} has been counselled about the options and wishes to have an independent review before deciding.`] },
      { heading: 'Proposed treatment', paragraphs: [recipe.treatingPlan] },
      { heading: 'Enclosures', paragraphs: ['Clinic notes, test results and imaging reports are enclosed. Imaging is available through the case service.', `Yours sincerely, ${physician}`] },
    ],
  };
}

function clinicNote({ recipe, patient, age, dates, ...c }: DocumentContext): ClinicalRecord {
  const sections: RecordSection[] = [
    { heading: 'History of presenting complaint', paragraphs: [recipe.history] },
    { heading: 'Past medical history', paragraphs: [`${age >= 60 ? 'Hypertension, well controlled. ' : ''}No previous surgery relevant to this problem. No known drug allergies.`] },
    { heading: 'Medications', paragraphs: recipe.medications.map((m) => `- ${m}`) },
    { heading: 'Social history', paragraphs: ['Lives with family. Independent in daily activities. Alcohol within recommended limits.'] },
    { heading: 'Family history', paragraphs: ['No family history of the presenting condition. Parents had hypertension and type 2 diabetes.'] },
    { heading: 'Review of systems', paragraphs: ['No fever, night sweats or unintended weight loss. No chest pain at rest. Bowel and bladder function as documented above. Mood is low at times because of the illness; no thoughts of self-harm. Sleep is disturbed by symptoms on two or three nights each week.'] },
    { heading: 'Examination', paragraphs: [recipe.examination, 'Observations: blood pressure 134/80 mmHg, pulse 72 per minute regular, temperature 36.7 C, oxygen saturation 97 percent on air.'] },
    { heading: 'Interval history', paragraphs: intervalVisits(recipe, dates) },
    { heading: 'Assessment', paragraphs: [recipe.diagnosis + '.', discussion(recipe)] },
    { heading: 'Plan', paragraphs: [recipe.treatingPlan, 'Risks, benefits and alternatives were discussed. The patient has requested an expert second opinion before proceeding. Follow-up in the clinic after the opinion is received.'] },
  ];
  return { institution: c.institution, title: 'Specialist Clinic Note', patient, date: dates.clinic, author: c.physician, sections };
}

function intervalVisits(recipe: CaseRecipe, dates: DocumentContext['dates']): string[] {
  const finding = recipe.imaging?.impression ?? recipe.pathology ?? recipe.diagnosis;
  const before = (days: number) => new Date(Date.parse(dates.clinic) - days * 86_400_000).toISOString().slice(0, 10);
  return [
    `${before(120)}: First consultation. ${recipe.history.split('. ')[0]}. Baseline investigations requested and written information given.`,
    `${before(90)}: Results reviewed with the patient. ${finding} Conservative and medical measures continued; the patient wished to avoid intervention if possible.`,
    `${before(60)}: Telephone review. Symptoms unchanged to slightly worse. Adherence to medication confirmed; no adverse effects reported. Work and family roles are increasingly affected.`,
    `${before(30)}: Multidisciplinary meeting. ${recipe.treatingPlan} Alternatives, including continuing the current approach, were considered and documented.`,
    `${before(7)}: Consent discussion begun. The patient asked for an independent expert opinion before deciding and agreed to share records for that purpose.`,
  ];
}

function discussion(recipe: CaseRecipe): string {
  const bySpecialty = {
    orthopedics: 'The decision rests on the severity and duration of symptoms, the concordance between the clinical picture and the imaging, and the response to an adequate trial of non-operative care. Surgical risks discussed included infection, dural tear, nerve injury, adjacent segment degeneration and the possibility of incomplete relief.',
    oncology: 'The decision rests on the accuracy of staging and biomarker results, the expected absolute benefit of each treatment in the context of the patient\'s fitness and preferences, and the toxicity of the proposed regimen. Fertility, cardiac function and long-term survivorship issues were discussed.',
    cardiology: 'The decision rests on the anatomical complexity, left ventricular function, diabetes and comorbidities, the durability of each option, and the procedural risk estimated by the heart team. The patient\'s goals, frailty and preferences were considered.',
    neurology: 'The decision rests on whether the clinical and imaging findings meet the diagnostic criteria, on alternative explanations that have been excluded, and on the balance between the expected benefit and the risks of the proposed therapy or procedure.',
  } as const;
  return bySpecialty[recipe.specialty];
}

function imagingReport(context: DocumentContext, imaging: NonNullable<CaseRecipe['imaging']>): ClinicalRecord {
  return simpleRecord(context, `Radiology Report: ${titleCase(imaging.description)}`, context.dates.tests, [
    { heading: 'Clinical indication', paragraphs: [context.recipe.diagnosis + '.'] },
    { heading: 'Technique', paragraphs: [`1.5 T MR. Sequences: ${imaging.series.map((s) => s.kind.replace(/^\w+-/, '').replace('-', ' ').toUpperCase()).join(', ')}.`] },
    { heading: 'Findings', paragraphs: [imaging.report] },
    { heading: 'Impression', paragraphs: [imaging.impression] },
  ], 'Consultant Radiologist');
}

function simpleRecord(context: DocumentContext, title: string, date: string, sections: RecordSection[], author = context.physician): ClinicalRecord {
  return { institution: context.institution, title, patient: context.patient, date, author, sections };
}

const routinePanel: readonly (readonly [string, string, string, string])[] = [
  ['Sodium', '139 mmol/L', '135 - 145', ''], ['Potassium', '4.3 mmol/L', '3.5 - 5.1', ''], ['Urea', '5.8 mmol/L', '2.5 - 7.8', ''],
  ['Glucose (fasting)', '5.9 mmol/L', '3.9 - 6.0', ''], ['Albumin', '41 g/L', '35 - 50', ''], ['Bilirubin', '11 umol/L', '< 21', ''],
  ['Alkaline phosphatase', '88 U/L', '30 - 130', ''], ['C-reactive protein', '4 mg/L', '< 5', ''], ['White cell count', '6.8 x10^9/L', '4.0 - 11.0', ''],
  ['Platelets', '254 x10^9/L', '150 - 400', ''], ['INR', '1.0', '0.8 - 1.2', ''], ['Ferritin', '96 ug/L', '30 - 400', ''],
];

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const titleCase = (text: string) => text.toLowerCase().replace(/\b(mr)\b/g, 'MR').replace(/(^|\s)\w/g, (m) => m.toUpperCase());
