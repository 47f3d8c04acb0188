import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests that use the package as users receive it, and so cost minutes: they pack and install
 * it, bundle the build, type-check consumers, open a browser, run Deno and Bun or rehearse a
 * release on a local registry (installed on demand, see scripts/tools.ts). They form the `package` project (`npm run test:package`); every
 * other test is in `unit` (`npm test`). `npm run test:all` and .ci/run run both.
 */
const packageTests = [
  'test/package.test.ts',
  'test/package-runtimes.test.ts',
  'test/snippets.test.ts',
  'test/budgets.test.ts',
  'test/docs-site.test.ts',
  'test/explore.test.ts',
  'test/score-html-browser.test.ts',
  'test/release-rehearse.test.ts',
  'test/*-bundle.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...packageTests],
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
            ignoreSourceErrors: false,
            // Name the repository's TypeScript (5.9) so the type tests never depend on which `tsc` bin npm linked.
            checker: 'node_modules/typescript/bin/tsc',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          include: packageTests,
        },
      },
    ],
  },
});
