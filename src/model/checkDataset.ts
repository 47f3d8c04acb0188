/**
 * The shape check a dataset passes before the scorer (as `options.gold`) or an exporter reads it,
 * so that a malformed dataset fails with a `TypeError` or `RangeError` naming the function and
 * the path at fault, never with an engine error from deep inside.
 *
 * @internal
 * @module
 */
import { describe } from '../util/describe.js';
import type { Dataset, IdSpace } from './types.js';

type Fields = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a value is, for a message: `nothing` for a missing field, `an array`, `an object`, or {@link describe}. */
function got(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return describe(value);
}

/** The own property `key` of `value`: what is inherited, `Object.prototype`'s included, reads as missing. */
const own = (value: Fields, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

/**
 * Throws unless `value` is a dataset with every field the scorer and the exporters read, of the
 * type `Dataset` gives it: the article's `id`, `headline`, `text`, `language`, `publishedOn`,
 * `publisher`, `url`, `author`, `sha256` and `evidence`; every record's id and evidence; an
 * actor's `kind`, `name`, `aliases`, `roles[].title` and `wikidata`; a statement's `speaker`,
 * `mode` (`direct` or `indirect`), `text`, `cue`, `reportedBy`, `within`, `about`, `time` and
 * `channel`; an event's `type`, `cameo`, `summary`, `participants`, `location`, `time`, `status`,
 * `accounts` and `wikidata`; a figure's `quantity`, `value`, `min`, `max` (finite numbers or
 * `null`), `qualifier`, `unit`, `unitInferred`, `countOf`, `measures`, `about` and `source`; and
 * every time value's five fields. Every evidence span must have integer offsets with
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
      if (!isObject(item)) type(`${place}.${key}[${i}]`, 'an object', item);
      check(item as Fields, `${place}.${key}[${i}]`);
    });
  };
  const strings = (record: Fields, key: string, place: string): void => {
    array(record, key, place).forEach((item, i) => {
      if (typeof item !== 'string') type(`${place}.${key}[${i}]`, 'a string', item);
    });
  };

  if (!isObject(value)) throw new TypeError(`${fn}: ${root === 'dataset' ? 'expected a dataset' : `${root} must be a dataset`}, got ${got(value)}`);
  const dataset = value as Fields;
  const article = own(dataset, 'article');
  if (!isObject(article)) type(`${root}.article`, 'an object', article);
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
    if (!isObject(field)) type(`${at}.${key}`, optional ? 'a time value' : 'a time value or null', field);
    const where = `${at}.${key}`;
    for (const name of ['expression', 'value', 'precision', 'anchor']) string(field as Fields, name, where);
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
}
