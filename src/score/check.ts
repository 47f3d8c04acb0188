/**
 * The structural check of a prediction, without zod: it accepts exactly what `PredictionSchema`
 * and `prediction.schema.json` accept (a property test holds the three together) and names the
 * first offending path.
 *
 * @internal
 * @module
 */
import { describe } from '../util/describe.js';
import type { Prediction } from './types.js';
import { isRecord } from '../util/guards.js';
import { timexTypes } from '../model/vocabulary.js';

/** A structural problem: the path of the offending value and what it must be. */
class Problem {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

type Check = (value: unknown, path: string) => void;

const fail = (path: string, message: string, value: unknown): never => {
  throw new Problem(path, `${message}, got ${Array.isArray(value) ? 'an array' : describe(value)}`);
};

/** An object with exactly the `required` keys, some of the `optional` ones, and nothing else. */
function object(fields: Readonly<Record<string, Check>>, optional: readonly string[] = []): Check {
  const required = Object.keys(fields).filter((key) => !optional.includes(key));
  return (value, path) => {
    if (!isRecord(value)) fail(path, 'must be an object', value);
    const record = value as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) {
      if (!Object.hasOwn(fields, key)) throw new Problem(`${path}.${key}`, `is not a known key (the keys are ${Object.keys(fields).join(', ')})`);
    }
    for (const key of required) if (!Object.hasOwn(record, key)) throw new Problem(`${path}.${key}`, 'is required');
    for (const [key, check] of Object.entries(fields)) if (Object.hasOwn(record, key)) check(record[key], `${path}.${key}`);
  };
}

const string =
  (min: number): Check =>
  (value, path) => {
    if (typeof value !== 'string' || value.length < min) fail(path, min > 0 ? 'must be a non-empty string' : 'must be a string', value);
  };

const oneOf =
  (options: readonly string[]): Check =>
  (value, path) => {
    if (typeof value !== 'string' || !options.includes(value)) fail(path, `must be one of ${options.map((option) => JSON.stringify(option)).join(', ')}`, value);
  };

const offset: Check = (value, path) => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(path, 'must be a whole number from 0', value);
};

const bound: Check = (value, path) => {
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) fail(path, 'must be a number or null', value);
};

const offsetSelector = /*#__PURE__*/ object({ start: offset, end: offset });
const quoteSelector = /*#__PURE__*/ object({ quote: string(1), prefix: string(0), suffix: string(0) }, ['prefix', 'suffix']);

const selector: Check = (value, path) => {
  for (const check of [offsetSelector, quoteSelector]) {
    try {
      check(value, path);
      return;
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
    }
  }
  // Name the problem within the form the value was meant to take.
  if (isRecord(value) && Object.hasOwn(value, 'quote')) quoteSelector(value, path);
  if (isRecord(value) && (Object.hasOwn(value, 'start') || Object.hasOwn(value, 'end'))) offsetSelector(value, path);
  fail(path, 'must be { start, end } or { quote, prefix?, suffix? }', value);
};

const array =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) fail(path, 'must be an array', value);
    (value as readonly unknown[]).forEach((entry, index) => item(entry, `${path}[${index}]`));
  };

const sha256: Check = (value, path) => {
  if (typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) fail(path, 'must be 64 lowercase hex digits', value);
};

const prediction = /*#__PURE__*/ object(
  {
    offsets: oneOf(['utf16', 'codepoint', 'utf8']),
    sha256,
    actors: array(object({ actor: string(1), span: selector })),
    statements: array(object({ speaker: string(1), mode: oneOf(['direct', 'indirect']), span: selector })),
    events: array(object({ span: selector, time: string(1) }, ['time'])),
    figures: array(object({ span: selector, value: bound, min: bound, max: bound, unit: string(1) }, ['min', 'max'])),
    times: array(object({ span: selector, value: string(1), type: oneOf(timexTypes) }, ['type'])),
  },
  ['offsets', 'sha256', 'actors', 'statements', 'events', 'figures', 'times'],
);

/** The first structural problem of `value` as a prediction, as `{ path, message }`, or `undefined` when it is one. */
export function predictionProblem(value: unknown): { readonly path: string; readonly message: string } | undefined {
  try {
    prediction(value, 'prediction');
    return undefined;
  } catch (problem) {
    if (problem instanceof Problem) return { path: problem.path, message: problem.message };
    throw problem;
  }
}

/** Narrows `value` to a {@link Prediction}, or throws a `TypeError` starting `score:` that names the path. */
export function checkPrediction(value: unknown): asserts value is Prediction {
  const problem = predictionProblem(value);
  if (problem !== undefined) throw new TypeError(`score: ${problem.path} ${problem.message}`);
}
