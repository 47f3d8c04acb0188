import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
      ignoreSourceErrors: false,
      // Name the repository's TypeScript (5.9) so the type tests never depend on which `tsc` bin npm linked.
      checker: 'node_modules/typescript/bin/tsc',
    },
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
