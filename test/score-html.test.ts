/**
 * The HTML score report without a browser: its marks count what the report says, everything from
 * the prediction is escaped, its options and errors, the span nesting it draws with, the `--html`
 * flag of the command line, and that none of it reaches the main entry's bundle.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { formatReport, score, type ScoreReport } from '../src/score.js';
import { escapeHtml, jsonForScript } from '../src/score/html/escape.js';
import { nestSpans, paragraphs, renderNested, type Nested, type SpanLike } from '../src/score/html/nest.js';
import { bundleConsumer } from './helpers/bundle.js';
import { goldAsPrediction, syntheticDataset } from './helpers/scoring.js';
import {
  baselinePrediction,
  baselineRuns,
  handMadeExpected,
  handMadePrediction,
  HOSTILE,
  hostilePrediction,
  KINDS,
  markCounts,
  strictCounts,
} from './helpers/visual.js';

const html = (report: ScoreReport, title?: string) => formatReport(report, title === undefined ? { format: 'html' } : { format: 'html', title });

describe('the marks of the HTML report count what the report says', () => {
  test('for the hand-made prediction, with known COR, INC, MIS and SPU', () => {
    const report = score(handMadePrediction);
    const strict = strictCounts(report);
    for (const kind of KINDS) {
      const { cor, inc, spu } = handMadeExpected[kind];
      expect(strict[kind], kind).toEqual({ COR: cor, INC: inc, SPU: spu, MIS: report[kind].strict.possible - cor - inc });
    }
    expect(markCounts(html(report))).toEqual(strict);
  });

  test.skipIf(!baselineRuns())('for the baseline extractor', async () => {
    const report = score(await baselinePrediction());
    const counts = markCounts(html(report));
    expect(counts).toEqual(strictCounts(report));
    expect(Object.values(counts.actors).reduce((a, b) => a + b)).toBeGreaterThan(100);
  });

  test('for the synthetic article scored against itself, and an empty prediction (all missed)', () => {
    const gold = syntheticDataset();
    const perfect = score(goldAsPrediction(gold, 'offsets', 'name'), { gold });
    expect(markCounts(formatReport(perfect, { format: 'html', gold }))).toEqual(strictCounts(perfect));
    const empty = score({});
    const page = html(empty);
    expect(markCounts(page)).toEqual(strictCounts(empty));
    expect(page).toContain('No statements were predicted: all 59 gold statements count as missed.');
  });

  test('a matched pair is one mark on the gold span, with the prediction in its details', () => {
    const page = html(score({ statements: [{ speaker: 'Vladimir Putin', mode: 'indirect', span: { quote: 'Putin ultimately agreed' } }] }));
    const marks = page.match(/<mark [^>]*data-kind="statements" data-outcome="INC"[^>]*>/g) ?? [];
    expect(marks).toHaveLength(1);
    const id = /data-u="(u\d+)"/.exec(marks[0] as string)?.[1];
    const detail = new RegExp(`<div class="unit" id="d-${id}">(.*?)</div>`).exec(page)?.[1] ?? '';
    expect(detail).toContain('<dt>Gold</dt><dd><q>Putin ultimately agreed to the pause</q>');
    expect(detail).toContain('<dt>Predicted</dt><dd><q>Putin ultimately agreed</q>');
    expect(detail).toContain('mode: indirect');
    expect(detail).toContain('strict INC · exact INC · partial PAR · type INC');
    expect(detail).toContain('<dt>Why</dt><dd>the boundaries differ, and the speaker differs</dd>');
  });
});

describe('escaping', () => {
  const report = score(hostilePrediction);
  const page = html(report, HOSTILE.title);

  test('the hostile strings reach the page, in reasons and types', () => {
    // A speaker or actor that matches no actor keeps its place, with a warning and an unknown type.
    expect(report.invalid).toEqual([]);
    expect(report.warnings.map((entry) => entry.path)).toEqual(['statements[0].speaker', 'actors[0].actor']);
    expect(report.alignments.filter((row) => row.predicted?.unresolved !== undefined).map((row) => row.predicted?.unresolved)).toEqual([HOSTILE.speaker, HOSTILE.actor]);
    expect(report.alignments.filter((row) => row.predicted !== null && row.predicted.type !== null).map((row) => row.predicted?.type)).toEqual([HOSTILE.eventTime, `7 ${HOSTILE.unit}`, HOSTILE.timeValue]);
  });

  test('every one of them is escaped: the page has one script, no element of theirs, and their escaped text', () => {
    expect(page.match(/<script\b/g)).toHaveLength(1);
    const tags = new Set([...page.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]));
    expect([...tags].filter((tag) => ['img', 'b', 'i'].includes(tag as string))).toEqual([]);
    expect(page).toContain(`<title>${escapeHtml(HOSTILE.title)}</title>`);
    expect(page).toContain(escapeHtml(JSON.stringify(HOSTILE.speaker)));
    expect(page).toContain(escapeHtml(JSON.stringify(HOSTILE.actor)));
    expect(page).toContain(`<code>${escapeHtml(HOSTILE.eventTime)}</code>`);
    expect(page).toContain(`<code>${escapeHtml(HOSTILE.timeValue)}</code>`);
    expect(page).toContain(`<code>${escapeHtml(`7 ${HOSTILE.unit}`)}</code>`);
    // No attribute value is broken out of: every quote inside a tag pairs up.
    for (const tag of page.match(/<[a-z][^>]*>/g) ?? []) expect((tag.match(/"/g) ?? []).length % 2, tag).toBe(0);
  });

  test('escapeHtml and jsonForScript', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(jsonForScript({ quote: '</script><!-- & \u2028' })).toBe('{"quote":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}');
    expect(JSON.parse(jsonForScript({ quote: '</script>' }))).toEqual({ quote: '</script>' });
  });
});

describe('formatReport options', () => {
  const report = score(handMadePrediction);

  test('Markdown stays the default, with or without options', () => {
    expect(formatReport(report, {})).toBe(formatReport(report));
    expect(formatReport(report, { format: 'markdown' })).toBe(formatReport(report));
  });

  test('the page is self-contained: no URL but data: ones, a CSP that forbids loading, ending in a newline', () => {
    const page = html(report);
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.endsWith('</html>\n')).toBe(true);
    expect(page).toContain(`content="default-src 'none';`);
    expect([...page.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1])).toEqual(['data:,']);
    expect(page).not.toMatch(/https?:\/\//);
  });

  test('bad options and a report that does not fit the gold are prefixed TypeErrors', () => {
    expect(() => formatReport(report, { format: 'pdf' as 'html' })).toThrow(new TypeError('formatReport: options.format must be "markdown" or "html", got "pdf"'));
    expect(() => formatReport(report, null as never)).toThrow(new TypeError("formatReport: options must be an object, such as { format: 'html' }"));
    expect(() => formatReport(report, { format: 'html', title: 3 as never })).toThrow(new TypeError('formatReport: options.title must be a string, got number'));
    expect(() => formatReport(report, { format: 'html', gold: { article: {} } as never })).toThrow(new TypeError('formatReport: options.gold.article must be an object with the text'));
    const gold = syntheticDataset();
    const synthetic = score(goldAsPrediction(gold, 'offsets', 'name'), { gold });
    expect(() => formatReport(synthetic, { format: 'html' })).toThrow(/^formatReport: report\.alignments\[0\]\.gold \(characters \d+–\d+\) is not where the text of options\.gold has it; pass the dataset the report was scored against as \{ gold \}$/);
    expect(() => formatReport({ ...report, alignments: 'none' } as never, { format: 'html' })).toThrow(new TypeError('formatReport: report.alignments must be an array (expected a report from score())'));
    expect(() => formatReport({ ...report, alignments: [{ kind: 'statements', gold: null, predicted: null, outcomes: report.alignments[0]?.outcomes }] } as never, { format: 'html' })).toThrow(
      new TypeError('formatReport: report.alignments[0] must be a row with a gold unit, a prediction or both (expected a report from score())'),
    );
  });

  test('a report read back from JSON renders the same page', () => {
    expect(html(JSON.parse(JSON.stringify(report)) as ScoreReport)).toBe(html(report));
  });
});

describe('nesting spans', () => {
  const text = 'abcdefghij';
  const flat = (nodes: readonly Nested<SpanLike>[]): string => nodes.map((node) => (typeof node === 'string' ? node : flat(node.children))).join('');
  const tags = (nodes: readonly Nested<SpanLike & { name: string }>[]) =>
    renderNested(nodes, (piece, inner) => `<${piece.mark.name}${piece.first ? '' : "'"}${piece.height}>${inner}</>`, (run) => run);

  test('nested spans nest, crossing ones are cut at the boundary, and each character is kept once', () => {
    const marks = [
      { start: 0, end: 6, name: 'A' },
      { start: 2, end: 4, name: 'B' },
      { start: 4, end: 9, name: 'C' },
      { start: 2, end: 4, name: 'D' },
    ];
    const nodes = nestSpans(text, marks);
    expect(flat(nodes)).toBe(text);
    // A holds B (which holds D, same bounds, given later) and the first piece of C; C goes on after A ends.
    expect(tags(nodes)).toBe("<A2>ab<B1><D0>cd</></><C0>ef</></><C'0>ghi</>j");
  });

  test('spans that start together open longest first; empty spans are left out', () => {
    expect(tags(nestSpans(text, [{ start: 1, end: 3, name: 'S' }, { start: 1, end: 8, name: 'L' }, { start: 5, end: 5, name: 'E' }]))).toBe('a<L1><S0>bc</>defgh</>ij');
  });

  test('blank lines outside every span become paragraphs; a line break inside a span stays', () => {
    const nodes = nestSpans('one\n\ntwo\nthree\n\nfour', [{ start: 5, end: 14 }]);
    expect(paragraphs(nodes, (part) => renderNested(part, (_, inner) => `[${inner}]`, (run) => run))).toBe('<p>one</p><p>[two\nthree]</p><p>four</p>');
  });
});

describe('kyiv-strike-pause score --html', () => {
  let dir = '';
  const run = async (args: readonly string[]) => {
    let [stdout, stderr] = ['', ''];
    const code = await main(args, { cwd: dir, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kyiv-strike-pause-score-html-'));
    writeFileSync(join(dir, 'hand-made.json'), JSON.stringify(handMadePrediction));
    const gold = syntheticDataset();
    writeFileSync(join(dir, 'synthetic-gold.json'), JSON.stringify(gold));
    writeFileSync(join(dir, 'synthetic.json'), JSON.stringify(goldAsPrediction(gold, 'offsets', 'name')));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('writes the page, prints the tables as before, and keeps an existing file unless --force', async () => {
    const report = score(handMadePrediction);
    expect(await run(['score', 'hand-made.json', '--html', 'out/report.html'])).toEqual({ code: 0, stdout: formatReport(report), stderr: '' });
    expect(readFileSync(join(dir, 'out', 'report.html'), 'utf8')).toBe(formatReport(report, { format: 'html', title: 'Score of hand-made.json' }));
    expect(await run(['score', 'hand-made.json', '--html', 'out/report.html'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kyiv-strike-pause score: out/report.html: already exists, as a file (pass --force to overwrite it)\n',
    });
    expect((await run(['score', 'hand-made.json', '--json', '--html', 'out/report.html', '--force'])).code).toBe(0);
  });

  test('--html - prints the page instead; with --json, or without a name, it is bad usage', async () => {
    const printed = await run(['score', 'hand-made.json', '--html', '-']);
    expect(printed).toEqual({ code: 0, stdout: formatReport(score(handMadePrediction), { format: 'html', title: 'Score of hand-made.json' }), stderr: '' });
    expect(await run(['score', 'hand-made.json', '--html', '-', '--json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kyiv-strike-pause score: --json and --html - both print to standard output; give --html a file name\n',
    });
    const nameless = await run(['score', 'hand-made.json', '--html']);
    expect(nameless.code).toBe(2);
    expect(nameless.stderr.split('\n')).toHaveLength(2);
  });

  test('with --gold, the page shows that dataset\'s text', async () => {
    const { code, stdout } = await run(['score', 'synthetic.json', '--gold', 'synthetic-gold.json', '--html', '-']);
    expect(code).toBe(0);
    expect(stdout).toContain('Žofie Ňovák');
    expect(markCounts(stdout).statements).toEqual({ COR: 1, INC: 0, MIS: 0, SPU: 0 });
  });
});

test('the main entry does not grow: a bundle of it holds nothing of the HTML report', async () => {
  const everything = await bundleConsumer("import * as all from './src/index.ts';\nglobalThis.keep = all;\n", 'index-consumer.ts');
  const scorer = await bundleConsumer("import { formatReport } from './src/score.ts';\nglobalThis.keep = formatReport;\n", 'score-consumer.ts');
  const sentinels = ["default-src 'none'", 'The article, marked', 'data-outcome'];
  expect(sentinels.filter((sentinel) => !scorer.includes(sentinel))).toEqual([]);
  expect(sentinels.filter((sentinel) => everything.includes(sentinel))).toEqual([]);
});
