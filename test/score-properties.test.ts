/**
 * Properties of the scorer, checked with fast-check on this article's records (expected values are
 * derived from the records, never counted by hand), and the agreement of the three validators of
 * a prediction: the scorer's own checker, `PredictionSchema` (zod) and `prediction.schema.json`, in
 * ajv and in Python's `jsonschema`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { predictionJsonSchema } from '../scripts/emit-prediction-schema.js';
import { dataset } from '../src/index.js';
import { PredictionSchema } from '../src/schema/index.js';
import { score, type Prediction, type ScoreKind, type ScoreMode, type ScoreReport } from '../src/score.js';
import { predictionProblem } from '../src/score/check.js';
import type { Span } from '../src/model/types.js';
import { offsetIndex } from '../src/util/offsets.js';
import { goldAsPrediction, inUnit, SYNTHETIC_TEXT, syntheticDataset, timeUnits } from './helpers/scoring.js';
import { hasPythonJsonSchema, pythonVerdicts } from './helpers/python-jsonschema.js';

const KINDS: readonly ScoreKind[] = ['statements', 'actors', 'events', 'figures', 'times'];
const MODES: readonly ScoreMode[] = ['strict', 'exact', 'partial', 'type'];
const text = dataset.article.text;
const gold = goldAsPrediction(dataset, 'offsets', 'id');
const entriesOf = (prediction: Prediction, kind: ScoreKind) => (prediction[kind] ?? []) as unknown[];

/** Every gold span of a kind, from the records, so spans that overlap none of them can be drawn. */
function goldSpans(kind: ScoreKind): readonly Pick<Span, 'start' | 'end'>[] {
  switch (kind) {
    case 'statements':
      return dataset.statements.map((statement) => statement.evidence[0] as Span);
    case 'actors':
      return dataset.actors.flatMap((actor) => actor.evidence);
    case 'events':
      return dataset.events.flatMap((event) => event.evidence);
    case 'figures':
      return dataset.figures.flatMap((figure) => figure.evidence);
    case 'times':
      return timeUnits(dataset);
  }
}

/** The stretches of text that no gold span of a kind touches, at least two characters long. */
function gaps(kind: ScoreKind): { start: number; end: number }[] {
  const covered = new Uint8Array(text.length);
  for (const span of goldSpans(kind)) covered.fill(1, span.start, span.end);
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; ) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !covered[j]) j++;
    if (j - i >= 2) found.push({ start: i, end: j });
    i = j;
  }
  return found;
}

/** A prediction entry of `kind` on a span, with some type. */
function entryOn(kind: ScoreKind, span: { start: number; end: number }): unknown {
  switch (kind) {
    case 'statements':
      return { speaker: 'donald-trump', mode: 'indirect', span };
    case 'actors':
      return { actor: 'donald-trump', span };
    case 'events':
      return { span };
    case 'figures':
      return { span, value: 1, unit: 'h' };
    case 'times':
      return { span, value: '2026-01-01' };
  }
}

const withEntries = (prediction: Prediction, kind: ScoreKind, entries: readonly unknown[]): Prediction => ({ ...prediction, [kind]: entries });

