/**
 * Cold `import()` in a fresh Node process: the same runner script imports either the package or
 * an empty module, and reports the milliseconds inside `await import()`; the parent also times
 * the whole process. Runs alternate between the two, A B B A, so drift hits both alike.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv } from './paths.js';
import { median } from './timing.js';

const RUNNER = `const specifier = process.argv[2];
const start = performance.now();
await import(specifier);
const importMs = performance.now() - start;
process.stdout.write(JSON.stringify({ importMs }));
`;

export interface ColdImport {
  readonly specifier: string;
  /** Whole-process wall time per run (spawn to exit), milliseconds. */
  readonly processMs: readonly number[];
  /** Time inside `await import()` per run, milliseconds. */
  readonly importMs: readonly number[];
  readonly medianProcessMs: number;
  readonly medianImportMs: number;
}

function once(cwd: string, specifier: string): { processMs: number; importMs: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['cold-import.mjs', specifier], { cwd, env: cleanEnv, encoding: 'utf8' });
  const processMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`importing ${specifier} failed (${result.status}):\n${result.stderr}`);
  const { importMs } = JSON.parse(result.stdout) as { importMs: number };
  return { processMs, importMs };
}

/**
 * Imports `specifier` and an empty module, `runs` times each, interleaved, in `cwd` (a project
 * where `specifier` resolves, for example a consumer with the packed tarball installed).
 */
export function measureColdImport(cwd: string, specifier: string, runs: number): { readonly candidate: ColdImport; readonly baseline: ColdImport } {
  writeFileSync(join(cwd, 'cold-import.mjs'), RUNNER);
  writeFileSync(join(cwd, 'empty.mjs'), 'export {};\n');
  const specifiers = { candidate: specifier, baseline: './empty.mjs' } as const;
  const samples = { candidate: [] as { processMs: number; importMs: number }[], baseline: [] as { processMs: number; importMs: number }[] };
  for (let i = 0; i < 2; i++) for (const key of ['candidate', 'baseline'] as const) once(cwd, specifiers[key]);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['candidate', 'baseline'] as const) : (['baseline', 'candidate'] as const);
    for (const key of order) samples[key].push(once(cwd, specifiers[key]));
  }
  const summary = (key: 'candidate' | 'baseline'): ColdImport => {
    const processMs = samples[key].map((sample) => sample.processMs);
    const importMs = samples[key].map((sample) => sample.importMs);
    return { specifier: specifiers[key], processMs, importMs, medianProcessMs: median(processMs), medianImportMs: median(importMs) };
  };
  return { candidate: summary('candidate'), baseline: summary('baseline') };
}
