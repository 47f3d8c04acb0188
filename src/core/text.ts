/**
 * `contextOf` and `findText` as builders over an article.
 *
 * @internal
 * @module
 */
import type { Article, Span } from '../types.js';
import type { ContextOptions } from '../queries/types.js';
import { describe } from './describe.js';
import { EMPTY, memoize } from './memo.js';

/** What the text helpers read of an article. */
type Text = Pick<Article, 'text'>;

const SPACE = /\s/;
const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’)]»';
/** What may open a sentence: a capital, a digit, an opening quote or bracket. */
const OPENER = /[\p{Lu}\p{Lt}\p{N}“"‘'([«¿¡]/u;
/** A word before a full stop that does not end a sentence: an initialism (`U.S`, `J`) or a title before a name. */
const ABBREVIATION = /^(?:(?:\p{L}\.)*\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Maj|Adm|Jr|Sr|No)$/u;
/** A blank line, and the white space after it: paragraphs never share a sentence. */
const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

/** Whether the full stop at `dot` follows an abbreviation. */
function afterAbbreviation(text: string, blockStart: number, dot: number): boolean {
  let start = dot;
  while (start > blockStart && /[\p{L}.]/u.test(text[start - 1] as string)) start--;
  return ABBREVIATION.test(text.slice(start, dot));
}

/**
 * Where each sentence of the text starts. A sentence ends at `.`, `!`, `?` or `…` (with any closing
 * quotes and brackets after it) that is followed by white space and a capital, digit or opening
 * quote, except inside a double-quoted passage, after an initialism such as `U.S.` and after a
 * title such as `Dr.`; a blank line always ends one. Positions between sentences belong to the
 * sentence before them.
 */
function sentenceStarts(text: string): readonly number[] {
  const starts = [0];
  const blocks: [number, number][] = [];
  let blockStart = 0;
  for (const match of text.matchAll(BLANK_LINE)) {
    blocks.push([blockStart, match.index]);
    blockStart = match.index + match[0].length;
  }
  blocks.push([blockStart, text.length]);
  for (const [start, end] of blocks) {
    if (start > 0 && start < text.length) starts.push(start);
    let quoted = false;
    for (let i = start; i < end; i++) {
      const char = text[i] as string;
      if (char === '“') quoted = true;
      else if (char === '”') quoted = false;
      else if (char === '"') quoted = !quoted;
      else if (TERMINATORS.includes(char)) {
        let next = i + 1;
        let stillQuoted = quoted;
        while (next < end && CLOSERS.includes(text[next] as string)) {
          if (text[next] === '”') stillQuoted = false;
          else if (text[next] === '"') stillQuoted = !stillQuoted;
          next++;
        }
        if (stillQuoted || !isSpace(text[next])) continue;
        while (next < end && isSpace(text[next])) next++;
        if (next >= end || !OPENER.test(text[next] as string)) continue;
        if (char === '.' && afterAbbreviation(text, start, i)) continue;
        starts.push(next);
      }
    }
  }
  return starts;
}

const sentencesOf = /*#__PURE__*/ memoize((article: Text) => sentenceStarts(article.text));

/** The index of the last start `<= position`. */
function sentenceAt(starts: readonly number[], position: number): number {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] as number) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** The offsets `contextOf` starts from: the span's, or a record's first evidence span's. */
function offsetsOf(value: unknown): { start: number; end: number } {
  const span = isObject(value) && !('start' in value) && !('end' in value) && Array.isArray(value['evidence']) ? value['evidence'][0] : value;
  if (!isObject(span) || !('start' in span) || !('end' in span)) {
    throw new TypeError(`contextOf: expected a span or a record with evidence, got ${describe(value)}`);
  }
  const { start, end } = span;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (start as number) > (end as number)) {
    throw new RangeError(`contextOf: a span needs integer offsets with 0 <= start <= end, got start ${describe(start)} and end ${describe(end)}`);
  }
  return { start: start as number, end: end as number };
}

function charsOf(options: unknown): number | undefined {
  if (options === undefined) return undefined;
  if (!isObject(options)) throw new TypeError(`contextOf: options must be an object, got ${describe(options)}`);
  const chars = options['chars'];
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
    const offsets = offsetsOf(spanOrRecord);
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

/** Folds a curly or low quotation mark to its straight form. */
function foldQuote(char: string): string {
  switch (char) {
    case '’':
    case '‘':
    case '‛':
    case '‚':
      return "'";
    case '“':
    case '”':
    case '„':
    case '‟':
      return '"';
    default:
      return char;
  }
}

/**
 * The query as `findText` matches it: trimmed, each run of white space one space, quotes folded by
 * `foldQuote` (which only touches characters outside ASCII).
 */
function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').replace(/[^\0-\x7f]/g, foldQuote);
}

/** The article text normalized like a query, with the offset in the text of each normalized character. */
const foldedOf = /*#__PURE__*/ memoize((article: Text) => {
  const { text } = article;
  const chars: string[] = [];
  const origin = new Int32Array(text.length);
  let i = 0;
  while (i < text.length) {
    origin[chars.length] = i;
    if (isSpace(text[i])) {
      chars.push(' ');
      while (i < text.length && isSpace(text[i])) i++;
    } else {
      chars.push(foldQuote(text[i] as string));
      i++;
    }
  }
  return { folded: chars.join(''), origin };
});

/** `findText` over an article: every occurrence, overlapping ones included, by start. */
export function createFindText(article: Text): (query: unknown) => readonly Span[] {
  return (query) => {
    if (typeof query !== 'string') return EMPTY;
    const needle = normalizeQuery(query);
    if (needle === '') return EMPTY;
    const { folded, origin } = foldedOf(article);
    const found: Span[] = [];
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const start = origin[at] as number;
      const end = (origin[at + needle.length - 1] as number) + 1;
      found.push(spanAt(article.text, start, end));
    }
    return found.length === 0 ? EMPTY : Object.freeze(found);
  };
}
