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

/** Options shared by the linked-data exporters. */
export interface LinkedDataOptions {
  /**
   * The absolute IRI of the article. Records become `<base>#<id>`. Defaults to
   * `urn:x-dataset:<article.id>`, since the article has no URL of its own.
   */
  readonly base?: string;
}

/**
 * A plain copy of `input` (own enumerable data only, into objects without a prototype, so no
 * getter, Proxy or cycle of the caller's is read twice or can throw later, and nothing set on
 * `Object.prototype` shows through), checked with the scorer's check of a gold dataset: throws a
 * `TypeError` or `RangeError`, whose message starts with `fn` and names the path, unless it is a
 * dataset with every field the exporters read, each of its type, and every evidence span inside
 * the text, on character boundaries, with the article's characters as its `text`.
 */
export function readDataset(input: unknown, fn: string): Dataset<IdSpace> {
  const dataset = plainCopy(input, fn, 'dataset');
  // A dataset made before time expressions became a record kind has none.
  if (isObject(dataset) && !Object.hasOwn(dataset, 'timexes')) (dataset as Record<string, unknown>)['timexes'] = [];
  checkDataset(dataset, fn, 'dataset');
  return dataset;
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
