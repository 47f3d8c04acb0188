/**
 * `kyiv-strike-pause export`, end to end: through `main` with captured streams and a scratch
 * directory, and through the built bin as a process. Every failure is one line and exit code 2.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { dataset } from '../src/index.js';
import * as exporters from '../src/export.js';
import type { Dataset, IdSpace } from '../src/model/types.js';
import { astralDataset } from './helpers/astral.js';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kyiv-strike-pause-export-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: readonly string[]) {
  let [stdout, stderr] = ['', ''];
  const code = await main(['export', ...args], { cwd: dir, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** A failure: exit code 2, nothing on standard output, one line on standard error, and no stack trace. */
function expectOneLineFailure(result: { code: number; stdout: string; stderr: string }, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^kyiv-strike-pause export: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).toMatch(message);
}

const files = (sub: string) => readdirSync(join(dir, sub)).sort();
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

describe('kyiv-strike-pause export', () => {
  test('each format writes its files, with what the functions return, and names them on standard output', async () => {
    const data = dataset as Dataset<IdSpace>;
    const expected: Record<string, Record<string, string>> = {
      'webanno': { 'annotations.jsonld': json(exporters.toWebAnnotations(data)) },
      'schema-org': { 'schema-org.jsonld': json(exporters.toSchemaOrg(data)) },
      'ndjson': Object.fromEntries(exporters.tableNames.map((name) => [`${name}.ndjson`, exporters.toNdjson(data)[name]])),
      'csv': Object.fromEntries(exporters.tableNames.map((name) => [`${name}.csv`, exporters.toCsv(data)[name]])),
      'brat': { 'article.txt': data.article.text, 'article.ann': exporters.toBrat(data).ann, 'annotation.conf': exporters.toBrat(data).conf },
      'label-studio': { 'label-studio.json': json(exporters.toLabelStudio(data).tasks), 'label-studio-config.xml': exporters.toLabelStudio(data).config },
    };
    for (const [format, written] of Object.entries(expected)) {
      const result = await run(['--format', format, '--out', format]);
      expect(result.stderr, format).toBe('');
      expect(result.code, format).toBe(0);
      expect(files(format), format).toEqual(Object.keys(written).sort());
      for (const [file, content] of Object.entries(written)) expect(read(join(format, file)), `${format}/${file}`).toBe(content);
      expect(result.stdout, format).toBe(Object.keys(written).map((file) => `wrote ${join(format, file)}\n`).join(''));
    }
  });

  test('--dataset exports a dataset read from a JSON file', async () => {
    const astral = astralDataset();
    writeFileSync(join(dir, 'astral.json'), JSON.stringify(astral));
    const result = await run(['--format', 'brat', '--dataset', 'astral.json', '--out', 'out']);
    expect(result.code).toBe(0);
    expect(read('out/article.txt')).toBe(astral.article.text);
    expect(read('out/article.ann')).toBe(exporters.toBrat(astral).ann);
  });

  test('an existing file is kept without --force, and nothing is written; --force overwrites', async () => {
    expect((await run(['--format', 'csv', '--out', 'out'])).code).toBe(0);
    writeFileSync(join(dir, 'out', 'figures.csv'), 'mine\n');
    rmSync(join(dir, 'out', 'actors.csv'));
    const kept = await run(['--format', 'csv', '--out', 'out']);
    expectOneLineFailure(kept, /out\/mentions\.csv, .*already exist \(pass --force to overwrite\)$/m);
    expect(read('out/figures.csv')).toBe('mine\n');
    expect(existsSync(join(dir, 'out', 'actors.csv'))).toBe(false);
    const forced = await run(['--format', 'csv', '--out', 'out', '--force']);
    expect(forced.code).toBe(0);
    expect(read('out/figures.csv')).toBe(exporters.toCsv(dataset).figures);
  });

  test('an unknown format, a missing one and a missing --out are one-line usage errors', async () => {
    expectOneLineFailure(await run(['--format', 'xml', '--out', 'out']), /unknown format "xml"; the formats are webanno, schema-org, ndjson, csv, brat, label-studio$/m);
    expectOneLineFailure(await run(['--out', 'out']), /--format is required/);
    expectOneLineFailure(await run(['--format', 'csv']), /--out is required/);
    expectOneLineFailure(await run(['--format', 'csv', '--out', 'out', '--colour']), /Unknown option '--colour'/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('an unreadable dataset is a one-line error naming the file: missing, not JSON, or not a dataset', async () => {
    expectOneLineFailure(await run(['--format', 'csv', '--dataset', 'nowhere.json', '--out', 'out']), /nowhere\.json: no such file$/m);
    writeFileSync(join(dir, 'broken.json'), '{ "article": ');
    expectOneLineFailure(await run(['--format', 'csv', '--dataset', 'broken.json', '--out', 'out']), /broken\.json: not valid JSON/);
    writeFileSync(join(dir, 'empty.json'), '{}');
    expectOneLineFailure(await run(['--format', 'webanno', '--dataset', 'empty.json', '--out', 'out']), /empty\.json: not a dataset this command can export \(toWebAnnotations: dataset\.article must be an object, got nothing\)$/m);
    const astral = astralDataset();
    writeFileSync(join(dir, 'bad-span.json'), JSON.stringify({ ...astral, figures: [{ ...astral.figures[0], evidence: [{ start: 0, end: 1e6, text: '' }] }] }));
    expectOneLineFailure(await run(['--format', 'label-studio', '--dataset', 'bad-span.json', '--out', 'out']), /bad-span\.json: .*dataset\.figures\[0\]\.evidence\[0\]/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('an output that cannot be written is a one-line error naming it', async () => {
    writeFileSync(join(dir, 'taken'), 'a file, not a directory\n');
    expectOneLineFailure(await run(['--format', 'schema-org', '--out', 'taken']), /taken\/schema-org\.jsonld: cannot write it \(/);
    expectOneLineFailure(await run(['--format', 'schema-org', '--out', 'taken/below']), /taken\/below\/schema-org\.jsonld: cannot write it \(ENOTDIR/);
  });

  // Node 20's recursive mkdir loops without end where mkdir keeps failing with ENOENT, as under
  // /proc; the built bin runs as a child with a time limit, so a regression fails instead of hanging.
  test.skipIf(!existsSync(bin) || !existsSync('/proc/self'))('an output directory that cannot be created, under /proc, fails at once with one line', async () => {
    const result = await new Promise<{ code: number | null; killed: boolean; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [bin, 'export', '--format', 'schema-org', '--out', '/proc/kyiv-strike-pause-nope/deeper'], { timeout: 20_000 }, (error, stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? null) : 0, killed: error?.killed ?? false, stdout, stderr }),
      );
    });
    expect(result.killed).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^kyiv-strike-pause export: \/proc\/kyiv-strike-pause-nope\/deeper\/schema-org\.jsonld: cannot write it \(ENOENT[^\n]*\n$/);
  });

  test('--help prints the usage and the formats', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: kyiv-strike-pause export --format <webanno\|schema-org\|ndjson\|csv\|brat\|label-studio> \[--dataset <file\.json>\] --out <dir> \[--force\] \[--max-bytes <n>\]\n/);
  });

  test.skipIf(!existsSync(bin))('the built bin exports as a process, and fails with one line and exit code 2', async () => {
    const runBin = (args: readonly string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [bin, 'export', ...args], { cwd: dir }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
      });
    const ok = await runBin(['--format', 'label-studio', '--out', 'ls']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(read('ls/label-studio.json')).toBe(json(exporters.toLabelStudio(dataset).tasks));
    const again = await runBin(['--format', 'label-studio', '--out', 'ls']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^kyiv-strike-pause export: [^\n]*already exist[^\n]*\n$/);
    const unknown = await runBin(['--format', 'rdf', '--out', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^kyiv-strike-pause export: unknown format "rdf"[^\n]*\n$/);
  });
});
