import { defineConfig } from 'tsup';

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
  },
  {
    // The command line: ESM only, for Node, with its shebang kept; no types, it is not imported.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    external: ['zod'],
  },
]);
