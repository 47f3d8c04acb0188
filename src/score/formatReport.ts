/**
 * `formatReport`: a score report as Markdown tables, or as one self-contained HTML page.
 *
 * @internal
 * @module
 */
import { dataset } from '../data/dataset.js';
import { plainCopy } from '../util/snapshot.js';
import { scoreKinds, scoreModes } from '../model/vocabulary.js';
import type { DatasetInput, IdSpace } from '../model/types.js';
import { checkReport, readReport, SHOWN_INVALID } from './checkReport.js';
import { markdownText } from './escape.js';
import { reportPage, type PageGold } from './html/report.js';
import type { ScoreReport } from './types.js';
import { isRecord } from '../util/guards.js';

/**
 * Options of {@link formatReport}.
 *
 * @category Scoring
 */
export interface FormatReportOptions {
  /** `markdown` (the default): tables as text; `html`: one self-contained page with the article marked. */
  readonly format?: 'markdown' | 'html';
  /** For `html`: the dataset the report was scored against, this package's `dataset` unless given. The page takes the article's text from it. */
  readonly gold?: DatasetInput<IdSpace>;
  /** For `html`: the page's title, `Score report` unless given. */
  readonly title?: string;
}

/** A ratio to three decimals. */
const fixed = (value: number) => value.toFixed(3);

/**
 * Renders a score report as Markdown (the default) or as an HTML page.
 *
 * Markdown: one table of precision, recall and F1 per kind and mode with the outcome counts, one
 * table of attribute scores, and the number of entries that could not be used, with the first few
 * reasons.
 *
 * HTML (`{ format: 'html' }`): one self-contained page that loads nothing from the network. It
 * holds the same tables; the article's text with every gold unit and every prediction that matched
 * nothing marked, each mark an element with `data-kind` and `data-outcome` (its strict outcome:
 * `COR`, `INC`, `MIS` or `SPU`; a matched pair is one mark on the gold span); the details of each
 * mark (gold and predicted type, offsets, the outcome in every mode) on hover or keyboard focus;
 * filters by kind and outcome; and the entries that could not be used, each also an element with
 * `data-kind` and `data-outcome="SPU"`. So the elements with a `data-outcome` of each kind count
 * exactly `report[kind].strict`'s `cor`, `inc`, `mis` and `spu`. Everything from the prediction is
 * HTML-escaped.
 *
 * @param report - A report from {@link score}.
 * @param options - `format`: `markdown` (the default) or `html`; for `html`, `gold`: the dataset
 *   the report was scored against (this package's `dataset` unless given), and `title`.
 * @returns Markdown text, or an HTML document starting `<!doctype html>`; either ends in a newline.
 * @throws `TypeError` starting `formatReport:` when `report` is not a report from `score`, an
 *   option is wrong, or (for `html`) the report's spans do not fit the text of `options.gold`.
 * @category Scoring
 * @example
 * ```ts
 * import { score, formatReport } from 'kyiv-strike-pause/score'
 * const report = score({ figures: [{ span: { quote: 'for a week' }, value: 7, unit: 'd' }] })
 * const table = formatReport(report)
 * table.split('\n')[0]
 * //=> '| kind | mode | precision | recall | F1 | COR | INC | PAR | MIS | SPU |'
 * table.includes('| figure unit accuracy | 0.000 | 0 of 1 matched |')
 * //=> true
 * const page = formatReport(report, { format: 'html' })
 * page.startsWith('<!doctype html>')
 * //=> true
 * page.match(/<mark [^>]*data-kind="figures" data-outcome="COR"/g)?.length
 * //=> 1
 * formatReport(report, { format: 'pdf' as 'html' })
 * //=> throws TypeError: formatReport: options.format must be "markdown" or "html", got "pdf"
 * ```
 */
