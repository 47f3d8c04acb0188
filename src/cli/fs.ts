/**
 * `node:fs` for the command line, loaded with `require`. On Node 20, `import … from 'node:fs'`
 * builds the module's ES namespace by reading every export, and the lazy `ReadStream` and
 * `WriteStream` getters among them load Node's stream modules: a few milliseconds, as much as a
 * command that prints its usage costs otherwise. `require` returns the module without reading them.
 *
 * @internal
 * @module
 */
import { createRequire } from 'node:module';

/** The `node:fs` module. */
export const fs: typeof import('node:fs') = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
