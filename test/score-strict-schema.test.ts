/**
 * `prediction.strict.schema.json`, the prediction schema in the strict form of structured outputs,
 * and what `score` makes of what it describes: every instance it accepts (checked with ajv) is
 * scored, with no entry invalid for its shape and no warning of an unknown key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { predictionJsonSchema, predictionStrictJsonSchema, STRICT_FORBIDDEN } from '../scripts/emit-prediction-schema.js';
import { dataset } from '../src/index.js';
import { PredictionSchema } from '../src/schema/index.js';
import { score, type Prediction } from '../src/score.js';

const strict = predictionStrictJsonSchema();
const ajv = new Ajv2020({ allErrors: false });
const validStrict = ajv.compile(strict);
const validLoose = ajv.compile(predictionJsonSchema());
const text = dataset.article.text;

describe('the strict schema', () => {
  test('the root is an object; every object requires all its properties and allows no other; no oneOf, allOf, not, if or patternProperties', () => {
    expect(strict['type']).toBe('object');
    const offences: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      for (const keyword of STRICT_FORBIDDEN) if (keyword in record) offences.push(`${path} has ${keyword}`);
      if (record['type'] === 'object') {
        const keys = Object.keys((record['properties'] ?? {}) as object);
        if (record['additionalProperties'] !== false) offences.push(`${path} allows other properties`);
        if (JSON.stringify(record['required']) !== JSON.stringify(keys)) offences.push(`${path} does not require all of ${keys.join(', ')}`);
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`);
    };
    visit(strict, '$');
    expect(offences).toEqual([]);
  });

  test('every optional field of the prediction takes null in it, and a missing one is refused', () => {
    const minimal = { offsets: null, sha256: null, actors: null, statements: null, events: null, figures: null, times: null };
    expect(validStrict(minimal)).toBe(true);
    expect(validStrict({})).toBe(false);
    expect(validStrict({ ...minimal, figures: [{ span: { quote: 'for a week', prefix: null, suffix: null }, value: 1, unit: 'wk' }] })).toBe(false);
    expect(validStrict({ ...minimal, figures: [{ span: { quote: 'for a week', prefix: null, suffix: null }, value: 1, min: null, max: null, unit: 'wk', qualifier: null }] })).toBe(true);
  });

  test.skipIf(!existsSync(new URL('../dist/prediction.strict.schema.json', import.meta.url)))('dist/prediction.strict.schema.json is the strict schema generated from PredictionSchema', () => {
    expect(JSON.parse(readFileSync(new URL('../dist/prediction.strict.schema.json', import.meta.url), 'utf8'))).toEqual(strict);
  });
});

// Instances of the strict shape: every property present, null for absent, quotes from the text and made up.
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const quote = fc.oneof(
  fc.tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 40 })).map(([start, length]) => text.slice(start, start + length) || 'x'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const selector = fc.oneof(
  fc.record({ start: fc.nat({ max: text.length + 5 }), end: fc.nat({ max: text.length + 5 }) }),
  fc.record({ quote, prefix: nullable(fc.string({ maxLength: 4 })), suffix: nullable(fc.string({ maxLength: 4 })) }),
);
const ref = fc.oneof(fc.constantFrom(...dataset.actors.flatMap((actor) => [actor.id, actor.name, ...actor.aliases, ...actor.variants])), fc.string({ minLength: 1, maxLength: 12 }));
const number = fc.double({ noNaN: true, noDefaultInfinity: true });
const strictInstance = fc.record({
  offsets: nullable(fc.constantFrom('utf16', 'codepoint', 'utf8')),
  sha256: nullable(fc.constant(dataset.article.sha256)),
  actors: nullable(fc.array(fc.record({ actor: ref, span: selector }), { maxLength: 5 })),
  statements: nullable(fc.array(fc.record({ speaker: ref, mode: fc.constantFrom('direct', 'indirect'), span: selector }), { maxLength: 5 })),
  events: nullable(fc.array(fc.record({ span: selector, time: nullable(fc.constantFrom('2026-01-29', '../2026-02-01', 'P1W')) }), { maxLength: 5 })),
  figures: nullable(
    fc.array(
      fc.record({
        span: selector,
        value: nullable(number),
        min: nullable(number),
        max: nullable(number),
        unit: fc.oneof(fc.constantFrom('d', 'days', 'wk', '°C', 'Cel', '[degF]', '%', '1/d', '{person}', 'people', 'kg'), fc.string({ minLength: 1, maxLength: 6 })),
        qualifier: nullable(fc.constantFrom('exact', 'approximately', 'nearly', 'almost', 'at-least', 'at-most', 'range', 'vague')),
      }),
      { maxLength: 5 },
    ),
  ),
  times: nullable(fc.array(fc.record({ span: selector, value: fc.constantFrom('2026-01-29', 'P7D', '2026-W06'), type: nullable(fc.constantFrom('DATE', 'DURATION')) }), { maxLength: 5 })),
});

/** A problem an entry can have whatever its shape: a span that cannot be placed, or a unit that is none. */
const notOfShape = (path: string) => /\.(span|unit)$/.test(path);

describe('score accepts what the strict schema describes', () => {
  test('every instance valid against the strict schema is valid against prediction.schema.json and PredictionSchema, and score scores it with no problem of shape', () => {
    let checked = 0;
    fc.assert(
      fc.property(strictInstance, (instance) => {
        const json = JSON.parse(JSON.stringify(instance)) as unknown;
        if (!validStrict(json)) return;
        checked++;
        expect(validLoose(json)).toBe(true);
        expect(PredictionSchema.safeParse(json).success).toBe(true);
        const report = score(json as Prediction);
        expect(report.invalid.flatMap((entry) => entry.problems).filter((problem) => !notOfShape(problem.path))).toEqual([]);
        expect(report.warnings.filter((warning) => warning.code === 'unknown-key')).toEqual([]);
        expect(score(json as Prediction, { strict: true, resamples: 0 }).invalid.length).toBe(report.invalid.length);
      }),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  test('null is the same as leaving a field out', () => {
    const withNulls = {
      offsets: null,
      sha256: null,
      actors: null,
      statements: [{ speaker: 'Dmitry Peskov', mode: 'indirect', span: { quote: 'Moscow would not provide additional details', prefix: null, suffix: null } }],
      events: [{ span: { quote: 'halt strikes on Kyiv until 1 February' }, time: null }],
      figures: [{ span: { quote: 'at least six people', prefix: null, suffix: null }, value: 6, min: null, max: null, unit: '{person}', qualifier: null }],
      times: null,
    };
    const without = {
      statements: [{ speaker: 'Dmitry Peskov', mode: 'indirect', span: { quote: 'Moscow would not provide additional details' } }],
      events: [{ span: { quote: 'halt strikes on Kyiv until 1 February' } }],
      figures: [{ span: { quote: 'at least six people' }, value: 6, unit: '{person}' }],
    };
    expect(validStrict(withNulls)).toBe(false); // an event's span needs prefix and suffix in the strict form
    expect(score(withNulls as Prediction)).toEqual(score(without as Prediction));
  });
});
