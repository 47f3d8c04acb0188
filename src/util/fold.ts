/**
 * Text folding: the one table of quotation marks, white space and the case- and diacritic-free
 * form, shared by `findText`, the actor names and the scorer's quote selectors.
 *
 * @internal
 * @module
 */
import { lazyPattern } from './pattern.js';

/** Every curly, low or modifier quotation mark, by the straight mark it folds to. */
const QUOTES: ReadonlyMap<string, string> = /*#__PURE__*/ new Map([
  ['\u2019', "'"],
  ['\u2018', "'"],
  ['\u201b', "'"],
  ['\u201a', "'"],
  ['\u02bc', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u201f', '"'],
]);

/** Any of the quotation marks `QUOTES` folds. */
const QUOTE = /[\u2019\u2018\u201b\u201a\u02bc\u201c\u201d\u201e\u201f]/g;

/** A character with every quotation mark in it folded to its straight form. */
export function foldQuote(char: string): string {
  return QUOTES.get(char) ?? char;
}

/** `value` with every curly, low or modifier quotation mark straight. */
export function foldQuotes(value: string): string {
  return value.replace(QUOTE, (char) => QUOTES.get(char) as string);
}

const SPACE = /\s/;

/** Whether the character is white space (the no-break and thin spaces included). */
export function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

/** Whether the UTF-16 unit at `i` is white space, with a fast path for ASCII. */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(text[i] as string);
}

const MARK = /*#__PURE__*/ lazyPattern('\\p{M}', 'u');

/** Whether the code point is a combining mark, which belongs to the character before it. */
export function isMark(codePoint: number): boolean {
  return codePoint >= 0x300 && MARK().test(String.fromCodePoint(codePoint));
}

/** A combining mark. One at a time: V8 overflows its stack on `\p{M}+` over a run of millions of marks. */
const MARKS = /*#__PURE__*/ lazyPattern('\\p{M}', 'gu');

/** `value` compatibility-decomposed, with its combining marks removed, in lower case: the case- and diacritic-free form. */
export function foldCase(value: string): string {
  return value.normalize('NFKD').replace(MARKS(), '').toLowerCase();
}

/**
 * The form names are compared in: compatibility-decomposed with combining marks removed (so
 * `Zelenskyy` and `Zélenskyy` agree), lower case, curly quotes straight, every run of white space
 * one space, trimmed.
 */
export function foldName(value: string): string {
  return foldQuotes(foldCase(value)).replace(/\s+/g, ' ').trim();
}

/**
 * Splits a text into the units the text finders compare: a run of white space (as one space), or
 * one character (a whole surrogate pair) with the combining marks after it, in NFC, its quotation
 * marks folded. Calls `emit` with each unit's key and its start offset in the text, and stops when
 * `emit` returns `false`. Shared by `findText` and the scorer's quote selectors, so the two agree
 * on what "the same words" means.
 */
