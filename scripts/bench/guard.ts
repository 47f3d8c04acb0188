/**
 * A hand-written type guard for a whole dataset: the baseline `DatasetSchema` is timed against. It
 * checks what the types say (every field's type, the enums, non-empty strings, whole
 * non-negative offsets) and nothing across records.
 *
 * @module
 */
import type { Dataset, IdSpace } from '../../src/model/types.js';

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text: Check = (value) => typeof value === 'string' && value.length > 0;
const nullable = (check: Check): Check => (value) => value === null || check(value);
const offset: Check = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const number: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const boolean: Check = (value) => typeof value === 'boolean';
const oneOf = (...members: readonly string[]): Check => {
  const set = new Set(members);
  return (value) => typeof value === 'string' && set.has(value);
};
const list = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
const record = (fields: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): Check => {
  const entries = Object.entries(fields);
  const optionalEntries = Object.entries(optional);
  return (value) =>
    isObject(value) &&
    entries.every(([key, check]) => check(value[key])) &&
    optionalEntries.every(([key, check]) => !(key in value) || check(value[key]));
};

const span = record({ start: offset, end: offset, text });
const note = record({ field: nullable(text), text });
const notes = list(note);
const evidence: Check = (value) => Array.isArray(value) && value.length > 0 && value.every(span);
const time = record({
  expression: text,
  value: text,
  precision: oneOf('day', 'week', 'month', 'year'),
  anchor: text,
  inferred: boolean,
});

const article = record({
  id: text,
  headline: text,
  text,
  language: text,
  publishedOn: text,
  publishedOnBasis: text,
  publisher: nullable(text),
  url: nullable(text),
  author: nullable(text),
  sections: list(record({ start: offset, end: offset, text, heading: nullable(span) })),
  paragraphs: list(record({ start: offset, end: offset, text, kind: oneOf('headline', 'subheading', 'body', 'boilerplate') })),
  sha256: text,
  notes,
  evidence,
});

const actor = record({
  id: text,
  kind: oneOf('person', 'organization', 'government', 'country', 'city', 'region', 'facility', 'group', 'platform', 'equipment'),
  name: text,
  aliases: list(text),
  variants: list(text),
  roles: list(record({ title: text, of: nullable(text) })),
  wikidata: nullable(text),
  notes,
  evidence,
});

const statement = record({
  id: text,
  speaker: text,
  mode: oneOf('direct', 'indirect'),
  text,
  cue: nullable(text),
  reportedBy: nullable(text),
  within: nullable(text),
  about: list(text),
  time: nullable(time),
  channel: nullable(text),
  notes,
  evidence,
});

const event = record({
  id: text,
  type: oneOf(
    'appeal', 'agreement', 'ceasefire', 'communication', 'meeting', 'negotiation', 'diplomacy', 'military-attack',
    'aerial-attack', 'demand', 'resistance', 'recovery', 'outage', 'weather', 'war',
  ),
  cameo: nullable(text),
  summary: text,
  participants: list(record({ actor: text, role: text })),
  location: nullable(text),
  time: nullable(time),
  status: oneOf('occurred', 'ongoing', 'planned', 'expected', 'requested', 'conditional', 'claimed', 'denied'),
  accounts: list(
    record(
      {
        source: nullable(text),
        stance: oneOf('asserts', 'denies', 'does-not-confirm', 'declines-to-comment', 'expects', 'doubts', 'hedges', 'commits-conditionally', 'reports-as-requested'),
      },
      { statement: text, time },
    ),
  ),
  wikidata: nullable(text),
  notes,
  evidence,
});

const units = oneOf('Cel', '[degF]', 'K', 'h', 'd', 'wk', 'mo', 'a', '/h', '/d', '1');
const figure = record({
  id: text,
  quantity: oneOf('count', 'temperature', 'duration', 'frequency'),
  value: nullable(number),
  min: nullable(number),
  max: nullable(number),
  qualifier: oneOf('exact', 'approximately', 'nearly', 'almost', 'at-least', 'at-most', 'range', 'vague'),
  unit: (value) => units(value) || (typeof value === 'string' && /^\{[^{}]+\}$/.test(value)),
  unitInferred: boolean,
  countOf: nullable(text),
  measures: text,
  about: text,
  source: nullable(text),
  notes,
  evidence,
});

const dataset = record({ article, actors: list(actor), statements: list(statement), events: list(event), figures: list(figure) });

/** Whether `value` has the shape of a {@link Dataset} (ids as plain strings). */
export function isDataset(value: unknown): value is Dataset<IdSpace> {
  return dataset(value);
}
