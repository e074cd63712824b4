import type { Vector3 } from '../vector3';
import { brainTissue } from './brainPhantom';
import { lumbarTissue } from './lumbarPhantom';
import type { MrSeriesRecipe } from './mrSeriesKinds';
import { signal, textured } from './tissues';
import { valueNoise } from './valueNoise';

export interface SlicePlane {
  readonly size: number;
  readonly pixelSpacing: number;
  /** Centre of the top-left pixel. */
  readonly position: Vector3;
  readonly rowDirection: Vector3;
  readonly columnDirection: Vector3;
}

/**
 * Samples the phantom on one slice: tissue signal, fine texture, partial
 * volume by a [1 2 1] blur, a receive-coil bias and Rician noise, as 12-bit
 * unsigned stored values.
 */
export function renderSlice(
  recipe: MrSeriesRecipe,
  plane: SlicePlane,
  options: { lesions: boolean; random: () => number; cache?: Map<string, Float32Array> },
): Uint16Array {
  const key = `${recipe.anatomy}|${recipe.sequence}|${options.lesions}|${plane.size}|${plane.pixelSpacing}|${plane.position.join(',')}|${plane.rowDirection.join(',')}|${plane.columnDirection.join(',')}`;
  let blurred = options.cache?.get(key);
  if (!blurred) {
    blurred = blur121(renderClean(recipe, plane, options.lesions), plane.size);
    options.cache?.set(key, blurred);
  }
  return addRicianNoise(blurred, options.random);
}

function renderClean(recipe: MrSeriesRecipe, plane: SlicePlane, lesions: boolean): Float32Array {
  const { size, pixelSpacing: ps, position: [px, py, pz], rowDirection: r, columnDirection: c } = plane;
  const table = signal[recipe.sequence];
  const texture = textureField(plane);
  const clean = new Float32Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = px + col * ps * r[0] + row * ps * c[0];
      const y = py + col * ps * r[1] + row * ps * c[1];
      const z = pz + col * ps * r[2] + row * ps * c[2];
      const tissue = recipe.anatomy === 'lumbar' ? lumbarTissue(x, y, z) : brainTissue(x, y, z, lesions);
      let value = table[tissue];
      if (textured.has(tissue)) {
        const i = row * size + col;
        value *= tissue === 'viscera' ? 0.55 + 0.6 * texture.coarse[i]! + 0.25 * texture.fine[i]! : 0.86 + 0.18 * texture.coarse[i]! + 0.1 * texture.fine[i]!;
      }
      // Posterior surface coils for the spine, a head coil brighter at the periphery for the brain.
      const bias = recipe.anatomy === 'lumbar' ? 0.7 + 0.45 / (1 + Math.exp(-(y - 40) / 45)) : 0.92 + 0.12 * ((x * x + (y - 5) * (y - 5)) / 8000);
      clean[row * size + col] = value * bias;
    }
  }
  return clean;
}

/** Noise sampled every other pixel and interpolated: texture at a quarter of the cost. */
function textureField(plane: SlicePlane): { coarse: Float32Array; fine: Float32Array } {
  const { size, pixelSpacing: ps, position: [px, py, pz], rowDirection: r, columnDirection: c } = plane;
  const half = size / 2 + 1;
  const coarseGrid = new Float32Array(half * half);
  const fineGrid = new Float32Array(half * half);
  for (let gr = 0; gr < half; gr++) {
    for (let gc = 0; gc < half; gc++) {
      const col = gc * 2;
      const row = gr * 2;
      const x = px + col * ps * r[0] + row * ps * c[0];
      const y = py + col * ps * r[1] + row * ps * c[1];
      const z = pz + col * ps * r[2] + row * ps * c[2];
      coarseGrid[gr * half + gc] = valueNoise(x / 14, y / 14, z / 14, 1);
      fineGrid[gr * half + gc] = valueNoise(x / 4, y / 4, z / 4, 2);
    }
  }
  const upsample = (grid: Float32Array) => {
    const out = new Float32Array(size * size);
    for (let row = 0; row < size; row++) {
      const gr = row >> 1;
      const fr = (row & 1) / 2;
      for (let col = 0; col < size; col++) {
        const gc = col >> 1;
        const fc = (col & 1) / 2;
        const a = grid[gr * half + gc]!;
        const b = grid[gr * half + gc + 1]!;
        const cc = grid[(gr + 1) * half + gc]!;
        const d = grid[(gr + 1) * half + gc + 1]!;
        out[row * size + col] = (a * (1 - fc) + b * fc) * (1 - fr) + (cc * (1 - fc) + d * fc) * fr;
      }
    }
    return out;
  };
  return { coarse: upsample(coarseGrid), fine: upsample(fineGrid) };
}

function addRicianNoise(blurred: Float32Array, random: () => number): Uint16Array {
  const out = new Uint16Array(blurred.length);
  const sigma = 38;
  for (let i = 0; i < out.length; i++) {
    // Box–Muller gives two independent normals: the real and imaginary noise. 1 - random() keeps the log finite.
    const radius = sigma * Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    const real = blurred[i]! + radius * Math.cos(angle);
    const imaginary = radius * Math.sin(angle);
    out[i] = Math.min(4095, Math.round(Math.sqrt(real * real + imaginary * imaginary)));
  }
  return out;
}

/** A [1 2 1] blur in both directions: partial volume at tissue borders. */
function blur121(source: Float32Array, size: number): Float32Array {
  const horizontal = new Float32Array(source.length);
  const out = new Float32Array(source.length);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const i = row * size + col;
      horizontal[i] = (source[col > 0 ? i - 1 : i]! + 2 * source[i]! + source[col < size - 1 ? i + 1 : i]!) / 4;
    }
  }
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const i = row * size + col;
      out[i] = (horizontal[row > 0 ? i - size : i]! + 2 * horizontal[i]! + horizontal[row < size - 1 ? i + size : i]!) / 4;
    }
  }
  return out;
}
