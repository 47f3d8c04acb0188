/**
 * The command line on hostile input and output: files that never end (`/dev/zero`, a FIFO, a
 * sparse file of gigabytes), symbolic links in the output directory, escape bytes in what it
 * prints, and a standard output that cannot be written. Every failure is one line on standard
 * error, with exit code 2, and nothing is read without limit or written outside `--out`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { DEFAULT_MAX_BYTES } from '../src/cli/io.js';
import { dataset } from '../src/index.js';
import { score } from '../src/score.js';
import * as exporters from '../src/export.js';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kyiv-strike-pause-hostile-cli-'));
  writeFileSync(join(dir, 'empty.json'), '{}');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function run(args: readonly string[], cwd = dir) {
  let [stdout, stderr] = ['', ''];
  const code = await main(args, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** A failure: exit code 2, nothing on standard output, one line on standard error naming the command. */
function expectOneLine(result: { code: number; stdout: string; stderr: string }, command: string, message: RegExp): void {
  expect(result.stderr).toMatch(new RegExp(`^kyiv-strike-pause ${command}: [^\\n]+\\n$`));
  expect(result.stderr).toMatch(message);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(2);
}

/** Runs the built bin with a time limit, so that a read without end fails the test instead of hanging it. */
function runBin(args: readonly string[], options: { cwd?: string; timeout?: number } = {}): Promise<{ code: number | null; killed: boolean; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: options.cwd ?? dir, timeout: options.timeout ?? 20_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ code: error ? ((error as { code?: number }).code ?? null) : 0, killed: error?.killed ?? false, stdout, stderr }),
    );
  });
}

const canFifo = process.platform !== 'win32';

describe('3. the command reads regular files only, up to a size limit', () => {
  test.skipIf(!existsSync('/dev/zero'))('score /dev/zero and --gold /dev/zero fail at once: a character device is not a regular file', async () => {
    expectOneLine(await run(['score', '/dev/zero']), 'score', /^kyiv-strike-pause score: \/dev\/zero: is a character device; the command reads regular files only\n$/);
    expectOneLine(await run(['score', 'empty.json', '--gold', '/dev/zero']), 'score', /\/dev\/zero: is a character device/);
    expectOneLine(await run(['export', '--format', 'csv', '--dataset', '/dev/zero', '--out', 'never']), 'export', /\/dev\/zero: is a character device/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  test.skipIf(!canFifo)('a FIFO fails at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expectOneLine(await run(['score', 'pipe.json']), 'score', /pipe\.json: is a pipe \(FIFO\); the command reads regular files only/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('a sparse 20 GB file fails before a byte is read; --max-bytes raises the limit and rejects a bad value', async () => {
    const big = join(dir, 'big.json');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 20 * 1024 ** 3);
    expectOneLine(await run(['score', 'big.json']), 'score', /big\.json: 20\.0 GiB is more than the 64 MiB the command reads; pass --max-bytes <n> to raise the limit\n$/);
    expectOneLine(await run(['score', 'empty.json', '--gold', 'big.json']), 'score', /big\.json: 20\.0 GiB is more than/);
    rmSync(big);
    writeFileSync(join(dir, 'small.json'), JSON.stringify({ statements: [] }));
    expectOneLine(await run(['score', 'small.json', '--max-bytes', '10']), 'score', /small\.json: 17 bytes is more than the 10 bytes the command reads/);
    expect((await run(['score', 'small.json', '--max-bytes', '17'])).code).toBe(0);
    for (const bad of ['0', '-1', '1e3', 'lots', '99999999999999999']) {
      expectOneLine(await run(['score', 'small.json', `--max-bytes=${bad}`]), 'score', /--max-bytes must be a whole number of bytes from 1/);
    }
    expect(DEFAULT_MAX_BYTES).toBe(64 * 1024 * 1024);
  });

  test('for any size and limit, a file is read exactly when it is within the limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 6000 }), async (padding, limit) => {
        const content = `{"statements":[]}${' '.repeat(padding)}`;
        writeFileSync(join(dir, 'sized.json'), content);
        const result = await run(['score', 'sized.json', '--json', '--max-bytes', String(limit)]);
        expect(result.code).toBe(Buffer.byteLength(content) <= limit ? 0 : 2);
      }),
      { numRuns: 40 },
    );
  });

  test('a UTF-8 byte order mark is accepted, on predictions and datasets', async () => {
    writeFileSync(join(dir, 'bom.json'), `\ufeff${JSON.stringify({ statements: [] })}`);
    const scored = await run(['score', 'bom.json', '--json']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout)).toEqual(JSON.parse(JSON.stringify(score({ statements: [] }))));
    writeFileSync(join(dir, 'bom-dataset.json'), `\ufeff${JSON.stringify(dataset)}`);
    const exported = await run(['export', '--format', 'csv', '--dataset', 'bom-dataset.json', '--out', 'bom-out']);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'bom-out', 'figures.csv'), 'utf8')).toBe(exporters.toCsv(dataset).figures);
  });

  test.skipIf(!existsSync(bin) || !existsSync('/dev/zero') || !canFifo)('the built bin fails at once on /dev/zero and a FIFO, with one line', async () => {
    execFileSync('mkfifo', [join(dir, 'bin-pipe.json')]);
    for (const args of [['score', '/dev/zero'], ['score', 'bin-pipe.json'], ['export', '--format', 'csv', '--dataset', '/dev/zero', '--out', 'x']]) {
      const result = await runBin(args, { timeout: 15_000 });
      expect(result.killed, args.join(' ')).toBe(false);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/^kyiv-strike-pause (score|export): [^\n]+: is (a character device|a pipe \(FIFO\)); the command reads regular files only\n$/);
    }
  });
});

