/**
 * The package as users install it: `npm pack`, installed into a throwaway consumer project, then
 * type-checked with `tsc --extendedDiagnostics` (strict, `skipLibCheck: false`) under each
 * TypeScript major, next to an empty consumer and next to a copy whose id unions are enlarged
 * with synthetic ids, to show what the package adds and that it does not grow with the records.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE, childEnv, root } from './paths.js';
import { ensureTool, TOOLS, type ToolName } from '../tools.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const offline = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'];

/**
 * The TypeScript compilers a consumer may use: the repo's own 5.9 (a dev dependency), and 6.0 and
 * 7.0 (the native one), installed on demand at the versions scripts/tools.ts pins.
 */
export const COMPILERS = {
  '5.9': undefined,
  '6.0': 'typescript-6',
  '7.0': 'typescript-7',
} as const satisfies Record<string, ToolName | undefined>;

export type CompilerId = keyof typeof COMPILERS;

export interface Compiler {
  readonly id: CompilerId;
  /** The exact version installed. */
  readonly version: string;
  /** The `tsc` script. */
  readonly bin: string;
}

/** The folders of the compilers installed on demand, by id, once {@link installCompilers} has installed them. */
const installed = new Map<CompilerId, string>();

/** Installs the compilers among `ids` that are not dev dependencies (a no-op for 5.9 alone); {@link measureConsumerCost} calls it. */
export async function installCompilers(ids: readonly CompilerId[]): Promise<void> {
  for (const id of ids) {
    const tool = COMPILERS[id];
    if (tool !== undefined && !installed.has(id)) installed.set(id, await ensureTool(tool, TOOLS[tool]));
  }
}

