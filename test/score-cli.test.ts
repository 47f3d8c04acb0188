/**
 * `kyiv-strike-pause score` end to end: through `main` with captured streams, and through the built
 * bin as a process, on prediction files written to a temporary directory.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { dataset } from '../src/index.js';
import { formatReport, score } from '../src/score.js';
import { goldAsPrediction, syntheticDataset } from './helpers/scoring.js';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let dir = '';

async function capture(args: readonly string[]) {
  let [stdout, stderr] = ['', ''];
  const code = await main(args, { cwd: dir, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function runBin(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const synthetic = syntheticDataset();
const partial = { statements: [{ speaker: 'Dmitry Peskov', mode: 'direct', span: { start: 0, end: 10 } }], times: [] };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kyiv-strike-pause-score-cli-'));
  const write = (file: string, content: unknown) => writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  write('gold.json', goldAsPrediction(dataset, 'quotes', 'name'));
  write('partial.json', partial);
  write('broken.json', '{"statements": [');
  write('invalid.json', { offsets: 'bytes', statements: [] });
  write('local.json', { statements: [{ speaker: 'Peskov', mode: 'quoted', span: { quote: 'x' } }], extra: true, actors: [{ actor: 'Dmitri Peskov', span: { quote: 'Dmitry Peskov' }, confidence: 0.9 }] });
  write('synthetic-prediction.json', goldAsPrediction(synthetic, 'offsets', 'wikidata'));
  write('synthetic-gold.json', synthetic);
  write('not-a-dataset.json', { article: 'nope' });
  write('foreign.json', { sha256: 'f'.repeat(64) });
  mkdirSync(join(dir, 'folder.json'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('kyiv-strike-pause score', () => {
  test('prints the Markdown tables of the report and exits with 0', async () => {
    const { code, stdout, stderr } = await capture(['score', 'partial.json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(formatReport(score(partial as never)));
  });

  test('scores the gold against itself as 1 everywhere', async () => {
    const { code, stdout } = await capture(['score', 'gold.json', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ReturnType<typeof score>;
    expect(report.statements.strict.f1).toBe(1);
    expect(report.times.type.recall).toBe(1);
    expect(report.invalid).toEqual([]);
  });

  test('--json prints the report itself', async () => {
    const { code, stdout } = await capture(['score', '--json', 'partial.json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(score(partial as never))));
  });

  test('--gold scores against another dataset', async () => {
    const { code, stdout } = await capture(['score', 'synthetic-prediction.json', '--gold', 'synthetic-gold.json', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ReturnType<typeof score>;
    // One unit of each kind in the synthetic dataset, each predicted exactly.
    expect([report.statements.strict.cor, report.actors.strict.cor, report.events.strict.cor, report.figures.strict.cor, report.times.strict.cor]).toEqual([1, 1, 1, 1, 1]);
  });

  const failures: [string, string[], RegExp][] = [
    ['a missing file', ['score', 'nothing.json'], /^kyiv-strike-pause score: nothing\.json: no such file\n$/],
    ['a directory', ['score', 'folder.json'], /^kyiv-strike-pause score: folder\.json: is a directory, not a file\n$/],
    ['broken JSON', ['score', 'broken.json'], /^kyiv-strike-pause score: broken\.json: not valid JSON \([^\n]+\)\n$/],
    [
      'an unknown offsets unit',
      ['score', 'invalid.json'],
      /^kyiv-strike-pause score: invalid\.json: prediction\.offsets must be one of "utf16", "codepoint", "utf8", got "bytes"\n$/,
    ],
    ['a prediction made on another text', ['score', 'foreign.json'], /^kyiv-strike-pause score: foreign\.json: prediction\.sha256 is ffffffffffff…, but the gold article's is [0-9a-f]{12}…: the prediction was made on another text\n$/],
    ['a --gold that is not a dataset', ['score', 'partial.json', '--gold', 'not-a-dataset.json'], /^kyiv-strike-pause score: not-a-dataset\.json: article must be an object, got "nope"\n$/],
    ['a missing --gold file', ['score', 'partial.json', '--gold', 'nope.json'], /^kyiv-strike-pause score: nope\.json: no such file\n$/],
    [
      'no prediction file',
      ['score'],
      /^kyiv-strike-pause score: expected one prediction file, got 0; usage: kyiv-strike-pause score <prediction\.json> \[--json\] \[--all\] \[--strict\] \[--html <report\.html>\] \[--gold <dataset\.json>\] \[--force\] \[--max-bytes <n>\]\n$/,
    ],
    ['an unknown option', ['score', 'partial.json', '--jsn'], /^kyiv-strike-pause score: Unknown option '--jsn'[^\n]*\n$/],
  ];

  test.each(failures)('%s is one line on standard error naming the problem, with exit code 2', async (_, args, message) => {
    const { code, stdout, stderr } = await capture(args);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });

  test('--help prints the usage and exits with 0', async () => {
    const { code, stdout } = await capture(['score', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: kyiv-strike-pause score <prediction\.json> \[--json\] \[--all\] \[--strict\] \[--html <report\.html>\] \[--gold <dataset\.json>\] \[--force\] \[--max-bytes <n>\]\n/);
  });

  test('a problem inside an entry is listed in the report, not a failure; --strict makes unknown keys invalid; --all lists everything', async () => {
    const lenient = await capture(['score', 'local.json']);
    expect({ code: lenient.code, stderr: lenient.stderr }).toEqual({ code: 0, stderr: '' });
    // Every problem of the entry: its mode, and its quote ("x" occurs several times).
    expect(lenient.stdout).toContain('1 entry could not be used (counted as spurious):\n- `statements[0]`: mode: must be one of "direct", "indirect", got "quoted"; span: the quote occurs 11 times; add a prefix or suffix that singles out one');
    expect(lenient.stdout).toContain('- `extra`: is not a known key');
    expect(lenient.stdout).not.toContain('gold units missed:');
    const strict = await capture(['score', 'local.json', '--strict', '--json']);
    const report = JSON.parse(strict.stdout) as ReturnType<typeof score>;
    expect(report.invalid.map((entry) => entry.path)).toEqual(['statements[0]', 'actors[0].confidence']);
    expect(report.warnings.map((warning) => warning.path)).toEqual(['extra']);
    const all = await capture(['score', 'local.json', '--all']);
    expect(all.stdout).toContain('gold units missed:');
    expect(all.stdout.split('\n').length).toBeGreaterThan(lenient.stdout.split('\n').length + 200);
  });

  test('the command list names score', async () => {
    expect((await capture(['--help'])).stdout).toContain('kyiv-strike-pause score <prediction.json>');
  });

  test.skipIf(!existsSync(bin))('the built bin prints the same tables, and a failure as one line without a stack trace', async () => {
    const ok = await runBin(['score', 'partial.json']);
    expect(ok).toEqual({ code: 0, stdout: formatReport(score(partial as never)), stderr: '' });
    for (const [, args, message] of failures) {
      const failed = await runBin(args);
      expect(failed.code, args.join(' ')).toBe(2);
      expect(failed.stderr, args.join(' ')).toMatch(message);
      expect(failed.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
