/**
 * Reading a prediction, without zod. Only three things reject the whole file: a prediction that is
 * not an object, an unknown `offsets` unit and a malformed `sha256` (a `sha256` of another text is
 * refused by `score`). Everything else stays local: an entry with a problem is an invalid entry
 * that lists every problem it has, a list that is not an array is one invalid entry, an unknown
 * key is ignored and named in a warning (or, with `strict`, makes its entry invalid), and `null`
 * means absent for every optional field.
 *
 * `predictionProblem` gives the verdict of `PredictionSchema` and `prediction.schema.json` (a
 * property test holds the three together): a prediction is schema-valid exactly when reading it
 * finds no problem and no unknown key.
 *
 * @internal
 * @module
 */
import { describe } from '../util/describe.js';
import { isRecord } from '../util/guards.js';
import { offsetUnits, qualifiers, scoreKinds, statementModes, timexTypes } from '../model/vocabulary.js';
import type { ActorPrediction, EventPrediction, FigurePrediction, OffsetUnit, ScoreKind, StatementPrediction, TimePrediction } from './types.js';

/** A problem at a path of the prediction (`statements[3].mode`), with what is wrong. */
export interface Problem {
  readonly path: string;
  readonly reason: string;
}

/** What reading one value collects: its problems, and the unknown keys it holds. */
interface Out {
  readonly problems: Problem[];
  readonly unknown: Problem[];
}

/** Marks a value that could not be read. */
const BAD: unique symbol = /*#__PURE__*/ Symbol('bad');
type Read<T> = (value: unknown, path: string, out: Out) => T | typeof BAD;

const got = (value: unknown) => (Array.isArray(value) ? 'an array' : describe(value));

function problem(out: Out, path: string, what: string, value: unknown): typeof BAD {
  out.problems.push({ path, reason: `must be ${what}, got ${got(value)}` });
  return BAD;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/**
 * An object of `fields`: the `optional` ones may be absent or `null`; `nullable` ones are required
 * but may be `null`; unknown keys are collected, not read. The result holds no `null` for an
 * optional field. With a problem, the result is `BAD`, or with `partial` the fields that could be
 * read (an entry's, so that its other problems can be found too).
 */
function object<T>(fields: Readonly<Record<string, Read<unknown>>>, optional: readonly string[] = [], nullable: readonly string[] = [], partial = false): Read<T> {
  const known = Object.keys(fields);
  return (value, path, out) => {
    if (!isRecord(value)) return problem(out, path, 'an object', value);
    const before = out.problems.length;
    // Without a prototype, so that reading a field the entry lacks never finds one on Object.prototype.
    const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(fields, key)) out.unknown.push({ path: join(path, key), reason: `is not a known key (the keys are ${known.join(', ')})` });
    }
    for (const key of known) {
      const present = Object.hasOwn(value, key) ? value[key] : undefined;
      if (present === undefined || (present === null && optional.includes(key))) {
        if (!optional.includes(key)) out.problems.push({ path: join(path, key), reason: 'is required' });
        continue;
      }
      if (present === null && nullable.includes(key)) {
        result[key] = null;
        continue;
      }
      const problems = out.problems.length;
      const read = (fields[key] as Read<unknown>)(present, join(path, key), out);
      // Only a field read without a problem is kept, so that what is kept of a broken entry can still be checked.
      if (read !== BAD && out.problems.length === problems) result[key] = read;
    }
    return (out.problems.length > before && !partial ? BAD : result) as T;
  };
}

const string =
  (min: number): Read<string> =>
  (value, path, out) =>
    typeof value === 'string' && value.length >= min ? value : problem(out, path, min > 0 ? 'a non-empty string' : 'a string', value);

const oneOf =
  <T extends string>(options: readonly T[]): Read<T> =>
  (value, path, out) =>
    typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : problem(out, path, `one of ${options.map((option) => JSON.stringify(option)).join(', ')}`, value);

const offset: Read<number> = (value, path, out) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : problem(out, path, 'a whole number from 0', value);

const finite: Read<number> = (value, path, out) => (typeof value === 'number' && Number.isFinite(value) ? value : problem(out, path, 'a number or null', value));

const offsetSelector = /*#__PURE__*/ object<{ start: number; end: number }>({ start: offset, end: offset });
const quoteSelector = /*#__PURE__*/ object<{ quote: string; prefix?: string; suffix?: string }>({ quote: string(1), prefix: string(0), suffix: string(0) }, ['prefix', 'suffix']);

/** A selector: a quote where the object has a `quote`, else offsets; never both. */
const selector: Read<unknown> = (value, path, out) => {
  if (!isRecord(value)) return problem(out, path, '{ start, end } or { quote, prefix?, suffix? }', value);
  const has = (key: string) => Object.hasOwn(value, key) && value[key] !== null && value[key] !== undefined;
  if (has('quote')) {
    if (has('start') || has('end')) {
      out.problems.push({ path, reason: 'has both a quote and offsets; give one of { start, end } and { quote, prefix?, suffix? }' });
      return BAD;
    }
    return quoteSelector(value, path, out);
  }
  if (has('start') || has('end')) return offsetSelector(value, path, out);
  return problem(out, path, '{ start, end } or { quote, prefix?, suffix? }', value);
};

