/**
 * The pieces every synthetic dataset of the tests shares: an article around a text, and spans found
 * by their words.
 */
import type { Article, Span } from '../../src/model/types.js';

/** The span of the `nth` occurrence (from 0) of `words` in `text`, in UTF-16 code units. */
export function spanOf(text: string, words: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(words, at + 1);
    if (at === -1) throw new Error(`"${words}" occurs fewer than ${nth + 1} times`);
  }
  return { start: at, end: at + words.length, text: words };
}

/** A made-up article around `text`, published on 30 January 2026, with no publisher, URL or author. */
export function syntheticArticle(id: string, text: string, evidence: readonly Span[], sha256 = '0'.repeat(64)): Article {
  return {
    id,
    headline: text.split('\n')[0] as string,
    text,
    language: 'en',
    publishedOn: '2026-01-30',
    publishedOnBasis: 'synthetic',
    publisher: null,
    url: null,
    author: null,
    sections: [],
    paragraphs: [],
    sha256,
    notes: [],
    evidence,
  };
}
