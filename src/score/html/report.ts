/**
 * The score report as one self-contained HTML page: the summary tables, the article with every
 * gold unit and every unmatched prediction marked (strict outcome, kind), a popover with each
 * unit's details, filters, and the entries that could not be used. No network requests: the style
 * sheet and the script are inline, and a Content-Security-Policy forbids loading anything else.
 *
 * @internal
 * @module
 */
import type { Alignment, InvalidEntry, ScoreKind, ScoreReport } from '../types.js';
import { MAX_LEVEL, OUTCOME_STYLE, REPORT_CSS, REPORT_JS, STEP_PX } from './assets.js';
import { escapeHtml as e } from './escape.js';
import { nestSpans, paragraphs, renderNested, type Piece } from './nest.js';
import { scoreKinds, scoreModes } from '../../model/vocabulary.js';

/** What the page needs of the gold dataset: the text, and the actors' names for the types. */
export interface PageGold {
  readonly article: { readonly text: string; readonly headline?: string; readonly sha256?: string };
  readonly actors: readonly { readonly id: string; readonly name: string }[];
}

const STRICT_OUTCOMES = ['COR', 'INC', 'MIS', 'SPU'] as const;
type StrictOutcome = (typeof STRICT_OUTCOMES)[number];

/** Of spans with the same boundaries, which kind is drawn outside. */
const NESTING: readonly ScoreKind[] = ['statements', 'events', 'figures', 'times', 'actors'];
const SINGULAR: Readonly<Record<ScoreKind, string>> = { statements: 'statement', actors: 'actor mention', events: 'event', figures: 'figure', times: 'time expression' };
const TYPE_NAME: Readonly<Record<ScoreKind, string>> = { statements: 'speaker', actors: 'actor', events: 'time', figures: 'quantity', times: 'value' };

/** One mark in the text: a gold unit (with the prediction matched to it, if any) or a spurious prediction. */
interface UnitMark {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly kind: ScoreKind;
  readonly outcome: StrictOutcome;
  readonly row: Alignment;
}

