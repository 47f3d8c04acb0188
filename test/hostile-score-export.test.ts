/**
 * The scorer and the exporters on hostile input: big but valid input, runs of millions of combining
 * marks, text that would break out of its place in an output format, malformed datasets and
 * reports, prototype keys and a polluted `Object.prototype`. Each class has a regression test of
 * the case that was reported and, where it is a class, a property over the class. The command
 * line's share is in `hostile-cli.test.ts`; the rules over the source are in `source-rules.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dataset, findActor, findActors, search } from '../src/index.js';
import type { Dataset, IdSpace } from '../src/index.js';
import { score } from '../src/score.js';
import type { Prediction, ScoreKind } from '../src/score.js';
import { toBrat } from '../src/export.js';
import { bratName } from '../src/export/brat.js';
import { foldCase } from '../src/core/names.js';
import { wordsOf } from '../src/core/search.js';

/** A plain, mutable copy of the real dataset. */
const plainDataset = (): Dataset<IdSpace> => structuredClone(dataset) as Dataset<IdSpace>;

/** More than the ~4.2 million combining marks that overflowed V8's regex stack (`\p{M}+`) on Node 20. */
const RUN = 2 ** 23;
const marks = '\u0301'.repeat(RUN);
const joiners = '\u200d'.repeat(RUN);

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

describe('2. a run of millions of combining marks or joiners is read, not a stack overflow', () => {
  test('findActor and findActors fold a name with millions of marks in it', () => {
    expect(findActor(`K${marks}remlin`)?.id).toBe('kremlin');
    expect(findActors(`Krem${marks}lin`).map((actor) => actor.id)).toContain('kremlin');
    expect(findActors(joiners)).toEqual([]);
  });

  test('search splits words at a run of millions of joiners, and ignores millions of marks', () => {
    expect(search(`Kremlin${joiners}Peskov`)).toEqual(search('Kremlin Peskov'));
    expect(search(`Pesk${marks}ov`)).toEqual(search('Peskov'));
    expect(search(marks)).toEqual([]);
  });

  test('score resolves a reference with millions of marks, and a gold alias with millions of marks', () => {
    expect(score({ actors: [{ actor: `Krem${marks}lin`, span: { start: 0, end: 7 } }] }).actors.strict.cor).toBe(1);
    const gold = plainDataset() as unknown as { actors: { aliases: string[] }[] };
    gold.actors[0]!.aliases.push(`Kreml${marks}`);
    expect(score({ actors: [{ actor: 'kreml', span: { start: 0, end: 7 } }] }, { gold: gold as unknown as Dataset<IdSpace> }).actors.strict.cor).toBe(1);
  });

  test('toBrat names a role with millions of joiners in it', () => {
    const data = plainDataset() as unknown as { events: { participants: { role: string }[] }[] };
    const event = data.events.find((candidate) => candidate.participants.length > 0)!;
    event.participants[0]!.role = `requester${joiners}x`;
    expect(toBrat(data as unknown as Dataset<IdSpace>).ann).toMatch(/ requester-x:T\d+/);
  });

  // The loops that replace the quantified patterns mean the same as the patterns did.
  const pieces = fc.constantFrom('a', 'Z', 'é', 'e\u0301', '\u0301', '\u20dd', '\u200d', ' ', '\t', '\n', '-', '_', '.', '😀', '\ud800', '\udc00', '٣', 'ß', 'ǅ', 'ﬁ');
  const text = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

  test('wordsOf and bratName agree with the patterns they replace, on any mix of letters, marks, joiners and separators', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(wordsOf(value)).toEqual(foldCase(value).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== ''));
        const name = value.trim().replace(/[^\p{L}\p{N}_-]+/gu, '-');
        expect(bratName(value)).toBe(name === '' ? 'unnamed' : name);
        expect(foldCase(value)).toBe(value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });
});
