/**
 * Turning a prediction's selector (offsets in any unit, or a quote) into a UTF-16 span of the gold
 * text, or the reason it cannot be one.
 *
 * @internal
 * @module
 */
import { foldedIndex, foldQuery, foldText, foldUnits, type FoldedIndex, type FoldedText } from '../util/fold.js';
import type { OffsetIndex } from '../util/offsets.js';
import type { OffsetUnit, Selector } from './types.js';

/** A resolved span: UTF-16 offsets with an exclusive end. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A selector resolved: its span, or why it has none. */
export type Resolved = { readonly range: Range } | { readonly reason: string };

/** The gold text folded and indexed once, for every quote of a prediction. */
export interface QuoteIndex {
  readonly text: string;
  readonly folded: FoldedText;
  readonly index: FoldedIndex;
}

/** Folds and indexes `text` (see `foldUnits`: quotation marks, white space, NFC). */
export function quoteIndex(text: string): QuoteIndex {
  const folded = foldText(text);
  return { text, folded, index: foldedIndex(folded) };
}

/** The space unit's number in the folded text, or -2 where the text has no white space. */
const spaceOf = (folded: FoldedText) => folded.numbers.get(' ') ?? -2;

/**
 * Whether the text's units just before unit `at` (`side` `before`) or from unit `at` on are
 * `context`. Where the context leaves out the white space at which it joins the quote, the text's
 * white space there is skipped: a prefix `phone call` singles out the quote after `phone call `.
 */
function contextMatches(folded: FoldedText, at: number, context: Int32Array, side: 'before' | 'after'): boolean {
  const { sequence } = folded;
  const m = context.length;
  if (m === 0) return true;
  const fits = (from: number) => {
    if (from < 0 || from + m > sequence.length) return false;
    for (let j = 0; j < m; j++) if (sequence[from + j] !== context[j]) return false;
    return true;
  };
  const space = spaceOf(folded);
  if (side === 'before') return fits(at - m) || (context[m - 1] !== space && sequence[at - 1] === space && fits(at - 1 - m));
  return fits(at) || (context[0] !== space && sequence[at] === space && fits(at + 1));
}

/** A character to show in a reason: quoted, or named where it is invisible. */
function shown(char: string | undefined): string {
  if (char === undefined) return 'the end';
  if (/^\s$/.test(char)) return char === ' ' ? 'a space' : `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')} (white space)`;
  return JSON.stringify(char);
}

/** At most `max` characters of `text`, with an ellipsis where it was cut. */
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Where each folded unit of `value` starts, for its first `most` units, and its length after them. */
function unitStarts(value: string, most: number): number[] {
  const starts: number[] = [];
  foldUnits(value, (_key, start) => {
    if (starts.length === most) return false;
    starts.push(start);
    return true;
  });
  return starts;
}

/**
 * Why a quote that does not occur cannot be placed, with the nearest match: the longest start of
 * the quote that does occur, where it first occurs, and the first character where the text goes
 * on differently from the quote.
 */
function nearestMatch(quotes: QuoteIndex, needle: Int32Array, quote: string): string {
  const { folded, index, text } = quotes;
  const { starts, sequence } = folded;
  // The longest start of the needle that occurs (every shorter start occurs too), by bisection.
  let [low, high] = [0, needle.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (index.find(needle.subarray(0, middle)).length > 0) low = middle;
    else high = middle - 1;
  }
  if (low === 0) return `the quote does not occur in the text, not even its first character ${shown(quote[0])}`;
  const at = index.find(needle.subarray(0, low))[0] as number;
  const own = unitStarts(quote, low + 2);
  const [from, to] = [own[low] as number, own[low + 1] ?? quote.length];
  const next = at + low < sequence.length ? text.slice(starts[at + low] as number, starts[at + low + 1] as number) : undefined;
  const start = starts[at] as number;
  const near = text.slice(start, starts[Math.min(at + needle.length, sequence.length)] as number);
  return (
    `the quote does not occur in the text; the nearest is ${JSON.stringify(clip(near))} at ${start}, ` +
    `where the text has ${shown(next)} and the quote ${shown(quote.slice(from, to))} (character ${from + 1} of the quote)`
  );
}

/**
 * Where a quote selector points, as the W3C TextQuoteSelector defines it: the one occurrence of
 * `quote` preceded by `prefix` and followed by `suffix`. The text and the selector are compared
 * folded (see `foldUnits`): curly and straight quotation marks alike, any run of white space (the
 * no-break and thin spaces included) as one space, and NFC, so offsets always come from the text
 * as published. Where several occurrences fit and exactly one has the quote, prefix and suffix
 * character for character (or else the quote alone), that one is meant.
 */
export function resolveQuote(quotes: QuoteIndex, quote: string, prefix: string, suffix: string): Resolved {
  const { folded, index, text } = quotes;
  const { units: needle, complete } = foldQuery(quote, folded.numbers, folded.sequence.length + 1);
  if (!complete) return { reason: 'the quote is longer than the text' };
  const all = index.find(needle);
  if (all.length === 0) return { reason: nearestMatch(quotes, needle, quote) };
  const most = folded.sequence.length + 1;
  const before = foldQuery(prefix, folded.numbers, most).units;
  const after = foldQuery(suffix, folded.numbers, most).units;
  let found = all.filter((at) => contextMatches(folded, at, before, 'before') && contextMatches(folded, at + needle.length, after, 'after'));
  const rangeAt = (at: number): Range => ({ start: folded.starts[at] as number, end: folded.starts[at + needle.length] as number });
  if (found.length > 1) {
    // Folding can make several places alike that the characters as given tell apart (a prefix of a
    // line break): the one place that has the quote, prefix and suffix exactly, else the quote.
    const verbatim = (withContext: boolean) =>
      found.filter((at) => {
        const { start, end } = rangeAt(at);
        if (text.slice(start, end) !== quote) return false;
        return !withContext || (text.slice(Math.max(0, start - prefix.length), start) === prefix && text.slice(end, end + suffix.length) === suffix);
      });
    for (const withContext of [true, false]) {
      const exact = verbatim(withContext);
      if (exact.length === 1) {
        found = exact;
        break;
      }
    }
  }
  if (found.length === 1) return { range: rangeAt(found[0] as number) };
  const context = prefix || suffix;
  if (found.length > 1) {
    return { reason: `the quote occurs ${found.length} times${context ? ' with this prefix and suffix' : ''}; add a prefix or suffix that singles out one` };
  }
  const where = all.slice(0, 3).map((at) => rangeAt(at).start);
  return {
    reason: `the quote occurs ${all.length === 1 ? 'once' : `${all.length} times`} (at ${where.join(', ')}${all.length > 3 ? ', …' : ''}), but not with this prefix and suffix`,
  };
}

/** The UTF-16 span a selector points at in the text behind `index`, or why it points at none. */
export function resolveSelector(selector: Selector, quotes: () => QuoteIndex, index: OffsetIndex, unit: OffsetUnit): Resolved {
  if ('quote' in selector) return resolveQuote(quotes(), selector.quote, selector.prefix ?? '', selector.suffix ?? '');
  const length = index.length[unit];
  const [start, end] = [index.toUtf16(selector.start, unit), index.toUtf16(selector.end, unit)];
  if (selector.start > length || selector.end > length) return { reason: `the offsets run past the end of the text (${length} in ${unit})` };
  if (start === undefined || end === undefined) return { reason: `an offset falls inside a character (counting in ${unit})` };
  if (end <= start) return { reason: 'the span is empty: end must be after start' };
  return { range: { start, end } };
}
