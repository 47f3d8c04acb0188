/**
 * What every exporter shares: the input check, IRIs for the article and its records, Wikidata
 * URLs, UN/CEFACT unit codes and spans in code points.
 *
 * @internal
 * @module
 */
import { plainCopy } from '../util/snapshot.js';
import { describe } from '../util/describe.js';
import { offsetIndexOf } from '../util/offsets.js';
import type { Article, Dataset, IdSpace, Span } from '../model/types.js';
import { isObject } from '../util/guards.js';
import { checkDataset } from '../model/checkDataset.js';
import { dataset } from '../data/dataset.js';

/** Options shared by the linked-data exporters. */
export interface LinkedDataOptions {
  /**
   * The absolute IRI of the article. Records become `<base>#<id>`. Defaults to
   * `urn:x-dataset:<article.id>`, since the article has no URL of its own.
   */
  readonly base?: string;
}

/**
 * The keys a record of the dataset may lack: `Account`'s `statement` and `time`, and a time value's
 * `timex`. A record of the
 * package's own dataset that lacks one would read it from `Object.prototype` if something set it
 * there. The type below fails to compile when a record type gains another optional field.
 */
const OPTIONAL_FIELDS = ['statement', 'time', 'timex'] as const;

/** The keys of `T`, of the objects in its fields and of the items of its arrays, that may be missing. */
type OptionalKeysOf<T> = T extends readonly (infer Item)[]
  ? OptionalKeysOf<Item>
  : T extends object
    ? { [K in keyof T]-?: ({} extends Pick<T, K> ? K : never) | OptionalKeysOf<NonNullable<T[K]>> }[keyof T]
    : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const optionalFieldsListed: Same<OptionalKeysOf<Dataset>, (typeof OPTIONAL_FIELDS)[number]> = true;
void optionalFieldsListed;

/**
 * The dataset an exporter reads. The package's own `dataset` as it is: its records are checked
 * at build time and deeply frozen, so no exporter can change them, and it is neither copied nor
 * checked again (unless a key it may lack is set on `Object.prototype`, which it would then read
 * as a field of its own). Anything else as a plain copy of `input` (own enumerable data only,
 * into objects without a prototype, so no getter, Proxy or cycle of the caller's is read twice or
 * can throw later, and nothing set on `Object.prototype` shows through), checked with the
 * scorer's check of a gold dataset: throws a `TypeError` or `RangeError`, whose message starts
 * with `fn` and names the path, unless it is a dataset with every field the exporters read, each
 * of its type, and every evidence span inside the text, on character boundaries, with the
 * article's characters as its `text`.
 */
export function readDataset(input: unknown, fn: string): Dataset<IdSpace> {
  if (input === dataset && !OPTIONAL_FIELDS.some((key) => key in Object.prototype)) return dataset;
  const copy = plainCopy(input, fn, 'dataset');
  // A dataset made before time expressions became a record kind has none.
  if (isObject(copy) && !Object.hasOwn(copy, 'timexes')) (copy as Record<string, unknown>)['timexes'] = [];
  checkDataset(copy, fn, 'dataset');
  return copy;
}

/** A surrogate without its other half (matched on UTF-16 code units, so no `u` flag). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `value` percent-encoded for an IRI, with each lone surrogate taken as U+FFFD (percent-encoded
 * `%EF%BF%BD`), as `String.prototype.toWellFormed` would: `encodeURIComponent` itself throws a
 * `URIError` on a lone surrogate, which an id of a dataset that is not schema-valid can hold.
 */
export function iriComponent(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));
}

/** Throws a `TypeError` naming `fn` unless `options` is `undefined` or an object whose `base` is an absolute IRI. */
export function baseOf(article: Pick<Article, 'id'>, options: unknown, fn: string): string {
  if (options === undefined) return `urn:x-dataset:${iriComponent(article.id)}`;
  if (!isObject(options)) throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  const base = options['base'];
  if (base === undefined) return `urn:x-dataset:${iriComponent(article.id)}`;
  if (typeof base !== 'string' || !/^[A-Za-z][A-Za-z0-9+.-]*:[^\s#<>"{}|\\^`]*$/.test(base)) {
    throw new TypeError(`${fn}: options.base must be an absolute IRI without a fragment, got ${describe(base)}`);
  }
  return base;
}

/** The IRI of a record: the article's IRI with the record id as fragment (see {@link iriComponent}). */
export function recordIri(base: string, id: string): string {
  return `${base}#${iriComponent(id)}`;
}

/** The Wikidata page of a QID. */
export function wikidataUrl(qid: string): string {
  return `https://www.wikidata.org/wiki/${qid}`;
}

export { unitCodeOf } from '../model/units.js';

/** A span in code points: its offsets as the W3C, brat and Label Studio count them, and its characters. */
export interface CodePointSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The code-point offsets of a span already checked by {@link checkDataset}; its text is read from the article. */
export function inCodePoints(article: Pick<Article, 'text'>, span: Span): CodePointSpan {
  const index = offsetIndexOf(article);
  return {
    start: index.fromUtf16(span.start, 'codepoint') as number,
    end: index.fromUtf16(span.end, 'codepoint') as number,
    text: article.text.slice(span.start, span.end),
  };
}

/** The characters of `text` from code point `start` to code point `end`. */
export function sliceCodePoints(article: Pick<Article, 'text'>, start: number, end: number): string {
  const index = offsetIndexOf(article);
  return article.text.slice(index.toUtf16(start, 'codepoint') as number, index.toUtf16(end, 'codepoint') as number);
}
