/**
 * Same-run timing: every case runs once per round, the order alternating between rounds
 * (A B C, C B A, …) so drift and warm-up hit all cases alike; the figure is the median round.
 *
 * @module
 */

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The `q`-quantile (0 to 1) of a list of numbers, by linear interpolation. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const lower = sorted[low] ?? Number.NaN;
  return lower + ((sorted[Math.min(low + 1, sorted.length - 1)] ?? lower) - lower) * (at - low);
}

/** Keeps results alive so the optimiser cannot drop the work that made them. */
export let sink = 0;
export function consume(value: number): void {
  sink = (sink + value) | 0;
}

/**
 * Runs each case `rounds` times, interleaved, after `warmup` untimed rounds, and returns the
 * milliseconds of each run by case name.
 */
export function interleave(cases: Readonly<Record<string, () => void>>, rounds: number, warmup = 2): Record<string, number[]> {
  const names = Object.keys(cases);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -warmup; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const run = cases[name] as () => void;
      const start = performance.now();
      run();
      const elapsed = performance.now() - start;
      if (round >= 0) times[name]?.push(elapsed);
    }
  }
  return times;
}
