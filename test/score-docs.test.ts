/**
 * The scorer's docs stay true: the README's baseline row is what the baseline extractor scores
 * now. (docs/scoring.md's worked example is run by test/snippets.test.ts, like every snippet.) It
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

describe.skipIf(!built)('the scorer docs', () => {
  test('the README results table starts with the row the baseline extractor scores now', async () => {
    const { code, stdout, stderr } = await node(['examples/baseline-extractor.mjs', '--row']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const row = stdout.trim();
    expect(row).toMatch(/^\| naive rules /);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| system | statements |'));
    const rows = table.split('\n').slice(2);
    expect(rows[0], 'README.md is stale: replace the row with the output of `node examples/baseline-extractor.mjs --row`').toBe(row);
  });

  test('the baseline prediction is schema-valid and the command scores it', async () => {
    const { stdout } = await node(['examples/baseline-extractor.mjs']);
    const file = join(root, `.baseline-${process.pid}.json`);
    writeFileSync(file, stdout);
    try {
      const scored = await node(['dist/cli.js', 'score', file]);
      expect(scored.code).toBe(0);
      expect(scored.stdout).toMatch(/^\| kind \| mode \|/);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
