/**
 * `npm run release:rehearse` (after `npm run build`): a release on a real npm registry, on
 * loopback. It starts Verdaccio (installed on demand, see scripts/tools.ts) with its storage and
 * config in a temporary folder and no uplinks, so nothing reaches the internet; creates a user
 * through the registry's API; publishes the packed package with a temporary userconfig; installs
 * it, pinned exactly, into fresh ESM, CommonJS and TypeScript consumers and runs them; publishes
 * a following patch and checks that `~` and `^` ranges take it while the exact pin does not.
 * Verdaccio is always stopped, and every command has a time limit.
 *
 * Version 0.0.0 is the placeholder of a package never released, so it is rehearsed as 1.0.0, the
 * version its first release will have.
 *
 * @module
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv, ensureTool } from './tools.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** A step of the rehearsal that did not give what a release must. */
export class RehearsalError extends Error {
  override name = 'RehearsalError';
}

interface Output {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command; rejects with everything it printed when it fails or outlives `timeout` ms. */
function check(command: string, args: readonly string[], cwd: string, timeout = 180_000): Promise<Output> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: { ...childEnv, npm_config_update_notifier: 'false' }, maxBuffer: 64 * 1024 * 1024, timeout }, (error, stdout, stderr) => {
      if (!error) return resolve({ stdout, stderr });
      const why = error.killed ? `was stopped after ${timeout / 1000} s` : `exited with ${typeof error.code === 'number' ? error.code : error.message}`;
      reject(new RehearsalError(`\`${[command, ...args].join(' ')}\` in ${cwd} ${why}:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n')}`));
    });
  });
}

/** A TCP port free on 127.0.0.1 a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The patch release after `version` (`1.2.3` → `1.2.4`). */
export function nextPatch(version: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new RehearsalError(`${version} is not a release version (x.y.z)`);
  return `${match[1]}.${match[2]}.${Number(match[3]) + 1}`;
}

/** The Verdaccio config: storage and users in `dir`, no uplinks (nothing is proxied), no web UI, no audit. */
export function verdaccioConfig(dir: string): string {
  return [
    `storage: ${JSON.stringify(join(dir, 'storage'))}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
    '    max_users: 1',
    'uplinks: {}',
    'packages:',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    'web:',
    '  enable: false',
    'max_body_size: 100mb',
    'log:',
    '  type: stdout',
    '  format: json',
    '  level: warn',
    '',
  ].join('\n');
}

interface Registry {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

/** Stops a child process: SIGTERM, then SIGKILL if it has not exited within 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = sleep(5_000).then(() => 'timeout' as const);
  if ((await Promise.race([exited, timer])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Starts Verdaccio from its package folder on a free loopback port and waits until it answers `/-/ping` (60 s at most). */
async function startVerdaccio(verdaccioDir: string, work: string): Promise<Registry> {
  const config = join(work, 'verdaccio.yaml');
  writeFileSync(config, verdaccioConfig(work));
  let lastError = '';
  // The port may be taken between the check and Verdaccio's listen: try another.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const child = spawn(process.execPath, [join(verdaccioDir, 'bin', 'verdaccio'), '--config', config, '--listen', `127.0.0.1:${port}`], {
      cwd: work,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    const stop = () => stopChild(child);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
      try {
        const response = await fetch(`${url}-/ping`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return { url, stop };
      } catch {
        // Not listening yet.
      }
      await sleep(200);
    }
    await stop();
    lastError = `Verdaccio ${child.exitCode === null ? 'did not answer within 60 s' : `exited with ${child.exitCode}`}:\n${output.trim()}`;
  }
  throw new RehearsalError(lastError);
}

/** Creates a user through the registry's API (`PUT /-/user/org.couchdb.user:NAME`) and returns its token. */
async function addUser(registry: string): Promise<string> {
  const name = 'rehearsal';
  const response = await fetch(`${registry}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: randomBytes(16).toString('hex'), email: 'rehearsal@example.invalid', type: 'user', roles: [], date: new Date().toISOString() }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: unknown; error?: unknown };
  if (!response.ok || typeof body.token !== 'string') throw new RehearsalError(`creating a user on ${registry} gave HTTP ${response.status}: ${JSON.stringify(body)}`);
  return body.token;
}

/** What the rehearsal found. */
export interface Rehearsal {
  readonly registry: string;
  /** The version published first, and the patch after it. */
  readonly version: string;
  readonly patch: string;
  /** What each consumer printed or compiled. */
  readonly esm: { readonly version: string; readonly speaker: string };
  readonly cjs: { readonly version: string; readonly speaker: string };
  readonly typescript: 'compiles';
  /** The version each spec installs once the patch is out. */
  readonly resolved: Readonly<Record<string, string>>;
  /** The version the exact-pinned ESM consumer has after `npm update`. */
  readonly pinnedAfterUpdate: string;
  /** One line per step, in order. */
  readonly steps: readonly string[];
}

