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
import { checkReport } from './checkReport.js';
import { markdownText } from './escape.js';
import { reportPage, type PageGold } from './html/report.js';
import type { AlignedGold, Counts, ScoreMode, ScoreReport, ScoreWarning, SpeakerConfusion } from './types.js';
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
  /**
   * For `markdown`: list every invalid entry, warning and missed gold unit, every speaker
   * confusion and the breakdowns by facet, instead of the first few and the counts.
   */
  readonly all?: boolean;
}

/** A ratio to three decimals. */
const fixed = (value: number) => value.toFixed(3);

/**
 * Renders a score report as Markdown (the default) or as an HTML page.
 *
 * Markdown: one table of precision, recall and F1 per kind and mode with the outcome counts (and
 * `all` kinds together), one of the strict and partial F1 with their 95% confidence intervals, one
 * of attribute scores, then the first few speaker confusions, entries that could not be used and
 * warnings, each with how many more there are. With `{ all: true }`, every one of them, the
 * breakdowns by facet and every missed gold unit.
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
 * @param options - `format`: `markdown` (the default) or `html`; for `markdown`, `all`: list
 *   everything; for `html`, `gold`: the dataset the report was scored against (this package's
 *   `dataset` unless given), and `title`.
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
 * formatReport(report, { all: true }).includes('gold units missed:')
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
  // The tables need a few numbers of each kind and the unusable entries: checked with own reads
  // only, never a copy of the whole report, so the cost follows what is printed.
  checkReport(report);
  if (read === undefined) throw optionsError;
  return markdown(report, read.all);
}

/** A path of the prediction as Markdown: code where it is `kind[i].field`, else escaped text after a word. */
const pathText = (path: string) => (/^[\w.[\]]+$/.test(path) ? `\`${path}\`` : `path ${markdownText(path)}`);

/** An interval as `[low, high]`, or nothing where it is not one. */
function interval(counts: unknown, key: 'f1' | 'precision' | 'recall'): string {
  const ci = isRecord(counts) ? counts['ci'] : undefined;
  const bounds = isRecord(ci) ? ci[key] : undefined;
  return Array.isArray(bounds) && bounds.length === 2 && bounds.every((bound) => typeof bound === 'number') ? ` [${fixed(bounds[0] as number)}, ${fixed(bounds[1] as number)}]` : '';
}

/** Lists `items` under a heading line: all of them with `all`, else the first `few` and how many more. */
function listed<T>(lines: string[], heading: string, items: readonly T[], line: (item: T) => string, all: boolean, few: number): void {
  if (items.length === 0) return;
  lines.push('', heading);
  for (const item of all ? items : items.slice(0, few)) lines.push(`- ${line(item)}`);
  if (!all && items.length > few) lines.push(`- … and ${items.length - few} more (all of them with { all: true }, or --all)`);
}