export function compiler(id: CompilerId): Compiler {
  const dir = COMPILERS[id] === undefined ? join(root, 'node_modules', 'typescript') : installed.get(id);
  if (dir === undefined) throw new Error(`TypeScript ${id} is installed on demand: call installCompilers first`);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  if (!version.startsWith(`${id}.`)) throw new Error(`${dir} is TypeScript ${version}, expected ${id}.x: run npm install`);
  return { id, version, bin: join(dir, 'bin', 'tsc') };
}

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion; never rejects. */
export function run(command: string, args: readonly string[], cwd: string): Promise<Result> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: childEnv, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function check(command: string, args: readonly string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`\`${[command, ...args].join(' ')}\` in ${cwd} exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The compiler options of a strict consumer that checks every declaration file it loads. */
export const CONSUMER_OPTIONS = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
  module: 'nodenext',
  moduleResolution: 'nodenext',
  target: 'es2022',
  lib: ['es2022'],
  types: [],
} as const;

/** A typical consumer file: lookups, relations, time, figures, and `createQueries` over a dataset of its own. */
export const TYPICAL_CONSUMER = `
import {
  actors, article, createQueries, dataset, eventsBetween, figuresByUnit, getActor, getRecord, statements, statementsBy, timeline,
  type Actor, type ActorId, type Dataset, type IdSpace, type NewsEvent, type Statement,
} from '${PACKAGE}';

const trump: Actor = getActor('donald-trump');
const maybe: Actor | undefined = getActor(String(actors.length));
export const said: readonly string[] = statementsBy('donald-trump').map((s) => \`\${getActor(s.speaker).name}: \${s.text}\`);
export const bySpeaker = new Map<ActorId, readonly Statement[]>(actors.map((actor) => [actor.id, statementsBy(actor.id)]));
export const week: readonly NewsEvent[] = eventsBetween('2026-01-26', '2026-02-01');
export const celsius: (number | null)[] = figuresByUnit('Cel').map((figure) => figure.value ?? figure.min);
export const summary: string = getRecord('strike-halt').summary;
export const days = timeline().map(({ event, from, to }) => [event.id, from, to] as const);
export const direct: number = statements.filter((statement) => statement.mode === 'direct').length;
const mine: Dataset<IdSpace> = { ...dataset, statements: dataset.statements.filter((statement) => statement.mode === 'direct') };
const queries = createQueries(mine);
export const quoted: readonly Statement<IdSpace>[] = queries.statementsBy('donald-trump');
export const ours = createQueries(dataset).getActor('vladimir-putin').name;
export const names: string[] = [trump.name, maybe?.name ?? article.headline, queries.getActor('x')?.name ?? ''];
`;

/** A consumer file that imports nothing: the baseline (the compiler's own lib files). */
export const EMPTY_CONSUMER = 'export {};\n';

export interface Install {
  /** The throwaway directory holding the tarball and every consumer. */
  readonly work: string;
  /** The tarball `npm pack` wrote. */
  readonly tarball: string;
  /** A consumer with the tarball installed, and `empty.ts`, `typical.ts`, `cold-import.mjs` and `empty.mjs`. */
  readonly consumer: string;
  readonly dispose: () => void;
}

/** Packs the package and installs the tarball into a fresh consumer project. */
export async function installPacked(): Promise<Install> {
  const work = mkdtempSync(join(tmpdir(), `${PACKAGE}-consumer-`));
  try {
    const [pack] = JSON.parse(await check(npm, ['pack', '--json', '--pack-destination', work, ...offline], root)) as [{ filename: string }];
    const tarball = join(work, pack.filename);
    const consumer = join(work, 'consumer');
    mkdirSync(consumer);
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'consumer', version: '0.0.0', private: true, type: 'module' }),
      'empty.ts': EMPTY_CONSUMER,
      'typical.ts': TYPICAL_CONSUMER,
      'tsconfig.empty.json': JSON.stringify({ compilerOptions: CONSUMER_OPTIONS, files: ['empty.ts'] }),
      'tsconfig.typical.json': JSON.stringify({ compilerOptions: CONSUMER_OPTIONS, files: ['typical.ts'] }),
    };
    for (const [file, content] of Object.entries(files)) writeFileSync(join(consumer, file), `${content}\n`);
    await check(npm, ['install', tarball, ...offline], consumer);
    return { work, tarball, consumer, dispose: () => rmSync(work, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** The id unions of the shipped declarations, by the name the generator gives them. */
const ID_UNIONS = { ActorId: 'actor', StatementId: 'statement', EventId: 'event', FigureId: 'figure' } as const;

/**
 * Copies a consumer and enlarges, in its installed copy of the package, every id union of the
 * declarations by `extra` synthetic ids (so `extra` × 4 more literals), standing in for a dataset
 * with that many more records. Returns the copy and how many unions were enlarged.
 */
export function enlargedConsumer(consumer: string, extra: number, name: string): { readonly dir: string; readonly unions: number } {
  const dir = join(consumer, '..', name);
  cpSync(consumer, dir, { recursive: true });
  const dist = join(dir, 'node_modules', PACKAGE, 'dist');
  let unions = 0;
  for (const file of readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file))) {
    const path = join(dist, file);
    const source = readFileSync(path, 'utf8');
    const enlarged = source.replace(/(\btype (ActorId|StatementId|EventId|FigureId) =)([^;]*);/g, (_match, head: string, union: keyof typeof ID_UNIONS, members: string) => {
      unions++;
      const kind = ID_UNIONS[union];
      const synthetic = Array.from({ length: extra }, (_, i) => ` | "synthetic-${kind}-${i}"`).join('');
      return `${head}${members}${synthetic};`;
    });
    writeFileSync(path, enlarged);
  }
  if (unions < 4) throw new Error(`found ${unions} id unions in the installed declarations, expected at least 4: has the declaration format changed?`);
  return { dir, unions };
}

export interface TypeCheck {
  readonly compiler: CompilerId;
  readonly version: string;
  /** The tsconfig checked. */
  readonly project: string;
  readonly exitCode: number;
  /** Error lines the compiler printed (empty when it type-checks cleanly). */
  readonly errors: readonly string[];
  readonly types: number | undefined;
  readonly instantiations: number | undefined;
  /** `Check time`, in milliseconds, as the compiler reports it. */
  readonly checkMs: number | undefined;
}

function stat(output: string, name: string): number | undefined {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)(s?)`, 'm').exec(output);
  if (!match) return undefined;
  return match[2] === 's' ? Number(match[1]) * 1000 : Number(match[1]);
}

/** Runs `tsc -p <project> --extendedDiagnostics` in `cwd`. */
export async function typeCheck(id: CompilerId, cwd: string, project: string): Promise<TypeCheck> {
  const { version, bin } = compiler(id);
  const { code, stdout, stderr } = await run(process.execPath, [bin, '-p', project, '--extendedDiagnostics'], cwd);
  const output = `${stdout}\n${stderr}`;
  return {
    compiler: id,
    version,
    project,
    exitCode: code,
    errors: output.split('\n').filter((line) => /error TS\d+/.test(line)),
    types: stat(output, 'Types'),
    instantiations: stat(output, 'Instantiations'),
    checkMs: stat(output, 'Check time'),
  };
}

export interface ConsumerCost {
  readonly compiler: CompilerId;
  readonly version: string;
  readonly empty: TypeCheck;
  readonly typical: TypeCheck;
  /** The typical consumer against declarations enlarged by `extra` ids per union, by `extra`. */
  readonly enlarged: readonly (TypeCheck & { readonly extra: number })[];
}

/** Instantiations the typical consumer adds over the empty one. */
export function added(cost: ConsumerCost, check: TypeCheck = cost.typical): number | undefined {
  return check.instantiations === undefined || cost.empty.instantiations === undefined ? undefined : check.instantiations - cost.empty.instantiations;
}

/**
 * Type-checks the empty and the typical consumer, and the typical one against each enlarged copy,
 * under each compiler. At most two compilers run at a time (the machine has two cores).
 */
export async function measureConsumerCost(
  install: Install,
  compilers: readonly CompilerId[],
  extras: readonly number[],
): Promise<ConsumerCost[]> {
  await installCompilers(compilers);
  const enlarged = extras.map((extra) => ({ extra, dir: enlargedConsumer(install.consumer, extra, `consumer-plus-${extra}`).dir }));
  const jobs: (() => Promise<unknown>)[] = [];
  const costs = compilers.map((id) => {
    const cost = { compiler: id, version: compiler(id).version } as { -readonly [K in keyof ConsumerCost]: ConsumerCost[K] };
    const enlargedChecks: (TypeCheck & { extra: number })[] = [];
    jobs.push(async () => void (cost.empty = await typeCheck(id, install.consumer, 'tsconfig.empty.json')));
    jobs.push(async () => void (cost.typical = await typeCheck(id, install.consumer, 'tsconfig.typical.json')));
    for (const { extra, dir } of enlarged) {
      jobs.push(async () => void enlargedChecks.push({ ...(await typeCheck(id, dir, 'tsconfig.typical.json')), extra }));
    }
    cost.enlarged = enlargedChecks;
    return cost;
  });
  await pool(jobs, 2);
  for (const cost of costs) (cost.enlarged as (TypeCheck & { extra: number })[]).sort((a, b) => a.extra - b.extra);
  return costs;
}

/** Runs jobs with at most `limit` in flight. */
async function pool(jobs: readonly (() => Promise<unknown>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]?.();
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
