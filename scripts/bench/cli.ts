/**
 * What the command costs to start: `kyiv-strike-pause --help` and `kyiv-strike-pause score` on the
 * baseline extractor's prediction, each against `node -e ""` (Node starting and doing nothing),
 * and an empty ES module for reference (what any ES module entry, such as the bin, costs over
 * `node -e ""`: Node's ES module loader), in fresh processes with the clean environment of the
 * cold-import bench (no `NODE_*` or `npm_*` variable). Runs rotate through the cases and back, so
 * drift hits each alike. Each run is timed from spawn to exit; on Linux the CPU time of each child
 * (user and system, from the parent's `cutime` and `cstime` in /proc/self/stat, in clock ticks
 * of 10 ms) is summed per case too.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from './budgets.js';
import { cleanEnv, root } from './paths.js';
import { duration, int, times, type Row } from './report.js';
import { median } from './timing.js';

export interface CliCase {
  /** The arguments after `node`. */
  readonly args: readonly string[];
  /** Whole-process wall time per run (spawn to exit), milliseconds. */
  readonly processMs: readonly number[];
  readonly medianProcessMs: number;
  /** User and system CPU time of all the runs together, milliseconds (`undefined` where /proc is missing). */
  readonly cpuMs: number | undefined;
}

export interface CliCost {
  readonly empty: CliCase;
  readonly emptyModule: CliCase;
  readonly help: CliCase;
  readonly score: CliCase;
  /** The prediction `score` read, as bytes. */
  readonly predictionBytes: number;
  /** Timed runs of each case. */
  readonly runs: number;
}

/** Children's CPU time (user + system) the kernel has counted for this process so far, in milliseconds; `undefined` off Linux. */
function childCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name (which sits in parentheses and may hold spaces): state is field 3, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the baseline extractor's prediction into `dir` and returns its path. */
export function baselinePrediction(dir: string): string {
  const result = spawnSync(process.execPath, [join(root, 'examples', 'baseline-extractor.mjs')], { cwd: root, env: cleanEnv, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (result.status !== 0) throw new Error(`examples/baseline-extractor.mjs failed (${result.status}):\n${result.stderr}`);
  const file = join(dir, 'baseline-prediction.json');
  writeFileSync(file, result.stdout);
  return file;
}

type Key = 'empty' | 'emptyModule' | 'help' | 'score';
const KEYS: readonly Key[] = ['empty', 'emptyModule', 'help', 'score'];

/**
 * `node -e ""`, `node empty.mjs`, `node dist/cli.js --help` and `node dist/cli.js score
 * <prediction>`, `runs` times each, interleaved (A B C D D C B A), after 2 untimed runs of each;
 * `dir` is where the empty module is written. Throws if a command fails.
 */
export function measureCli(prediction: string, dir: string, runs: number): CliCost {
  const cli = join(root, 'dist', 'cli.js');
  const emptyModule = join(dir, 'empty.mjs');
  writeFileSync(emptyModule, 'export {};\n');
  const args: { readonly [key in Key]: readonly string[] } = { empty: ['-e', ''], emptyModule: [emptyModule], help: [cli, '--help'], score: [cli, 'score', prediction] };
  const samples: { [key in Key]: number[] } = { empty: [], emptyModule: [], help: [], score: [] };
  const cpu: { [key in Key]: number | undefined } = { empty: 0, emptyModule: 0, help: 0, score: 0 };
  const once = (key: Key) => {
    const before = childCpuMs();
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args[key], { cwd: root, env: cleanEnv, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const after = childCpuMs();
    if (result.status !== 0) throw new Error(`node ${args[key].join(' ')} failed (${result.status}):\n${result.stderr}`);
    return { ms, cpuMs: before === undefined || after === undefined ? undefined : after - before };
  };
  for (let i = 0; i < 2; i++) for (const key of KEYS) once(key);
  for (let i = 0; i < runs; i++) {
    for (const key of i % 2 === 0 ? KEYS : [...KEYS].reverse()) {
      const { ms, cpuMs } = once(key);
      samples[key].push(ms);
      const total = cpu[key];
      cpu[key] = total === undefined || cpuMs === undefined ? undefined : total + cpuMs;
    }
  }
  const summary = (key: Key): CliCase => ({ args: args[key], processMs: samples[key], medianProcessMs: median(samples[key]), cpuMs: cpu[key] });
  return { empty: summary('empty'), emptyModule: summary('emptyModule'), help: summary('help'), score: summary('score'), predictionBytes: readFileSync(prediction).length, runs };
}

/** The files of dist/ that `file` imports statically (`import … from './x.js'`), itself included, and so loads before any of its code runs. */
export function staticClosure(file: string): string[] {
  const seen = new Set<string>();
  const queue = [file];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const source = readFileSync(join(root, 'dist', next), 'utf8');
    for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"()]*?["']\.\/([^"']+)["']/g)) queue.push(match[1] as string);
  }
  return [...seen];
}

/** The chunk of dist/ that the bin imports when the subcommand `name` runs. */
export function commandChunk(name: string): string {
  const source = staticClosure('cli.js').map((file) => readFileSync(join(root, 'dist', file), 'utf8')).join('\n');
  const match = new RegExp(`\\[\\s*"${name}"[^\\]]*?import\\(\\s*"\\./([^"]+)"`).exec(source);
  if (match === null) throw new Error(`dist/cli.js loads no chunk for the command ${name}`);
  return match[1] as string;
}

/** Bytes of JavaScript a list of files of dist/ holds. */
export function bytesOf(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + readFileSync(join(root, 'dist', file)).length, 0);
}

