/**
 * `npm run agreement` scores the blind second annotation (`data/agreement/annotator-b.prediction.json`)
 * against the gold records with the package's own scorer, and rewrites the agreement block of the
 * dataset card (`docs/dataset-card.md`, between `<!-- agreement:start -->` and
 * `<!-- agreement:end -->`). `--check` only says whether the block is current (exit 1 when not).
 * test/agreement.test.ts regenerates the block and compares it with the card.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { score, type Counts, type Prediction, type ScoreReport } from '../src/score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const predictionPath = join(root, 'data', 'agreement', 'annotator-b.prediction.json');
export const cardPath = join(root, 'docs', 'dataset-card.md');
export const START = '<!-- agreement:start -->';
export const END = '<!-- agreement:end -->';

/** The scorer's report of annotator B against the gold. */
export function agreementReport(): ScoreReport {
  return score(JSON.parse(readFileSync(predictionPath, 'utf8')) as Prediction);
}

const fixed = (value: number) => value.toFixed(3);

/**
 * The confidence interval of a metric, if the scorer's counts carry one (as `f1Interval`, `f1CI`,
 * or `ci.f1` / `intervals.f1`, given as `[low, high]` or `{ low, high }`): this version's scorer
 * gives none, and the block shows an interval only where the report has it.
 */
export function intervalOf(counts: Counts, metric: 'precision' | 'recall' | 'f1'): readonly [number, number] | undefined {
  const loose = counts as unknown as Record<string, unknown>;
  const nested = (key: string) => (loose[key] !== null && typeof loose[key] === 'object' ? (loose[key] as Record<string, unknown>)[metric] : undefined);
  for (const candidate of [loose[`${metric}Interval`], loose[`${metric}CI`], nested('ci'), nested('intervals')]) {
    if (Array.isArray(candidate) && candidate.length === 2 && candidate.every((end) => typeof end === 'number')) return [candidate[0] as number, candidate[1] as number];
    if (candidate !== null && typeof candidate === 'object') {
      const { low, high, lower, upper } = candidate as Record<string, unknown>;
      const from = low ?? lower;
      const to = high ?? upper;
      if (typeof from === 'number' && typeof to === 'number') return [from, to];
    }
  }
  return undefined;
}

const metric = (counts: Counts, name: 'precision' | 'recall' | 'f1'): string => {
  const interval = intervalOf(counts, name);
  return interval ? `${fixed(counts[name])} [${fixed(interval[0])}, ${fixed(interval[1])}]` : fixed(counts[name]);
};

/** The attributes of `report.attributes`, in words. */
const attributeNames: Readonly<Record<string, string>> = {
  speaker: 'speaker',
  mode: 'statement mode',
  timeValue: 'time value',
  figureValue: 'figure value',
  figureUnit: 'figure unit',
};

/** The kinds the report scores (each with strict and partial counts), in its order. */
function kinds(report: ScoreReport): [string, { strict: Counts; partial: Counts }][] {
  return Object.entries(report).filter((entry): entry is [string, { strict: Counts; partial: Counts }] => {
    const value = entry[1] as { strict?: unknown; partial?: unknown } | null;
    return value !== null && typeof value === 'object' && typeof value.strict === 'object' && typeof value.partial === 'object';
  });
}

/** The agreement block (without its markers): per kind, strict and partial precision, recall and F1 with the counts, the attribute agreement, then the unusable entries. */
export function agreementBlock(report: ScoreReport): string {
  const rows = kinds(report);
  const withIntervals = rows.some(([, scores]) => intervalOf(scores.strict, 'f1') !== undefined);
  const lines = [
    '| layer | gold | B | strict P | strict R | strict F1 | partial P | partial R | partial F1 | COR | INC | PAR | MIS | SPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(([kind, { strict, partial }]) =>
      `| ${kind} | ${strict.possible} | ${strict.actual} | ${metric(strict, 'precision')} | ${metric(strict, 'recall')} | ${metric(strict, 'f1')} | ${metric(partial, 'precision')} | ${metric(partial, 'recall')} | ${metric(partial, 'f1')} | ${strict.cor} | ${strict.inc} | ${partial.par} | ${strict.mis} | ${strict.spu} |`,
    ),
    '',
    `"gold" is the number of gold items and "B" the number of annotator B's. COR, INC, MIS and SPU are the strict counts; PAR is the partial mode's (a strict INC that overlaps). ${withIntervals ? 'Intervals are the 95% confidence intervals the scorer reports.' : 'The scorer reports no confidence intervals, so none are given.'}`,
    '',
  ];
  const attributes = Object.entries(report.attributes as unknown as Record<string, { correct?: unknown; incorrect?: unknown; total?: unknown; accuracy?: unknown }>)
    .filter(([, value]) => typeof value.accuracy === 'number' && typeof value.correct === 'number')
    .map(([name, value]) => {
      const total = typeof value.total === 'number' ? value.total : (value.correct as number) + (typeof value.incorrect === 'number' ? value.incorrect : 0);
      return `${attributeNames[name] ?? name} ${fixed(value.accuracy as number)} (${value.correct as number} of ${total})`;
    });
  if (attributes.length > 0) lines.push(`On the items both annotated (any overlap), the attributes agree as follows: ${attributes.join('; ')}.`, '');
  const { invalid } = report;
  if (invalid.length === 0) lines.push('Every entry of annotator B could be used.');
  else {
    const reasons = new Map<string, number>();
    for (const entry of invalid) reasons.set(entry.reason, (reasons.get(entry.reason) ?? 0) + 1);
    lines.push(`${invalid.length} entr${invalid.length === 1 ? 'y' : 'ies'} of annotator B could not be used (the scorer counts them as spurious):`, '');
    for (const [reason, count] of reasons) lines.push(`- ${reason}${count > 1 ? ` (${count} entries)` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `card` with the text between the markers replaced by `block`; throws when the markers are missing. */
export function replaceBlock(card: string, block: string): string {
  const start = card.indexOf(START);
  const end = card.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`${cardPath} has no ${START} … ${END} block`);
  return `${card.slice(0, start + START.length)}\n${block}${card.slice(end)}`;
}

function main(argv: readonly string[]): number {
  try {
    const card = readFileSync(cardPath, 'utf8');
    const updated = replaceBlock(card, agreementBlock(agreementReport()));
    if (argv.includes('--check')) {
      if (updated === card) return 0;
      process.stderr.write('agreement: the block in docs/dataset-card.md is not what the scorer gives now: run `npm run agreement`\n');
      return 1;
    }
    if (updated !== card) writeFileSync(cardPath, updated);
    process.stdout.write(updated === card ? 'agreement: docs/dataset-card.md is up to date\n' : 'agreement: rewrote the agreement block of docs/dataset-card.md\n');
    return 0;
  } catch (error) {
    process.stderr.write(`agreement: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
