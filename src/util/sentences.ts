/**
 * Where the sentences of a text start, for `contextOf` and anything that works sentence by
 * sentence.
 *
 * @internal
 * @module
 */
import { bisect } from './bisect.js';
import { isSpace } from './fold.js';
import { lazyPattern } from './pattern.js';

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
export function sentenceStarts(text: string): readonly number[] {
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

/** The index of the sentence that holds `position`: the last start `<= position`. */
export function sentenceAt(starts: readonly number[], position: number): number {
  return Math.max(0, bisect(starts, position, true) - 1);
}
