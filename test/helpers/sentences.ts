import type { Article, Span } from '../../src/index.js';

/**
 * Splits every body paragraph into sentences: a sentence ends at `.`, `?` or `!` (and any closing
 * quotation marks after it) followed by white space.
 */
export function bodySentences(article: Article): Span[] {
  const sentences: Span[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const boundary = /[.?!][”"’]*(?=\s)/g;
    let start = paragraph.start;
    const text = paragraph.text;
    for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
      const end = paragraph.start + match.index + match[0].length;
      sentences.push({ start, end, text: article.text.slice(start, end) });
      start = end + 1;
    }
    if (start < paragraph.end) sentences.push({ start, end: paragraph.end, text: article.text.slice(start, paragraph.end) });
  }
  return sentences;
}