/** The rows of the command's bench: `--help` and `score` against `node -e ""`, and the bytes the bin loads. `dir` is a scratch directory. */
export function benchCli(dir: string, runs: number, log: (message: string) => void): Row[] {
  log('the command: the bytes it loads…');
  const start = staticClosure('cli.js');
  const loads = (name: string) => [...new Set([...start, ...staticClosure(commandChunk(name))])];
  const [startBytes, scoreBytes, exportBytes] = [bytesOf(start), bytesOf(loads('score')), bytesOf(loads('export'))];
  const allBytes = bytesOf(staticClosure('cli.js').concat(...['score', 'export'].map((name) => staticClosure(commandChunk(name)))).filter((file, i, files) => files.indexOf(file) === i));
  const rows: Row[] = [
    {
      id: 'cli-start-bytes',
      figure: 'JavaScript the bin loads before a subcommand runs',
      candidate: `${int(startBytes)} B (${start.join(', ')})`,
      baseline: `${int(allBytes)} B (the bin and all its chunks)`,
      ratio: `${(startBytes / allBytes).toFixed(3)}×; with \`score\`: ${int(scoreBytes)} B, with \`export\`: ${int(exportBytes)} B`,
      budget: `≤ ${int(BUDGETS.cliStartBytes)} B`,
      status: startBytes <= BUDGETS.cliStartBytes ? 'pass' : 'FAIL',
      note:
        'dist/cli.js and the files it imports statically: the dispatcher, the command list and the one-line error. Each subcommand is a chunk it imports (`import()`) only ' +
        'when that command runs, with the scorer or the exporters and the records; the two share a chunk of the records and the file input and output.',
      values: { start, startBytes, scoreBytes, exportBytes, allBytes },
    },
  ];
  log(`the command: ${runs} fresh processes each for node -e "", an empty ES module, --help and score…`);
  const prediction = baselinePrediction(dir);
  const cost = measureCli(prediction, dir, runs);
  const ratios = (key: 'emptyModule' | 'help' | 'score') => {
    const wall = cost[key].medianProcessMs / cost.empty.medianProcessMs;
    const { cpuMs } = cost[key];
    const cpu = cpuMs === undefined || cost.empty.cpuMs === undefined || cost.empty.cpuMs === 0 ? undefined : cpuMs / cost.empty.cpuMs;
    return { wall, cpu, text: `${times(cpu ?? wall)}${cpu === undefined ? ' wall time' : ` CPU, ${times(wall)} wall`}` };
  };
  const floor = ratios('emptyModule');
  const method =
    `Whole process, spawn to exit, ${runs} interleaved runs of each case after 2 untimed ones, in the clean environment of the cold-import row (no \`NODE_*\` or \`npm_*\` ` +
    `variable): wall time as the median run, CPU time (user and system, the children's \`cutime\` and \`cstime\` the kernel counts for the bench process, in 10 ms ticks) ` +
    `summed over the runs. \`node -e ""\` is Node starting and doing nothing; any ES module entry costs more, for Node's ES module loader: an empty one took ${floor.text} ` +
    '(the floor for an ES module bin). A timing on a machine shared with other work: reported, never failing.';
  for (const [key, id, figure, budget, what] of [
    ['help', 'cli-help', '`kyiv-strike-pause --help` in a fresh Node process', BUDGETS.cliHelp, 'It loads only the dispatcher and prints with `writeSync`, never touching `process.stdout` (whose first use loads Node\'s stream modules).'],
    ['score', 'cli-score', '`kyiv-strike-pause score` on the baseline prediction in a fresh Node process', BUDGETS.cliScore, `The prediction of examples/baseline-extractor.mjs (${int(cost.predictionBytes)} B); it loads the dispatcher, then the score command's chunks: the scorer and the records.`],
  ] as const) {
    const ratio = ratios(key);
    rows.push({
      id,
      figure,
      candidate: `${duration(cost[key].medianProcessMs)}${cost[key].cpuMs === undefined ? '' : `, ${duration(cost[key].cpuMs / runs)} CPU a run`}`,
      baseline: `${duration(cost.empty.medianProcessMs)}${cost.empty.cpuMs === undefined ? '' : `, ${duration(cost.empty.cpuMs / runs)} CPU a run`} (\`node -e ""\`)`,
      ratio: `${ratio.text}; an empty ES module: ${floor.text}`,
      budget: `target ≤ ${budget}× (reported)`,
      status: (ratio.cpu ?? ratio.wall) <= budget ? 'met' : 'missed',
      note: `${what} ${method}`,
      values: { ...cost[key], empty: cost.empty, emptyModule: cost.emptyModule, wallRatio: ratio.wall, cpuRatio: ratio.cpu ?? null, emptyModuleWallRatio: floor.wall, emptyModuleCpuRatio: floor.cpu ?? null },
    });
  }
  return rows;
}
