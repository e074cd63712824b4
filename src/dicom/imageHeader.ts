import type { DataSet } from './dicomParserModule';
import { DicomError } from './dicomError';
import type { Vector3 } from './vector3';

export type Photometric = 'MONOCHROME1' | 'MONOCHROME2' | 'RGB' | 'PALETTE COLOR' | 'YBR_FULL' | string;

/** What a viewer needs to know about an image before touching its pixels. */
export interface ImageHeader {
  readonly transferSyntax: string;
  readonly sopInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly instanceNumber: number | undefined;
  readonly rows: number;
  readonly columns: number;
  readonly frames: number;
  readonly samplesPerPixel: number;
  readonly planarConfiguration: number;
  readonly photometric: Photometric;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly highBit: number;
  readonly pixelRepresentation: 0 | 1;
  readonly rescaleSlope: number;
  readonly rescaleIntercept: number;
  /** From the header, or undefined when absent or unusable (width < 1). */
  readonly window: { readonly center: number; readonly width: number } | undefined;
  /** [row spacing, column spacing] in mm. */
  readonly pixelSpacing: readonly [number, number] | undefined;
  readonly imagePosition: Vector3 | undefined;
  /** Row direction then column direction, as cosines. */
  readonly imageOrientation: readonly [Vector3, Vector3] | undefined;
  readonly sliceThickness: number | undefined;
}

const tags = {
  transferSyntax: 'x00020010',
  sopInstanceUid: 'x00080018',
  seriesInstanceUid: 'x0020000e',
  instanceNumber: 'x00200013',
  imagePosition: 'x00200032',
  imageOrientation: 'x00200037',
  sliceThickness: 'x00180050',
  samplesPerPixel: 'x00280002',
  photometric: 'x00280004',
  planarConfiguration: 'x00280006',
  frames: 'x00280008',
  rows: 'x00280010',
  columns: 'x00280011',
  pixelSpacing: 'x00280030',
  bitsAllocated: 'x00280100',
  bitsStored: 'x00280101',
  highBit: 'x00280102',
  pixelRepresentation: 'x00280103',
  windowCenter: 'x00281050',
  windowWidth: 'x00281051',
  rescaleIntercept: 'x00281052',
  rescaleSlope: 'x00281053',
} as const;

export function readImageHeader(dataSet: DataSet, transferSyntax: string): ImageHeader {
  const rows = dataSet.uint16(tags.rows) ?? 0;
  const columns = dataSet.uint16(tags.columns) ?? 0;
  if (rows < 1 || columns < 1) throw new DicomError('missing_pixel_data', 'The file has no image: rows or columns are missing.');
  const bitsAllocated = dataSet.uint16(tags.bitsAllocated) ?? 0;
  if (bitsAllocated !== 8 && bitsAllocated !== 16) {
    throw new DicomError('unsupported_pixel_format', `Images with ${bitsAllocated} bits allocated are not supported.`);
  }
  const bitsStored = clampInteger(dataSet.uint16(tags.bitsStored) ?? bitsAllocated, 1, bitsAllocated);
  const slope = finiteNumber(dataSet, tags.rescaleSlope);
  const windowWidth = finiteNumber(dataSet, tags.windowWidth);
  const windowCenter = finiteNumber(dataSet, tags.windowCenter);
  return {
    transferSyntax,
    sopInstanceUid: dataSet.string(tags.sopInstanceUid) ?? '',
    seriesInstanceUid: dataSet.string(tags.seriesInstanceUid) ?? '',
    instanceNumber: dataSet.intString(tags.instanceNumber),
    rows,
    columns,
    frames: Math.max(1, dataSet.intString(tags.frames) ?? 1),
    samplesPerPixel: Math.max(1, dataSet.uint16(tags.samplesPerPixel) ?? 1),
    planarConfiguration: dataSet.uint16(tags.planarConfiguration) ?? 0,
    photometric: (dataSet.string(tags.photometric) ?? 'MONOCHROME2').trim().toUpperCase(),
    bitsAllocated,
    bitsStored,
    highBit: dataSet.uint16(tags.highBit) ?? bitsStored - 1,
    pixelRepresentation: dataSet.uint16(tags.pixelRepresentation) === 1 ? 1 : 0,
    rescaleSlope: slope === undefined || slope === 0 ? 1 : slope,
    rescaleIntercept: finiteNumber(dataSet, tags.rescaleIntercept) ?? 0,
    window: windowCenter !== undefined && windowWidth !== undefined && windowWidth >= 1 ? { center: windowCenter, width: windowWidth } : undefined,
    pixelSpacing: pair(numbers(dataSet, tags.pixelSpacing, 2)),
    imagePosition: triple(numbers(dataSet, tags.imagePosition, 3)),
    imageOrientation: orientation(numbers(dataSet, tags.imageOrientation, 6)),
    sliceThickness: finiteNumber(dataSet, tags.sliceThickness),
  };
}

function finiteNumber(dataSet: DataSet, tag: string): number | undefined {
  const value = dataSet.floatString(tag);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function numbers(dataSet: DataSet, tag: string, count: number): number[] | undefined {
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const value = dataSet.floatString(tag, i);
    if (value === undefined || !Number.isFinite(value)) return undefined;
    values.push(value);
  }
  return values;
}

function pair(values: number[] | undefined): readonly [number, number] | undefined {
  if (!values || values[0]! <= 0 || values[1]! <= 0) return undefined;
  return [values[0]!, values[1]!];
}

function triple(values: number[] | undefined): Vector3 | undefined {
  return values ? [values[0]!, values[1]!, values[2]!] : undefined;
}

function orientation(values: number[] | undefined): readonly [Vector3, Vector3] | undefined {
  if (!values) return undefined;
  const row: Vector3 = [values[0]!, values[1]!, values[2]!];
  const column: Vector3 = [values[3]!, values[4]!, values[5]!];
  const isUnit = (v: Vector3) => Math.abs(Math.hypot(...v) - 1) < 0.01;
  return isUnit(row) && isUnit(column) ? [row, column] : undefined;
}

function clampInteger(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
