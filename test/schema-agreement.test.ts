/**
 * `dist/schema.json` read by ajv and by Python's `jsonschema` gives the same verdict on every
 * document, and accepts every document `DatasetSchema` accepts (JSON Schema cannot state the rules
 * across records, so it may accept more, never less). The documents are JSON text, so that what
 * only text can say reaches each validator as written: `1e400`, a final newline, digits of other
 * scripts. The prediction schema's agreement is in `score-properties.test.ts`.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { datasetJsonSchema } from '../scripts/emit-json.js';
import { portablePattern } from '../scripts/portable-json-schema.js';
import { dataset } from '../src/index.js';
import { DatasetSchema } from '../src/schema/index.js';
import { hasPythonJsonSchema, pythonVerdicts } from './helpers/python-jsonschema.js';

const schema = datasetJsonSchema();
// Formats annotate, as in Python's jsonschema by default.
const validate = new Ajv2020({ validateFormats: false }).compile(schema);
const base = JSON.parse(JSON.stringify(dataset)) as Record<string, unknown>;

/** The real dataset as JSON text with the value at `path` replaced by `json`, JSON text itself. */
function withText(path: readonly (string | number)[], json: string): string {
  const marker = 'marker-not-in-the-dataset';
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = marker;
  return JSON.stringify(copy).replace(`"${marker}"`, () => json);
}

const figureWithValue = (base['figures'] as { value: unknown }[]).findIndex((figure) => typeof figure.value === 'number');
const actorWithQid = (base['actors'] as { wikidata: unknown }[]).findIndex((actor) => typeof actor.wikidata === 'string');
const eventWithCameo = (base['events'] as { cameo: unknown }[]).findIndex((event) => typeof event.cameo === 'string');

/** Hand-picked documents: each puts one value that only JSON text can hold, or that Python reads otherwise, in one field. */
const SAMPLES: readonly string[] = [
  JSON.stringify(base),
  ...['1e400', '-1e400', '1E309', '1e308', '-273.15'].map((number) => withText(['figures', figureWithValue, 'value'], number)),
  ...['1e400', '1.0', '9007199254740993'].map((number) => withText(['actors', 0, 'evidence', 0, 'start'], number)),
  ...(
    [
      [['article', 'sha256'], (value: string) => `${value}\n`],
      [['article', 'publishedOn'], (value: string) => `${value}\n`],
      [['article', 'publishedOn'], (value: string) => value.replace(/[0-9]/g, (digit) => String.fromCharCode(0x660 + Number(digit)))],
      [['article', 'language'], (value: string) => `${value}-GB\n`],
      [['article', 'id'], (value: string) => `${value}\n`],
      [['actors', 0, 'id'], (value: string) => `${value}\n`],
      [['actors', actorWithQid, 'wikidata'], (value: string) => `${value}\n`],
      [['actors', actorWithQid, 'wikidata'], (value: string) => `${value}\u0663`],
      [['events', eventWithCameo, 'cameo'], (value: string) => `${value}\n`],
      [['events', eventWithCameo, 'cameo'], () => '\u0660\u0663\u0666'],
      [['figures', 0, 'unit'], () => '{building}\n'],
    ] as const
  ).map(([path, change]) => {
    let value: unknown = base;
    for (const step of path) value = (value as Record<string | number, unknown>)[step];
    return withText(path, JSON.stringify(change(value as string)));
  }),
];

/** The real dataset with one string field changed at random: an id, a date, a hash, a code. */
const damaged = fc
  .tuple(
    fc.constantFrom<readonly (string | number)[]>(['article', 'sha256'], ['article', 'publishedOn'], ['article', 'language'], ['actors', 1, 'id'], ['actors', actorWithQid, 'wikidata'], ['events', eventWithCameo, 'cameo'], ['statements', 0, 'speaker']),
    fc.array(fc.constantFrom('a', 'Q', '1', '٣', '-', '\n', '\r', ' ', 'e', '0', 'f'), { maxLength: 6 }),
    fc.boolean(),
  )
  .map(([path, extra, before]) => {
    let value: unknown = base;
    for (const step of path) value = (value as Record<string | number, unknown>)[step];
    const text = extra.join('');
    return withText(path, JSON.stringify(before ? `${text}${String(value)}` : `${String(value)}${text}`));
  });

describe('dist/schema.json means the same to ajv and to Python, and accepts what DatasetSchema accepts', () => {
  test('every pattern is portable: no \\d, \\w or \\s, and an end anchor that Python cannot pass with a final newline', () => {
    const patterns = [...JSON.stringify(schema).matchAll(/"pattern":("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1] as string) as string);
    expect(patterns.length).toBeGreaterThan(5);
    for (const pattern of patterns) {
      expect(pattern, pattern).not.toMatch(/\\[dwsb]/i);
      expect(pattern.endsWith('$(?!\\n)'), pattern).toBe(true);
      expect(portablePattern(pattern.slice(0, -'(?!\\n)'.length)), pattern).toBe(pattern);
    }
    expect(() => portablePattern('^a$|^b$')).toThrow(/anchor each alternative/);
    expect(() => portablePattern('^\\w+$')).toThrow(/means another set in Python/);
  });

  test.skipIf(!hasPythonJsonSchema)('on hand-picked and randomly damaged documents', () => {
    const documents = [...SAMPLES, ...fc.sample(damaged, { numRuns: 60, seed: 20260130 })];
    const python = pythonVerdicts(schema, documents);
    const problems = documents.flatMap((text, i) => {
      const value = JSON.parse(text) as unknown;
      const verdicts = { ajv: validate(value), python: python[i], zod: DatasetSchema.safeParse(value).success };
      if (verdicts.ajv !== verdicts.python || (verdicts.zod && !verdicts.ajv)) return [`${i}: ${JSON.stringify(verdicts)}`];
      return [];
    });
    expect(problems).toEqual([]);
    // The real dataset passes all three; every hand-picked change but the two finite numbers and 1.0 fails all three.
    const verdicts = SAMPLES.map((text, i) => [python[i], validate(JSON.parse(text)), DatasetSchema.safeParse(JSON.parse(text)).success]);
    expect(verdicts[0]).toEqual([true, true, true]);
    const rejected = verdicts.slice(1).filter((triple) => triple.every((verdict) => verdict === false)).length;
    expect(rejected).toBe(SAMPLES.length - 1 - 3);
  });
});