describe.skipIf(process.platform === 'win32')('5. export writes nothing through a symbolic link and nothing outside --out', () => {
  const outside = () => join(dir, 'outside');

  test('a dangling link in --out is an existing file, not a way out; --force replaces the link and leaves its target alone', async () => {
    rmSync(outside(), { recursive: true, force: true });
    mkdirSync(outside());
    mkdirSync(join(dir, 'links'));
    symlinkSync(join(outside(), 'created.jsonld'), join(dir, 'links', 'schema-org.jsonld'));
    expectOneLine(await run(['export', '--format', 'schema-org', '--out', 'links']), 'export', /links\/schema-org\.jsonld: already exists \(pass --force to overwrite\)$/m);
    expect(readdirSync(outside())).toEqual([]);

    const forced = await run(['export', '--format', 'schema-org', '--out', 'links', '--force']);
    expect(forced.code).toBe(0);
    expect(readdirSync(outside())).toEqual([]);
    expect(lstatSync(join(dir, 'links', 'schema-org.jsonld')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'links', 'schema-org.jsonld'), 'utf8')).toBe(`${JSON.stringify(exporters.toSchemaOrg(dataset), null, 2)}\n`);
  });

  test('--force through a link to a file outside replaces the link, never the file it points to', async () => {
    writeFileSync(join(outside(), 'precious.txt'), 'keep me\n');
    mkdirSync(join(dir, 'links2'));
    symlinkSync(join(outside(), 'precious.txt'), join(dir, 'links2', 'article.ann'));
    const result = await run(['export', '--format', 'brat', '--out', 'links2', '--force']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(outside(), 'precious.txt'), 'utf8')).toBe('keep me\n');
    expect(lstatSync(join(dir, 'links2', 'article.ann')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'links2', 'article.ann'), 'utf8')).toBe(exporters.toBrat(dataset).ann);
  });

  test('a directory inside --out that is a symbolic link is refused', async () => {
    const { writeFileInside } = await import('../src/cli/io.js');
    mkdirSync(join(dir, 'links3'));
    symlinkSync(outside(), join(dir, 'links3', 'tables'));
    expect(() => writeFileInside(dir, 'links3', 'tables/actors.csv', 'x\n', true)).toThrow(/^links3\/tables: is a symbolic link; the command writes only inside links3/);
    expect(() => writeFileInside(dir, 'links3', '../escape.csv', 'x\n', true)).toThrow(/not a file name inside links3/);
    writeFileInside(dir, 'links3', 'brat/article.ann', 'x\n', false);
    expect(readFileSync(join(dir, 'links3', 'brat', 'article.ann'), 'utf8')).toBe('x\n');
    expect(existsSync(join(outside(), 'actors.csv'))).toBe(false);
  });

  test('for any mix of files, links to files, dangling links and links to directories in --out, nothing outside changes', async () => {
    const files = ['annotations.jsonld', 'schema-org.jsonld', 'actors.csv', 'figures.csv', 'article.ann', 'article.txt', 'label-studio.json'];
    const kinds = fc.constantFrom('none', 'file', 'link-to-file', 'dangling', 'link-to-dir');
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(kinds, { minLength: files.length, maxLength: files.length }), fc.constantFrom('webanno', 'schema-org', 'csv', 'brat', 'label-studio'), fc.boolean(), async (layout, format, force) => {
        const out = `prop-${round++}`;
        const away = join(dir, `away-${round}`);
        mkdirSync(join(dir, out));
        mkdirSync(away);
        writeFileSync(join(away, 'target'), 'outside\n');
        layout.forEach((kind, i) => {
          const path = join(dir, out, files[i]!);
          if (kind === 'file') writeFileSync(path, 'inside\n');
          if (kind === 'link-to-file') symlinkSync(join(away, 'target'), path);
          if (kind === 'dangling') symlinkSync(join(away, `new-${i}`), path);
          if (kind === 'link-to-dir') symlinkSync(away, path);
        });
        const result = await run(['export', '--format', format, '--out', out, ...(force ? ['--force'] : [])]);
        expect([0, 2]).toContain(result.code);
        expect(readdirSync(away)).toEqual(['target']);
        expect(readFileSync(join(away, 'target'), 'utf8')).toBe('outside\n');
      }),
      { numRuns: 40 },
    );
  });
});