export interface RehearsalOptions {
  /** Verdaccio's package folder (from `ensureTool('verdaccio')`). */
  readonly verdaccio: string;
  /** The version to publish first; by default package.json's, or 1.0.0 for 0.0.0. */
  readonly version?: string;
  /** Called with each step as it is done. */
  readonly log?: (line: string) => void;
}

const ESM = `import { getActor, statements } from 'kyiv-strike-pause';
import { createRequire } from 'node:module';
const { version } = createRequire(import.meta.url)('kyiv-strike-pause/package.json');
const statement = statements.find((each) => each.speaker === 'dmitry-peskov');
console.log(JSON.stringify({ version, speaker: statement ? getActor(statement.speaker).name : null }));
`;

const CJS = `const { getActor, statements } = require('kyiv-strike-pause');
const { version } = require('kyiv-strike-pause/package.json');
const statement = statements.find((each) => each.speaker === 'dmitry-peskov');
console.log(JSON.stringify({ version, speaker: statement ? getActor(statement.speaker).name : null }));
`;

const TS = `import { getActor, statementsBy, type ActorId } from 'kyiv-strike-pause';

const peskov: ActorId = 'dmitry-peskov';
export const name: string = getActor(peskov).name;
export const said: number = statementsBy(peskov).length;
// @ts-expect-error: a misspelt id is not an ActorId
export const nobody: ActorId = 'dmitri-peskov';
`;

const TSCONFIG = {
  compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: [], skipLibCheck: false, noEmit: true },
  files: ['index.ts'],
};

