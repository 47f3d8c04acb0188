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
import { lazyPattern } from './pattern.js';

/** What the text helpers read of an article. */
type Text = Pick<Article, 'text'>;

const SPACE = /\s/;
const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’)]»';
/** What may open a sentence: a capital, a digit, an opening quote or bracket. */
const OPENER = /*#__PURE__*/ lazyPattern('[\\p{Lu}\\p{Lt}\\p{N}\\u201c"\\u2018\'([\\u00ab\\u00bf\\u00a1]', 'u');
/** A word before a full stop that does not end a sentence: an initialism (`U.S`, `J`) or a title before a name. */
const ABBREVIATION = /*#__PURE__*/ lazyPattern('^(?:(?:\\p{L}\\.){0,16}\\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Maj|Adm|Jr|Sr|No)$', 'u');
/** A letter or a full stop. */
const LETTER_OR_DOT = /*#__PURE__*/ lazyPattern('[\\p{L}.]', 'u');
/** A blank line, and the white space after it: paragraphs never share a sentence. */
const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

/** The longest word `afterAbbreviation` looks at: longer runs of letters and dots are no abbreviation. */
const LONGEST_ABBREVIATION = 16;

/**
 * Whether the full stop at `dot` follows an abbreviation. The walk back is capped, so a text of
 * one long run of letters and dots costs O(1) per full stop, and `ABBREVIATION` only ever sees a
 * short word.
 */
function afterAbbreviation(text: string, blockStart: number, dot: number): boolean {
  let start = dot;
  while (start > blockStart && LETTER_OR_DOT().test(text[start - 1] as string)) {
    if (dot - --start > LONGEST_ABBREVIATION) return false;
  }
  return ABBREVIATION().test(text.slice(start, dot));
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
        if (next >= end || !OPENER().test(text[next] as string)) continue;
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

const MARK = /*#__PURE__*/ lazyPattern('\\p{M}', 'u');

/** Whether the code point is a combining mark, which belongs to the character before it. */
function isMark(codePoint: number): boolean {
  return codePoint >= 0x300 && MARK().test(String.fromCodePoint(codePoint));
}

/** Whether the UTF-16 unit at `i` is white space, with a fast path for ASCII. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(text[i] as string);
}

/**
 * Splits a text into the units `findText` compares: a run of white space (as one space), or one
 * character (a whole surrogate pair) with the combining marks after it, in NFC, its quotation
 * marks folded. Calls `emit` with each unit's key and its start offset in the text, and stops
 * when `emit` returns `false`.
 */
function units(text: string, emit: (key: string, start: number) => boolean | void): void {
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (isSpaceAt(text, i)) {
      while (i < text.length && isSpaceAt(text, i)) i++;
      if (emit(' ', start) === false) return;
      continue;
    }
    const code = text.charCodeAt(i);
    // The common case: an ASCII character not followed by a combining mark is its own key (NFC and
    // quote folding leave ASCII alone).
    if (code < 0x80 && (i + 1 === text.length || text.charCodeAt(i + 1) < 0x300)) {
      i++;
      if (emit(text[start] as string, start) === false) return;
      continue;
    }
    const first = text.codePointAt(i) as number;
    i += first > 0xffff ? 2 : 1;
    let next: number | undefined;
    while (i < text.length && isMark((next = text.codePointAt(i) as number))) i += next > 0xffff ? 2 : 1;
    const unit = text.slice(start, i);
    if (emit(i - start === 1 && first < 0x300 ? foldQuote(unit) : foldQuote(unit.normalize('NFC')), start) === false) return;
  }
}

interface Folded {
  /** Each distinct unit's number. */
  readonly numbers: ReadonlyMap<string, number>;
  /** The text as unit numbers. */
  readonly sequence: Int32Array;
  /** Where each unit starts in the text; one more entry, the text's length, closes the last. */
  readonly starts: Int32Array;
}

/** The article text as a sequence of numbered units (see `units`), built once per article. */
const foldedOf = /*#__PURE__*/ memoize((article: Text): Folded => {
  const { text } = article;
  const numbers = new Map<string, number>();
  const sequence: number[] = [];
  const starts: number[] = [];
  units(text, (key, start) => {
    let number = numbers.get(key);
    if (number === undefined) numbers.set(key, (number = numbers.size));
    sequence.push(number);
    starts.push(start);
  });
  starts.push(text.length);
  return { numbers, sequence: Int32Array.from(sequence), starts: Int32Array.from(starts) };
});

/**
 * The query as unit numbers of the text, or `undefined` where it cannot occur: a unit the text
 * lacks, or more units than the text has. Either stops the reading early, so a huge query costs
 * no more than the text.
 */
function needleOf(query: string, numbers: ReadonlyMap<string, number>, most: number): Int32Array | undefined {
  const needle: number[] = [];
  let possible = true;
  units(query, (key) => {
    const number = numbers.get(key);
    if (number === undefined || needle.length === most) return (possible = false);
    needle.push(number);
    return true;
  });
  return possible ? Int32Array.from(needle) : undefined;
}

/**
 * The start of every occurrence of `needle` in `haystack`, overlapping ones included, in order:
 * Knuth–Morris–Pratt, O(haystack + needle) however the two repeat.
 */
export function occurrences(haystack: Int32Array, needle: Int32Array): number[] {
  const m = needle.length;
  const fallback = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    const unit = needle[i];
    while (k > 0 && unit !== needle[k]) k = fallback[k - 1] as number;
    if (unit === needle[k]) k++;
    fallback[i] = k;
  }
  const found: number[] = [];
  for (let i = 0, k = 0, n = haystack.length; i < n; i++) {
    const unit = haystack[i];
    while (k > 0 && unit !== needle[k]) k = fallback[k - 1] as number;
    if (unit === needle[k]) k++;
    if (k === m) {
      found.push(i - m + 1);
      k = fallback[k - 1] as number;
    }
  }
  return found;
}

/** `findText` over an article: every occurrence, overlapping ones included, by start. */
export function createFindText(article: Text): (query: unknown) => readonly Span[] {
  return (query) => {
    if (typeof query !== 'string' || query.trim() === '') return EMPTY;
    const { numbers, sequence, starts } = foldedOf(article);
    const needle = needleOf(query, numbers, sequence.length);
    if (needle === undefined) return EMPTY;
    const found = occurrences(sequence, needle).map((at) => spanAt(article.text, starts[at] as number, starts[at + needle.length] as number));
    return found.length === 0 ? EMPTY : Object.freeze(found);
  };
}
