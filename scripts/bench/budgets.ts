/**
 * The budgets of issue 5, shared by `npm run bench` (which reports every figure) and
 * `test/budgets.test.ts` (which guards the deterministic ones). Raise a ceiling only in the commit
 * that grows the figure, and say why.
 *
 * @module
 */
export const BUDGETS = {
  /** gzip of a minified ESM bundle of everything in the main entry, over gzip of `dataset.json`: at most. */
  fullBundleOverDatasetGzip: 1.5,
  /** A `getActor`-only bundle over the full bundle (esbuild and rollup): at most. */
  getActorOverFull: 0.6,
  /** Cold `import()` of the package over an empty module, whole process: at most. */
  coldImport: 1.15,
  /** Type instantiations a typical consumer adds over an empty one: at most. */
  consumerInstantiations: 1_000,
  /** `statementsBy` at 100,000 statements over 1,000 (same result size): at most. */
  statementsByScaling: 3,
  /** A linear `filter` over `statementsBy` at 100,000 statements: at least. */
  statementsByOverFilter: 50,
  /** `eventsBetween` at 100,000 events over 1,000 (fixed window): at most. */
  eventsBetweenScaling: 5,
} as const;

/** Extra ids per id union in the enlarged declarations that show the consumer cost does not grow with the records. */
export const ENLARGED_IDS = [1_000, 10_000] as const;
