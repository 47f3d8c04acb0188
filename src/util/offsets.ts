/**
 * Offsets in the three units text tools count in: UTF-16 code units (what JavaScript strings and
 * this package's spans use), Unicode code points (W3C Web Annotation, brat, Label Studio, Python)
 * and UTF-8 bytes (Rust, Go, byte-oriented tools). For `"😀 12 kg"` the end is 8, 7 and 10.
 *
 * @internal
 * @module
 */
import { memoize } from './memo.js';

/** A unit that offsets can count in. */
export type OffsetUnit = 'utf16' | 'codepoint' | 'utf8';

/** Converts offsets of one text between units. Offsets are boundaries: 0 to the length, both included. */
export interface OffsetIndex {
  /** The text's length in each unit. */
  readonly length: Readonly<Record<OffsetUnit, number>>;
  /**
   * The UTF-16 offset of a boundary given in `unit`, or `undefined` where `offset` is not an
   * integer from 0 to the length, or falls inside a character (between a surrogate pair's halves,
   * or between the bytes of one character).
   */
  toUtf16(offset: number, unit: OffsetUnit): number | undefined;
  /** The offset in `unit` of a UTF-16 boundary, or `undefined` where it is out of range or splits a surrogate pair. */
  fromUtf16(offset: number, unit: OffsetUnit): number | undefined;
}

/** UTF-8 bytes of a code point; a lone surrogate counts 3, as `TextEncoder` writes U+FFFD for it. */
function utf8Width(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function build(text: string): OffsetIndex {
  const units = text.length;
  // For each UTF-16 boundary: its code-point and byte offset, or -1 inside a surrogate pair.
  const codePointAt = new Int32Array(units + 1).fill(-1);
  const byteAt = new Int32Array(units + 1).fill(-1);
  let [codePoints, bytes, i] = [0, 0, 0];
  while (i < units) {
    codePointAt[i] = codePoints;
    byteAt[i] = bytes;
    const codePoint = text.codePointAt(i) as number;
    bytes += utf8Width(codePoint);
    codePoints++;
    i += codePoint > 0xffff ? 2 : 1;
  }
  codePointAt[units] = codePoints;
  byteAt[units] = bytes;
  const fromCodePoint = new Int32Array(codePoints + 1);
  const fromByte = new Int32Array(bytes + 1).fill(-1);
  for (let at = 0; at <= units; at++) {
    const codePoint = codePointAt[at] as number;
    if (codePoint === -1) continue;
    fromCodePoint[codePoint] = at;
    fromByte[byteAt[at] as number] = at;
  }
  const length = Object.freeze({ utf16: units, codepoint: codePoints, utf8: bytes });
  const valid = (offset: number, max: number) => Number.isInteger(offset) && offset >= 0 && offset <= max;
  return Object.freeze({
    length,
    toUtf16(offset: number, unit: OffsetUnit) {
      if (!valid(offset, length[unit])) return undefined;
      if (unit === 'utf16') return codePointAt[offset] === -1 ? undefined : offset;
      const at = (unit === 'codepoint' ? fromCodePoint : fromByte)[offset] as number;
      return at === -1 ? undefined : at;
    },
    fromUtf16(offset: number, unit: OffsetUnit) {
      if (!valid(offset, units) || codePointAt[offset] === -1) return undefined;
      if (unit === 'utf16') return offset;
      return (unit === 'codepoint' ? codePointAt : byteAt)[offset] as number;
    },
  });
}

/** The offset index of an article's text, built on first use and kept per article object. */
export const offsetIndexOf: (article: { readonly text: string }) => OffsetIndex = /*#__PURE__*/ memoize(
  (article: { readonly text: string }) => build(article.text),
);

/** The offset index of a string, built each call: for texts that are not an article object. */
export function offsetIndex(text: string): OffsetIndex {
  return build(text);
}
