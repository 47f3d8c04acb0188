import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

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

/** What every build shares: no cleaning between builds, no source maps, and zod left out. */
function base(splitting = false): Options {
  // tsup already leaves peer dependencies out; saying so keeps zod out of dist/ even if package.json changes.
  return { clean: false, splitting, sourcemap: false, external: ['zod'] };
}

export default defineConfig([
  {
    // The declarations of every entry, in one build, so that the entries share their type chunks.
    ...base(),
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', score: 'src/score.ts', export: 'src/export.ts' },
    format: ['esm', 'cjs'],
    dts: { only: true },
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The main entry and ./schema: self-contained.
    ...base(),
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    dts: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // ./score and ./export, ESM: the records come from ./index.js.
    ...base(),
    entry: { score: 'src/score.ts', export: 'src/export.ts' },
    format: ['esm'],
    dts: false,
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [recordsFromMainEntry('esm')],
  },
  {
    // ./score and ./export, CommonJS: the records come from ./index.cjs.
    ...base(),
    entry: { score: 'src/score.ts', export: 'src/export.ts' },
    format: ['cjs'],
    dts: false,
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [recordsFromMainEntry('cjs')],
  },
  {
    // The command line: ESM only, for Node, with its shebang kept; no types, it is not imported.
    // Split, so that each subcommand's module (imported when it runs) is a chunk of its own and
    // `--help` loads only the dispatcher.
    ...base(true),
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [recordsFromMainEntry('esm')],
  },
]);
