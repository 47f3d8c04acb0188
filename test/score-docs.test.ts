/**
 * The scorer's docs stay true: each row of the README's results table is what its extractor (the
 * naive rules, compromise, wink-nlp) scores now, and the examples run here, in CI. (docs/scoring.md's worked example is run by test/snippets.test.ts, like every snippet.) It
 * runs against the build, importing the package by its own name. Needs `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = ['dist/index.js', 'dist/score.js'].every((file) => existsSync(join(root, file)));

function node(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** The extractors of the README's results table, in its order, each with the start of its row. */
const EXTRACTORS = [
  ['examples/baseline-extractor.mjs', '| naive rules '],
  ['examples/compromise-extractor.mjs', '| compromise 14 '],
  ['examples/wink-extractor.mjs', '| wink-nlp, lite web model '],
] as const;

describe.skipIf(!built)('the scorer docs', () => {
  test.each(EXTRACTORS.map(([file, start], i) => [file, start, i] as const))('the README results table has the row %s scores now', async (file, start, i) => {
    const { code, stdout, stderr } = await node([file, '--row']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const row = stdout.trim();
    expect(row.startsWith(start)).toBe(true);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| system | statements |'));
    const rows = table.split('\n').slice(2);
    expect(rows[i], `README.md is stale: replace the row with the output of \`node ${file} --row\``).toBe(row);
  });

  test.each(EXTRACTORS.map(([file]) => file))('the prediction of %s is schema-valid and the command scores it', async (file) => {
    const { stdout } = await node([file]);
    const path = join(root, `.prediction-${process.pid}-${file.replace(/\W/g, '-')}.json`);
    writeFileSync(path, stdout);
    try {
      const scored = await node(['dist/cli.js', 'score', path]);
      expect(scored.code).toBe(0);
      expect(scored.stdout).toMatch(/^\| kind \| mode \|/);
    } finally {
      rmSync(path, { force: true });
    }
  });
});
