/**
 * A throwaway consumer project with the package installed from its packed tarball, as a user gets
 * it from npm. Shared by the tests that exercise the package from outside (snippets, Deno, Bun).
 * Needs `npm run build` first.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const packageName = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const offline = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'];

/** The strictest usual settings of a consumer's TypeScript project, with nothing but ES2022 in scope. */
export const strictConsumerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'es2022',
  lib: ['es2022'],
  types: [] as string[],
} as const;

/** The files `npm pack` needs from a build; without them there is nothing to install. */
export const builtEntries = ['dist/index.js', 'dist/index.d.ts', 'dist/schema.js', 'dist/schema.d.ts', 'dist/dataset.json'];
export const isBuilt = (): boolean => builtEntries.every((file) => existsSync(join(root, file)));

export interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

// Without the npm_* variables `npm test` sets and without NODE_OPTIONS, so a consumer sees its own
// project and no loader of the test runner leaks into it.
export const cleanEnv: Readonly<Record<string, string | undefined>> = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && key !== 'NODE_OPTIONS'),
);

/**
 * Runs a command to completion; never rejects, so commands can be started early and awaited later.
 * It is killed after `options.timeout` ms (default 120 s; 0 for no limit).
 */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  options: { readonly env?: Readonly<Record<string, string | undefined>>; readonly timeout?: number } = {},
): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: { ...cleanEnv, ...options.env }, maxBuffer: 64 * 1024 * 1024, timeout: options.timeout ?? 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs a command and returns its stdout, or throws with everything it printed. */
export async function check(command: string, args: readonly string[], cwd: string, options: Parameters<typeof run>[3] = {}): Promise<string> {
  const result = await run(command, args, cwd, options);
  if (result.code !== 0) {
    throw new Error(`\`${[command, ...args].join(' ')}\` in ${cwd} exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Writes files into a directory; values that are not strings are written as JSON. */
export function writeFiles(dir: string, files: Readonly<Record<string, unknown>>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}

export interface Consumer {
  /** The consumer project, with `node_modules/<package>` installed from the tarball. */
  readonly dir: string;
  /** Every file the tarball holds, as paths inside the package. */
  readonly packed: readonly string[];
  /** Removes the project and the tarball. */
  readonly dispose: () => void;
}

/**
 * Packs the package and installs the tarball into a new ESM project (`"type": "module"`), with the
 * repository's zod as well when `withZod` is set.
 */
export async function installPacked(label: string, options: { readonly withZod?: boolean } = {}): Promise<Consumer> {
  const work = mkdtempSync(join(tmpdir(), `${packageName}-${label}-`));
  try {
    const [pack] = JSON.parse(await check(npm, ['pack', '--json', '--pack-destination', work, ...offline], root)) as [
      { filename: string; files: { path: string }[] },
    ];
    const dir = join(work, 'consumer');
    writeFiles(dir, { 'package.json': { name: `${label}-consumer`, version: '0.0.0', private: true, type: 'module' } });
    const extra = options.withZod ? [join(root, 'node_modules', 'zod')] : [];
    await check(npm, ['install', join(work, pack.filename), ...extra, ...offline], dir);
    return { dir, packed: pack.files.map((file) => file.path), dispose: () => rmSync(work, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
