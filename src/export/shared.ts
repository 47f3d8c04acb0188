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

/** The five record collections of a dataset, in the order every exporter walks them. */
export const COLLECTIONS = ['actors', 'statements', 'events', 'figures', 'timexes'] as const;

/** Options shared by the linked-data exporters. */
export interface LinkedDataOptions {
  /**
   * The absolute IRI of the article. Records become `<base>#<id>`. Defaults to
   * `urn:x-dataset:<article.id>`, since the article has no URL of its own.
   */
  readonly base?: string;
}

/** The arrays of objects the exporters walk, per collection. */
const OBJECT_ARRAYS: Readonly<Record<(typeof COLLECTIONS)[number], readonly string[]>> = {
  actors: [],
  statements: [],
  events: ['participants', 'accounts'],
  figures: [],
  timexes: [],
};

function checkSpan(article: { readonly text: string }, span: unknown, fn: string, place: string): void {
  const { text } = article;
  if (!isObject(span)) throw new TypeError(`${fn}: ${place} must be a span object, got ${describe(span)}`);
  const { start, end } = span;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (start as number) > (end as number) || (end as number) > text.length) {
    throw new RangeError(`${fn}: ${place} needs integer offsets with 0 <= start <= end <= ${text.length}, got start ${describe(start)} and end ${describe(end)}`);
  }
  const index = offsetIndexOf(article);
  if (index.fromUtf16(start as number, 'codepoint') === undefined || index.fromUtf16(end as number, 'codepoint') === undefined) {
    throw new RangeError(`${fn}: ${place} splits a character outside the Basic Multilingual Plane (offsets ${String(start)} to ${String(end)})`);
  }
}

/**
 * A plain copy of `input` (own enumerable data only, so no getter, Proxy or cycle of the caller's
 * is read twice or can throw later), checked: throws a `TypeError` or `RangeError`, whose message
 * starts with `fn`, unless it is a dataset with what
 * the exporters read: an article with a string `text` and `id`, the five collections as arrays of
 * objects with string ids, and every evidence span inside the text on character boundaries. A
 * dataset without `timexes` (made before time expressions became a record kind) gets an empty list.
 */
export function readDataset(input: unknown, fn: string): Dataset<IdSpace> {
  const dataset = plainCopy(input, fn, 'dataset');
  if (isObject(dataset) && dataset['timexes'] === undefined) (dataset as Record<string, unknown>)['timexes'] = [];
  checkDataset(dataset, fn);
  return dataset;
}

/** Throws unless a plain copy of a dataset has what the exporters read; see {@link readDataset}. */
function checkDataset(dataset: unknown, fn: string): asserts dataset is Dataset<IdSpace> {
  if (!isObject(dataset)) throw new TypeError(`${fn}: expected a dataset, got ${describe(dataset)}`);
  const article = dataset['article'];
  if (!isObject(article) || typeof article['text'] !== 'string') {
    throw new TypeError(`${fn}: dataset.article.text must be a string, got ${describe(isObject(article) ? article['text'] : article)}`);
  }
  if (typeof article['id'] !== 'string') throw new TypeError(`${fn}: dataset.article.id must be a string, got ${describe(article['id'])}`);
  const textOf = article as { readonly text: string };
  for (const name of COLLECTIONS) {
    const records = dataset[name];
    if (!Array.isArray(records)) throw new TypeError(`${fn}: dataset.${name} must be an array, got ${describe(records)}`);
    records.forEach((record: unknown, i) => {
      const place = `dataset.${name}[${i}]`;
      if (!isObject(record)) throw new TypeError(`${fn}: ${place} must be an object, got ${describe(record)}`);
      if (typeof record['id'] !== 'string') throw new TypeError(`${fn}: ${place}.id must be a string, got ${describe(record['id'])}`);
      const evidence = record['evidence'];
      if (!Array.isArray(evidence)) throw new TypeError(`${fn}: ${place}.evidence must be an array, got ${describe(evidence)}`);
      evidence.forEach((span: unknown, j) => checkSpan(textOf, span, fn, `${place}.evidence[${j}]`));
      for (const field of OBJECT_ARRAYS[name]) {
        const items = record[field];
        if (!Array.isArray(items)) throw new TypeError(`${fn}: ${place}.${field} must be an array, got ${describe(items)}`);
        items.forEach((item: unknown, j) => {
          if (!isObject(item)) throw new TypeError(`${fn}: ${place}.${field}[${j}] must be an object, got ${describe(item)}`);
        });
      }
    });
  }
}

/** Throws a `TypeError` naming `fn` unless `options` is `undefined` or an object whose `base` is an absolute IRI. */
export function baseOf(article: Pick<Article, 'id'>, options: unknown, fn: string): string {
  if (options === undefined) return `urn:x-dataset:${encodeURIComponent(article.id)}`;
  if (!isObject(options)) throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  const base = options['base'];
  if (base === undefined) return `urn:x-dataset:${encodeURIComponent(article.id)}`;
  if (typeof base !== 'string' || !/^[A-Za-z][A-Za-z0-9+.-]*:[^\s#<>"{}|\\^`]*$/.test(base)) {
    throw new TypeError(`${fn}: options.base must be an absolute IRI without a fragment, got ${describe(base)}`);
  }
  return base;
}

/** The IRI of a record: the article's IRI with the record id as fragment. */
export function recordIri(base: string, id: string): string {
  return `${base}#${encodeURIComponent(id)}`;
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