/** The kind an invalid entry belongs to, from its path (`statements[3].span`). */
export function kindOfPath(path: string): ScoreKind | undefined {
  const kind = /^([a-z]+)\[/.exec(path)?.[1];
  return (scoreKinds as readonly string[]).includes(kind ?? '') ? (kind as ScoreKind) : undefined;
}

const fixed = (value: number) => value.toFixed(3);
const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Names an actor id, or each of the ids an actor reference can mean (`a|b`); a reference that matches no actor as written. */
function typeLabel(kind: ScoreKind, type: string | null, names: ReadonlyMap<string, string>, unresolved?: string): string {
  if (type === null && unresolved !== undefined) return `unknown (no actor is called <q>${e(clip(unresolved, 80))}</q>)`;
  if (type === null) return kind === 'events' ? 'none (no time)' : 'none';
  if (kind !== 'statements' && kind !== 'actors') return `<code>${e(type)}</code>`;
  return type
    .split('|')
    .map((id) => (names.has(id) ? `${e(names.get(id) as string)} <code>${e(id)}</code>` : `<code>${e(id)}</code>`))
    .join(' or ');
}

function side(kind: ScoreKind, span: NonNullable<Alignment['predicted']>, names: ReadonlyMap<string, string>, record?: string): string {
  const parts = [`<q>${e(clip(span.text))}</q>`, `characters ${span.start}–${span.end}`, `${TYPE_NAME[kind]}: ${typeLabel(kind, span.type, names, typeof span.unresolved === 'string' ? span.unresolved : undefined)}`];
  if (span.mode !== undefined) parts.push(`mode: ${e(span.mode)}`);
  if (record !== undefined) parts.push(`record <code>${e(record)}</code>`);
  return parts.join('; ');
}

function detail(mark: UnitMark, names: ReadonlyMap<string, string>): string {
  const { row, kind, outcome } = mark;
  const rows = [
    `<dt>Gold</dt><dd>${row.gold === null ? 'nothing here (the prediction matched no gold unit)' : side(kind, row.gold, names, row.gold.record)}</dd>`,
    `<dt>Predicted</dt><dd>${row.predicted === null ? 'nothing (no prediction overlaps this unit)' : side(kind, row.predicted, names)}</dd>`,
    `<dt>Outcomes</dt><dd>${scoreModes.map((mode) => `${mode} ${e(row.outcomes[mode])}`).join(' · ')}</dd>`,
  ];
  if (outcome === 'INC') {
    const why = [row.outcomes.exact === 'COR' ? '' : 'the boundaries differ', row.outcomes.type === 'COR' ? '' : `the ${TYPE_NAME[kind]} differs`].filter((reason) => reason !== '');
    rows.splice(2, 0, `<dt>Why</dt><dd>${why.join(', and ')}</dd>`);
  }
  return (
    `<div class="unit" id="d-${mark.id}"><p><span class="badge o-${outcome}">${outcome}</span><strong>${e(SINGULAR[kind])}</strong>, ` +
    `${OUTCOME_STYLE[outcome].name} in strict mode</p><dl>${rows.join('')}</dl></div>`
  );
}

function marksOf(report: ScoreReport): UnitMark[] {
  return report.alignments.map((row, i): UnitMark => {
    const anchor = row.gold ?? (row.predicted as NonNullable<Alignment['predicted']>);
    return { start: anchor.start, end: anchor.end, id: `u${i}`, kind: row.kind, outcome: row.outcomes.strict as StrictOutcome, row };
  });
}

function piece(p: Piece<UnitMark>, inner: string): string {
  const { id, kind, outcome } = p.mark;
  const level = Math.min(p.height, MAX_LEVEL);
  const classes = `m o-${outcome}${level > 0 ? ` h${level}` : ''}`;
  const first = p.first ? ` data-kind="${kind}" data-outcome="${outcome}" tabindex="0" aria-describedby="d-${id}"` : '';
  return `<mark class="${classes}" data-u="${id}" data-k="${kind}" data-o="${outcome}"${first}>${inner}</mark>`;
}

function countsTable(report: ScoreReport): string {
  const head = ['kind', 'mode', 'precision', 'recall', 'F1', 'COR', 'INC', 'PAR', 'MIS', 'SPU']
    .map((name, i) => `<th scope="col"${i < 2 ? ' class="l"' : ''}>${name}</th>`)
    .join('');
  const bodies = scoreKinds.map((kind) => {
    const rows = scoreModes.map((mode, i) => {
      const c = report[kind][mode];
      const cells = [fixed(c.precision), fixed(c.recall), fixed(c.f1), c.cor, c.inc, c.par, c.mis, c.spu].map((value) => `<td>${value}</td>`).join('');
      return `<tr>${i === 0 ? `<th scope="rowgroup" rowspan="4" class="l">${kind}</th>` : ''}<th scope="row" class="l">${mode}</th>${cells}</tr>`;
    });
    return `<tbody>${rows.join('')}</tbody>`;
  });
  return `<div class="scroll" tabindex="0" role="region" aria-labelledby="counts-caption"><table><caption id="counts-caption">Precision, recall, F1 and outcome counts, by kind and mode</caption><thead><tr>${head}</tr></thead>${bodies.join('')}</table></div>`;
}

function attributesTable(report: ScoreReport): string {
  const { speaker, mode, timeValue, figureValue, figureUnit } = report.attributes;
  const rows: [string, number, string][] = [
    ['speaker accuracy', speaker.accuracy, `${speaker.correct} correct, ${speaker.incorrect} incorrect, ${speaker.skipped} skipped (precision ${fixed(speaker.precision)}, recall ${fixed(speaker.recall)})`],
    ['statement mode accuracy', mode.accuracy, `${mode.correct} of ${mode.total} matched`],
    ['time value accuracy', timeValue.accuracy, `${timeValue.correct} of ${timeValue.total} matched`],
    ['time Value F1', timeValue.valueF1, `value accuracy × relaxed F1 ${fixed(timeValue.relaxedF1)}`],
    ['figure value accuracy', figureValue.accuracy, `${figureValue.correct} of ${figureValue.total} matched`],
  ];
  // Bounds and qualifier, where the report has them.
  const attributes = report.attributes as unknown as Record<string, unknown>;
  for (const [name, label] of [['figureBounds', 'figure bounds accuracy'], ['figureQualifier', 'figure qualifier accuracy']] as const) {
    const value = attributes[name];
    if (typeof value !== 'object' || value === null) continue;
    const { accuracy, correct, total } = value as Record<string, unknown>;
    if (typeof accuracy === 'number' && typeof correct === 'number' && typeof total === 'number') rows.push([label, accuracy, `${correct} of ${total} matched`]);
  }
  rows.push(['figure unit accuracy', figureUnit.accuracy, `${figureUnit.correct} of ${figureUnit.total} matched`]);
  const body = rows.map(([name, value, counts]) => `<tr><th scope="row" class="l">${name}</th><td>${fixed(value)}</td><td class="l">${counts}</td></tr>`).join('');
  return `<div class="scroll" tabindex="0" role="region" aria-labelledby="attributes-caption"><table><caption id="attributes-caption">Attribute scores, over matched units</caption><thead><tr><th scope="col" class="l">attribute</th><th scope="col">score</th><th scope="col" class="l">counts</th></tr></thead><tbody>${body}</tbody></table></div>`;
}

/** Things a reader should know that the tables do not say outright. */
function warningsOf(report: ScoreReport): string[] {
  const warnings: string[] = [];
  for (const kind of scoreKinds) {
    const strict = report[kind].strict;
    if (strict.actual === 0 && strict.possible > 0) warnings.push(`No ${kind} were predicted: all ${strict.possible} gold ${kind} count as missed.`);
  }
  const invalid = report.invalid.length;
  if (invalid > 0) warnings.push(`${invalid} ${invalid === 1 ? 'entry' : 'entries'} could not be used; each counts as spurious for its kind and is listed below, not in the text.`);
  // The scorer's own warnings (unknown keys, unknown actors, units read as another dimension), where the report has them.
  const own: unknown = (report as unknown as Record<string, unknown>)['warnings'];
  if (Array.isArray(own)) {
    for (const warning of own as unknown[]) {
      if (typeof warning !== 'object' || warning === null) continue;
      const { path, reason } = warning as Record<string, unknown>;
      if (typeof path === 'string' && typeof reason === 'string') warnings.push(`${path}: ${reason}`);
    }
  }
  return warnings;
}

function invalidList(invalid: readonly InvalidEntry[]): string {
  if (invalid.length === 0) return '<p>Every entry of the prediction could be used.</p>';
  const items = invalid.map((entry) => {
    const kind = kindOfPath(entry.path);
    const data = kind === undefined ? '' : ` data-kind="${kind}" data-outcome="SPU"`;
    return `<li${data}><span class="badge o-SPU">SPU</span><code>${e(entry.path)}</code>: ${e(entry.reason)}</li>`;
  });
  return `<p>Each of these counts as spurious (SPU) for its kind, with no place in the text.</p><ul class="invalid">${items.join('')}</ul>`;
}

function filters(marks: readonly UnitMark[], invalid: readonly InvalidEntry[]): string {
  const count = (test: (kind: ScoreKind | undefined, outcome: StrictOutcome) => boolean) =>
    marks.filter((mark) => test(mark.kind, mark.outcome)).length + invalid.filter((entry) => test(kindOfPath(entry.path), 'SPU')).length;
  const box = (filter: string, value: string, label: string, n: number) =>
    `<label><input type="checkbox" data-filter="${filter}" value="${value}" checked>${label} <span class="n">(${n})</span></label>`;
  const kinds = scoreKinds.map((kind) => box('kind', kind, kind, count((k) => k === kind))).join('');
  const outcomes = STRICT_OUTCOMES.map((outcome) =>
    box('outcome', outcome, `<span class="sw o-${outcome}" aria-hidden="true">${outcome}</span> ${OUTCOME_STYLE[outcome].name}`, count((_, o) => o === outcome)),
  ).join('');
  return (
    `<form class="filters" aria-label="Filter the marks"><fieldset><legend>Kinds</legend>${kinds}</fieldset>` +
    `<fieldset><legend>Strict outcome</legend>${outcomes}</fieldset><p class="status" id="shown" role="status"></p></form>`
  );
}

/** Options of {@link reportPage}. */
export interface PageOptions {
  /** The page's title and main heading. */
  readonly title: string;
}

/**
 * Renders `report` (already checked against `gold`) as a whole HTML document.
 *
 * @param report - A report from `score`.
 * @param gold - The dataset it was scored against.
 * @param options - The title.
 * @returns The document, starting `<!doctype html>`.
 */
export function reportPage(report: ScoreReport, gold: PageGold, options: PageOptions): string {
  const text = gold.article.text;
  const names = new Map(gold.actors.map((actor) => [actor.id, actor.name]));
  const marks = marksOf(report);
  const nestingOrder = [...marks].sort((a, b) => NESTING.indexOf(a.kind) - NESTING.indexOf(b.kind));
  const nodes = nestSpans(text, nestingOrder);
  let deepest = 0;
  for (const node of nodes) if (typeof node !== 'string') deepest = Math.max(deepest, node.height);
  const lineHeight = `calc(1.15em + ${Math.min(deepest, MAX_LEVEL) * STEP_PX + 14}px)`;
  const article = paragraphs(nodes, (part) => renderNested(part, piece, e));
  const gathered = marks.length;
  const predicted = report.alignments.filter((row) => row.predicted !== null).length + report.invalid.length;
  const goldUnits = report.alignments.filter((row) => row.gold !== null).length;
  const headline = gold.article.headline ?? text.split('\n', 1)[0] ?? '';
  const sha = gold.article.sha256 === undefined ? '' : ` (SHA&#8209;256 <code>${e(gold.article.sha256.slice(0, 12))}…</code>)`;
  const warnings = warningsOf(report);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<link rel="icon" href="data:,">',
    `<title>${e(options.title)}</title>`,
    `<style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${e(options.title)}</h1>`,
    `<p class="meta">Against the gold annotations of <cite>${e(headline)}</cite>${sha}: ${goldUnits} gold units, ${predicted} predicted entries, ${report.invalid.length} of them unusable.</p></header>`,
    '<main>',
    '<section aria-labelledby="summary"><h2 id="summary">Summary</h2>',
    countsTable(report),
    attributesTable(report),
    '</section>',
    '<section aria-labelledby="text-heading"><h2 id="text-heading">The article, marked</h2>',
    `<p>Every gold unit is underlined where it is in the text, and so is every prediction that matched nothing (spurious). A matched pair is one mark, on the gold span, with its strict outcome: <span class="sw o-COR">COR</span> solid, <span class="sw o-INC">INC</span> double, <span class="sw o-MIS">MIS</span> dashed, <span class="sw o-SPU">SPU</span> dotted. Nested units underline below one another. Hover over a mark, or move to it with Tab, for the gold and predicted type, the offsets and the outcome in every mode.</p>`,
    filters(marks, report.invalid),
    `<div class="text" style="line-height:${lineHeight}">${article}</div>`,
    '</section>',
    '<section aria-labelledby="invalid-heading"><h2 id="invalid-heading">Entries that could not be used</h2>',
    invalidList(report.invalid),
    '</section>',
    '<section aria-labelledby="warnings-heading"><h2 id="warnings-heading">Warnings</h2>',
    warnings.length === 0 ? '<p>None.</p>' : `<ul>${warnings.map((warning) => `<li>${e(warning)}</li>`).join('')}</ul>`,
    '</section>',
    `<div class="details">${marks.map((mark) => detail(mark, names)).join('')}</div>`,
    '<div id="tip" role="tooltip" hidden></div>',
    '</main>',
    `<footer><p>${gathered} marks in the text. Made by <code>formatReport(report, { format: 'html' })</code> of <code>kyiv-strike-pause/score</code>; the page loads nothing from the network.</p></footer>`,
    `<script>${REPORT_JS}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