const ENTRIES: { readonly [kind in ScoreKind]: Read<unknown> } = {
  actors: /*#__PURE__*/ object<ActorPrediction>({ actor: string(1), span: selector }, [], [], true),
  statements: /*#__PURE__*/ object<StatementPrediction>({ speaker: string(1), mode: oneOf(statementModes), span: selector }, [], [], true),
  events: /*#__PURE__*/ object<EventPrediction>({ span: selector, time: string(1) }, ['time'], [], true),
  figures: /*#__PURE__*/ object<FigurePrediction>(
    { span: selector, value: finite, min: finite, max: finite, unit: string(1), qualifier: oneOf(qualifiers) },
    ['min', 'max', 'qualifier'],
    ['value'],
    true,
  ),
  times: /*#__PURE__*/ object<TimePrediction>({ span: selector, value: string(1), type: oneOf(timexTypes) }, ['type'], [], true),
};

const TOP_KEYS: readonly string[] = ['offsets', 'sha256', ...scoreKinds];

/** One entry of a kind that could be read, with its place in its list. */
export interface ReadEntry<T> {
  readonly index: number;
  readonly entry: T;
}

/** The entries of every kind that could be read. */
export interface ReadEntries {
  readonly actors: readonly ReadEntry<ActorPrediction>[];
  readonly statements: readonly ReadEntry<StatementPrediction>[];
  readonly events: readonly ReadEntry<EventPrediction>[];
  readonly figures: readonly ReadEntry<FigurePrediction>[];
  readonly times: readonly ReadEntry<TimePrediction>[];
}

/** An entry that cannot be used, with every problem found so far and the fields that could be read. */
export interface Unusable {
  readonly kind: ScoreKind;
  /** Its place in its list, or -1 for a list that is not an array. */
  readonly index: number;
  readonly problems: readonly Problem[];
  /** The fields read without a problem (none for an entry that is not an object). */
  readonly partial: Readonly<Record<string, unknown>>;
}

/** A prediction as read: its offsets unit and hash, the readable entries, the unusable ones and the unknown keys. */
export interface ReadPrediction {
  readonly offsets: OffsetUnit;
  readonly sha256: string | undefined;
  readonly entries: ReadEntries;
  readonly unusable: readonly Unusable[];
  /** Unknown keys that were ignored (with `strict`, only those outside the entries: inside, they make the entry unusable). */
  readonly unknown: readonly Problem[];
}

/**
 * Reads `value` as a prediction. Throws a `TypeError` starting `score:` only when `value` is not
 * an object, `offsets` is not a unit, or `sha256` is not 64 lowercase hex digits.
 */
export function readPrediction(value: unknown, strict = false): ReadPrediction {
  if (!isRecord(value)) throw new TypeError(`score: prediction must be an object, got ${got(value)}`);
  const own = (key: string) => (Object.hasOwn(value, key) ? value[key] : undefined);
  const offsets = own('offsets') ?? 'utf16';
  if (typeof offsets !== 'string' || !(offsetUnits as readonly string[]).includes(offsets)) {
    throw new TypeError(`score: prediction.offsets must be one of ${offsetUnits.map((unit) => JSON.stringify(unit)).join(', ')}, got ${got(offsets)}`);
  }
  const sha256 = own('sha256') ?? undefined;
  if (sha256 !== undefined && (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))) {
    throw new TypeError(`score: prediction.sha256 must be 64 lowercase hex digits, got ${got(sha256)}`);
  }
  const unknown: Problem[] = [];
  for (const key of Object.keys(value)) {
    if (!TOP_KEYS.includes(key)) unknown.push({ path: key, reason: `is not a known key (the keys are ${TOP_KEYS.join(', ')})` });
  }
  const unusable: Unusable[] = [];
  const entries = {} as Record<ScoreKind, ReadEntry<unknown>[]>;
  for (const kind of scoreKinds) {
    const list = own(kind) ?? [];
    const read: ReadEntry<unknown>[] = (entries[kind] = []);
    if (!Array.isArray(list)) {
      unusable.push({ kind, index: -1, problems: [{ path: kind, reason: `must be an array of entries, got ${got(list)}` }], partial: {} });
      continue;
    }
    (list as readonly unknown[]).forEach((item, index) => {
      const out: Out = { problems: [], unknown: [] };
      const entry = ENTRIES[kind](item, `${kind}[${index}]`, out);
      if (strict) for (const key of out.unknown) out.problems.push({ path: key.path, reason: `${key.reason}; unknown keys are not allowed in strict mode` });
      else for (const key of out.unknown) unknown.push(key);
      if (entry === BAD || out.problems.length > 0) unusable.push({ kind, index, problems: out.problems, partial: entry === BAD ? {} : (entry as Record<string, unknown>) });
      else read.push({ index, entry });
    });
  }
  return { offsets: offsets as OffsetUnit, sha256: sha256 as string | undefined, entries: entries as unknown as ReadEntries, unusable, unknown };
}

/**
 * The first problem of `value` as a prediction that `PredictionSchema` and `prediction.schema.json`
 * would reject, as `{ path, message }`, or `undefined` when they accept it.
 */
export function predictionProblem(value: unknown): { readonly path: string; readonly message: string } | undefined {
  let read: ReadPrediction;
  try {
    read = readPrediction(value, true);
  } catch (error) {
    if (!(error instanceof TypeError) || !error.message.startsWith('score: ')) throw error;
    const [path = 'prediction', ...rest] = error.message.slice('score: '.length).split(' ');
    return { path, message: rest.join(' ') };
  }
  const first = read.unusable[0]?.problems[0] ?? read.unknown[0];
  return first === undefined ? undefined : { path: `prediction.${first.path}`, message: first.reason };
}
