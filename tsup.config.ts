import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * The subpath entries and the command take the records from the main entry at run time instead of
 * bundling a second copy: an import that resolves to one of these modules becomes an import of
 * the built main entry beside them (`./index.js`, or `./index.cjs` for CommonJS), which exports the
 * same names.
 */
const FROM_MAIN_ENTRY = new Set(['src/index.ts', 'src/data/dataset.ts'].map((file) => resolve(file)));

function recordsFromMainEntry(format: 'esm' | 'cjs'): Plugin {
  return {
    name: 'records-from-main-entry',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        return FROM_MAIN_ENTRY.has(target) ? { path: format === 'cjs' ? './index.cjs' : './index.js', external: true } : undefined;
      });
    },
  };
}

const shared = { dts: false, clean: false, splitting: false, sourcemap: false, external: ['zod'] } as const;

export default defineConfig([
  {
    // The declarations of every entry, in one build, so that the entries share their type chunks.
    ...shared,
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', score: 'src/score.ts', export: 'src/export.ts' },
    format: ['esm', 'cjs'],
    dts: { only: true },
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The main entry and ./schema: self-contained.
    ...shared,
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // ./score and ./export, ESM: the records come from ./index.js.
    ...shared,
    entry: { score: 'src/score.ts', export: 'src/export.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [recordsFromMainEntry('esm')],
  },
  {
    // ./score and ./export, CommonJS: the records come from ./index.cjs.
    ...shared,
    entry: { score: 'src/score.ts', export: 'src/export.ts' },
    format: ['cjs'],
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [recordsFromMainEntry('cjs')],
  },
  {
    // The command line: ESM only, for Node, with its shebang kept; no types, it is not imported.
    ...shared,
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [recordsFromMainEntry('esm')],
  },
]);
