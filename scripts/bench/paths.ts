/**
 * Where things are, and the check every measurement starts with: that `dist/` holds a build.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The package's name, as consumers import it. */
export const PACKAGE: string = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name;

/** The built files the budgets are measured on. */
export const BUILT_FILES = ['dist/index.js', 'dist/index.d.ts', 'dist/index.cjs', 'dist/index.d.cts', 'dist/schema.js', 'dist/dataset.json', 'dist/dataset.min.json'] as const;

/** Throws, naming what is missing, unless `dist/` holds a build. */
export function requireBuild(): void {
  const missing = BUILT_FILES.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) throw new Error(`dist/ lacks ${missing.join(', ')}: run npm run build first`);
}

/** The environment for child processes: without the npm_* variables `npm test`/`npm run` set and without NODE_OPTIONS, so a child npm sees its own project and no loader of the runner leaks in. */
export const childEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && key !== 'NODE_OPTIONS'),
);

/**
 * The environment for the cold-import children: without any `NODE_*` or `npm_*` variable. Node reads
 * several at start-up (`NODE_OPTIONS` can preload code; `NODE_EXTRA_CA_CERTS` makes every start parse
 * a certificate bundle, which would hide the package's own cost; `NODE_V8_COVERAGE` turns on coverage).
 */
export const cleanEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(node|npm)_/i.test(key)),
);
