import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'ci-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What a fake test step reports: its passed and failed tests and the per-file results. */
interface Counts {
  readonly passed: number;
  readonly failedTests?: number;
  readonly files?: readonly { readonly status: string; readonly assertionResults: readonly { readonly status: string }[] }[];
}

/**
 * Runs the real `.ci/run` in a scratch copy of the repository where `npm`, `npx` and `apt-get` are
 * fakes: a step whose command line contains one of `failing` exits 1 (a test step then writes no
 * report), `npm test` and `npm run test:package` each write a vitest JSON report with their
 * `Counts` (and fail like vitest when a test or a file failed), and every other step succeeds at
 * once. Each npm call is logged with the REQUIRE_BROWSER and CI it saw; the run starts without CI.
 */
function runCi(name: string, failing: readonly string[], unit: Counts = { passed: 5 }, pkg: Counts = { passed: 3 }): { lines: string[]; status: number | null; calls: string[] } {
  const dir = join(scratch, name);
  mkdirSync(join(dir, '.ci'), { recursive: true });
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(root, '.ci', 'run'), join(dir, '.ci', 'run'));
  const report = (counts: Counts) => JSON.stringify({ numPassedTests: counts.passed, numFailedTests: counts.failedTests ?? 0, testResults: counts.files ?? [] });
  const fails = (counts: Counts) => (counts.failedTests ?? 0) > 0 || (counts.files ?? []).some((file) => file.status === 'failed');
  const fake = `#!/usr/bin/env bash
args="$*"
echo "$(basename "$0") $args REQUIRE_BROWSER=\${REQUIRE_BROWSER:-} CI=\${CI:-}" >> '${join(dir, 'calls.log')}'
for bad in ${failing.map((f) => `'${f}'`).join(' ')}; do
  if [[ "$args" == *"$bad"* ]]; then echo "fake: $args fails" >&2; exit 1; fi
done
case "$args" in
  'test '*) json='${report(unit)}'; fails=${fails(unit) ? 1 : 0} ;;
  'run test:package '*) json='${report(pkg)}'; fails=${fails(pkg) ? 1 : 0} ;;
  *) exit 0 ;;
esac
for arg in "$@"; do
  case "$arg" in --outputFile.json=*) printf '%s' "$json" > "\${arg#--outputFile.json=}";; esac
done
exit "$fails"
`;
  for (const tool of ['npm', 'npx', 'apt-get']) {
    writeFileSync(join(dir, 'bin', tool), fake);
    chmodSync(join(dir, 'bin', tool), 0o755);
  }
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'CI'));
  const result = spawnSync('bash', [join(dir, '.ci', 'run')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...env, PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}` },
  });
  const calls = existsSync(join(dir, 'calls.log')) ? readFileSync(join(dir, 'calls.log'), 'utf8').trimEnd().split('\n') : [];
  // Only stdout: the summary must be readable there alone.
  return { lines: result.stdout.trimEnd().split('\n'), status: result.status, calls };
}

describe('.ci/run names what failed in its last lines, before the closing count', () => {
  test('a failed build ends with the failed step, the steps not run, then "0 passed, 0 failed"', () => {
    const { lines, status } = runCi('build', ['run build']);
    expect(status).toBe(1);
    expect(lines.slice(-9)).toEqual([
      'ci: no usable vitest JSON report: the tests did not run to the end',
      'ci: failed step: npm run build',
      'ci: step not run: npm run release:check',
      'ci: step not run: npm test',
      'ci: step not run: npm run test:package',
      'ci: step not run: npm run typecheck',
      'ci: step not run: npm run lint:package',
      'ci: step not run: npm run docs:check',
      '0 passed, 0 failed',
    ]);
  });

  test('failing tests in both projects and a failing type-check are all named, and the count sums both reports', () => {
    const { lines, status } = runCi('tests', ['run typecheck'], { passed: 7, failedTests: 2 }, { passed: 3, failedTests: 1 });
    expect(status).toBe(1);
    expect(lines.slice(-4)).toEqual(['ci: failed step: npm test', 'ci: failed step: npm run test:package', 'ci: failed step: npm run typecheck', '10 passed, 3 failed']);
  });

  test('a failed step after passing tests is named even though the count says 0 failed', () => {
    const { lines, status } = runCi('docs', ['run docs:check'], { passed: 9 }, { passed: 4 });
    expect(status).toBe(1);
    expect(lines.slice(-2)).toEqual(['ci: failed step: npm run docs:check', '13 passed, 0 failed']);
  });

  test('a test file that fails in a hook, with its tests skipped, counts as one failure', () => {
    const files = [
      { status: 'failed', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }] },
      { status: 'passed', assertionResults: [{ status: 'passed' }] },
    ];
    const { lines, status } = runCi('hook', [], { passed: 12 }, { passed: 1, files });
    expect(status).toBe(1);
    expect(lines.slice(-2)).toEqual(['ci: failed step: npm run test:package', '13 passed, 1 failed']);
  });

  test('a test step that writes no report is named, and the count is the other report alone', () => {
    const { lines, status } = runCi('no-report', ['test:package'], { passed: 8 });
    expect(status).toBe(1);
    expect(lines.slice(-3)).toEqual([
      'ci: no usable vitest JSON report from npm run test:package: its tests did not run to the end',
      'ci: failed step: npm run test:package',
      '8 passed, 0 failed',
    ]);
  });

  test('when every step passes, no step is named as failed, the count sums both projects and the run exits 0', () => {
    const { lines, status } = runCi('green', [], { passed: 11 }, { passed: 6 });
    expect(status).toBe(0);
    expect(lines.filter((line) => line.startsWith('ci: failed') || line.startsWith('ci: step not run') || line.startsWith('ci: no usable'))).toEqual([]);
    expect(lines.at(-1)).toBe('17 passed, 0 failed');
  });

  test('the package project runs with REQUIRE_BROWSER=1 and CI set, so a missing browser or tool fails it', () => {
    const { calls } = runCi('env', []);
    const [unitCall] = calls.filter((call) => call.startsWith('npm test '));
    const [packageCall] = calls.filter((call) => call.startsWith('npm run test:package '));
    expect(unitCall).toMatch(/ --reporter=json .* CI=$/);
    expect(packageCall).toMatch(/ REQUIRE_BROWSER=1 CI=true$/);
  });
});
