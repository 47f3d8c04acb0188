/**
 * The budgets, shared by `npm run bench` (which reports every figure) and `test/budgets.test.ts`
 * (which guards the deterministic ones). Byte and type-count ceilings fail the bench and the tests;
 * timing targets are only reported. Raise a ceiling only in the commit that grows the figure, and
 * say why.
 *
 * @module
 */
export const BUDGETS = {
  /**
   * gzip of a minified ESM bundle of everything in the main entry, over gzip of the minified
   * `dataset.min.json` (the floor): at most. The compact encoding brought it to 1.04 for the
   * helpers of the time; the hardening (plain-data copies, linear `findText`, checked conversions)
   * and the finding helpers (`findActor(s)`, `recordsAt`, `search`, id guards, unit suggestions)
   * add about 5 KB of gzipped code to a bundle of everything, which is 1.21 (each helper is
   * tree-shakable, so a bundle of what one uses pays only for that).
   */
  fullBundleOverDatasetGzip: 1.22,
  /** A `getActor`-only bundle over the full bundle (esbuild and rollup, minified and gzipped): at most. */
  getActorOverFull: 0.19,
  /** Timing target, reported only: cold `import()` of the package over an empty module, whole process, clean environment. */
  coldImport: 1.15,
  /** Type instantiations a typical consumer adds over an empty one: at most. */
  consumerInstantiations: 1_000,
  /** Timing target, reported only: `statementsBy` at 1,000,000 statements over 1,000 (same queries, same results): at most. */
  statementsByScaling: 3,
  /** Timing target, reported only: a linear `filter` over `statementsBy` at 1,000,000 statements: at least. */
  statementsByOverFilter: 50,
  /** Timing target, reported only: `eventsBetween` at 1,000,000 events over 1,000 (fixed window): at most. */
  eventsBetweenScaling: 5,
} as const;

/** Extra ids per id union in the enlarged declarations that show the consumer cost does not grow with the records. */
export const ENLARGED_IDS = [1_000, 10_000] as const;
