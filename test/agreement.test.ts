/**
 * The agreement figures of the dataset card (docs/dataset-card.md) are what the scorer gives for
 * the blind second annotation now (scripts/agreement.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { agreementBlock, agreementReport, cardPath, END, intervalOf, replaceBlock, START } from '../scripts/agreement.js';
import type { Counts } from '../src/score.js';

describe('the dataset card', () => {
  const card = readFileSync(cardPath, 'utf8');
  const report = agreementReport();

  test('states the agreement figures the scorer gives for annotator B', () => {
    expect(replaceBlock(card, agreementBlock(report)), 'the agreement block of docs/dataset-card.md is out of date: run `npm run agreement`').toBe(card);
  });

  test('has one agreement block, with a row for every kind the scorer scores', () => {
    expect(card.split(START)).toHaveLength(2);
    expect(card.split(END)).toHaveLength(2);
    const block = card.slice(card.indexOf(START), card.indexOf(END));
    for (const kind of ['statements', 'actors', 'events', 'figures', 'times']) expect(block, kind).toMatch(new RegExp(`^\\| ${kind} \\| \\d+ \\| \\d+ \\|`, 'm'));
  });
});

describe('the agreement block', () => {
  const counts: Counts = { cor: 8, inc: 1, par: 0, mis: 1, spu: 0, possible: 10, actual: 9, precision: 8 / 9, recall: 0.8, f1: 0.842 };

  test('shows an interval only where the report has one', () => {
    expect(intervalOf(counts, 'f1')).toBeUndefined();
    expect(intervalOf({ ...counts, f1Interval: [0.7, 0.95] } as Counts, 'f1')).toEqual([0.7, 0.95]);
    expect(intervalOf({ ...counts, ci: { f1: { low: 0.6, high: 0.9 } } } as Counts, 'f1')).toEqual([0.6, 0.9]);
  });

  test('a card without the markers is refused rather than rewritten', () => {
    expect(() => replaceBlock('# A card\n', 'block\n')).toThrow(/has no <!-- agreement:start -->/);
  });
});