export function foldUnits(text: string, emit: (key: string, start: number) => boolean | void): void {
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

/** A text as a sequence of numbered units (see {@link foldUnits}). */
export interface FoldedText {
  /** Each distinct unit's number. */
  readonly numbers: ReadonlyMap<string, number>;
  /** The text as unit numbers. */
  readonly sequence: Int32Array;
  /** Where each unit starts in the text; one more entry, the text's length, closes the last. */
  readonly starts: Int32Array;
}

/** The units of `text`, numbered. */
export function foldText(text: string): FoldedText {
  const numbers = new Map<string, number>();
  const sequence: number[] = [];
  const starts: number[] = [];
  foldUnits(text, (key, start) => {
    let number = numbers.get(key);
    if (number === undefined) numbers.set(key, (number = numbers.size));
    sequence.push(number);
    starts.push(start);
  });
  starts.push(text.length);
  return { numbers, sequence: Int32Array.from(sequence), starts: Int32Array.from(starts) };
}

/** The unit number of a key the text does not have: it matches nothing. */
export const NO_UNIT = -1;

/**
 * A query as unit numbers of a folded text, a unit the text lacks as {@link NO_UNIT}; at most
 * `most` units are read, so a huge query costs no more than the text. `complete` is `false` when
 * the query had more.
 */
export function foldQuery(query: string, numbers: ReadonlyMap<string, number>, most: number): { readonly units: Int32Array; readonly complete: boolean } {
  const units: number[] = [];
  let complete = true;
  foldUnits(query, (key) => {
    if (units.length === most) return (complete = false);
    units.push(numbers.get(key) ?? NO_UNIT);
    return true;
  });
  return { units: Int32Array.from(units), complete };
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

/** Positions grouped by a key, as compressed rows: the positions of bucket `b` are `positions[heads[b]]` up to `positions[heads[b + 1]]`. */
interface Buckets {
  readonly heads: Int32Array;
  readonly positions: Int32Array;
}

function bucketsOf(count: number, size: number, keyAt: (i: number) => number): Buckets {
  const heads = new Int32Array(size + 1);
  for (let i = 0; i < count; i++) {
    const key = keyAt(i) + 1;
    heads[key] = (heads[key] as number) + 1;
  }
  for (let b = 0; b < size; b++) heads[b + 1] = (heads[b + 1] as number) + (heads[b] as number);
  const fill = heads.slice(0, size);
  const positions = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const key = keyAt(i);
    const at = fill[key] as number;
    positions[at] = i;
    fill[key] = at + 1;
  }
  return { heads, positions };
}

/** A bucket of three consecutive units, for a table of `mask + 1` buckets. */
const triple = (a: number, b: number, c: number, mask: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) & mask;

/** Finds a needle's occurrences in a folded text without reading the whole text. */
export interface FoldedIndex {
  /** Every start (a unit index) of `needle`, overlapping ones included, in order. */
  find(needle: Int32Array): number[];
}

/**
 * An index of a folded text by single units and by runs of three: a needle's occurrences are
 * found among the positions of its rarest run of three (or of its first unit, for a needle of
 * one or two), each checked unit by unit. Building it is linear in the text; a look-up costs the
 * candidates it checks, not the text.
 */
export function foldedIndex(folded: FoldedText): FoldedIndex {
  const { sequence } = folded;
  const n = sequence.length;
  let singles: Buckets | undefined;
  let triples: Buckets | undefined;
  let mask = 0;
  const matchesAt = (needle: Int32Array, at: number): boolean => {
    if (at < 0 || at + needle.length > n) return false;
    for (let j = 0; j < needle.length; j++) if (sequence[at + j] !== needle[j]) return false;
    return true;
  };
  return {
    find(needle) {
      const m = needle.length;
      if (m === 0 || m > n || needle.includes(NO_UNIT)) return [];
      let bucket: Buckets;
      let key: number;
      let offset = 0;
      if (m < 3) {
        singles ??= bucketsOf(n, folded.numbers.size, (i) => sequence[i] as number);
        [bucket, key] = [singles, needle[0] as number];
      } else {
        if (triples === undefined) {
          for (mask = 1; mask < n; mask <<= 1);
          mask -= 1;
          triples = bucketsOf(Math.max(0, n - 2), mask + 1, (i) => triple(sequence[i] as number, sequence[i + 1] as number, sequence[i + 2] as number, mask));
        }
        [bucket, key] = [triples, triple(needle[0] as number, needle[1] as number, needle[2] as number, mask)];
        let fewest = (bucket.heads[key + 1] as number) - (bucket.heads[key] as number);
        for (let j = 1; j + 2 < m && fewest > 0; j++) {
          const other = triple(needle[j] as number, needle[j + 1] as number, needle[j + 2] as number, mask);
          const size = (bucket.heads[other + 1] as number) - (bucket.heads[other] as number);
          if (size < fewest) [key, offset, fewest] = [other, j, size];
        }
      }
      const found: number[] = [];
      for (let i = bucket.heads[key] as number, end = bucket.heads[key + 1] as number; i < end; i++) {
        const at = (bucket.positions[i] as number) - offset;
        if (matchesAt(needle, at)) found.push(at);
      }
      return found;
    },
  };
}
