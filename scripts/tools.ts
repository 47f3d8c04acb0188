/**
 * Tools that only a few tests and the bench need, installed on demand instead of as dev
 * dependencies: Deno and Bun (the package under other runtimes), TypeScript 6 and 7 (consumer
 * compilers for the bench), playwright-core (the driver for Debian's Chromium) and Verdaccio (a
 * registry on loopback for the release rehearsal). Each is pinned to one exact version and
 * installed with `npm install` into its own folder of `node_modules/.cache/kyiv-tools/`, where
 * later runs find it again (`npm ci` empties it with the rest of node_modules; npm's own cache
 * makes the next install quick).
 *
 * The tests reach these through test/helpers/tools.ts, which skips a test whose tool cannot be
 * installed, or fails it when `CI` is set.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the tools are installed, each in `<name>@<version>/`. */
export const toolsDir = join(root, 'node_modules', '.cache', 'kyiv-tools');

/** Every tool installed on demand, by name, with the exact npm spec it is installed from. */
export const TOOLS = {
  bun: 'bun@1.4.5',
  deno: 'deno@2.9.6',
  'playwright-core': 'playwright-core@1.65.1',
  'typescript-6': 'typescript@6.0.3',
  'typescript-7': 'typescript@7.0.2',
  verdaccio: 'verdaccio@6.8.0',
} as const;

export type ToolName = keyof typeof TOOLS;

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The npm spec's package name and exact version; throws unless the version is exact (no range, no tag). */
export function parseSpec(spec: string): { readonly name: string; readonly version: string } {
  const at = spec.lastIndexOf('@');
  const name = spec.slice(0, at);
  const version = spec.slice(at + 1);
  if (at <= 0 || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`${spec}: a tool is pinned as name@x.y.z, with an exact version`);
  return { name, version };
}

/** The folder a tool installs into, and the package folder inside it. */
function where(name: string, spec: string): { readonly prefix: string; readonly dir: string; readonly version: string } {
  const { name: packageName, version } = parseSpec(spec);
  const prefix = join(toolsDir, `${name}@${version}`);
  return { prefix, dir: join(prefix, 'node_modules', packageName), version };
}

/** Why `dir` is not an install of `version` with every bin it declares, or undefined when it is. */
function problem(dir: string, version: string): string | undefined {
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) return `${manifestPath} is missing`;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; version: string; bin?: string | Record<string, string> };
  if (manifest.version !== version) return `${dir} is version ${manifest.version}, not ${version}`;
  const bins = typeof manifest.bin === 'string' ? [manifest.name.replace(/^@[^/]+\//, '')] : Object.keys(manifest.bin ?? {});
  const missing = bins.filter((bin) => !existsSync(join(dir, '..', '.bin', bin)));
  return missing.length > 0 ? `${dir} has no ${missing.join(', ')} in node_modules/.bin` : undefined;
}

// Without the npm_* variables `npm test` sets and without NODE_OPTIONS, so the child npm sees its own prefix only.
export const childEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && key !== 'NODE_OPTIONS'));

function install(prefix: string, spec: string): Promise<void> {
  // Run from the new folder: npm takes a spec that names a folder of its working directory for that folder.
  const args = ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', spec];
  return new Promise((resolve, reject) => {
    execFile(npm, args, { cwd: prefix, env: childEnv, maxBuffer: 16 * 1024 * 1024, timeout: 600_000 }, (error, stdout, stderr) => {
      if (!error) return resolve();
      const output = `${stdout}\n${stderr}`.trim().split('\n').filter((line) => !line.includes('install-scripts')).slice(-8).join('\n');
      reject(new Error(`\`npm ${args.join(' ')}\` failed${typeof error.code === 'number' ? ` with exit code ${error.code}` : `: ${error.message.split('\n')[0]}`}:\n${output}`));
    });
  });
}

/**
 * Installs the tool `name` from `spec` (an exact `package@x.y.z`; the pinned one of {@link TOOLS}
 * by default) into `node_modules/.cache/kyiv-tools/<name>@<version>/`, unless it is there already,
 * and returns the folder of its package (`…/node_modules/<package>`). Concurrent calls, from other
 * test files or processes, are safe: each installs into a folder of its own and the first to finish
 * renames it into place. Throws, saying why, when the install fails.
 */
export async function ensureTool(name: string, spec: string = TOOLS[name as ToolName]): Promise<string> {
  if (spec === undefined) throw new Error(`${name} is not one of the tools installed on demand (${Object.keys(TOOLS).join(', ')}): pass its spec`);
  const { prefix, dir, version } = where(name, spec);
  if (problem(dir, version) === undefined) return dir;
  mkdirSync(toolsDir, { recursive: true });
  const scratch = join(toolsDir, `.${name}@${version}-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(scratch);
  try {
    writeFileSync(join(scratch, 'package.json'), `${JSON.stringify({ name: `kyiv-tools-${name}`, private: true })}\n`);
    await install(scratch, spec);
    const broken = problem(join(scratch, 'node_modules', parseSpec(spec).name), version);
    if (broken !== undefined) throw new Error(`npm installed ${spec}, but ${broken}`);
    // Another process may have put its copy into place meanwhile: keep that one, it may be in use.
    if (problem(dir, version) !== undefined) {
      rmSync(prefix, { recursive: true, force: true });
      try {
        renameSync(scratch, prefix);
      } catch (error) {
        if (problem(dir, version) !== undefined) throw error;
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const left = problem(dir, version);
  if (left !== undefined) throw new Error(`installed ${spec}, but ${left}`);
  return dir;
}

/** The executable `command` (by default the one named as the package's folder) that the tool installed at `dir` links into node_modules/.bin. */
export function toolBin(dir: string, command = basename(dir)): string {
  return join(dir, '..', '.bin', command);
}