/** The report as Markdown tables and lists. */
function markdown(report: ScoreReport, all: boolean): string {
  const lines = ['| kind | mode | precision | recall | F1 | COR | INC | PAR | MIS | SPU |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  const row = (label: string, mode: string, c: Counts) =>
    `| ${label} | ${mode} | ${fixed(c.precision)} | ${fixed(c.recall)} | ${fixed(c.f1)} | ${c.cor} | ${c.inc} | ${c.par} | ${c.mis} | ${c.spu} |`;
  for (const kind of scoreKinds) for (const mode of scoreModes) lines.push(row(kind, mode, report[kind][mode]));
  const overall: unknown = (report as unknown as Record<string, unknown>)['overall'];
  const hasOverall = isRecord(overall) && scoreModes.every((mode) => isCounts(overall[mode]));
  if (hasOverall) for (const mode of scoreModes) lines.push(row('all', mode, (overall as unknown as Record<ScoreMode, Counts>)[mode]));
  if (scoreKinds.some((kind) => interval(report[kind].strict, 'f1') !== '')) {
    lines.push('', '| kind | strict F1 [95% CI] | partial F1 [95% CI] |', '|---|---:|---:|');
    const ciRow = (label: string, scores: Record<string, unknown>) =>
      `| ${label} | ${fixed((scores['strict'] as Counts).f1)}${interval(scores['strict'], 'f1')} | ${fixed((scores['partial'] as Counts).f1)}${interval(scores['partial'], 'f1')} |`;
    for (const kind of scoreKinds) lines.push(ciRow(kind, report[kind] as unknown as Record<string, unknown>));
    if (hasOverall) lines.push(ciRow('all', overall as Record<string, unknown>));
  }
  const { speaker, mode, timeValue, figureValue, figureUnit } = report.attributes;
  const attributes = report.attributes as unknown as Record<string, unknown>;
  const optionalAccuracy = (name: string, label: string) => {
    const value = attributes[name];
    if (isRecord(value) && ['accuracy', 'correct', 'total'].every((key) => typeof value[key] === 'number')) {
      lines.push(`| ${label} | ${fixed(value['accuracy'] as number)} | ${value['correct'] as number} of ${value['total'] as number} matched |`);
    }
  };
  lines.push(
    '',
    '| attribute | score | counts |',
    '|---|---:|---|',
    `| speaker accuracy | ${fixed(speaker.accuracy)} | ${speaker.correct} correct, ${speaker.incorrect} incorrect, ${speaker.skipped} skipped (precision ${fixed(speaker.precision)}, recall ${fixed(speaker.recall)}) |`,
    `| statement mode accuracy | ${fixed(mode.accuracy)} | ${mode.correct} of ${mode.total} matched |`,
    `| time value accuracy | ${fixed(timeValue.accuracy)} | ${timeValue.correct} of ${timeValue.total} matched |`,
    `| time Value F1 | ${fixed(timeValue.valueF1)} | value accuracy × relaxed F1 ${fixed(timeValue.relaxedF1)} |`,
    `| figure value accuracy | ${fixed(figureValue.accuracy)} | ${figureValue.correct} of ${figureValue.total} matched |`,
  );
  const timex = attributes['timex'];
  if (isRecord(timex) && ['strictF1', 'strictMatches', 'gold', 'predicted', 'relaxedF1', 'typeAccuracy', 'typeCorrect', 'relaxedMatches', 'typeF1'].every((key) => typeof timex[key] === 'number')) {
    const t = timex as Readonly<Record<string, number>>;
    // After the time value rows, before the figure value row.
    lines.splice(
      lines.length - 1,
      0,
      `| time expression strict F1 | ${fixed(t['strictF1'] as number)} | ${t['strictMatches'] as number} with the gold extent; ${t['gold'] as number} gold, ${t['predicted'] as number} predicted (relaxed F1 ${fixed(t['relaxedF1'] as number)}) |`,
      `| time expression type accuracy | ${fixed(t['typeAccuracy'] as number)} | ${t['typeCorrect'] as number} of ${t['relaxedMatches'] as number} matched (type F1 ${fixed(t['typeF1'] as number)}) |`,
    );
  }
  optionalAccuracy('figureBounds', 'figure bounds accuracy');
  optionalAccuracy('figureQualifier', 'figure qualifier accuracy');
  lines.push(`| figure unit accuracy | ${fixed(figureUnit.accuracy)} | ${figureUnit.correct} of ${figureUnit.total} matched |`);
  const confusions = Array.isArray(attributes['speakerConfusion'])
    ? (attributes['speakerConfusion'] as unknown[]).filter(
        (entry): entry is SpeakerConfusion => isRecord(entry) && typeof entry['gold'] === 'string' && typeof entry['predicted'] === 'string' && typeof entry['count'] === 'number',
      )
    : [];
  listed(lines, 'Speakers confused (gold → predicted, matched statements):', confusions, (c) => `${markdownText(c.gold)} → ${markdownText(c.predicted)}: ${c.count}`, all, 3);
  if (all) {
    for (const kind of scoreKinds) {
      const by = (report[kind] as unknown as Record<string, unknown>)['by'];
      if (!isRecord(by)) continue;
      for (const [facet, values] of Object.entries(by)) {
        if (!isRecord(values)) continue;
        lines.push('', `| ${kind} by ${markdownText(facet)} | strict F1 | partial F1 | COR | INC | PAR | MIS | SPU (strict) |`, '|---|---:|---:|---:|---:|---:|---:|---:|');
        for (const [value, scores] of Object.entries(values)) {
          if (!isRecord(scores) || !isCounts(scores['strict']) || !isCounts(scores['partial'])) continue;
          const [strict, partial] = [scores['strict'] as unknown as Counts, scores['partial'] as unknown as Counts];
          lines.push(`| ${markdownText(value)} | ${fixed(strict.f1)} | ${fixed(partial.f1)} | ${strict.cor} | ${strict.inc} | ${strict.par} | ${strict.mis} | ${strict.spu} |`);
        }
      }
    }
  }
  const { invalid } = report;
  // A reason can hold a prediction's words, and a report not from score() any path: escaped, so
  // they stay text on their line (a path that is not `kind[i].field` comes after a word, so it
  // cannot start a heading or a list of its own).
  listed(lines, `${invalid.length} ${invalid.length === 1 ? 'entry' : 'entries'} could not be used (counted as spurious):`, invalid, (entry) => `${pathText(entry.path)}: ${markdownText(entry.reason)}`, all, 10);
  const warnings = Array.isArray((report as unknown as Record<string, unknown>)['warnings'])
    ? ((report as unknown as Record<string, unknown>)['warnings'] as unknown[]).filter((entry): entry is ScoreWarning => isRecord(entry) && typeof entry['path'] === 'string' && typeof entry['reason'] === 'string')
    : [];
  listed(lines, `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} (nothing counted against the entries):`, warnings, (warning) => `${pathText(warning.path)}: ${markdownText(warning.reason)}`, all, 5);
  if (all) {
    const missed = Array.isArray(report.alignments) ? report.alignments.filter((row) => isRecord(row) && row.predicted === null && isRecord(row.gold)) : [];
    listed(
      lines,
      `${missed.length} gold ${missed.length === 1 ? 'unit' : 'units'} missed:`,
      missed,
      (row) => {
        const gold = row.gold as AlignedGold;
        return `${row.kind} ${markdownText(String(gold.record))} at ${gold.start}–${gold.end}: ${markdownText(JSON.stringify(gold.text.length > 80 ? `${gold.text.slice(0, 79)}…` : gold.text))}`;
      },
      true,
      0,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Whether a value holds the numbers of a `Counts`. */
function isCounts(value: unknown): boolean {
  return isRecord(value) && ['cor', 'inc', 'par', 'mis', 'spu', 'precision', 'recall', 'f1'].every((key) => typeof value[key] === 'number');
}

const OUTCOMES_STRICT = new Set(['COR', 'INC', 'MIS', 'SPU']);
const OUTCOMES = new Set(['COR', 'INC', 'PAR', 'MIS', 'SPU']);
const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/** The options, copied and checked. */
function readOptions(options: unknown): { format: 'markdown' | 'html'; gold: unknown; title: string | undefined; all: boolean } {
  if (options === undefined) return { format: 'markdown', gold: undefined, title: undefined, all: false };
  let object: boolean;
  try {
    object = isRecord(options);
  } catch {
    // Array.isArray throws on a revoked Proxy.
    throw new TypeError('formatReport: options cannot be read (a getter or Proxy threw)');
  }
  if (!object) throw new TypeError("formatReport: options must be an object, such as { format: 'html' }");
  const fields = options as Readonly<Record<string, unknown>>;
  let given: { format?: unknown; title?: unknown; gold?: unknown; all?: unknown };
  try {
    const own = (key: string) => (Object.hasOwn(fields, key) ? fields[key] : undefined);
    given = { format: own('format'), title: own('title'), gold: own('gold'), all: own('all') };
  } catch {
    throw new TypeError('formatReport: options cannot be read (a getter or Proxy threw)');
  }
  const format = given.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'html') throw new TypeError(`formatReport: options.format must be "markdown" or "html", got ${show(format)}`);
  const title = given.title;
  if (title !== undefined && typeof title !== 'string') throw new TypeError(`formatReport: options.title must be a string, got ${show(title)}`);
  const gold = given.gold;
  const all = given.all ?? false;
  if (typeof all !== 'boolean') throw new TypeError(`formatReport: options.all must be true or false, got ${show(all)}`);
  return { format, gold, title, all };
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
