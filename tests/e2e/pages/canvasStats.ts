import type { Locator } from '@playwright/test';

/** Distinct grey levels and standard deviation of a canvas: a blank canvas has one level. */
export async function canvasStats(canvas: Locator): Promise<{ width: number; height: number; levels: number; stdDev: number }> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx) return { width: 0, height: 0, levels: 0, stdDev: 0 };
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const seen = new Set<number>();
    let sum = 0;
    let sumSq = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const grey = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      seen.add(Math.round(grey));
      sum += grey;
      sumSq += grey * grey;
    }
    const mean = sum / n;
    return { width: c.width, height: c.height, levels: seen.size, stdDev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)) };
  });
}
