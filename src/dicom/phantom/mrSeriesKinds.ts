import type { Vector3 } from '../vector3';
import type { Sequence } from './tissues';

export type MrSeriesKind = 'lumbar-sag-t1' | 'lumbar-sag-t2' | 'lumbar-ax-t2' | 'brain-ax-t2' | 'brain-ax-flair';

export interface MrSeriesRecipe {
  readonly anatomy: 'lumbar' | 'brain';
  readonly sequence: Sequence;
  readonly description: string;
  readonly rowDirection: Vector3;
  readonly columnDirection: Vector3;
  /** Centre of the field of view, patient coordinates (mm). */
  readonly centre: Vector3;
  readonly fieldOfView: number;
  readonly spacingBetweenSlices: number;
  readonly sliceThickness: number;
  readonly repetitionTime: number;
  readonly echoTime: number;
  readonly inversionTime?: number;
  readonly window: { readonly center: number; readonly width: number };
}

const sagittal = { rowDirection: [0, 1, 0], columnDirection: [0, 0, -1] } as const;
const axial = { rowDirection: [1, 0, 0], columnDirection: [0, 1, 0] } as const;

export const mrSeriesRecipes: Readonly<Record<MrSeriesKind, MrSeriesRecipe>> = {
  'lumbar-sag-t1': {
    anatomy: 'lumbar', sequence: 'T1', description: 'SAG T1 TSE', ...sagittal, centre: [0, 25, 15], fieldOfView: 280,
    spacingBetweenSlices: 4, sliceThickness: 3.5, repetitionTime: 550, echoTime: 10, window: { center: 1800, width: 3400 },
  },
  'lumbar-sag-t2': {
    anatomy: 'lumbar', sequence: 'T2', description: 'SAG T2 TSE', ...sagittal, centre: [0, 25, 15], fieldOfView: 280,
    spacingBetweenSlices: 4, sliceThickness: 3.5, repetitionTime: 3500, echoTime: 105, window: { center: 1800, width: 3600 },
  },
  'lumbar-ax-t2': {
    anatomy: 'lumbar', sequence: 'T2', description: 'AX T2 TSE L3-S1', ...axial, centre: [0, 20, -10], fieldOfView: 220,
    spacingBetweenSlices: 4, sliceThickness: 4, repetitionTime: 4200, echoTime: 100, window: { center: 1800, width: 3600 },
  },
  'brain-ax-t2': {
    anatomy: 'brain', sequence: 'T2', description: 'AX T2 TSE', ...axial, centre: [0, 5, 40], fieldOfView: 230,
    spacingBetweenSlices: 5, sliceThickness: 5, repetitionTime: 4800, echoTime: 95, window: { center: 1900, width: 3600 },
  },
  'brain-ax-flair': {
    anatomy: 'brain', sequence: 'FLAIR', description: 'AX T2 FLAIR', ...axial, centre: [0, 5, 40], fieldOfView: 230,
    spacingBetweenSlices: 5, sliceThickness: 5, repetitionTime: 9000, echoTime: 85, inversionTime: 2500, window: { center: 1700, width: 3200 },
  },
};
