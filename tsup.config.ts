import { sep } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * The exporters skip copying and checking the package's own `dataset` (src/export/shared.ts
 * compares their input with it). Built without splitting, dist/export.js would hold a copy of
 * the records of its own, never the object `kyiv-strike-pause` exports; so it imports `dataset`
 * from the main entry instead, in the format it is built in.
 */
const datasetFromMainEntry: Plugin = {
  name: 'dataset-from-main-entry',
  setup(build) {
    const main = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /\/data\/dataset\.js$/ }, ({ importer }) => (importer.includes(`${sep}src${sep}export${sep}`) ? { path: main, external: true } : undefined));
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', score: 'src/score.ts', export: 'src/export.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    splitting: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    // tsup already leaves peer dependencies out; saying so keeps zod out of dist/ even if package.json changes.
    external: ['zod'],
    esbuildPlugins: [datasetFromMainEntry],
  },
  {
    // The command line: ESM only, for Node, with its shebang kept; no types, it is not imported.
    // Split, so that each subcommand's module (imported when it runs) is a chunk of its own and
    // `--help` loads only the dispatcher.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    external: ['zod'],
  },
]);
