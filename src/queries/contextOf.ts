import type { AnyRecord, Article, Span } from '../model/types.js';
import { describe } from '../util/describe.js';
import { isSpace } from '../util/fold.js';
import { isObject } from '../util/guards.js';
import { memoize } from '../util/memo.js';
import { sentenceAt, sentenceStarts } from '../util/sentences.js';
import { article } from '../data/article.js';
import type { ContextOptions } from './types.js';

/** What the text helpers read of an article. */
type Text = Pick<Article, 'text'>;

const sentencesOf = /*#__PURE__*/ memoize((article: Text) => sentenceStarts(article.text));

/**
 * The own property `key` of `value`, or `undefined` where `value` has none: inherited properties,
 * `Object.prototype`'s included, are never read. A getter runs once; a getter or Proxy trap that
 * throws gives a `TypeError` naming `place`.
 */
function own(value: object, key: string, place: string): unknown {
  try {
    return Object.hasOwn(value, key) ? (value as Readonly<Record<string, unknown>>)[key] : undefined;
  } catch {
    throw new TypeError(`contextOf: ${place}.${key} could not be read: a getter or Proxy trap threw`);
  }
}

/** The span `contextOf` starts from: the one given, or a record's first evidence span. */
function spanOf(value: unknown): { start: unknown; end: unknown; text: unknown; place: string } {
  if (isObject(value)) {
    const [start, end] = [own(value, 'start', 'span'), own(value, 'end', 'span')];
    if (start !== undefined || end !== undefined) return { start, end, text: own(value, 'text', 'span'), place: 'span' };
    const evidence = own(value, 'evidence', 'record');
    let isArray = false;
    try {
      isArray = Array.isArray(evidence);
    } catch {
      // A revoked Proxy: not evidence.
    }
    if (isArray) {
      const first = own(evidence as object, '0', 'record.evidence');
      if (isObject(first)) {
        const place = 'record.evidence[0]';
        return { start: own(first, 'start', place), end: own(first, 'end', place), text: own(first, 'text', place), place };
      }
    }
  }
  throw new TypeError(`contextOf: expected a span or a record with evidence, got ${describe(value)}`);
}

/**
 * The offsets `contextOf` starts from, checked: integers with `0 <= start <= end`, and where the
 * span carries its `text`, that text must be the article's characters at those offsets.
 */
function offsetsOf(value: unknown, text: string): { start: number; end: number } {
  const span = spanOf(value);
  const { start, end } = span;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (start as number) > (end as number)) {
    throw new RangeError(`contextOf: a span needs integer offsets with 0 <= start <= end, got start ${describe(start)} and end ${describe(end)}`);
  }
  if (span.text !== undefined) {
    if (typeof span.text !== 'string') throw new TypeError(`contextOf: ${span.place}.text must be a string, got ${describe(span.text)}`);
    if (text.slice(start as number, end as number) !== span.text) {
      throw new RangeError(`contextOf: ${span.place}.text ${describe(span.text)} does not match the article at ${start as number}..${end as number}`);
    }
  }
  return { start: start as number, end: end as number };
}

function charsOf(options: unknown): number | undefined {
  if (options === undefined) return undefined;
  if (!isObject(options)) throw new TypeError(`contextOf: options must be an object, got ${describe(options)}`);
  const chars = own(options, 'chars', 'options');
  if (chars === undefined) return undefined;
  if (!Number.isSafeInteger(chars) || (chars as number) < 0) {
    throw new RangeError(`contextOf: options.chars must be a non-negative integer, got ${describe(chars)}`);
  }
  return chars as number;
}

function spanAt(text: string, start: number, end: number): Span {
  return Object.freeze({ start, end, text: text.slice(start, end) });
}

/** `contextOf` over an article. */
export function createContextOf(article: Text): (spanOrRecord: unknown, options?: ContextOptions) => Span {
  return (spanOrRecord, options) => {
    const { text } = article;
    const offsets = offsetsOf(spanOrRecord, text);
    const chars = charsOf(options);
    const start = Math.min(offsets.start, text.length);
    const end = Math.min(offsets.end, text.length);
    if (chars !== undefined) return spanAt(text, Math.max(0, start - chars), Math.min(text.length, end + chars));
    const starts = sentencesOf(article);
    const first = sentenceAt(starts, start);
    const last = sentenceAt(starts, Math.max(start, end - 1));
    let from = starts[first] as number;
    let to = starts[last + 1] ?? text.length;
    while (to > from && isSpace(text[to - 1])) to--;
    while (from < to && isSpace(text[from])) from++;
    return spanAt(text, Math.min(from, start), Math.max(to, end));
  };
}

let query: ((spanOrRecord: unknown, options?: ContextOptions) => Span) | undefined;

/**
 * The text around a span: by default the sentence (or sentences) that contain it, otherwise
 * `options.chars` characters on each side, clamped to the text. Given a record, it starts from the
 * record's first evidence span: a statement's content, an actor's first mention, the first words
 * reporting an event or stating a figure.
 *
 * Sentences end at `.`, `!`, `?` or `…` (and any closing quotes) before white space and a capital,
 * digit or opening quote, never inside a double-quoted passage, after an initialism such as
 * `U.S.` or after a title such as `Dr.`; a blank line always ends one.
 *
 * Only own properties are read, of the span, the record, its first evidence span and the
 * options, so nothing set on `Object.prototype` (or inherited otherwise) is ever taken for a
 * `start` or a `chars`.
 *
 * @param spanOrRecord - A {@link Span} of the article, or any record with evidence. A span
 * without `text` is taken by its offsets, clamped to the text.
 * @param options - `{ chars: N }` for N characters either side instead of the sentence.
 * @returns A new frozen span of the article that contains the one given.
 * @throws TypeError for a value that is neither a span nor a record with evidence, a span `text`
 * that is not a string, or a getter or Proxy that throws; RangeError for offsets that are not
 * integers with `0 <= start <= end`, a span whose `text` is not the article's characters at its
 * offsets (for example a span of another article), or `chars` that is not a non-negative integer.
 * @category Text
 * @example
 * ```ts
 * import { contextOf, getStatement, mentionsOf } from 'kyiv-strike-pause'
 * contextOf(getStatement('trump-raised-issue-with-putin')).text
 * //=> 'Speaking earlier during a Cabinet meeting at the White House, Trump said he personally raised the issue with Putin during a phone call on Thursday.'
 * contextOf(mentionsOf('rudolf-myhovych')[0]!, { chars: 10 }).text
 * //=> 'fference\n\nRudolf Myhovych, CEO of t'
 * contextOf({ start: 0, end: 7, text: 'Kremlin' }).end
 * //=> 54
 * contextOf({ start: 0, end: 7, text: 'Moscow' })
 * //=> throws RangeError: contextOf: span.text "Moscow" does not match the article at 0..7
 * ```
 */
export function contextOf(spanOrRecord: Span | AnyRecord, options?: ContextOptions): Span {
  return (query ??= createContextOf(article))(spanOrRecord, options);
}
