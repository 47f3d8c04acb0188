/**
 * The scorer and the exporters on hostile input: big but valid input, runs of millions of combining
 * marks, text that would break out of its place in an output format, malformed datasets and
 * reports, prototype keys and a polluted `Object.prototype`. Each class has a regression test of
 * the case that was reported and, where it is a class, a property over the class. The command
 * line's share is in `hostile-cli.test.ts`; the rules over the source are in `source-rules.test.ts`.
 */
import { describe, expect, test } from 'vitest';
import { dataset } from '../src/index.js';
import type { Dataset, IdSpace } from '../src/index.js';
import { score } from '../src/score.js';
import type { Prediction, ScoreKind } from '../src/score.js';

/** A plain, mutable copy of the real dataset. */
const plainDataset = (): Dataset<IdSpace> => structuredClone(dataset) as Dataset<IdSpace>;

const KINDS: readonly ScoreKind[] = ['statements', 'actors', 'events', 'figures', 'times'];

describe('1. big but valid input never overflows the stack', () => {
  const entryOf: Readonly<Record<ScoreKind, unknown>> = {
    actors: { actor: 'kremlin', span: { start: 0, end: 7 } },
    statements: { speaker: 'dmitry-peskov', mode: 'indirect', span: { start: 0, end: 7 } },
    events: { span: { start: 0, end: 7 } },
    figures: { span: { start: 0, end: 7 }, value: 1, unit: 'd' },
    times: { span: { start: 0, end: 7 }, value: '2026-01-30' },
  };

  test.each(KINDS)('score takes 150,000 predictions of %s and counts every one', (kind) => {
    const prediction = { [kind]: Array.from({ length: 150_000 }, () => entryOf[kind]) } as Prediction;
    const report = score(prediction);
    expect(report[kind].strict.actual).toBe(150_000);
    expect(report.alignments.filter((row) => row.kind === kind && row.predicted !== null)).toHaveLength(150_000);
  });

  test('score takes a gold dataset with 150,000 mentions of one actor', () => {
    const gold = plainDataset() as unknown as { actors: { evidence: unknown[] }[] };
    const mention = gold.actors[0]!.evidence[0];
    gold.actors[0]!.evidence = Array.from({ length: 150_000 }, () => mention);
    const report = score({}, { gold: gold as unknown as Dataset<IdSpace> });
    expect(report.actors.strict.possible).toBe(150_000 + plainDataset().actors.slice(1).reduce((sum, actor) => sum + actor.evidence.length, 0));
  });
});
