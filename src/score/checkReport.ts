/**
 * The shape check `formatReport` runs on the report it is given, so that a malformed report fails
 * with a `TypeError` naming the path, never with an engine error from deep inside.
 *
 * @internal
 * @module
 */
import { got } from '../util/describe.js';
import type { ScoreReport } from './types.js';
import { isRecord, own } from '../util/guards.js';

const KINDS = ['statements', 'actors', 'events', 'figures', 'times'] as const;
const MODES = ['strict', 'exact', 'partial', 'type'] as const;
const COUNTS = ['cor', 'inc', 'par', 'mis', 'spu', 'precision', 'recall', 'f1'] as const;

/** The numbers of each attribute score that `formatReport` prints. */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  speaker: ['accuracy', 'correct', 'incorrect', 'skipped', 'precision', 'recall'],
  mode: ['accuracy', 'correct', 'total'],
  timeValue: ['accuracy', 'correct', 'total', 'valueF1', 'relaxedF1'],
  figureValue: ['accuracy', 'correct', 'total'],
  figureUnit: ['accuracy', 'correct', 'total'],
};

type Fields = Readonly<Record<string, unknown>>;

/**
 * Throws a `TypeError` starting `formatReport:` unless `report` has every field the tables show:
 * a number for each count and ratio of every kind and mode and of every attribute score, and
 * `invalid` as a list of `{ path, reason }` strings. Only own properties are read.
 */
export function checkReport(report: unknown): asserts report is ScoreReport {
  const fail = (path: string, what: string, value: unknown): never => {
    throw new TypeError(`formatReport: report${path} must be ${what}, got ${got(value)}`);
  };
  const object = (parent: Fields, key: string, path: string): Fields => {
    const value = own(parent, key);
    if (!isRecord(value)) fail(`${path}.${key}`, 'an object', value);
    return value as Fields;
  };
  const numbers = (parent: Fields, keys: readonly string[], path: string): void => {
    for (const key of keys) if (typeof own(parent, key) !== 'number') fail(`${path}.${key}`, 'a number', own(parent, key));
  };
  if (!isRecord(report)) throw new TypeError(`formatReport: expected a report from score(), got ${got(report)}`);
  for (const kind of KINDS) {
    const scores = object(report, kind, '');
    for (const mode of MODES) numbers(object(scores, mode, `.${kind}`), COUNTS, `.${kind}.${mode}`);
  }
  const attributes = object(report, 'attributes', '');
  for (const [name, keys] of Object.entries(ATTRIBUTES)) numbers(object(attributes, name, '.attributes'), keys, `.attributes.${name}`);
  const invalid = own(report, 'invalid');
  if (!Array.isArray(invalid)) fail('.invalid', 'an array', invalid);
  (invalid as readonly unknown[]).forEach((entry, i) => {
    if (!isRecord(entry)) fail(`.invalid[${i}]`, 'an object { path, reason }', entry);
    for (const key of ['path', 'reason']) if (typeof own(entry as Fields, key) !== 'string') fail(`.invalid[${i}].${key}`, 'a string', own(entry as Fields, key));
  });
}
