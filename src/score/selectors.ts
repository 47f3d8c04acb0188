/**
 * Turning a prediction's selector (offsets in any unit, or a quote) into a UTF-16 span of the gold
 * text, or the reason it cannot be one.
 *
 * @internal
 * @module
 */
import type { OffsetIndex } from '../util/offsets.js';
import type { OffsetUnit, Selector } from './types.js';

/** A resolved span: UTF-16 offsets with an exclusive end. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A selector resolved: its span, or why it has none. */
export type Resolved = { readonly range: Range } | { readonly reason: string };

/** Curly quotes and apostrophes as their straight forms: one UTF-16 unit for one, so offsets keep. */
const STRAIGHT: Readonly<Record<string, string>> = { '‘': "'", '’': "'", '‛': "'", 'ʼ': "'", '“': '"', '”': '"', '„': '"' };
const straighten = (text: string) => text.replace(/[\u2018\u2019\u201b\u02bc\u201c\u201d\u201e]/g, (char) => STRAIGHT[char] as string);

/** Every start of `quote` in `text` (overlapping occurrences included) whose surroundings are `prefix` and `suffix`. */
function occurrences(text: string, quote: string, prefix: string, suffix: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (text.slice(Math.max(0, at - prefix.length), at) !== prefix) continue;
    if (text.slice(at + quote.length, at + quote.length + suffix.length) !== suffix) continue;
    found.push(at);
  }
  return found;
}

/**
 * Where a quote selector points, as the W3C TextQuoteSelector defines it: the one occurrence of
 * `quote` preceded by `prefix` and followed by `suffix`. Where the exact characters do not occur,
 * curly and straight quotation marks are taken as the same (models often straighten them).
 */
function resolveQuote(text: string, quote: string, prefix: string, suffix: string): Resolved {
  let found = occurrences(text, quote, prefix, suffix);
  if (found.length === 0) found = occurrences(straighten(text), straighten(quote), straighten(prefix), straighten(suffix));
  if (found.length === 1) return { range: { start: found[0] as number, end: (found[0] as number) + quote.length } };
  if (found.length > 1) {
    return { reason: `the quote occurs ${found.length} times${prefix || suffix ? ' with this prefix and suffix' : ''}; add a prefix or suffix that singles out one` };
  }
  const bare = occurrences(straighten(text), straighten(quote), '', '').length;
  return { reason: bare > 0 ? 'the quote occurs in the text, but not with this prefix and suffix' : 'the quote does not occur in the text' };
}

/** The UTF-16 span a selector points at in the text behind `index`, or why it points at none. */
export function resolveSelector(selector: Selector, text: string, index: OffsetIndex, unit: OffsetUnit): Resolved {
  if ('quote' in selector) return resolveQuote(text, selector.quote, selector.prefix ?? '', selector.suffix ?? '');
  const length = index.length[unit];
  const [start, end] = [index.toUtf16(selector.start, unit), index.toUtf16(selector.end, unit)];
  if (selector.start > length || selector.end > length) return { reason: `the offsets run past the end of the text (${length} in ${unit})` };
  if (start === undefined || end === undefined) return { reason: `an offset falls inside a character (counting in ${unit})` };
  if (end <= start) return { reason: 'the span is empty: end must be after start' };
  return { range: { start, end } };
}