describe('properties of score', () => {
  test('removing k of N correct predictions gives recall (N − k)/N in every mode, and precision 1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.infiniteStream(fc.boolean()), (kind, keep) => {
        const all = entriesOf(gold, kind);
        const kept = all.filter(() => keep.next().value as boolean);
        const report = score(withEntries(gold, kind, kept));
        const [n, k] = [all.length, all.length - kept.length];
        for (const mode of MODES) {
          expect(report[kind][mode].possible).toBe(n);
          expect(report[kind][mode].recall).toBe((n - k) / n);
          expect(report[kind][mode].precision).toBe(kept.length === 0 ? 0 : 1);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('adding spans that overlap nothing lowers only precision', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.infiniteStream(fc.boolean()),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 5 }),
        (kind, keep, picks) => {
          const free = gaps(kind);
          const added = picks.map(([g, a, b]) => {
            const gap = free[g % free.length] as { start: number; end: number };
            const start = gap.start + (a % (gap.end - gap.start - 1));
            return entryOn(kind, { start, end: start + 1 + (b % (gap.end - start - 1 || 1)) });
          });
          const base = withEntries(gold, kind, entriesOf(gold, kind).filter(() => keep.next().value as boolean));
          const [before, after] = [score(base), score(withEntries(base, kind, [...entriesOf(base, kind), ...added]))];
          for (const mode of MODES) {
            const [{ ci: _x, ...x }, { ci: _y, ...y }] = [before[kind][mode], after[kind][mode]];
            expect({ ...y, spu: y.spu - added.length, actual: y.actual - added.length, precision: 0, f1: 0 }).toEqual({ ...x, precision: 0, f1: 0 });
            expect(y.recall).toBe(x.recall);
            if (x.precision > 0) expect(y.precision).toBeLessThan(x.precision);
            else expect(y.precision).toBe(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  /** A prediction mixing correct entries, shifted spans, other actors and invalid entries. */
  const messy = fc
    .record({
      kinds: fc.subarray([...KINDS], { minLength: 1 }),
      noise: fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), fc.boolean()), { minLength: 60, maxLength: 60 }),
    })
    .map(({ kinds, noise }) => {
      const prediction: Record<string, unknown[]> = {};
      for (const kind of kinds) {
        prediction[kind] = entriesOf(gold, kind).map((entry, i) => {
          const [ds, de, swap] = noise[i % noise.length] as [number, number, boolean];
          const { span, ...rest } = entry as { span: { start: number; end: number } };
          const shifted = { start: Math.max(0, span.start + ds), end: span.end + de };
          const other = swap ? ('speaker' in rest ? { speaker: 'vladimir-putin' } : 'actor' in rest ? { actor: 'Kyiv' } : {}) : {};
          return { ...rest, ...other, span: shifted };
        });
      }
      return prediction as Prediction;
    });

  const shuffled = <T>(items: readonly T[], keys: readonly number[]) =>
    items
      .map((item, i) => [keys[i % keys.length] ?? 0, i, item] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, , item]) => item);

  const comparable = (report: ScoreReport) => ({ ...report, invalid: report.invalid.map((entry) => entry.reason).sort() });

  test('the order of predictions never matters', () => {
    fc.assert(
      fc.property(messy, fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 200 }), (prediction, keys) => {
        const reordered: Record<string, unknown> = {};
        for (const kind of [...KINDS].reverse()) if (prediction[kind]) reordered[kind] = shuffled(prediction[kind] as unknown[], keys);
        expect(comparable(score(reordered as Prediction))).toEqual(comparable(score(prediction)));
      }),
      { numRuns: 40 },
    );
  });

  test('offsets counted in code points or UTF-8 bytes give the same report as UTF-16, on a text with emoji and multi-byte letters', () => {
    const synthetic = syntheticDataset();
    const index = offsetIndex(SYNTHETIC_TEXT);
    // Every UTF-16 boundary that does not split a surrogate pair.
    const boundaries = Array.from({ length: SYNTHETIC_TEXT.length + 1 }, (_, i) => i).filter((i) => index.fromUtf16(i, 'utf16') !== undefined);
    const spanArb = fc.tuple(fc.constantFrom(...boundaries), fc.constantFrom(...boundaries)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    const ref = fc.constantFrom('zofie-novak', 'Q580', 'Ňovák', 'Łódź');
    const prediction = fc.record({
      statements: fc.array(fc.record({ speaker: ref, mode: fc.constantFrom('direct', 'indirect'), span: spanArb }), { maxLength: 4 }),
      actors: fc.array(fc.record({ actor: ref, span: spanArb }), { maxLength: 4 }),
      events: fc.array(fc.record({ span: spanArb, time: fc.constantFrom('2026-01-30', '2026-01-29') }), { maxLength: 4 }),
      figures: fc.array(fc.record({ span: spanArb, value: fc.constantFrom(7, 1, 168), unit: fc.constantFrom('d', 'wk', 'h') }), { maxLength: 4 }),
      times: fc.array(fc.record({ span: spanArb, value: fc.constantFrom('2026-01-30', 'P7D', 'P1W'), type: fc.constantFrom('DATE', 'DURATION') }), { maxLength: 4 }),
    }) as fc.Arbitrary<Prediction>;
    fc.assert(
      fc.property(prediction, (utf16) => {
        const expected = score(utf16, { gold: synthetic });
        for (const unit of ['codepoint', 'utf8'] as const) expect(score(inUnit(utf16, SYNTHETIC_TEXT, unit), { gold: synthetic })).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  test('score never throws on a schema-valid prediction without a foreign sha256, and counts every entry once', () => {
    fc.assert(
      fc.property(validPrediction, (prediction) => {
        const report = score(prediction);
        const reference = score({});
        for (const kind of KINDS) {
          for (const mode of MODES) {
            expect(report[kind][mode].actual).toBe((prediction[kind] ?? []).length);
            expect(report[kind][mode].possible).toBe(reference[kind][mode].possible);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

// Arbitraries of schema-valid predictions: offsets in and out of range, quotes from the text and
// made up, references that resolve and that do not, units known and unknown.
const offsetSelector = fc.record({ start: fc.nat({ max: text.length + 10 }), end: fc.nat({ max: text.length + 10 }) });
const quoteSelector = fc.record(
  {
    quote: fc.oneof(fc.tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 30 })).map(([start, length]) => text.slice(start, start + length) || 'x'), fc.string({ minLength: 1 })),
    prefix: fc.string({ maxLength: 3 }),
    suffix: fc.string({ maxLength: 3 }),
  },
  { requiredKeys: ['quote'] },
);
const selector = fc.oneof(offsetSelector, quoteSelector);
const ref = fc.oneof(fc.constantFrom(...dataset.actors.flatMap((actor) => [actor.id, actor.name, ...actor.aliases])), fc.string({ minLength: 1 }));
const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
const isoish = fc.oneof(fc.constantFrom('2026-01-29', '2026-01-30', 'P1W', '2026-W05'), fc.string({ minLength: 1 }));
const validPrediction: fc.Arbitrary<Prediction> = fc.record(
  {
    offsets: fc.constantFrom('utf16', 'codepoint', 'utf8'),
    sha256: fc.constant(dataset.article.sha256),
    actors: fc.array(fc.record({ actor: ref, span: selector }), { maxLength: 8 }),
    statements: fc.array(fc.record({ speaker: ref, mode: fc.constantFrom('direct', 'indirect'), span: selector }), { maxLength: 8 }),
    events: fc.array(fc.record({ span: selector, time: isoish }, { requiredKeys: ['span'] }), { maxLength: 8 }),
    figures: fc.array(
      fc.record(
        { span: selector, value: number, min: number, max: number, unit: fc.oneof(fc.constantFrom('d', 'wk', 'h', 'Cel', 'K', '[degF]', '/d', '1', '{building}'), fc.string({ minLength: 1 })) },
        { requiredKeys: ['span', 'value', 'unit'] },
      ),
      { maxLength: 8 },
    ),
    times: fc.array(fc.record({ span: selector, value: isoish, type: fc.constantFrom('DATE', 'TIME', 'DURATION', 'SET') }, { requiredKeys: ['span', 'value'] }), { maxLength: 8 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Prediction>;

/** Every path to a value inside a JSON value, the root included. */
function pathsOf(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  const here = [[...path]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return here;
}

/** A copy of `value` with the value at `path` replaced (or deleted, for `undefined`), or a key added. */
function mutate(value: unknown, path: readonly (string | number)[], change: { kind: 'replace'; with: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; with: unknown }): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  if (path.length === 0) return change.kind === 'replace' ? change.with : change.kind === 'add' && typeof copy === 'object' && copy !== null && !Array.isArray(copy) ? { ...copy, [change.key]: change.with } : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (change.kind === 'replace') parent[last] = change.with;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[change.key] = change.with;
  }
  return copy;
}

const candidate = fc
  .tuple(
    validPrediction,
    fc.nat(),
    fc.oneof(
      fc.jsonValue().map((value) => ({ kind: 'replace' as const, with: value })),
      fc.constant({ kind: 'delete' as const }),
      fc.tuple(fc.constantFrom('start', 'quote', 'span', 'value', 'unit', 'time', 'type', 'extra', 'offsets', 'min', 'prefix'), fc.jsonValue()).map(([key, value]) => ({ kind: 'add' as const, key, with: value })),
    ),
  )
  .map(([prediction, pick, change]) => {
    const json = JSON.parse(JSON.stringify(prediction)) as unknown;
    const paths = pathsOf(json);
    return mutate(json, paths[pick % paths.length] as (string | number)[], change);
  });

const ajv = new Ajv2020({ allErrors: false });
const validate = ajv.compile(predictionJsonSchema());

describe('the checker, PredictionSchema and prediction.schema.json agree', () => {
  test('on predictions that are valid by construction', () => {
    fc.assert(
      fc.property(validPrediction, (prediction) => {
        const json = JSON.parse(JSON.stringify(prediction)) as unknown;
        expect(predictionProblem(json)).toBeUndefined();
        expect(PredictionSchema.safeParse(json).success).toBe(true);
        expect(validate(json)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('on mutated predictions, valid or not', () => {
    let invalid = 0;
    fc.assert(
      fc.property(candidate, (value) => {
        const checker = predictionProblem(value) === undefined;
        if (!checker) invalid++;
        expect({ zod: PredictionSchema.safeParse(value).success, ajv: validate(value) }).toEqual({ zod: checker, ajv: checker });
      }),
      { numRuns: 500 },
    );
    // The mutations really produce invalid predictions, so the agreement is tested both ways.
    expect(invalid).toBeGreaterThan(100);
  });

  test('on hand-picked samples', () => {
    const samples: [unknown, boolean][] = [
      [{}, true],
      [{ statements: [{ speaker: 'Dmitry Peskov', mode: 'direct', span: { quote: 'Don’t waste the call', prefix: '“' } }] }, true],
      [{ figures: [{ span: { start: 3, end: 9 }, value: null, min: 1, max: 3, unit: 'd' }] }, true],
      [{ events: [{ span: { start: 3, end: 9 }, time: '2026-01-29' }], offsets: 'codepoint' }, true],
      [{ events: [{ span: { start: 3, end: 9, quote: 'x' } }] }, false],
      [{ events: [{ span: { start: 3.5, end: 9 } }] }, false],
      [{ figures: [{ span: { start: 3, end: 9 }, unit: 'd' }] }, false],
      [{ times: [{ span: { quote: 'x' }, value: '' }] }, false],
      [{ times: [{ span: { quote: 'x' }, value: 'P1W', type: 'DURATION' }] }, true],
      [{ times: [{ span: { quote: 'x' }, value: 'P1W', type: 'duration' }] }, false],
      [{ times: [{ span: { quote: 'x' }, value: 'P1W', type: null }] }, true],
      [{ sha256: 'ABC' }, false],
      [{ actors: {} }, false],
      [[], false],
      [null, false],
    ];
    for (const [sample, valid] of samples) {
      expect([predictionProblem(sample) === undefined, PredictionSchema.safeParse(sample).success, validate(sample)], JSON.stringify(sample)).toEqual([valid, valid, valid]);
    }
  });

  /**
   * Documents as JSON text, so that what only text can say reaches every validator as written:
   * numbers beyond a double (`1e400`, which `JSON.parse` and `json.loads` read as Infinity), a
   * final newline (which Python's `$` lets through), digits of other scripts (which Python's `\d`
   * matches), and the mutated predictions above.
   */
  const TEXT_SAMPLES: readonly string[] = [
    ...['1e400', '-1e400', '1E309', '0.1e310', '1e308', '-0', '1.0', '9007199254740993', '1e20', '2.5'].flatMap((number) => [
      `{"figures":[{"span":{"quote":"x"},"value":${number},"unit":"d"}]}`,
      `{"figures":[{"span":{"quote":"x"},"value":null,"min":${number},"max":null,"unit":"d"}]}`,
      `{"times":[{"span":{"start":${number},"end":3},"value":"P1W"}]}`,
      `{"events":[{"span":{"start":0,"end":${number}}}]}`,
    ]),
    ...[`${'a'.repeat(64)}\n`, `${'a'.repeat(64)}\r`, `\n${'a'.repeat(64)}`, `${'a'.repeat(63)}\u0663`, `${'a'.repeat(64)}`, `${'A'.repeat(64)}`, `${'a'.repeat(65)}`, `${'a'.repeat(64)}\n\n`].map((hash) => JSON.stringify({ sha256: hash })),
    '{"__proto__":{"offsets":"utf8"}}',
    '{"offsets":"utf8","offsets":"utf16"}',
    JSON.stringify({ actors: [{ actor: '\ud800', span: { quote: '\udc00' } }] }),
  ];

  test.skipIf(!hasPythonJsonSchema)('on JSON text, the checker, zod, ajv and Python\'s jsonschema agree: numbers beyond a double, final newlines, other digits', () => {
    const mutated = fc.sample(candidate, { numRuns: 400, seed: 20260130 }).map((value) => JSON.stringify(value));
    const documents = [...TEXT_SAMPLES, ...mutated];
    const python = pythonVerdicts(predictionJsonSchema(), documents);
    const disagreements = documents.flatMap((text, i) => {
      const value = JSON.parse(text) as unknown;
      const verdicts = { checker: predictionProblem(value) === undefined, zod: PredictionSchema.safeParse(value).success, ajv: validate(value), python: python[i] };
      return new Set(Object.values(verdicts)).size === 1 ? [] : [`${text.slice(0, 120)}: ${JSON.stringify(verdicts)}`];
    });
    expect(disagreements).toEqual([]);
    // Both verdicts occur among the hand-picked texts, so the agreement is tested both ways.
    expect(new Set(python.slice(0, TEXT_SAMPLES.length))).toEqual(new Set([true, false]));
  });

  test('the JSON Schema is 2020-12 with a title and a description on every object and property', () => {
    const schema = predictionJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (record['type'] === 'object' && typeof record['title'] !== 'string') undescribed.push(`${path} has no title`);
      for (const [key, property] of Object.entries((record['properties'] ?? {}) as Record<string, unknown>)) {
        if (typeof (property as Record<string, unknown>)['description'] !== 'string') undescribed.push(`${path}.${key} has no description`);
        visit(property, `${path}.${key}`);
      }
      for (const key of ['items', 'anyOf']) {
        const child = record[key];
        if (Array.isArray(child)) child.forEach((item, i) => visit(item, `${path}.${key}[${i}]`));
        else visit(child, `${path}.${key}`);
      }
    };
    visit(schema, '$');
    expect(undescribed).toEqual([]);
  });

  test.skipIf(!existsSync(new URL('../dist/prediction.schema.json', import.meta.url)))('dist/prediction.schema.json is the schema generated from PredictionSchema', () => {
    expect(JSON.parse(readFileSync(new URL('../dist/prediction.schema.json', import.meta.url), 'utf8'))).toEqual(predictionJsonSchema());
  });
});
