import type { CaseStatus, DocumentRef, Patient, Priority, Specialty } from '../../domain/case';

/**
 * One case to seed, with its file bytes. Structurally the same as
 * `DemoCase` from `demo/demoCases`, so any source of such cases (the demo
 * generator, a test fixture) can seed the service.
 */
export interface SeedCase {
  readonly reference: string;
  /** The assignee's email; must name a seeded user. */
  readonly assignee: string;
  readonly status: CaseStatus;
  readonly priority: Priority;
  readonly specialty: Specialty;
  readonly patient: Patient;
  readonly question: string;
  readonly program: string;
  readonly receivedAt: string;
  readonly dueAt: string;
  readonly documents: ReadonlyArray<{
    readonly title: string;
    readonly kind: DocumentRef['kind'];
    readonly date: string;
    readonly source: string;
    readonly pageCount: number;
    readonly bytes: Uint8Array;
  }>;
  readonly studies: ReadonlyArray<{
    readonly studyUid: string;
    readonly description: string;
    readonly date: string;
    readonly series: ReadonlyArray<{
      readonly seriesUid: string;
      readonly seriesNumber: number;
      readonly modality: string;
      readonly description: string;
      readonly instances: ReadonlyArray<{ readonly sopInstanceUid: string; readonly instanceNumber: number; readonly bytes: Uint8Array }>;
    }>;
  }>;
}

/** Where seed cases come from; called only when the cases table is empty. */
export type SeedCaseSource = (now: Date) => AsyncIterable<SeedCase>;