describe('the usage names the new options', () => {
  test('score and export --help name --max-bytes', async () => {
    expect((await run(['score', '--help'])).stdout).toContain('--max-bytes <n>');
    expect((await run(['export', '--help'])).stdout).toContain('[--max-bytes <n>]');
  });
});

/** C0 and C1 controls, DEL, line and paragraph separators and bidirectional controls: none may reach a terminal raw. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('6. control characters reach the terminal written out, never raw', () => {
  test('an escape sequence in a file name, and C1 controls in a prediction, are escaped in the one line on standard error', async () => {
    const missing = await run(['score', 'x\x1b[31mred\x9b2J.json']);
    expectOneLine(missing, 'score', /^kyiv-strike-pause score: x\\u001b\[31mred\\u009b2J\.json: no such file\n$/);
    writeFileSync(join(dir, 'c1.json'), JSON.stringify({ offsets: '\x9b31m\x1b]0;owned\x07\u202e' }));
    const invalid = await run(['score', 'c1.json']);
    expectOneLine(invalid, 'score', /got "\\u009b31m\\u001b\]0;owned\\u0007\\u202e"\n$/);
    const unknown = await run(['sc\x1bore']);
    expect(unknown.stderr).toBe('kyiv-strike-pause: unknown command "sc\\u001bore"; the commands are score, export\n');
  });

  test('the Markdown report shows a reference with controls in it written out', async () => {
    writeFileSync(join(dir, 'controls.json'), JSON.stringify({ actors: [{ actor: 'K\x9b\x1b[2J\u2028|<b>', span: { start: 0, end: 7 } }] }));
    const result = await run(['score', 'controls.json']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    // JSON.stringify writes ESC as \u001b, whose backslash Markdown then gets as &#92;; the C1 control and U+2028 are written out.
    expect(result.stdout).toContain('no actor of the gold dataset is called "K\\u009b&#92;u001b&#91;2J\\u2028&#124;&#60;b&#62;"');
  });

  test('for any file name or field value with controls in it, standard error is one line with none of them raw', async () => {
    const piece = fc.constantFrom('a', '.', ' ', '\x1b', '\x9b', '\x07', '\x00', '\r', '\n', '\t', '\x7f', '\u2028', '\u202e', '\u2066', '😀', '\ud800');
    const text = fc.array(piece, { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, async (name, value) => {
        const missing = await run(['score', `${name.replaceAll('\x00', '')}.json`]);
        const invalidOption = await run(['score', 'empty.json', `--x${name.replaceAll('\x00', '')}`]);
        writeFileSync(join(dir, 'field.json'), JSON.stringify({ figures: [{ span: { quote: value }, value: 1, unit: value }] }));
        const field = await run(['score', 'field.json', '--json', '--gold', `${value.replaceAll('\x00', '')}.json`]);
        for (const result of [missing, invalidOption, field]) {
          expect(result.code).toBe(2);
          expect(result.stderr).toMatch(/^[^\n]*\n$/);
          expect(result.stderr.slice(0, -1)).not.toMatch(RAW_CONTROL);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('7. a dataset the exporters cannot read, and an output that cannot be written, are one line and exit code 2', () => {
  test('export --dataset on damaged datasets: exit 0, or exit 2 with one line naming the file and the exporter', async () => {
    const { astralDataset } = await import('./helpers/astral.js');
    const base = JSON.parse(JSON.stringify(astralDataset())) as Record<string, unknown>;
    const damage = fc.constantFrom(
      (data: Record<string, unknown>) => ({ ...data, actors: [{ ...(data['actors'] as object[])[0], kind: 7 }] }),
      (data: Record<string, unknown>) => ({ ...data, article: { ...(data['article'] as object), id: 'a\ud800' } }),
      (data: Record<string, unknown>) => ({ ...data, events: [{ ...(data['events'] as object[])[0], participants: [{ actor: 'zoe' }] }] }),
      (data: Record<string, unknown>) => ({ ...data, statements: [{ ...(data['statements'] as object[])[0], time: 'now' }] }),
      (data: Record<string, unknown>) => ({ ...data, figures: [{ ...(data['figures'] as object[])[0], value: '12' }] }),
      (data: Record<string, unknown>) => ({ ...data, actors: [{ ...(data['actors'] as object[])[0], evidence: [{ start: 0, end: 3, text: 'Bob' }] }] }),
      (data: Record<string, unknown>) => ({ ...data, actors: [{ ...(data['actors'] as object[])[0], kind: '__proto__' }] }),
    );
    let round = 0;
    await fc.assert(
      fc.asyncProperty(damage, fc.constantFrom('webanno', 'schema-org', 'ndjson', 'csv', 'brat', 'label-studio'), async (change, format) => {
        const file = `damaged-${round++}.json`;
        writeFileSync(join(dir, file), JSON.stringify(change(base)));
        const result = await run(['export', '--format', format, '--dataset', file, '--out', `damaged-out-${round}`]);
        if (result.code !== 0) expectOneLine(result, 'export', new RegExp(`^kyiv-strike-pause export: ${file.replace('.', '\\.')}: not a dataset this command can export \\(to\\w+: dataset\\.`));
      }),
      { numRuns: 40 },
    );
  });

  test.skipIf(!existsSync(bin) || !existsSync('/dev/full'))('--json > /dev/full is one line on standard error and exit code 2, not a stack trace', async () => {
    const { spawn } = await import('node:child_process');
    writeFileSync(join(dir, 'full.json'), '{}');
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['score', 'full.json', '--json'], ['score', 'full.json'], ['--help']]) {
        const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', full, 'pipe'] });
        let stderr = '';
        child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const code = await new Promise<number | null>((done) => child.on('close', done));
        expect(stderr, args.join(' ')).toBe('kyiv-strike-pause: cannot write to standard output (ENOSPC: no space left on device, write)\n');
        expect(code, args.join(' ')).toBe(2);
      }
    } finally {
      closeSync(full);
    }
  });
});
