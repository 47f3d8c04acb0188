import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
      ignoreSourceErrors: false,
      // TypeScript 6 and 7 are installed too (as consumer compilers for the budgets), and each ships
      // a `tsc` bin; name the 5.9 one so the type tests never depend on which bin npm linked.
      checker: 'node_modules/typescript/bin/tsc',
    },
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
