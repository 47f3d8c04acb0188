import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'ci-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs the real `.ci/run` in a scratch copy of the repository where `npm` and `npx` are fakes: a
 * step whose command line contains one of `failing` exits 1, `npm test` writes a vitest JSON
 * report with `passed` and `failedTests` tests and the per-file `files` (and fails like vitest when
 * a test or a file failed), and every other step succeeds at once.
 */
function runCi(name: string, failing: readonly string[], passed = 5, failedTests = 0, files = '[]'): { lines: string[]; status: number | null } {
  const dir = join(scratch, name);
  mkdirSync(join(dir, '.ci'), { recursive: true });
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(root, '.ci', 'run'), join(dir, '.ci', 'run'));
  const fake = `#!/usr/bin/env bash
args="$*"
for bad in ${failing.map((f) => `'${f}'`).join(' ')}; do
  if [[ "$args" == *"$bad"* ]]; then echo "fake: $args fails" >&2; exit 1; fi
done
if [[ "$args" == test* ]]; then
  for arg in "$@"; do
    case "$arg" in --outputFile.json=*) printf '%s' '{"numPassedTests":${passed},"numFailedTests":${failedTests},"testResults":${files}}' > "\${arg#--outputFile.json=}";; esac
  done
  [[ ${failedTests} == 0 && '${files}' != *'"status":"failed"'* ]] || exit 1
fi
exit 0
`;
  for (const tool of ['npm', 'npx']) {
    writeFileSync(join(dir, 'bin', tool), fake);
    chmodSync(join(dir, 'bin', tool), 0o755);
  }
  const result = spawnSync('bash', [join(dir, '.ci', 'run')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}` },
  });
  // Only stdout: the summary must be readable there alone.
  return { lines: result.stdout.trimEnd().split('\n'), status: result.status };
}

describe('.ci/run names what failed in its last lines, before the closing count', () => {
  test('a failed build ends with the failed step, the steps not run, then "0 passed, 0 failed"', () => {
    const { lines, status } = runCi('build', ['run build']);
    expect(status).toBe(1);
    expect(lines.slice(-7)).toEqual([
      'ci: no usable vitest JSON report: the tests did not run to the end',
      'ci: failed step: npm run build',
      'ci: step not run: npm test',
      'ci: step not run: npm run typecheck',
      'ci: step not run: npm run lint:package',
      'ci: step not run: npm run docs:check',
      '0 passed, 0 failed',
    ]);
  });

  test('failing tests and a failing type-check are both named, and the count stays the last line', () => {
    const { lines, status } = runCi('tests', ['run typecheck'], 7, 2);
    expect(status).toBe(1);
    expect(lines.slice(-3)).toEqual(['ci: failed step: npm test', 'ci: failed step: npm run typecheck', '7 passed, 2 failed']);
  });

  test('a failed step after passing tests is named even though the count says 0 failed', () => {
    const { lines, status } = runCi('docs', ['run docs:check'], 9, 0);
    expect(status).toBe(1);
    expect(lines.slice(-2)).toEqual(['ci: failed step: npm run docs:check', '9 passed, 0 failed']);
  });

  test('a test file that fails in a hook, with its tests skipped, counts as one failure', () => {
    const files = JSON.stringify([
      { status: 'failed', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }] },
      { status: 'passed', assertionResults: [{ status: 'passed' }] },
    ]);
    const { lines, status } = runCi('hook', [], 12, 0, files);
    expect(status).toBe(1);
    expect(lines.slice(-2)).toEqual(['ci: failed step: npm test', '12 passed, 1 failed']);
  });

  test('when every step passes, no step is named as failed and the run exits 0', () => {
    const { lines, status } = runCi('green', [], 11, 0);
    expect(status).toBe(0);
    expect(lines.filter((line) => line.startsWith('ci: failed') || line.startsWith('ci: step not run'))).toEqual([]);
    expect(lines.at(-1)).toBe('11 passed, 0 failed');
  });
});
