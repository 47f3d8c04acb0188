/**
 * The one place that checks the shape of a dataset before a public function reads it, at two
 * levels: `checkDataset`, every field, for the scorer's `options.gold` and the exporters; and
 * `snapshotDataset`, only what the query helpers index, for `createQueries`, whose datasets may
 * leave out what no helper reads. Either way a malformed dataset fails with a `TypeError` or
 * `RangeError` naming the function and the path at fault, never with an engine error from deep
 * inside.
 *
 * @internal
 * @module
 */
import { describe, got } from '../util/describe.js';
import type { Dataset, IdSpace } from './types.js';
import { isObject, isRecord, own } from '../util/guards.js';
import { formatPath, snapshot } from '../util/snapshot.js';

type Fields = Readonly<Record<string, unknown>>;

/**
 * Throws unless `value` is a dataset with every field the scorer and the exporters read, of the
 * type `Dataset` gives it: the article's `id`, `headline`, `text`, `language`, `publishedOn`,
 * `publisher`, `url`, `author`, `sha256` and `evidence`; every record's id and evidence; an
 * actor's `kind`, `name`, `aliases`, `roles[].title` and `wikidata`; a statement's `speaker`,
 * `mode` (`direct` or `indirect`), `text`, `cue`, `reportedBy`, `within`, `about`, `time` and
 * `channel`; an event's `type`, `cameo`, `summary`, `participants`, `location`, `time`, `status`,
 * `accounts` and `wikidata`; a figure's `quantity`, `value`, `min`, `max` (finite numbers or
 * `null`), `qualifier`, `unit`, `unitInferred`, `countOf`, `measures`, `about` and `source`; and
 * every time value's five fields (and its `timex`, where it has one); and, where the dataset has
 * them, every time expression's `type`, `value`, `mod`, `quant`, `freq`, `anchor` and
 * `temporalFunction`. Every evidence span must have integer offsets with
 * `0 <= start < end <= text.length` that split no surrogate pair, and its `text` must be the
 * article's characters there. Only own properties are read.
 *
 * @param fn - The public function, which starts every message (`score`, `toCsv`, …).
 * @param root - What the dataset is called in messages (`options.gold`, `dataset`).
 * @throws TypeError for a field of the wrong type, RangeError for a span outside the text, across
 *   a character, or whose `text` is not the article's; the message names `fn` and the path.
 */