/** Runs the rehearsal; throws a {@link RehearsalError} naming the step that failed. */
export async function rehearse(options: RehearsalOptions): Promise<Rehearsal> {
  const steps: string[] = [];
  const step = (line: string) => {
    steps.push(line);
    options.log?.(line);
  };
  const work = mkdtempSync(join(tmpdir(), 'release-rehearsal-'));
  let registry: Registry | undefined;
  try {
    registry = await startVerdaccio(options.verdaccio, work);
    const { url } = registry;
    step(`Verdaccio is serving ${url} (storage in ${work}, no uplinks)`);

    const token = await addUser(url);
    const userconfig = join(work, 'npmrc');
    writeFileSync(userconfig, `registry=${url}\n${url.replace(/^http:/, '')}:_authToken=${token}\n`);
    const npmFlags = ['--registry', url, '--userconfig', userconfig, '--cache', join(work, 'npm-cache'), '--no-audit', '--no-fund', '--ignore-scripts'];
    step('created a user through the registry API; its token is in a temporary userconfig');

    const packDir = join(work, 'pack');
    mkdirSync(packDir);
    const [packed] = JSON.parse((await check(npm, ['pack', '--json', '--pack-destination', packDir, '--ignore-scripts'], root)).stdout) as [{ filename: string; version: string; entryCount: number }];
    if (packed === undefined) throw new RehearsalError('npm pack packed nothing');
    step(`npm pack: ${packed.filename} (${packed.entryCount} files)`);

    const version = options.version ?? (packed.version === '0.0.0' ? '1.0.0' : packed.version);
    const patch = nextPatch(version);
    const release = join(work, 'release');
    mkdirSync(release);
    await check('tar', ['-xzf', join(packDir, packed.filename), '-C', release], work);
    const manifestOf = (dir: string) => join(dir, 'package', 'package.json');
    const setVersion = (dir: string, to: string) => {
      const manifest = JSON.parse(readFileSync(manifestOf(dir), 'utf8')) as { version: string };
      writeFileSync(manifestOf(dir), `${JSON.stringify({ ...manifest, version: to }, null, 2)}\n`);
    };
    if (version !== packed.version) setVersion(release, version);
    const publish = async (dir: string, expected: string) => {
      await check(npm, ['publish', join(dir, 'package'), '--provenance=false', '--tag', 'latest', ...npmFlags], work);
      const published = JSON.parse((await check(npm, ['view', `kyiv-strike-pause@${expected}`, 'version', '--json', '--prefer-online', ...npmFlags], work)).stdout) as unknown;
      if (published !== expected) throw new RehearsalError(`after publishing ${expected}, the registry gives ${JSON.stringify(published)}`);
    };
    await publish(release, version);
    step(`published kyiv-strike-pause@${version}${version === packed.version ? '' : ` (the packed ${packed.version}, as the release will number it)`} with --provenance=false`);

    const consumer = async (label: string, spec: string, files: Readonly<Record<string, string>>, type?: 'module' | 'commonjs') => {
      const dir = join(work, 'consumers', label);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `${label}-consumer`, version: '0.0.0', private: true, ...(type ? { type } : {}) }, null, 2)}\n`);
      for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
      await check(npm, ['install', '--save-exact', '--prefer-online', `kyiv-strike-pause@${spec}`, ...npmFlags], dir);
      const saved = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies?.['kyiv-strike-pause'];
      const installed = (JSON.parse(readFileSync(join(dir, 'node_modules', 'kyiv-strike-pause', 'package.json'), 'utf8')) as { version: string }).version;
      return { dir, saved, installed };
    };
    const printed = (output: Output) => JSON.parse(output.stdout.trim().split('\n').at(-1) ?? 'null') as { version: string; speaker: string };

    const esm = await consumer('esm', version, { 'index.js': ESM }, 'module');
    if (esm.saved !== version) throw new RehearsalError(`npm install --save-exact wrote ${JSON.stringify(esm.saved)} into the consumer's package.json, not ${version}`);
    const esmOutput = printed(await check(process.execPath, ['index.js'], esm.dir));
    const cjs = await consumer('cjs', version, { 'index.js': CJS }, 'commonjs');
    const cjsOutput = printed(await check(process.execPath, ['index.js'], cjs.dir));
    for (const [label, output] of [['ESM', esmOutput], ['CommonJS', cjsOutput]] as const) {
      if (output.version !== version || output.speaker !== 'Dmitry Peskov') throw new RehearsalError(`the ${label} consumer printed ${JSON.stringify(output)}, not version ${version} and speaker Dmitry Peskov`);
    }
    step(`ESM and CommonJS consumers installed ${version} exactly ("${esm.saved}") and read Dmitry Peskov's statements`);
    const typed = await consumer('typescript', version, { 'index.ts': TS, 'tsconfig.json': `${JSON.stringify(TSCONFIG, null, 2)}\n` }, 'module');
    await check(process.execPath, [tsc, '-p', typed.dir], typed.dir);
    step(`a TypeScript consumer (strict, nodenext, skipLibCheck false) compiles with the literal ActorId type, and a misspelt id is a type error`);

    const next = join(work, 'patch');
    cpSync(release, next, { recursive: true });
    setVersion(next, patch);
    await publish(next, patch);
    step(`published the following patch, ${patch}, from a copy of the package`);

    // A caret range on 0.0.x is an exact pin; from 0.1.0 on, it takes patches as tilde does.
    const caretTakesPatches = !version.startsWith('0.0.');
    const expected: Record<string, string> = { [`~${version}`]: patch, [`^${version}`]: caretTakesPatches ? patch : version, [version]: version };
    const resolved: Record<string, string> = {};
    let index = 0;
    for (const spec of Object.keys(expected)) resolved[spec] = (await consumer(`range-${(index += 1)}`, spec, {})).installed;
    const wrong = Object.entries(expected).filter(([spec, want]) => resolved[spec] !== want);
    if (wrong.length > 0) throw new RehearsalError(`with ${patch} published, ${wrong.map(([spec, want]) => `kyiv-strike-pause@${spec} installs ${resolved[spec]}, not ${want}`).join('; ')}`);
    await check(npm, ['update', '--prefer-online', ...npmFlags], esm.dir);
    const pinnedAfterUpdate = (JSON.parse(readFileSync(join(esm.dir, 'node_modules', 'kyiv-strike-pause', 'package.json'), 'utf8')) as { version: string }).version;
    if (pinnedAfterUpdate !== version) throw new RehearsalError(`npm update moved the exact pin ${version} to ${pinnedAfterUpdate}`);
    step(`with ${patch} out: ${Object.entries(resolved).map(([spec, got]) => `${spec} installs ${got}`).join(', ')}; npm update leaves the exact pin at ${pinnedAfterUpdate}`);

    return { registry: url, version, patch, esm: esmOutput, cjs: cjsOutput, typescript: 'compiles', resolved, pinnedAfterUpdate, steps };
  } finally {
    await registry?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let verdaccio: string;
  try {
    verdaccio = await ensureTool('verdaccio');
  } catch (error) {
    process.stderr.write(`release:rehearse: Verdaccio could not be installed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const result = await rehearse({ verdaccio, log: (line) => process.stdout.write(`${line}\n`) });
    process.stdout.write(`release:rehearse: ${result.version} and ${result.patch} published, installed and run; Verdaccio stopped\n`);
  } catch (error) {
    process.stderr.write(`release:rehearse: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
