import { describe, expect, it } from 'vitest';
import { sortByGeometry } from '../../../src/dicom/sortSeries';
import type { SliceGeometry } from '../../../src/dicom/sortSeries';
import type { Vector3 } from '../../../src/dicom/vector3';

const axial: readonly [Vector3, Vector3] = [[1, 0, 0], [0, 1, 0]];
const sagittal: readonly [Vector3, Vector3] = [[0, 1, 0], [0, 0, -1]];

const slice = (name: string, position: Vector3 | undefined, instanceNumber: number | undefined, orientation = axial) =>
  ({ name, geometry: { imagePosition: position, imageOrientation: orientation, instanceNumber } satisfies SliceGeometry });

describe('sortByGeometry', () => {
  it('orders axial slices by position along the normal, not by instance number or file order', () => {
    const slices = [slice('c', [0, 0, 10], 1), slice('a', [0, 0, -5], 3), slice('b', [0, 0, 2.5], 2)];
    expect(sortByGeometry(slices, (s) => s.geometry).map((s) => s.name)).toEqual(['a', 'b', 'c']);
  });

  it('uses the slice normal of oblique sagittal stacks (cross of row and column)', () => {
    // Normal of row (0,1,0) × column (0,0,-1) is (-1,0,0): positions further right (+x) come first.
    const slices = [slice('left', [20, 0, 0], 1, sagittal), slice('right', [-20, 0, 0], 2, sagittal), slice('mid', [0, 3, 7], 3, sagittal)];
    expect(sortByGeometry(slices, (s) => s.geometry).map((s) => s.name)).toEqual(['left', 'mid', 'right']);
  });

  it('puts slices without a position after the others, by instance number', () => {
    const slices = [slice('n2', undefined, 2), slice('p', [0, 0, 1], 9), slice('n1', undefined, 1)];
    expect(sortByGeometry(slices, (s) => s.geometry).map((s) => s.name)).toEqual(['p', 'n1', 'n2']);
  });

  it('falls back to instance number, then input order, when there is no orientation at all', () => {
    const none = (name: string, n: number | undefined) => ({ name, geometry: { imagePosition: undefined, imageOrientation: undefined, instanceNumber: n } });
    const slices = [none('x', undefined), none('b', 2), none('a', 1), none('y', undefined)];
    expect(sortByGeometry(slices, (s) => s.geometry).map((s) => s.name)).toEqual(['a', 'b', 'x', 'y']);
  });
});
