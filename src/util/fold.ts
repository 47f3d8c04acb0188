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
