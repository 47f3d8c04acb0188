/**
 * `formatReport`: a score report as Markdown tables.
 *
 * @internal
 * @module
 */
import { plainCopy } from '../internal/snapshot.js';
import { checkReport } from './checkReport.js';
import { markdownText } from './escape.js';
import type { ScoreKind, ScoreMode, ScoreReport } from './types.js';

const KINDS: readonly ScoreKind[] = ['statements', 'actors', 'events', 'figures', 'times'];
const MODES: readonly ScoreMode[] = ['strict', 'exact', 'partial', 'type'];

/** A ratio to three decimals. */
const fixed = (value: number) => value.toFixed(3);

/**
 * Renders a score report as Markdown: one table of precision, recall and F1 per kind and mode with
 * the outcome counts, one table of attribute scores, and the number of entries that could not be
 * used, with the first few reasons.
 *
 * @param report - A report from {@link score}.
 * @returns Markdown text, ending in a newline. The entries' paths and reasons are escaped, so text
 *   from a prediction stays text on its line (no HTML, code span, table cell or line of its own).
 * @throws `TypeError` starting `formatReport:` and naming the path, when `report` lacks a count,
 *   ratio or entry the tables show.
 * @category Scoring
 * @example
 * ```ts
 * import { score, formatReport } from 'kyiv-strike-pause/score'
 * const table = formatReport(score({ figures: [{ span: { quote: 'for a week' }, value: 7, unit: 'd' }] }))
 * table.split('\n')[0]
 * //=> '| kind | mode | precision | recall | F1 | COR | INC | PAR | MIS | SPU |'
 * table.includes('| figure unit accuracy | 0.000 | 0 of 1 matched |')
 * //=> true
 * ```
 */
export function formatReport(report: ScoreReport): string {
  report = plainCopy(report, 'formatReport', 'report') as ScoreReport;
  checkReport(report);
  const lines = ['| kind | mode | precision | recall | F1 | COR | INC | PAR | MIS | SPU |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const kind of KINDS) {
    for (const mode of MODES) {
      const c = report[kind][mode];
      lines.push(`| ${kind} | ${mode} | ${fixed(c.precision)} | ${fixed(c.recall)} | ${fixed(c.f1)} | ${c.cor} | ${c.inc} | ${c.par} | ${c.mis} | ${c.spu} |`);
    }
  }
  const { speaker, mode, timeValue, figureValue, figureUnit } = report.attributes;
  lines.push(
    '',
    '| attribute | score | counts |',
    '|---|---:|---|',
    `| speaker accuracy | ${fixed(speaker.accuracy)} | ${speaker.correct} correct, ${speaker.incorrect} incorrect, ${speaker.skipped} skipped (precision ${fixed(speaker.precision)}, recall ${fixed(speaker.recall)}) |`,
    `| statement mode accuracy | ${fixed(mode.accuracy)} | ${mode.correct} of ${mode.total} matched |`,
    `| time value accuracy | ${fixed(timeValue.accuracy)} | ${timeValue.correct} of ${timeValue.total} matched |`,
    `| time Value F1 | ${fixed(timeValue.valueF1)} | value accuracy × relaxed F1 ${fixed(timeValue.relaxedF1)} |`,
    `| figure value accuracy | ${fixed(figureValue.accuracy)} | ${figureValue.correct} of ${figureValue.total} matched |`,
    `| figure unit accuracy | ${fixed(figureUnit.accuracy)} | ${figureUnit.correct} of ${figureUnit.total} matched |`,
  );
  if (report.invalid.length > 0) {
    lines.push('', `${report.invalid.length} ${report.invalid.length === 1 ? 'entry' : 'entries'} could not be used (counted as spurious):`);
    // A reason can hold a prediction's words, and a report not from score() any path: escaped, so
    // they stay text on their line (a path that is not `kind[i].field` comes after a word, so it
    // cannot start a heading or a list of its own).
    for (const entry of report.invalid.slice(0, 10)) {
      const path = /^[\w.[\]]+$/.test(entry.path) ? `\`${entry.path}\`` : `path ${markdownText(entry.path)}`;
      lines.push(`- ${path}: ${markdownText(entry.reason)}`);
    }
    if (report.invalid.length > 10) lines.push(`- … and ${report.invalid.length - 10} more`);
  }
  return `${lines.join('\n')}\n`;
}
