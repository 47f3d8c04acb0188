/**
 * The shape checks `createQueries` runs once over a caller's dataset, so that a malformed record
 * fails there, with its place named, and never deep inside a helper.
 *
 * @internal
 * @module
 */
import { formatPath, snapshot } from '../util/snapshot.js';
import type { Dataset, IdSpace } from './types.js';
import { describe } from '../util/describe.js';
import { isObject } from '../util/guards.js';

type Collection = 'actors' | 'statements' | 'events' | 'figures' | 'timexes';

/**
 * The array fields the indexes read, per collection; `true` where the indexes also read fields of
 * the items (`participants[].actor`, `accounts[].source`), so each item must be an object.
 */
const ARRAY_FIELDS: Readonly<Record<Collection, readonly (readonly [field: string, ofObjects: boolean])[]>> = {
  actors: [['evidence', false]],
  statements: [['about', false]],
  events: [
    ['participants', true],
    ['accounts', true],
  ],
  figures: [],
  timexes: [['evidence', false]],
};

/** Throws a `TypeError` naming the first item of `items` that is a hole or not an object. */
function checkObjects(items: readonly unknown[], place: string): asserts items is readonly Readonly<Record<string, unknown>>[] {
  for (let i = 0; i < items.length; i++) {
    if (!Object.hasOwn(items, i)) throw new TypeError(`createQueries: ${place}[${i}] must be an object, got a hole in the array`);
    if (!isObject(items[i])) throw new TypeError(`createQueries: ${place}[${i}] must be an object, got ${describe(items[i])}`);
  }
}

/** The collections, in the order the helpers walk them. */
const COLLECTIONS: readonly Collection[] = ['actors', 'statements', 'events', 'figures', 'timexes'];

/**
 * Checks what the helpers read of a dataset: the five collections are arrays without holes, the
 * article has a string `text`, every record is an object with a string `id`, and the array fields
 * the indexes read are arrays.
 *
 * @throws TypeError naming the first offending place, e.g. `dataset.statements[3].about`.
 */
export function checkShape(dataset: unknown): void {
  const { article, ...collections } = (isObject(dataset) ? dataset : {}) as Readonly<Record<string, unknown>>;
  const names = COLLECTIONS;
  for (const name of names) {
    const records = collections[name];
    if (!Array.isArray(records)) throw new TypeError(`createQueries: dataset.${name} must be an array, got ${describe(records)}`);
  }
  const text = isObject(article) ? article['text'] : undefined;
  if (typeof text !== 'string') throw new TypeError(`createQueries: dataset.article.text must be a string, got ${describe(text)}`);
  for (const name of names) {
    const records = collections[name] as readonly unknown[];
    checkObjects(records, `dataset.${name}`);
    records.forEach((record, i) => {
      const place = `dataset.${name}[${i}]`;
      if (typeof record['id'] !== 'string') throw new TypeError(`createQueries: ${place}.id must be a string, got ${describe(record['id'])}`);
      for (const [field, ofObjects] of ARRAY_FIELDS[name]) {
        const value = record[field];
        if (!Array.isArray(value)) throw new TypeError(`createQueries: ${place}.${field} must be an array, got ${describe(value)}`);
        if (ofObjects) checkObjects(value, `${place}.${field}`);
      }
    });
  }
}

/**
 * Reads `key` of `value` as property access does (own or inherited, getters run, enumerable or
 * not), except that nothing is read from `Object.prototype`: a key that only it holds reads as
 * `undefined`. A getter or Proxy trap that throws gives a `TypeError` naming the place.
 */
function read(value: object, key: string, place: string): unknown {
  try {
    for (let holder: object | null = value; holder !== null && holder !== Object.prototype; holder = Object.getPrototypeOf(holder)) {
      if (Object.hasOwn(holder, key)) return Reflect.get(holder, key, value);
    }
    return undefined;
  } catch {
    throw new TypeError(`createQueries: ${place}.${key} could not be read: a getter or Proxy trap threw`);
  }
}

/**
 * The snapshot `createQueries` indexes: the article's `text` and the five collections, each read
 * once (see `read`); the records copied as plain data (their own enumerable properties, see
 * `snapshot`) and frozen; then checked by `checkShape`. A dataset without `timexes` (`undefined`,
 * made before time expressions became a record kind) gets an empty list. Nothing of the caller's is kept, written
 * to or frozen, so nothing the caller does afterwards reaches the helpers.
 *
 * @throws TypeError naming the first offending place.
 */
export function snapshotDataset(dataset: unknown): Dataset<IdSpace> {
  if (typeof dataset !== 'object' || dataset === null) throw new TypeError(`createQueries: expected a dataset, got ${describe(dataset)}`);
  const article = read(dataset, 'article', 'dataset');
  const text = typeof article === 'object' && article !== null ? read(article, 'text', 'dataset.article') : undefined;
  const copy: Record<string, unknown> = { article: Object.freeze({ text }) };
  for (const name of COLLECTIONS) {
    const given = read(dataset, name, 'dataset');
    const records = name === 'timexes' && given === undefined ? [] : given;
    const copied = snapshot(records, { freeze: true });
    if (!copied.ok) throw new TypeError(`createQueries: ${formatPath(`dataset.${name}`, copied.path)} ${copied.problem}`);
    copy[name] = copied.value;
  }
  checkShape(copy);
  return Object.freeze(copy) as unknown as Dataset<IdSpace>;
}
