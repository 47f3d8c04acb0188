/**
 * One-to-one alignment of gold units with predictions, and the outcome of each pair in each mode.
 * Exact-boundary pairs are aligned first, those of the right type before the others; the remaining
 * overlapping pairs follow, largest overlap first, and among equal overlaps those of the right
 * type first. Remaining ties go to the earlier gold unit, then to the earlier prediction in
 * canonical order, so the result never depends on the order of the input (docs/scoring.md says
 * the same).
 *
 * @internal
 * @module
 */
import { intervalIndex, type Interval } from '../util/intervals.js';
import type { Range } from './selectors.js';
import type { Outcome, ScoreMode } from './types.js';

/** A gold unit or a prediction, as the alignment sees it: its spans. */
export interface Spanned {
  readonly spans: readonly Range[];
}

/** An aligned pair: indexes into the gold units and the predictions. */
export interface Pair {
  readonly gold: number;
  readonly predicted: number;
  /** The prediction's boundaries equal one of the gold unit's spans. */
  readonly exact: boolean;
  /** The type is right. */
  readonly typeMatch: boolean;
  /** Characters the two share (the most over the gold unit's spans). */
  readonly overlap: number;
}

/** The result: aligned pairs, and what is left on each side (missed gold units, spurious predictions). */
export interface Aligned {
  readonly pairs: readonly Pair[];
  readonly missed: readonly number[];
  readonly spurious: readonly number[];
}

function overlapOf(a: readonly Range[], b: readonly Range[]): { exact: boolean; overlap: number } {
  let [exact, overlap] = [false, 0];
  for (const x of a) {
    for (const y of b) {
      if (x.start === y.start && x.end === y.end) exact = true;
      overlap = Math.max(overlap, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    }
  }
  return { exact, overlap };
}

/**
 * Aligns `gold` with `predicted` (both already in canonical order). `typeMatch(g, p)` says whether
 * the prediction at `p` has the type of the gold unit at `g`. Only pairs that overlap are ever
 * compared: the predictions' spans are put in an interval index, and each gold span asks it for
 * those it overlaps, so the cost grows with the overlapping pairs, not with gold × predicted.
 */
export function align(gold: readonly Spanned[], predicted: readonly Spanned[], typeMatch: (g: number, p: number) => boolean): Aligned {
  const intervals: Interval[] = [];
  predicted.forEach((prediction, p) => {
    for (const span of prediction.spans) if (span.end > span.start) intervals.push({ from: span.start, to: span.end - 1, owner: p });
  });
  const index = intervalIndex(intervals);
  const candidates: Pair[] = [];
  gold.forEach((unit, g) => {
    const near = new Set<number>();
    for (const span of unit.spans) if (span.end > span.start) index.overlapping(span.start, span.end - 1, (p) => near.add(p));
    for (const p of near) {
      const { exact, overlap } = overlapOf(unit.spans, (predicted[p] as Spanned).spans);
      if (overlap > 0) candidates.push({ gold: g, predicted: p, exact, overlap, typeMatch: typeMatch(g, p) });
    }
  });
  const byIndex = (a: Pair, b: Pair) => a.gold - b.gold || a.predicted - b.predicted;
  const exactFirst = candidates.filter((pair) => pair.exact).sort((a, b) => Number(b.typeMatch) - Number(a.typeMatch) || byIndex(a, b));
  const overlapping = candidates
    .filter((pair) => !pair.exact)
    .sort((a, b) => b.overlap - a.overlap || Number(b.typeMatch) - Number(a.typeMatch) || byIndex(a, b));
  const [usedGold, usedPredicted] = [new Set<number>(), new Set<number>()];
  const pairs: Pair[] = [];
  for (const pair of [...exactFirst, ...overlapping]) {
    if (usedGold.has(pair.gold) || usedPredicted.has(pair.predicted)) continue;
    usedGold.add(pair.gold);
    usedPredicted.add(pair.predicted);
    pairs.push(pair);
  }
  return {
    pairs: pairs.sort(byIndex),
    missed: gold.map((_, g) => g).filter((g) => !usedGold.has(g)),
    spurious: predicted.map((_, p) => p).filter((p) => !usedPredicted.has(p)),
  };
}

/**
 * The outcome of an aligned pair in each mode, as SemEval-2013 Task 9.1 defines them: strict needs
 * exact boundaries and the type; exact, exact boundaries; partial gives a partial match for an
 * overlap; type needs the type on any overlap.
 */
export function outcomesOf(pair: Pick<Pair, 'exact' | 'typeMatch'>): Readonly<Record<ScoreMode, Outcome>> {
  return {
    strict: pair.exact && pair.typeMatch ? 'COR' : 'INC',
    exact: pair.exact ? 'COR' : 'INC',
    partial: pair.exact ? 'COR' : 'PAR',
    type: pair.typeMatch ? 'COR' : 'INC',
  };
}