export function checkDataset(value: unknown, fn: string, root: string): asserts value is Dataset<IdSpace> {
  const type = (place: string, what: string, found: unknown): never => {
    throw new TypeError(`${fn}: ${place} must be ${what}, got ${got(found)}`);
  };
  const string = (record: Fields, key: string, place: string): void => {
    const field = own(record, key);
    if (typeof field !== 'string') type(`${place}.${key}`, 'a string', field);
  };
  const nullableString = (record: Fields, key: string, place: string): void => {
    const field = own(record, key);
    if (field !== null && typeof field !== 'string') type(`${place}.${key}`, 'a string or null', field);
  };
  const array = (record: Fields, key: string, place: string): readonly unknown[] => {
    const field = own(record, key);
    if (!Array.isArray(field)) type(`${place}.${key}`, 'an array', field);
    return field as readonly unknown[];
  };
  const objects = (record: Fields, key: string, place: string, check: (item: Fields, place: string) => void): void => {
    array(record, key, place).forEach((item, i) => {
      if (!isRecord(item)) type(`${place}.${key}[${i}]`, 'an object', item);
      check(item as Fields, `${place}.${key}[${i}]`);
    });
  };
  const strings = (record: Fields, key: string, place: string): void => {
    array(record, key, place).forEach((item, i) => {
      if (typeof item !== 'string') type(`${place}.${key}[${i}]`, 'a string', item);
    });
  };

  if (!isRecord(value)) throw new TypeError(`${fn}: ${root === 'dataset' ? 'expected a dataset' : `${root} must be a dataset`}, got ${got(value)}`);
  const dataset = value as Fields;
  const article = own(dataset, 'article');
  if (!isRecord(article)) type(`${root}.article`, 'an object', article);
  const place = `${root}.article`;
  const fields = article as Fields;
  string(fields, 'text', place);
  const text = own(fields, 'text') as string;

  const span = (item: Fields, at: string): void => {
    const [start, end] = [own(item, 'start'), own(item, 'end')];
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (start as number) >= (end as number) || (end as number) > text.length) {
      throw new RangeError(`${fn}: ${at} needs integer offsets with 0 <= start < end <= ${text.length}, got start ${got(start)} and end ${got(end)}`);
    }
    const [from, to] = [start as number, end as number];
    const splits = (offset: number) => offset > 0 && offset < text.length && /[\ud800-\udbff]/.test(text[offset - 1] as string) && /[\udc00-\udfff]/.test(text[offset] as string);
    if (splits(from) || splits(to)) throw new RangeError(`${fn}: ${at} splits a character outside the Basic Multilingual Plane (offsets ${from} to ${to})`);
    string(item, 'text', at);
    const words = own(item, 'text') as string;
    if (words !== text.slice(from, to)) {
      throw new RangeError(`${fn}: ${at}.text ${describe(words)} is not the article's text at ${from}..${to}, ${describe(text.slice(from, to))}`);
    }
  };
  const evidence = (record: Fields, at: string) => objects(record, 'evidence', at, span);
  const time = (record: Fields, key: string, at: string, optional: boolean): void => {
    if (optional && !Object.hasOwn(record, key)) return;
    const field = own(record, key);
    if (field === null && !optional) return;
    if (!isRecord(field)) type(`${at}.${key}`, optional ? 'a time value' : 'a time value or null', field);
    const where = `${at}.${key}`;
    for (const name of ['expression', 'value', 'precision', 'anchor']) string(field as Fields, name, where);
    if (Object.hasOwn(field as Fields, 'timex')) nullableString(field as Fields, 'timex', where);
    if (typeof own(field as Fields, 'inferred') !== 'boolean') type(`${where}.inferred`, 'a boolean', own(field as Fields, 'inferred'));
  };
  const number = (record: Fields, key: string, at: string): void => {
    const field = own(record, key);
    if (field !== null && (typeof field !== 'number' || !Number.isFinite(field))) type(`${at}.${key}`, 'a finite number or null', field);
  };

  for (const key of ['id', 'headline', 'language', 'publishedOn', 'sha256']) string(fields, key, place);
  for (const key of ['publisher', 'url', 'author']) nullableString(fields, key, place);
  evidence(fields, place);

  const collection = (name: string, check: (record: Fields, at: string) => void): void => {
    objects(dataset, name, root, (record, at) => {
      string(record, 'id', at);
      check(record, at);
      evidence(record, at);
    });
  };
  // Every collection is an array before any record is read, so the first message names what is most wrong.
  for (const name of ['actors', 'statements', 'events', 'figures']) array(dataset, name, root);
  // A dataset made before time expressions became a record kind may leave `timexes` out.
  if (Object.hasOwn(dataset, 'timexes')) array(dataset, 'timexes', root);
  collection('actors', (actor, at) => {
    for (const key of ['kind', 'name']) string(actor, key, at);
    strings(actor, 'aliases', at);
    // Datasets made before actors had variants have none.
    if (own(actor, 'variants') !== undefined) strings(actor, 'variants', at);
    objects(actor, 'roles', at, (role, where) => string(role, 'title', where));
    nullableString(actor, 'wikidata', at);
  });
  collection('statements', (statement, at) => {
    string(statement, 'speaker', at);
    const mode = own(statement, 'mode');
    if (mode !== 'direct' && mode !== 'indirect') type(`${at}.mode`, '"direct" or "indirect"', mode);
    string(statement, 'text', at);
    for (const key of ['cue', 'reportedBy', 'within', 'channel']) nullableString(statement, key, at);
    strings(statement, 'about', at);
    time(statement, 'time', at, false);
  });
  collection('events', (event, at) => {
    for (const key of ['type', 'summary', 'status']) string(event, key, at);
    for (const key of ['cameo', 'location', 'wikidata']) nullableString(event, key, at);
    objects(event, 'participants', at, (participant, where) => {
      string(participant, 'actor', where);
      string(participant, 'role', where);
    });
    time(event, 'time', at, false);
    objects(event, 'accounts', at, (account, where) => {
      nullableString(account, 'source', where);
      string(account, 'stance', where);
      if (Object.hasOwn(account, 'statement')) string(account, 'statement', where);
      time(account, 'time', where, true);
    });
  });
  collection('figures', (figure, at) => {
    for (const key of ['quantity', 'qualifier', 'unit', 'measures', 'about']) string(figure, key, at);
    for (const key of ['value', 'min', 'max']) number(figure, key, at);
    if (typeof own(figure, 'unitInferred') !== 'boolean') type(`${at}.unitInferred`, 'a boolean', own(figure, 'unitInferred'));
    for (const key of ['countOf', 'source']) nullableString(figure, key, at);
  });
  if (Object.hasOwn(dataset, 'timexes')) {
    collection('timexes', (timex, at) => {
      for (const key of ['type', 'value']) string(timex, key, at);
      for (const key of ['mod', 'quant', 'freq', 'anchor']) nullableString(timex, key, at);
      if (typeof own(timex, 'temporalFunction') !== 'boolean') type(`${at}.temporalFunction`, 'a boolean', own(timex, 'temporalFunction'));
    });
  }
}

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