export function formatReport(report: ScoreReport, options: FormatReportOptions = {}): string {
  // The options say what to read of the report, but a broken report is reported before broken options.
  let read: ReturnType<typeof readOptions> | undefined;
  let optionsError: unknown;
  try {
    read = readOptions(options);
  } catch (error) {
    optionsError = error;
  }
  if (read?.format === 'html') {
    const { gold, title } = read;
    report = plainCopy(report, 'formatReport', 'report') as ScoreReport;
    checkReport(report);
    checkAlignments(report);
    const page = checkGold(gold === undefined || gold === dataset ? dataset : plainCopy(gold, 'formatReport', 'options.gold'));
    checkFit(report, page.article.text);
    return reportPage(report, page, { title: title ?? 'Score report' });
  }
  // The tables show a few numbers of each kind and the first few unusable entries: only those are read, never the alignment.
  const { scores, attributes, invalid, invalidCount } = readReport(report);
  if (read === undefined) throw optionsError;
  const lines = ['| kind | mode | precision | recall | F1 | COR | INC | PAR | MIS | SPU |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const kind of scoreKinds) {
    for (const mode of scoreModes) {
      const c = scores[kind][mode];
      lines.push(`| ${kind} | ${mode} | ${fixed(c.precision)} | ${fixed(c.recall)} | ${fixed(c.f1)} | ${c.cor} | ${c.inc} | ${c.par} | ${c.mis} | ${c.spu} |`);
    }
  }
  const { speaker, mode, timeValue, figureValue, figureUnit } = attributes;
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
  const { timex } = attributes;
  if (timex !== undefined) {
    // After the time value rows, before the figure rows.
    lines.splice(
      lines.length - 2,
      0,
      `| time expression strict F1 | ${fixed(timex.strictF1)} | ${timex.strictMatches} with the gold extent; ${timex.gold} gold, ${timex.predicted} predicted (relaxed F1 ${fixed(timex.relaxedF1)}) |`,
      `| time expression type accuracy | ${fixed(timex.typeAccuracy)} | ${timex.typeCorrect} of ${timex.relaxedMatches} matched (type F1 ${fixed(timex.typeF1)}) |`,
    );
  }
  if (invalidCount > 0) {
    lines.push('', `${invalidCount} ${invalidCount === 1 ? 'entry' : 'entries'} could not be used (counted as spurious):`);
    // A reason can hold a prediction's words, and a report not from score() any path: escaped, so
    // they stay text on their line (a path that is not `kind[i].field` comes after a word, so it
    // cannot start a heading or a list of its own).
    for (const entry of invalid) {
      const path = /^[\w.[\]]+$/.test(entry.path) ? `\`${entry.path}\`` : `path ${markdownText(entry.path)}`;
      lines.push(`- ${path}: ${markdownText(entry.reason)}`);
    }
    if (invalidCount > SHOWN_INVALID) lines.push(`- … and ${invalidCount - SHOWN_INVALID} more`);
  }
  return `${lines.join('\n')}\n`;
}

const OUTCOMES_STRICT = new Set(['COR', 'INC', 'MIS', 'SPU']);
const OUTCOMES = new Set(['COR', 'INC', 'PAR', 'MIS', 'SPU']);
const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/** The options, copied and checked. */
function readOptions(options: unknown): { format: 'markdown' | 'html'; gold: unknown; title: string | undefined } {
  if (options === undefined) return { format: 'markdown', gold: undefined, title: undefined };
  let object: boolean;
  try {
    object = isRecord(options);
  } catch {
    // Array.isArray throws on a revoked Proxy.
    throw new TypeError('formatReport: options cannot be read (a getter or Proxy threw)');
  }
  if (!object) throw new TypeError("formatReport: options must be an object, such as { format: 'html' }");
  const fields = options as Readonly<Record<string, unknown>>;
  let given: { format?: unknown; title?: unknown; gold?: unknown };
  try {
    const own = (key: string) => (Object.hasOwn(fields, key) ? fields[key] : undefined);
    given = { format: own('format'), title: own('title'), gold: own('gold') };
  } catch {
    throw new TypeError('formatReport: options cannot be read (a getter or Proxy threw)');
  }
  const format = given.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'html') throw new TypeError(`formatReport: options.format must be "markdown" or "html", got ${show(format)}`);
  const title = given.title;
  if (title !== undefined && typeof title !== 'string') throw new TypeError(`formatReport: options.title must be a string, got ${show(title)}`);
  const gold = given.gold;
  return { format, gold, title };
}

