import { article, dataset } from '../../src/index.js';
import type { Span } from '../../src/index.js';

/** Every span in the dataset with a readable label of where it sits. */
export function allSpans(): { readonly where: string; readonly span: Span }[] {
  const spans: { where: string; span: Span }[] = [];
  article.paragraphs.forEach((span, i) => spans.push({ where: `article.paragraphs[${i}]`, span }));
  article.sections.forEach((section, i) => {
    spans.push({ where: `article.sections[${i}]`, span: section });
    if (section.heading) spans.push({ where: `article.sections[${i}].heading`, span: section.heading });
  });
  article.evidence.forEach((span, i) => spans.push({ where: `article.evidence[${i}]`, span }));
  for (const kind of ['actors', 'statements', 'events', 'figures'] as const) {
    for (const record of dataset[kind]) {
      record.evidence.forEach((span, i) => spans.push({ where: `${kind}/${record.id}.evidence[${i}]`, span }));
    }
  }
  return spans;
}
