import type { Tissue } from './tissues';

/**
 * A brain in patient coordinates (mm, LPS): scalp, skull, CSF, folded cortex,
 * white matter, deep grey nuclei, lateral and third ventricles; with
 * `lesions`, periventricular ovoid white-matter lesions as in MS.
 */
const lesionCentres: readonly (readonly [number, number, number, number])[] = [
  [-16, -18, 44, 4], [15, 10, 48, 5], [-18, 22, 40, 3.5], [20, -26, 36, 3], [-10, 34, 52, 3], [12, -6, 58, 4],
];

export function brainTissue(x: number, y: number, z: number, lesions: boolean): Tissue {
  const ex = x / 74;
  const ey = (y - 5) / 94;
  const ez = (z - 30) / 82;
  const r = Math.sqrt(ex * ex + ey * ey + ez * ez);
  if (r > 1) return 'air';
  const depth = (1 - r) * 76;
  if (depth < 5) return 'fat';
  if (depth < 11) return 'cortex';
  if (depth < 13.5) return 'csf';
  if (Math.abs(x) < 1.4 && y < 70 && z > 10) return 'csf';
  const angle = Math.atan2(y, x);
  const fold = Math.sin(angle * 23 + z * 0.22) * Math.sin(angle * 9 - z * 0.17);
  if (depth < 24 && fold > 0.55 && depth < 13.5 + 10 * fold) return 'csf';
  if (depth < 18.5 + 4 * fold) return 'grey';
  for (const side of [-1, 1]) {
    const horn = ((x - side * 11) / (6 + 0.06 * (y + 30))) ** 2 + ((y + 2) / 30) ** 2 + ((z - 38) / 12) ** 2;
    if (horn < 1) return 'csf';
    if (((x - side * 21) / 10) ** 2 + ((y - 4) / 17) ** 2 + ((z - 24) / 10) ** 2 < 1) return 'grey';
  }
  if ((x / 2.5) ** 2 + ((y - 4) / 14) ** 2 + ((z - 24) / 9) ** 2 < 1) return 'csf';
  if (lesions) {
    for (const [lx, ly, lz, lr] of lesionCentres) {
      if (((x - lx) / lr) ** 2 + ((y - ly) / (lr * 0.7)) ** 2 + ((z - lz) / (lr * 1.8)) ** 2 < 1) return 'lesion';
    }
  }
  return 'white';
}
