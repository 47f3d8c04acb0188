/**
 * Counts of outcomes and the ratios drawn from them.
 *
 * @internal
 * @module
 */
import type { Counts, Outcome } from './types.js';

/** `numerator / denominator`, or 0 when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** The harmonic mean of precision and recall, or 0 when both are 0. */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * The counts of a list of outcomes: possible = cor+inc+par+mis, actual = cor+inc+par+spu, and a
 * partial match worth ½ in precision and recall.
 */
export function countOutcomes(outcomes: readonly Outcome[]): Counts {
  const n = { COR: 0, INC: 0, PAR: 0, MIS: 0, SPU: 0 };
  for (const outcome of outcomes) n[outcome]++;
  const possible = n.COR + n.INC + n.PAR + n.MIS;
  const actual = n.COR + n.INC + n.PAR + n.SPU;
  const credit = n.COR + n.PAR / 2;
  const precision = ratio(credit, actual);
  const recall = ratio(credit, possible);
  return { cor: n.COR, inc: n.INC, par: n.PAR, mis: n.MIS, spu: n.SPU, possible, actual, precision, recall, f1: f1(precision, recall) };
}
