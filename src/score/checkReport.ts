/**
 * The shape check `formatReport` runs on the report it is given, so that a malformed report fails
 * with a `TypeError` naming the path, never with an engine error from deep inside.
 *
 * @internal
 * @module
 */
import { got } from '../util/describe.js';
import { isRecord } from '../util/guards.js';
import type { AttributeScores, Counts, InvalidEntry, ScoreKind, ScoreMode, ScoreReport } from './types.js';

const KINDS = ['statements', 'actors', 'events', 'figures', 'times'] as const;
const MODES = ['strict', 'exact', 'partial', 'type'] as const;
const COUNTS = ['cor', 'inc', 'par', 'mis', 'spu', 'precision', 'recall', 'f1'] as const;

/** The numbers of each attribute score that `formatReport` prints. */
/** The time expression figures the Markdown report shows, where the report has them. */
const TIMEX_KEYS = ['strictF1', 'strictMatches', 'gold', 'predicted', 'relaxedF1', 'typeAccuracy', 'typeCorrect', 'relaxedMatches', 'typeF1'] as const;

const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  speaker: ['accuracy', 'correct', 'incorrect', 'skipped', 'precision', 'recall'],
  mode: ['accuracy', 'correct', 'total'],
  timeValue: ['accuracy', 'correct', 'total', 'valueF1', 'relaxedF1'],
  figureValue: ['accuracy', 'correct', 'total'],
  figureUnit: ['accuracy', 'correct', 'total'],
};

type Fields = Readonly<Record<string, unknown>>;

/** How many of the entries that could not be used the Markdown report lists. */
export const SHOWN_INVALID = 10;

/**
 * What the Markdown report shows of a report: the counts and ratios of every kind and mode, the
 * attribute scores, and the first {@link SHOWN_INVALID} entries that could not be used, with
 * their number.
 */
export interface ReportTables {
  readonly scores: { readonly [kind in ScoreKind]: { readonly [mode in ScoreMode]: Pick<Counts, (typeof COUNTS)[number]> } };
  readonly attributes: AttributeScores;
  readonly invalid: readonly Pick<InvalidEntry, 'path' | 'reason'>[];
  readonly invalidCount: number;
}

/**
 * The fields the Markdown tables show, read from `report` (own properties only, each once, into
 * new objects) and checked: throws a `TypeError` starting `formatReport:` unless there is a
 * number for each count and ratio of every kind and mode and of every attribute score, and
 * `invalid` is a list of `{ path, reason }` strings (each entry is checked; only the first
 * {@link SHOWN_INVALID} are kept). Nothing else is read, so the cost does not grow with the
 * alignment. A getter or Proxy trap that throws is reported as such, with its path.
 */
export function readReport(report: unknown): ReportTables {
  const fail = (path: string, what: string, value: unknown): never => {
    throw new TypeError(`formatReport: report${path} must be ${what}, got ${got(value)}`);
  };
  const read = <T>(path: string, get: () => T): T => {
    try {
      return get();
    } catch {
      throw new TypeError(`formatReport: report${path} could not be read: a getter or Proxy trap threw`);
    }
  };
  const own = (value: Fields, key: string, path: string): unknown => read(`${path}.${key}`, () => (Object.hasOwn(value, key) ? value[key] : undefined));
  const object = (parent: Fields, key: string, path: string): Fields => {
    const value = own(parent, key, path);
    if (!read(`${path}.${key}`, () => isRecord(value))) fail(`${path}.${key}`, 'an object', value);
    return value as Fields;
  };
  const numbers = (parent: Fields, keys: readonly string[], path: string): Record<string, number> => {
    const copy: Record<string, number> = {};
    for (const key of keys) {
      const value = own(parent, key, path);
      if (typeof value !== 'number') fail(`${path}.${key}`, 'a number', value);
      copy[key] = value as number;
    }
    return copy;
  };
  if (!read('', () => isRecord(report))) throw new TypeError(`formatReport: expected a report from score(), got ${got(report)}`);
  const root = report as Fields;
  const scores: Record<string, Record<string, Record<string, number>>> = {};
  for (const kind of KINDS) {
    const given = object(root, kind, '');
    const modes: Record<string, Record<string, number>> = {};
    for (const mode of MODES) modes[mode] = numbers(object(given, mode, `.${kind}`), COUNTS, `.${kind}.${mode}`);
    scores[kind] = modes;
  }
  const given = object(root, 'attributes', '');
  const attributes: Record<string, Record<string, number>> = {};
  for (const [name, keys] of Object.entries(ATTRIBUTES)) attributes[name] = numbers(object(given, name, '.attributes'), keys, `.attributes.${name}`);
  // A report scored against a dataset with time expressions has their TempEval-3 figures too.
  if (own(given, 'timex', '.attributes') !== undefined) attributes['timex'] = numbers(object(given, 'timex', '.attributes'), TIMEX_KEYS, '.attributes.timex');
  const list = own(root, 'invalid', '');
  if (!read('.invalid', () => Array.isArray(list))) fail('.invalid', 'an array', list);
  const entries = list as readonly unknown[];
  const invalidCount = read('.invalid.length', () => entries.length);
  const invalid: Pick<InvalidEntry, 'path' | 'reason'>[] = [];
  for (let i = 0; i < invalidCount; i++) {
    const path = `.invalid[${i}]`;
    const entry = read(path, () => entries[i]);
    if (!read(path, () => isRecord(entry))) fail(path, 'an object { path, reason }', entry);
    const [at, reason] = ['path', 'reason'].map((key) => {
      const value = own(entry as Fields, key, path);
      if (typeof value !== 'string') fail(`${path}.${key}`, 'a string', value);
      return value as string;
    }) as [string, string];
    if (i < SHOWN_INVALID) invalid.push({ path: at, reason });
  }
  return { scores: scores as unknown as ReportTables['scores'], attributes: attributes as unknown as AttributeScores, invalid, invalidCount };
}

/** Throws as {@link readReport} does unless `report` has every field the tables show. */
export function checkReport(report: unknown): asserts report is ScoreReport {
  readReport(report);
}
