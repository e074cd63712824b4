import { cross, dot } from './vector3';
import type { Vector3 } from './vector3';

export interface SliceGeometry {
  readonly imagePosition: Vector3 | undefined;
  readonly imageOrientation: readonly [Vector3, Vector3] | undefined;
  readonly instanceNumber: number | undefined;
}

/**
 * Orders slices by their position along the slice normal, as a reader
 * expects to scroll them; file order and instance numbers are not reliable.
 * Slices without geometry keep instance-number order, after the others.
 */
export function sortByGeometry<T>(items: readonly T[], geometryOf: (item: T) => SliceGeometry): T[] {
  const withGeometry = items.map((item, index) => ({ item, index, geometry: geometryOf(item) }));
  const reference = withGeometry.find((entry) => entry.geometry.imageOrientation)?.geometry.imageOrientation;
  const normal = reference ? cross(reference[0], reference[1]) : undefined;
  const distance = (geometry: SliceGeometry) =>
    normal && geometry.imagePosition ? dot(geometry.imagePosition, normal) : undefined;
  return withGeometry
    .map((entry) => ({ ...entry, distance: distance(entry.geometry) }))
    .sort((a, b) => {
      if (a.distance !== undefined && b.distance !== undefined && a.distance !== b.distance) return a.distance - b.distance;
      if (a.distance === undefined && b.distance !== undefined) return 1;
      if (b.distance === undefined && a.distance !== undefined) return -1;
      const byNumber = (a.geometry.instanceNumber ?? Infinity) - (b.geometry.instanceNumber ?? Infinity);
      return Number.isNaN(byNumber) || byNumber === 0 ? a.index - b.index : byNumber;
    })
    .map((entry) => entry.item);
}
