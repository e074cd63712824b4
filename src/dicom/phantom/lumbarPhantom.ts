import type { Tissue } from './tissues';

/**
 * A lumbar spine in patient coordinates (mm, LPS: +x left, +y posterior,
 * +z superior): L1 to S1 on a gentle lordosis, discs, canal with cauda
 * equina, posterior elements, paraspinal and psoas muscles, aorta, IVC,
 * abdominal contents and subcutaneous fat. L4 has slipped 5 mm forward on
 * L5 and the L4-L5 disc is degenerated and bulges into the canal.
 */
const levelCentres = [100, 66, 32, -2, -36, -70]; // L1..S1
const bodyHalfHeight = 12.5;
const slipLevel = 3; // L4

export function vertebralBodyY(z: number): number {
  return 10 - 14 * Math.cos((z * Math.PI) / 300);
}

export function lumbarTissue(x: number, y: number, z: number): Tissue {
  const outline = (x / 165) ** 2 + ((y - 20) / 125) ** 2;
  if (outline > 1) return 'air';
  if (outline > 0.74) return 'fat';

  let level = 0;
  for (let k = 1; k < levelCentres.length; k++) if (Math.abs(z - levelCentres[k]!) < Math.abs(z - levelCentres[level]!)) level = k;
  const centre = levelCentres[level]!;
  const dz = z - centre;
  const inBodyHeight = Math.abs(dz) < bodyHalfHeight;
  const slip = level === slipLevel ? -5 : 0;
  const yb = vertebralBodyY(z) + slip;
  const yc = yb + 25; // canal centre

  // Vertebral body: a rounded box in the sagittal plane, an ellipse axially.
  const axial = (x / 22) ** 2 + ((y - yb) / 16) ** 2;
  if (inBodyHeight && axial < 1) {
    const box = (Math.abs(y - yb) / 16) ** 4 + (Math.abs(dz) / bodyHalfHeight) ** 4;
    if (box < 1) return box > 0.8 || axial > 0.88 ? 'cortex' : 'marrow';
  }
  // Disc between this body and its neighbour.
  if (!inBodyHeight) {
    const belowLevel = dz < 0 ? level + 1 : level;
    const degenerated = belowLevel === slipLevel + 1;
    const bulge = degenerated && y > yb && Math.abs(x) < 16 ? 5 * (1 - (x / 16) ** 2) : 0;
    const disc = (x / 23) ** 2 + ((y - yb) / (17 + (y > yb ? bulge : 0))) ** 2;
    const gapHalf = (34 - 2 * bodyHalfHeight) / 2;
    const gapCentre = dz < 0 ? centre - 17 : centre + 17;
    const heightFactor = degenerated ? 0.6 : 1;
    if (disc < 1 && Math.abs(z - gapCentre) < gapHalf * heightFactor + 0.5) {
      if (degenerated) return 'degeneratedDisc';
      return disc < 0.45 && Math.abs(z - gapCentre) < gapHalf * 0.7 ? 'nucleus' : 'annulus';
    }
  }
  // Spinal canal: CSF with the conus (above L1-L2) or the cauda equina.
  const canal = (x / 11) ** 2 + ((y - yc) / 8) ** 2;
  if (canal < 1) {
    if (z > 85 && (x / 4.5) ** 2 + ((y - yc + 1) / 4) ** 2 < 1) return 'nerve';
    for (const root of [-5, -2, 1.5, 4.5]) if ((x - root) ** 2 + (y - yc - 2.5) ** 2 < 1.1) return 'nerve';
    return 'csf';
  }
  // Posterior elements at each vertebral level: facets, laminae, spinous process.
  if (Math.abs(dz - 3) < 10) {
    const facet = Math.abs(x) > 13 && Math.abs(x) < 24 && y > yc - 4 && y < yc + 8;
    const lamina = Math.abs(x) < 18 && y >= yc + 8 && y < yc + 14;
    const spinous = Math.abs(x) < 4 && y >= yc + 8 && y < yc + 46 && Math.abs(dz - 3) < 9 - (y - yc - 8) * 0.08;
    if (facet || lamina || spinous) {
      const edge = Math.abs(x) > 2.8 && spinous && !lamina ? true : y > yc + 44;
      return edge ? 'cortex' : 'marrow';
    }
  }
  for (const side of [-1, 1]) {
    if (((x - side * 22) / 27) ** 2 + ((y - yc - 42) / 34) ** 2 < 1) return 'muscle';
    if (z > 35 && ((x - side * 72) / 24) ** 2 + ((y - yb - 8) / 30) ** 2 < 1) return 'viscera'; // kidneys
    if (z < 90) {
      const psoasX = side * (32 + (90 - z) * 0.12);
      const psoasR = 10 + (90 - z) * 0.06;
      if (((x - psoasX) / psoasR) ** 2 + ((y - yb - 2) / 14) ** 2 < 1) return 'muscle';
    }
  }
  if (z > -25 ? (x - 14) ** 2 + (y - yb + 27) ** 2 < 100 : (Math.abs(x) - 20) ** 2 + (y - yb + 24) ** 2 < 49) return 'vessel';
  if ((x + 19) ** 2 + (y - yb + 22) ** 2 < 110) return 'vessel';
  if ((x / 125) ** 2 + ((y - yb + 45) / 62) ** 2 < 1) return 'viscera';
  return 'fat';
}
