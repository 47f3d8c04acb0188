/**
 * Cold `import()` in a fresh Node process: the same runner script imports the package, an empty
 * package, or an empty module, and reports the milliseconds inside `await import()`; the parent
 * also times the whole process. Runs rotate through the three and back (A B C C B A), so drift
 * hits each alike.
 *
 * The empty package is the like-for-like baseline: a package whose one module is `export {}`,
 * installed next to ours and resolved the same way, by a bare specifier through an `exports` map.
 * Node pays for that resolution whatever the package holds (on Node 20 it compiles a
 * case-insensitive pattern to check the export target, about 3 ms in a fresh process); against
 * it, the ratio is what the package's own code and data cost. The empty module, imported by a
 * relative path, is reported too.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv } from './paths.js';
import { median } from './timing.js';

const RUNNER = `const specifier = process.argv[2];
const start = performance.now();
await import(specifier);
const importMs = performance.now() - start;
process.stdout.write(JSON.stringify({ importMs }));
`;

/** The empty package's name: unlike any package on the registry, and installed only in the throwaway consumer. */
const EMPTY_PACKAGE = 'empty-package-baseline';

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

type Key = 'candidate' | 'emptyPackage' | 'emptyModule';
const KEYS: readonly Key[] = ['candidate', 'emptyPackage', 'emptyModule'];

/**
 * Imports `specifier`, an empty package and an empty module, `runs` times each, interleaved, in
 * `cwd` (a project where `specifier` resolves, for example a consumer with the packed tarball
 * installed; the empty package is written into its `node_modules`).
 */
export function measureColdImport(cwd: string, specifier: string, runs: number): { readonly [key in Key]: ColdImport } {
  writeFileSync(join(cwd, 'cold-import.mjs'), RUNNER);
  writeFileSync(join(cwd, 'empty.mjs'), 'export {};\n');
  const emptyPackage = join(cwd, 'node_modules', EMPTY_PACKAGE);
  mkdirSync(emptyPackage, { recursive: true });
  writeFileSync(join(emptyPackage, 'index.js'), 'export {};\n');
  const manifest = { name: EMPTY_PACKAGE, version: '0.0.0', type: 'module', sideEffects: false, exports: { '.': { import: './index.js' } } };
  writeFileSync(join(emptyPackage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const specifiers: { readonly [key in Key]: string } = { candidate: specifier, emptyPackage: EMPTY_PACKAGE, emptyModule: './empty.mjs' };
  const samples: { [key in Key]: { processMs: number; importMs: number }[] } = { candidate: [], emptyPackage: [], emptyModule: [] };
  for (let i = 0; i < 2; i++) for (const key of KEYS) once(cwd, specifiers[key]);
  for (let i = 0; i < runs; i++) {
    for (const key of i % 2 === 0 ? KEYS : [...KEYS].reverse()) samples[key].push(once(cwd, specifiers[key]));
  }
  const summary = (key: Key): ColdImport => {
    const processMs = samples[key].map((sample) => sample.processMs);
    const importMs = samples[key].map((sample) => sample.importMs);
    return { specifier: specifiers[key], processMs, importMs, medianProcessMs: median(processMs), medianImportMs: median(importMs) };
  };
  return { candidate: summary('candidate'), emptyPackage: summary('emptyPackage'), emptyModule: summary('emptyModule') };
}
