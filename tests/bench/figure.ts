/** One benchmark figure: a value and its baseline measured in the same run. */
export type Figure = Readonly<{
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  /** The ratio to stay at or under, in words a reader can check (e.g. "<= 1.5"). */
  goal: string;
}>;

export type FigureSource = Readonly<{ name: string; measure: () => Promise<Figure[]> }>;

/** Median of several timed runs, in milliseconds. */
export async function medianMs(runs: number, body: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export function figure(name: string, value: number, baseline: number, unit: string, goal: string): Figure {
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline), goal };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
