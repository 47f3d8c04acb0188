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
   * `dataset.min.json` (the floor): at most. The issue that set the encoding's targets asked for
   * 1.10, measured on a prototype with the helpers of the time. The records and the id lists now
   * cost 0.73 of the floor (`recordsOverDatasetGzip`); the helpers add about 9 KB of gzipped code,
   * more than at that target since the hardening (plain-data copies, checked conversions, linear
   * `findText`) and the finding helpers (`findActor(s)`, `recordsAt`, `search`, the id guards, unit
   * suggestions) came, so a bundle of everything is 1.139 with esbuild and 1.134 with rollup. About 60 B
   * are the `\u` escapes that keep the generated rows a one-byte string, which V8 parses faster
   * at import. Each helper is tree-shakable, so a bundle pays only for those it uses.
   */
  fullBundleOverDatasetGzip: 1.15,
  /** The target the encoding issue set for the bundle of everything, reported against the figure above. */
  fullBundleTarget: 1.1,
  /**
   * A bundle of every data export and no helper (the records, the article, the dataset and the id
   * lists), over the same floor: at most. Below 1, the records cost an app less than their own
   * minified JSON. It was 0.75 (at 0.734) until the time expressions came: their records are mostly
   * notes, prose that the positional encoding cannot shrink (about 3.6 KB of their 4.2 KB gzip), so
   * they cost about 0.91 of their own JSON and moved the whole to 0.762. The bound keeps the margin
   * it had, and still holds the records well below their JSON.
   */
  recordsOverDatasetGzip: 0.77,
  /** A `getActor`-only bundle over the full bundle (esbuild and rollup, minified and gzipped): at most. */
  getActorOverFull: 0.19,
  /**
   * Timing target, reported only: cold `import()` of the package over an empty package installed
   * beside it and imported the same way (by name, through an `exports` map), whole process, clean
   * environment. The issue that set it compared with an empty module imported by a relative path;
   * the bench reports that ratio too. Node spends about 3 ms resolving any package by name, which
   * the relative import skips, so the like-for-like baseline measures what this package costs.
   */
  coldImport: 1.15,
  /** Type instantiations a typical consumer adds over an empty one: at most. */
  consumerInstantiations: 1_000,
  /** Timing target, reported only: `statementsBy` at 1,000,000 statements over 1,000 (same queries, same results): at most. */
  statementsByScaling: 3,
  /** Timing target, reported only: a linear `filter` over `statementsBy` at 1,000,000 statements: at least. */
  statementsByOverFilter: 50,
  /** Timing target, reported only: `eventsBetween` at 1,000,000 events over 1,000 (fixed window): at most. */
  eventsBetweenScaling: 5,
  /**
   * Timing target, reported only: `toLabelStudio`, `toBrat` and `DatasetSchema` with 40,000
   * statements by one speaker (and as many mentions, and aliases) over 10,000: at most. Linear
   * work is 4×, n log n about 4.6×; the quadratic scans they replaced were 16×.
   */
  monologueScaling: 6,
  /** Timing target, reported only: `kyiv-strike-pause --help` over `node -e ""`, CPU time of the process: at most. */
  cliHelp: 1.15,
  /** Timing target, reported only: `kyiv-strike-pause score` on the baseline extractor's prediction over `node -e ""`, CPU time: at most. */
  cliScore: 1.6,
  /**
   * Bytes of JavaScript the bin loads before a subcommand runs (dist/cli.js and what it imports
   * statically): at most. Each subcommand's module, with the scorer or the exporters and the
   * records, is a chunk the bin imports only when that command runs; `--help` loads about 4.4 KB.
   */
  cliStartBytes: 8 * 1024,
  /**
   * Timing target, reported only: `score` on 40,000 gold units and as many predictions over 10,000
   * (four times the work): at most. Linear would be 4; all-pairs alignment was 16 and more.
   */
  scoreScaling: 5,
} as const;

/** Extra ids per id union in the enlarged declarations that show the consumer cost does not grow with the records. */
export const ENLARGED_IDS = [1_000, 10_000] as const;
