/**
 * Confidence intervals by a paired bootstrap over the article's sentences: the sentences are drawn
 * with replacement, as many as there are, and every kind's and mode's counts are summed over the
 * same draw, so that the intervals of two kinds, two modes or two systems scored with the same
 * seed rest on the same resamples. Each interval is the 2.5th to 97.5th percentile of the
 * resampled values (linear interpolation between order statistics); a resample in which a ratio's
 * denominator is 0 (no gold unit, or no prediction, of that kind was drawn) says nothing of it and is
 * left out of that ratio's distribution. The pseudo-random draw is seeded (mulberry32), so the same
 * input always gives the same interval.
 *
 * @internal
 * @module
 */
import { f1, ratio } from './counts.js';
import type { ConfidenceInterval, Outcome } from './types.js';
import { outcomes } from '../model/vocabulary.js';
import { mulberry32 } from '../util/random.js';

/** How many resamples `score` draws unless told otherwise. */
export const DEFAULT_RESAMPLES = 1_000;

/** The seed `score` draws with unless told otherwise: the article's date of publication, 2026-01-30. */
export const DEFAULT_SEED = 20_260_130;

/** The confidence level of every interval. */
export const LEVEL = 0.95;

const OUTCOMES: readonly Outcome[] = outcomes;

/** One outcome to resample: its group (a kind in a mode, say), and its sentence, or -1 where it has no place in the text. */
export interface Sampled {
  readonly group: number;
  readonly sentence: number;
  readonly outcome: Outcome;
}

/** The percentile `p` (0 to 1) of sorted values, by linear interpolation between order statistics. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const at = p * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}

/**
 * The interval of each group (and of `combined` groups summed, such as every kind in one mode)
 * from `resamples` draws of `sentences` sentences. Outcomes without a sentence are in every draw.
 */
export function bootstrap(
  samples: readonly Sampled[],
  groups: number,
  sentences: number,
  options: { readonly resamples: number; readonly seed: number; readonly combined?: readonly (readonly number[])[] },
): ConfidenceInterval[] {
  const combined = options.combined ?? [];
  const width = OUTCOMES.length;
  // Each sentence's counts as a sparse list of (cell, count), cell = group × 5 + outcome; the unplaced ones once.
  const cells = new Map<number, Map<number, number>>();
  const fixed = new Float64Array(groups * width);
  for (const sample of samples) {
    const cell = sample.group * width + OUTCOMES.indexOf(sample.outcome);
    if (sample.sentence < 0 || sample.sentence >= sentences) {
      fixed[cell] = (fixed[cell] as number) + 1;
      continue;
    }
    let counts = cells.get(sample.sentence);
    if (counts === undefined) cells.set(sample.sentence, (counts = new Map()));
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  // Every sentence's (cell, count) pairs in one flat array, sentence after sentence: `heads[s]` up to `heads[s + 1]`.
  const heads = new Int32Array(sentences + 1);
  for (const [sentence, counts] of cells) heads[sentence + 1] = counts.size;
  for (let s = 0; s < sentences; s++) heads[s + 1] = (heads[s + 1] as number) + (heads[s] as number);
  const cellOf = new Int32Array(heads[sentences] as number);
  const countOf = new Int32Array(heads[sentences] as number);
  for (const [sentence, counts] of cells) {
    let i = heads[sentence] as number;
    for (const [cell, count] of counts) {
      cellOf[i] = cell;
      countOf[i++] = count;
    }
  }
  const total = groups + combined.length;
  const values = { precision: [] as Float64Array[], recall: [] as Float64Array[], f1: [] as Float64Array[] };
  for (let g = 0; g < total; g++) for (const key of ['precision', 'recall', 'f1'] as const) values[key].push(new Float64Array(options.resamples));
  const random = mulberry32(options.seed);
  const counts = new Float64Array(groups * width);
  for (let r = 0; r < options.resamples; r++) {
    counts.set(fixed);
    for (let draw = 0; draw < sentences; draw++) {
      const s = Math.floor(random() * sentences);
      for (let i = heads[s] as number, end = heads[s + 1] as number; i < end; i++) {
        const cell = cellOf[i] as number;
        counts[cell] = (counts[cell] as number) + (countOf[i] as number);
      }
    }
    const record = (g: number, cellsOf: (outcome: number) => number) => {
      const result = ratios(cellsOf);
      // A ratio whose denominator is 0 in a resample says nothing of the system: left out (NaN).
      (values.precision[g] as Float64Array)[r] = result.actual === 0 ? NaN : result.precision;
      (values.recall[g] as Float64Array)[r] = result.possible === 0 ? NaN : result.recall;
      (values.f1[g] as Float64Array)[r] = result.actual === 0 && result.possible === 0 ? NaN : result.f1;
    };
    for (let g = 0; g < groups; g++) record(g, (o) => counts[g * width + o] as number);
    combined.forEach((members, c) => record(groups + c, (o) => members.reduce((sum, g) => sum + (counts[g * width + o] as number), 0)));
  }
  return Array.from({ length: total }, (_, g) => {
    const interval = (key: 'precision' | 'recall' | 'f1'): readonly [number, number] => {
      const sorted = (values[key][g] as Float64Array).filter((value) => !Number.isNaN(value)).sort();
      return [percentile(sorted, (1 - LEVEL) / 2), percentile(sorted, 1 - (1 - LEVEL) / 2)];
    };
    return { level: LEVEL, precision: interval('precision'), recall: interval('recall'), f1: interval('f1') };
  });
}

/** Precision, recall and F1 of outcome counts (`count(o)` for COR, INC, PAR, MIS, SPU), as `countOutcomes` computes them. */
function ratios(count: (outcome: number) => number): { precision: number; recall: number; f1: number; actual: number; possible: number } {
  const [cor, inc, par, mis, spu] = [count(0), count(1), count(2), count(3), count(4)];
  const credit = cor + par / 2;
  const [actual, possible] = [cor + inc + par + spu, cor + inc + par + mis];
  const precision = ratio(credit, actual);
  const recall = ratio(credit, possible);
  return { precision, recall, f1: f1(precision, recall), actual, possible };
}
