import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { article } from '../src/index.js';

const SOURCE_SHA256 = '3e07be60ea7756e6b1ca4e0382788f682e850949cb9aef1abb326d19e389e794';
const bytes = readFileSync(new URL('../data/article.txt', import.meta.url));

describe('the article text', () => {
  test('data/article.txt is the source file byte for byte (its SHA-256 is the published hash)', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SOURCE_SHA256);
  });

  test('article.text decodes those bytes without losing a character', () => {
    expect(Buffer.from(article.text, 'utf8').equals(bytes)).toBe(true);
    expect(article.sha256).toBe(SOURCE_SHA256);
  });

  test('the details a careless copy loses are present: two no-break spaces, curly and straight quotes, no trailing newline', () => {
    expect([...article.text.matchAll(/\u00a0/g)].map((match) => match.index)).toEqual([2231, 2747]);
    expect(article.text).toContain('Kyiv Mayor\u00a0Vitaly Klitschko');
    expect(article.text).toContain('everywhere,\u00a0exactly');
    expect(article.text).toContain('“A lot of people said, ‘Don’t waste the call.');
    expect(article.text).toContain('"Let\'s be honest, just for two days\' stop');
    expect(article.text.endsWith('\n\nTags')).toBe(true);
  });

  test('UTF-16 offsets equal code-point offsets for this text (no character outside the BMP)', () => {
    expect([...article.text].length).toBe(article.text.length);
    expect(/[\uD800-\uDFFF]/.test(article.text)).toBe(false);
  });

  test('the headline is the first line and the first paragraph', () => {
    expect(article.headline).toBe('Kremlin says Trump asked Putin to halt strikes on Kyiv');
    expect(article.paragraphs[0]).toMatchObject({ start: 0, kind: 'headline', text: article.headline });
  });

  test('sub-headings and page boilerplate are marked as what they are', () => {
    const marked = article.paragraphs.filter((p) => p.kind !== 'body').map((p) => [p.kind, p.text]);
    expect(marked).toEqual([
      ['headline', article.headline],
      ['subheading', 'Diplomatic talks continue'],
      ['subheading', 'Not a big difference'],
      ['boilerplate', 'Tags'],
    ]);
  });

  test('paragraphs tile the text: only blank-line separators lie between them', () => {
    const gaps = article.paragraphs.slice(1).map((p, i) => article.text.slice(article.paragraphs[i]!.end, p.start));
    expect(new Set(gaps)).toEqual(new Set(['\n\n']));
    expect(article.paragraphs.at(-1)?.end).toBe(article.text.length);
  });

  test('sections open with their sub-heading and hold only body paragraphs', () => {
    expect(article.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'Diplomatic talks continue', 'Not a big difference']);
    expect(article.sections.map((s) => s.text.includes('Tags') || s.text.includes(article.headline))).toEqual([false, false, false]);
  });

  test('what the source does not say stays null, each with a note giving the reason', () => {
    expect([article.publisher, article.url, article.author]).toEqual([null, null, null]);
    expect(article.notes.map((note) => note.field).filter((f) => f !== null).sort()).toEqual(['author', 'publisher', 'url']);
  });
});
