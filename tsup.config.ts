import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  splitting: false,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  // tsup already leaves peer dependencies out; saying so keeps zod out of dist/ even if package.json changes.
  external: ['zod'],
});
