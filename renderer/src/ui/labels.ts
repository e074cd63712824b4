import type { CaseStatus, Patient, Specialty } from '../../../src/domain/case';

export const statusLabels: Readonly<Record<CaseStatus, string>> = {
  offered: 'Offered',
  accepted: 'Accepted',
  declined: 'Declined',
  in_review: 'In review',
  awaiting_records: 'Awaiting records',
  submitted: 'Submitted',
  qa: 'In QA',
  returned: 'Returned',
  approved: 'Approved',
  signed: 'Signed',
  delivered: 'Delivered',
};

export const specialtyLabels: Readonly<Record<Specialty, string>> = {
  oncology: 'Oncology',
  orthopedics: 'Orthopedics / spine',
  cardiology: 'Cardiology',
  neurology: 'Neurology',
};

export const sexLetter: Readonly<Record<Patient['sex'], string>> = { female: 'F', male: 'M', other: 'X', unknown: '?' };
