import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { article } from '../src/index.js';
import { offsetIndex, offsetIndexOf, type OffsetUnit } from '../src/util/offsets.js';

const UNITS: readonly OffsetUnit[] = ['utf16', 'codepoint', 'utf8'];

describe('offset conversion', () => {
  test('"😀 12 kg" ends at 8 UTF-16 units, 7 code points and 10 UTF-8 bytes', () => {
    const index = offsetIndex('😀 12 kg');
    expect(index.length).toEqual({ utf16: 8, codepoint: 7, utf8: 10 });
    expect(index.fromUtf16(8, 'codepoint')).toBe(7);
    expect(index.fromUtf16(8, 'utf8')).toBe(10);
    expect(index.toUtf16(1, 'codepoint')).toBe(2);
    expect(index.toUtf16(4, 'utf8')).toBe(2);
  });

  test('a boundary inside a character converts to undefined', () => {
    const index = offsetIndex('a😀é');
    expect(index.fromUtf16(2, 'codepoint')).toBeUndefined();
    expect(index.toUtf16(2, 'utf16')).toBeUndefined();
    expect(index.toUtf16(3, 'utf8')).toBeUndefined();
    expect(index.toUtf16(6, 'utf8')).toBeUndefined();
    expect(index.toUtf16(7, 'utf8')).toBe(4);
  });

  test('offsets out of range or not integers convert to undefined', () => {
    const index = offsetIndex('abc');
    for (const unit of UNITS) {
      for (const bad of [-1, 4, 1.5, Number.NaN, Infinity]) {
        expect(index.toUtf16(bad, unit), `${unit} ${bad}`).toBeUndefined();
        expect(index.fromUtf16(bad, unit), `${unit} ${bad}`).toBeUndefined();
      }
    }
  });

  test('in this article, which is all in the Basic Multilingual Plane, code points equal UTF-16 offsets', () => {
    const index = offsetIndexOf(article);
    expect(index.length.codepoint).toBe(article.text.length);
    expect(index.length.utf8).toBe(new TextEncoder().encode(article.text).length);
  });

  test('every code-point and UTF-8 offset agrees with slicing the encoded text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(), (text, pick) => {
        const index = offsetIndex(text);
        const codePoints = [...text];
        const at = pick % (codePoints.length + 1);
        const utf16 = codePoints.slice(0, at).join('').length;
        expect(index.toUtf16(at, 'codepoint')).toBe(utf16);
        expect(index.fromUtf16(utf16, 'codepoint')).toBe(at);
        const bytes = new TextEncoder().encode(codePoints.slice(0, at).join('')).length;
        expect(index.fromUtf16(utf16, 'utf8')).toBe(bytes);
        expect(index.toUtf16(bytes, 'utf8')).toBe(utf16);
      }),
    );
  });
});
