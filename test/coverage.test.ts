import { describe, expect, test } from 'vitest';
import { article, events, figures, statements } from '../src/index.js';
import { bodySentences } from './helpers/sentences.js';

// Paragraphs that are not content and so need no record. Every body sentence must be covered.
const NOT_CONTENT = new Map([
  ['Diplomatic talks continue', 'sub-heading'],
  ['Not a big difference', 'sub-heading'],
  ['Tags', 'page boilerplate'],
]);

/** Share of a sentence's non-space characters that lie inside some statement, event or figure evidence. */
function coverage(start: number, end: number, covered: Uint8Array): number {
  let total = 0;
  let inside = 0;
  for (let i = start; i < end; i++) {
    if (/\s/.test(article.text[i]!)) continue;
    total++;
    inside += covered[i]!;
  }
  return total === 0 ? 1 : inside / total;
}

describe('coverage', () => {
  const covered = new Uint8Array(article.text.length);
  for (const record of [...statements, ...events, ...figures]) {
    for (const span of record.evidence) covered.fill(1, span.start, span.end);
  }

  test('every body sentence is mostly covered by the evidence of a statement, event or figure', () => {
    const sentences = bodySentences(article);
    expect(sentences.length).toBeGreaterThan(45);
    const thin = sentences
      .map((sentence) => ({ sentence: sentence.text, share: coverage(sentence.start, sentence.end, covered) }))
      .filter(({ share }) => share < 0.5);
    expect(thin).toEqual([]);
  });

  test('the headline is covered as reported speech', () => {
    const headline = article.paragraphs[0]!;
    expect(coverage(headline.start, headline.end, covered)).toBeGreaterThan(0.5);
  });

  test('only the allow-listed paragraphs are not content, and no record cites them', () => {
    const skipped = article.paragraphs.filter((p) => p.kind === 'subheading' || p.kind === 'boilerplate');
    expect(skipped.map((p) => p.text)).toEqual([...NOT_CONTENT.keys()]);
    expect(skipped.filter((p) => coverage(p.start, p.end, covered) > 0).map((p) => p.text)).toEqual([]);
  });
});