/** What the page reads of the gold dataset: the article's text (and headline and hash), and the actors' names. */
function checkGold(gold: unknown): PageGold {
  const fail = (path: string, what: string): never => {
    throw new TypeError(`formatReport: options.gold${path} must be ${what}`);
  };
  if (!isRecord(gold)) return fail('', 'a dataset: { article, actors, … }');
  const article = gold['article'];
  if (!isRecord(article) || typeof article['text'] !== 'string') return fail('.article', 'an object with the text');
  const actors = gold['actors'];
  if (!Array.isArray(actors)) return fail('.actors', 'an array');
  (actors as readonly unknown[]).forEach((actor, i) => {
    if (!isRecord(actor) || typeof actor['id'] !== 'string' || typeof actor['name'] !== 'string') fail(`.actors[${i}]`, 'an actor with a string id and name');
  });
  return {
    article: {
      text: article['text'],
      ...(typeof article['headline'] === 'string' ? { headline: article['headline'] } : {}),
      ...(typeof article['sha256'] === 'string' ? { sha256: article['sha256'] } : {}),
    },
    actors: actors as PageGold['actors'],
  };
}

/** Checks the parts of a report the page draws from beyond the tables: the alignment, the invalid entries and the counts. */
function checkAlignments(report: ScoreReport): void {
  const fail = (path: string, what: string): never => {
    throw new TypeError(`formatReport: report${path} must be ${what} (expected a report from score())`);
  };
  const kinds: readonly string[] = scoreKinds;
  for (const kind of scoreKinds) {
    for (const mode of scoreModes) {
      const counts: unknown = isRecord(report[kind]) ? (report[kind] as unknown as Record<string, unknown>)[mode] : undefined;
      if (!isRecord(counts) || !['cor', 'inc', 'par', 'mis', 'spu', 'precision', 'recall', 'f1'].every((key) => typeof counts[key] === 'number')) {
        fail(`.${kind}.${mode}`, 'the counts of a kind in a mode');
      }
    }
  }
  const attributes = report.attributes as unknown as Record<string, unknown>;
  for (const name of ['speaker', 'mode', 'timeValue', 'figureValue', 'figureUnit']) if (!isRecord(attributes[name])) fail(`.attributes.${name}`, 'an object');
  if (!Array.isArray(report.alignments)) fail('.alignments', 'an array');
  const isSpan = (span: unknown): boolean =>
    isRecord(span) && Number.isInteger(span['start']) && Number.isInteger(span['end']) && typeof span['text'] === 'string' && (span['type'] === null || typeof span['type'] === 'string');
  report.alignments.forEach((row: unknown, i) => {
    const path = `.alignments[${i}]`;
    if (!isRecord(row) || !kinds.includes(row['kind'] as string)) return fail(path, 'an alignment row with a kind');
    const outcomes = row['outcomes'];
    if (!isRecord(outcomes) || !scoreModes.every((mode) => OUTCOMES.has(outcomes[mode] as string)) || !OUTCOMES_STRICT.has(outcomes['strict'] as string)) {
      return fail(`${path}.outcomes`, 'the outcome in each mode');
    }
    if (row['gold'] === null && row['predicted'] === null) return fail(path, 'a row with a gold unit, a prediction or both');
    for (const side of ['gold', 'predicted']) if (row[side] !== null && !isSpan(row[side])) fail(`${path}.${side}`, 'null or a span { start, end, text, type }');
    return undefined;
  });
  if (!Array.isArray(report.invalid)) fail('.invalid', 'an array');
  report.invalid.forEach((entry: unknown, i) => {
    if (!isRecord(entry) || typeof entry['path'] !== 'string' || typeof entry['reason'] !== 'string') fail(`.invalid[${i}]`, 'an entry { path, reason }');
  });
}

/** Every span of the alignment must be where it says in `text`: otherwise the report was scored against another text. */
function checkFit(report: ScoreReport, text: string): void {
  report.alignments.forEach((row, i) => {
    for (const side of ['gold', 'predicted'] as const) {
      const span = row[side];
      if (span === null) continue;
      if (span.start < 0 || span.end > text.length || span.start >= span.end || text.slice(span.start, span.end) !== span.text) {
        throw new TypeError(
          `formatReport: report.alignments[${i}].${side} (characters ${span.start}–${span.end}) is not where the text of options.gold has it; pass the dataset the report was scored against as { gold }`,
        );
      }
    }
  });
}
