import { cross } from './vector3';
import type { Vector3 } from './vector3';
import { decimalString, writeDicom } from './writeDicom';
import type { DicomElement } from './writeDicom';
import { mrSeriesRecipes } from './phantom/mrSeriesKinds';
import type { MrSeriesKind } from './phantom/mrSeriesKinds';
import { renderSlice } from './phantom/renderSlice';
import { seededRandom, uidFrom } from './seededRandom';

export type { MrSeriesKind } from './phantom/mrSeriesKinds';

export const mrImageStorage = '1.2.840.10008.5.1.4.1.1.4';

export interface MrSeriesRequest {
  readonly kind: MrSeriesKind;
  readonly slices: number;
  readonly size: 256 | 512;
  readonly studyUid: string;
  readonly seriesUid: string;
  readonly frameOfReferenceUid: string;
  readonly seriesNumber: number;
  readonly studyDescription: string;
  /** YYYY-MM-DD */
  readonly studyDate: string;
  readonly accessionNumber: string;
  readonly patient: { readonly name: string; readonly id: string; readonly birthDate: string; readonly sex: 'F' | 'M' | 'O' };
  /** Periventricular white-matter lesions (brain series only). */
  readonly lesions?: boolean;
  readonly seed: number;
  /** Shared across calls, so patients scanned with the same protocol reuse the anatomy and differ in noise. */
  readonly anatomyCache?: Map<string, Float32Array>;
}

export interface GeneratedInstance {
  readonly sopInstanceUid: string;
  readonly instanceNumber: number;
  readonly bytes: Uint8Array;
}

/**
 * A synthetic MR series with correct geometry: slices step along the normal
 * of the image plane by SpacingBetweenSlices, each ImagePositionPatient is
 * the centre of its top-left pixel, and all share one frame of reference.
 */
export function generateMrSeries(request: MrSeriesRequest): GeneratedInstance[] {
  const recipe = mrSeriesRecipes[request.kind];
  const random = seededRandom(request.seed);
  const pixelSpacing = recipe.fieldOfView / request.size;
  const normal = cross(recipe.rowDirection, recipe.columnDirection);
  const half = ((request.size - 1) / 2) * pixelSpacing;
  const instances: GeneratedInstance[] = [];
  for (let index = 0; index < request.slices; index++) {
    const offset = (index - (request.slices - 1) / 2) * recipe.spacingBetweenSlices;
    const centre = add(recipe.centre, scale(normal, offset));
    const position = add(centre, add(scale(recipe.rowDirection, -half), scale(recipe.columnDirection, -half)));
    const pixels = renderSlice(recipe, { size: request.size, pixelSpacing, position, rowDirection: recipe.rowDirection, columnDirection: recipe.columnDirection }, {
      lesions: request.lesions ?? false,
      random,
      ...(request.anatomyCache ? { cache: request.anatomyCache } : {}),
    });
    const sopInstanceUid = uidFrom(random);
    const instanceNumber = index + 1;
    const elements = mrElements(request, {
      sopInstanceUid, instanceNumber, position, pixelSpacing, sliceLocation: offset + (recipe.anatomy === 'lumbar' ? 0 : recipe.centre[2]), pixels,
    });
    instances.push({ sopInstanceUid, instanceNumber, bytes: writeDicom(elements, { sopClassUid: mrImageStorage, sopInstanceUid }) });
  }
  return instances;
}

function mrElements(
  request: MrSeriesRequest,
  slice: { sopInstanceUid: string; instanceNumber: number; position: Vector3; pixelSpacing: number; sliceLocation: number; pixels: Uint16Array },
): DicomElement[] {
  const recipe = mrSeriesRecipes[request.kind];
  const date = request.studyDate.replaceAll('-', '');
  const text = (tag: number, vr: DicomElement['vr'], value: string): DicomElement => ({ tag, vr, value });
  const elements: DicomElement[] = [
    text(0x00080005, 'CS', 'ISO_IR 100'),
    text(0x00080008, 'CS', 'ORIGINAL\\PRIMARY\\M\\ND'),
    text(0x00080016, 'UI', mrImageStorage),
    text(0x00080018, 'UI', slice.sopInstanceUid),
    text(0x00080020, 'DA', date),
    text(0x00080021, 'DA', date),
    text(0x00080030, 'TM', '093000'),
    text(0x00080050, 'SH', request.accessionNumber),
    text(0x00080060, 'CS', 'MR'),
    text(0x00080070, 'LO', 'Review Workstation phantom'),
    text(0x00080090, 'PN', ''),
    text(0x00081030, 'LO', request.studyDescription),
    text(0x0008103e, 'LO', recipe.description),
    text(0x00100010, 'PN', request.patient.name),
    text(0x00100020, 'LO', request.patient.id),
    text(0x00100030, 'DA', request.patient.birthDate.replaceAll('-', '')),
    text(0x00100040, 'CS', request.patient.sex),
    text(0x00180020, 'CS', recipe.inversionTime ? 'SE\\IR' : 'SE'),
    text(0x00180021, 'CS', 'SK\\SP'),
    text(0x00180023, 'CS', '2D'),
    text(0x00180050, 'DS', decimalString([recipe.sliceThickness])),
    text(0x00180080, 'DS', decimalString([recipe.repetitionTime])),
    text(0x00180081, 'DS', decimalString([recipe.echoTime])),
    text(0x00180087, 'DS', '1.5'),
    text(0x00180088, 'DS', decimalString([recipe.spacingBetweenSlices])),
    text(0x0020000d, 'UI', request.studyUid),
    text(0x0020000e, 'UI', request.seriesUid),
    text(0x00185100, 'CS', recipe.anatomy === 'brain' ? 'HFS' : 'FFS'),
    text(0x00200010, 'SH', request.accessionNumber.slice(-16)),
    text(0x00200011, 'IS', String(request.seriesNumber)),
    text(0x00200013, 'IS', String(slice.instanceNumber)),
    text(0x00200032, 'DS', decimalString(slice.position)),
    text(0x00200037, 'DS', decimalString([...recipe.rowDirection, ...recipe.columnDirection])),
    text(0x00200052, 'UI', request.frameOfReferenceUid),
    text(0x00201041, 'DS', decimalString([slice.sliceLocation])),
    { tag: 0x00280002, vr: 'US', value: [1] },
    text(0x00280004, 'CS', 'MONOCHROME2'),
    { tag: 0x00280010, vr: 'US', value: [request.size] },
    { tag: 0x00280011, vr: 'US', value: [request.size] },
    text(0x00280030, 'DS', decimalString([slice.pixelSpacing, slice.pixelSpacing])),
    { tag: 0x00280100, vr: 'US', value: [16] },
    { tag: 0x00280101, vr: 'US', value: [12] },
    { tag: 0x00280102, vr: 'US', value: [11] },
    { tag: 0x00280103, vr: 'US', value: [0] },
    text(0x00281050, 'DS', decimalString([recipe.window.center])),
    text(0x00281051, 'DS', decimalString([recipe.window.width])),
    text(0x00281052, 'DS', '0'),
    text(0x00281053, 'DS', '1'),
    { tag: 0x7fe00010, vr: 'OW', value: slice.pixels },
  ];
  if (recipe.inversionTime) elements.push(text(0x00180082, 'DS', decimalString([recipe.inversionTime])));
  return elements;
}

const add = (a: Vector3, b: Vector3): Vector3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const scale = (a: Vector3, k: number): Vector3 => [a[0] * k, a[1] * k, a[2] * k];
