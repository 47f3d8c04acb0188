/**
 * The package as users receive it: `npm pack`, installed into throwaway consumer projects (one
 * without zod, one with it), imported from ESM, CJS and TypeScript. Needs `npm run build` first.
 */
import { isBuiltin } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, run, strictConsumerOptions, type Result } from './helpers/consumer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const zodDir = join(root, 'node_modules', 'zod');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const offline = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'];

interface Manifest {
  readonly name: string;
  readonly sideEffects?: unknown;
  readonly dependencies?: unknown;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
  readonly exports: Readonly<Record<string, unknown>>;
  readonly main: string;
  readonly module: string;
  readonly types: string;
  readonly bin: Readonly<Record<string, string>>;
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const name = manifest.name;
const entries = ['index', 'schema', 'score', 'export'];
const tableFiles = ['actors', 'mentions', 'statements', 'events', 'participants', 'accounts', 'figures', 'times', 'evidence'].flatMap((table) =>
  ['ndjson', 'csv', 'parquet'].map((ext) => `dist/tables/${table}.${ext}`),
);
const exportFiles = ['dist/annotations.jsonld', 'dist/schema-org.jsonld', ...tableFiles, 'dist/brat/article.txt', 'dist/brat/article.ann', 'dist/brat/annotation.conf', 'dist/label-studio.json', 'dist/label-studio-config.xml'];
const builtFiles = [
  ...entries.flatMap((entry) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/${entry}.${ext}`)),
  'dist/dataset.json',
  'dist/dataset.min.json',
  'dist/schema.json',
  'dist/prediction.schema.json',
  'dist/prediction.strict.schema.json',
  'dist/cli.js',
  ...exportFiles,
];

// The package's own commands run without the 120 s limit of the other consumer tests: installing
// and type-checking several consumers can take longer on a loaded machine.
const noLimit = { timeout: 0 };

/** Parses the JSON a consumer script printed on its last line. */
function output<T>(result: Result): T {
  expect(result.stderr.replace(/^.*ExperimentalWarning.*\n?|^\(Use `node --trace-warnings.*\n?/gm, ''), 'the consumer prints no errors').toBe('');
  expect(result.code, 'the consumer exits with 0').toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? 'null') as T;
}

/** The files a built file imports by relative path, as paths inside the package (`dist/…`). */
function relativeImports(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => {
    const target = posix.join(posix.dirname(file), specifier);
    if (file.endsWith('.d.ts')) return target.replace(/\.js$/, '.d.ts');
    if (file.endsWith('.d.cts')) return target.replace(/\.cjs$/, '.d.cts');
    return target;
  });
}

/** Every file reachable from `start` through relative imports, `start` included. */
function closure(start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (existsSync(join(root, file))) queue.push(...relativeImports(file));
  }
  return seen;
}

const importsZod = (source: string) => /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']zod(?:\/[^"']*)?["']/.test(source);

const unbuilt = builtFiles.filter((file) => !existsSync(join(root, file)));

it('dist/ holds a build to test', () => {
  expect(unbuilt, 'these files are missing from dist/: run npm run build first').toEqual([]);
});

describe.skipIf(unbuilt.length > 0)('the build', () => {
  it('the main entry and its types never import zod', () => {
    const mainFiles = [...closure(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'])];
    expect(mainFiles.filter((file) => !existsSync(join(root, file))), 'every relative import resolves').toEqual([]);
    expect(mainFiles.filter((file) => importsZod(readFileSync(join(root, file), 'utf8')))).toEqual([]);
  });

  it('./score and the bin never import zod, and import nothing outside the package', () => {
    const files = [...closure(['dist/score.js', 'dist/score.cjs', 'dist/score.d.ts', 'dist/score.d.cts', 'dist/cli.js'])];
    expect(files.filter((file) => importsZod(readFileSync(join(root, file), 'utf8')))).toEqual([]);
    // Not `from` inside a string: `key === "from" ? "to" : "from"` (the interval index the scorer now uses) is no import.
    const bare = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/(?:(?<!["'])\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^."'][^"']*)["']/g)].map((match) => match[1]);
    expect(['dist/score.js', 'dist/score.cjs'].flatMap(bare)).toEqual([]);
    expect(bare('dist/cli.js').filter((specifier) => !isBuiltin(specifier ?? ''))).toEqual([]);
  });

  it('./schema imports zod and keeps it external', () => {
    for (const file of ['dist/schema.js', 'dist/schema.cjs']) {
      const source = readFileSync(join(root, file), 'utf8');
      expect(importsZod(source), `${file} imports zod`).toBe(true);
      expect(source, `${file} does not bundle zod`).not.toMatch(/\$ZodType|_zod\s*=\s*\{/);
    }
  });

  it('every exports condition that points at code lists types first, in the format of the code', () => {
    const problems: string[] = [];
    const visit = (value: unknown, path: readonly string[]): void => {
      if (typeof value !== 'object' || value === null) return;
      const conditions = Object.entries(value as Record<string, unknown>);
      const code = conditions.find(([, target]) => typeof target === 'string' && /\.[cm]?js$/.test(target));
      if (code) {
        const where = path.join(' → ');
        const [first] = conditions[0] ?? [];
        if (first !== 'types') problems.push(`${where}: the first condition is ${String(first)}, not types`);
        const types = (value as Record<string, unknown>)['types'];
        const expected = String(code[1]).replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts').replace(/\.mjs$/, '.d.mts');
        if (types !== undefined && types !== expected) problems.push(`${where}: types is ${String(types)}, expected ${expected}`);
        if ('default' in value && conditions.at(-1)?.[0] !== 'default') problems.push(`${where}: default is not last`);
      }
      for (const [key, target] of conditions) visit(target, [...path, key]);
    };
    visit(manifest.exports, ['exports']);
    expect(problems).toEqual([]);
  });

  it('the example runs against the build and prints who said what, a timeline and the figures', async () => {
    const { code, stdout, stderr } = await run(process.execPath, ['examples/who-said-what.mjs'], root, noLimit);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Who said what\n {2}\S.*\((?:in)?direct\b/m);
    expect(stdout).toMatch(/^Timeline\n {2}\S/m);
    expect(stdout).toMatch(/^Figures\n/m);
  });

  it('package.json declares no side effects and no dependencies, and zod is an optional peer', () => {
    expect(manifest.sideEffects).toBe(false);
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest.peerDependencies).toHaveProperty('zod');
    expect(manifest.peerDependenciesMeta?.['zod']?.optional).toBe(true);
  });
});

describe.skipIf(unbuilt.length > 0)('the packed tarball', () => {
  let work = '';
  let tarball = '';
  let packed: readonly string[] = [];
  let bare = '';
  let withZod = '';
  const pending = new Map<string, Promise<Result>>();
  const result = (key: string): Promise<Result> => {
    const promise = pending.get(key);
    if (!promise) throw new Error(`no command was started for ${key}`);
    return promise;
  };

  const write = (dir: string, files: Readonly<Record<string, unknown>>) => {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
    }
  };

  const nodenext = { ...strictConsumerOptions, module: 'nodenext', moduleResolution: 'nodenext' };
  const bundler = { ...strictConsumerOptions, module: 'esnext', moduleResolution: 'bundler' };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), `${name}-package-test-`));
    const [pack] = JSON.parse(await check(npm, ['pack', '--json', '--pack-destination', work, ...offline], root, noLimit)) as [
      { filename: string; files: { path: string }[] },
    ];
    tarball = join(work, pack.filename);
    packed = pack.files.map((file) => file.path);

    bare = join(work, 'consumer');
    withZod = join(work, 'consumer-with-zod');
    write(bare, {
      'package.json': { name: 'consumer', version: '0.0.0', private: true, type: 'module' },
      'esm.mjs': `
        import { isDeepStrictEqual } from 'node:util';
        import * as pkg from '${name}';
        import { actors, dataset, statements } from '${name}';
        import datasetJson from '${name}/dataset.json' with { type: 'json' };
        import schemaJson from '${name}/schema.json' with { type: 'json' };
        import predictionSchema from '${name}/prediction.schema.json' with { type: 'json' };
        import strictSchema from '${name}/prediction.strict.schema.json' with { type: 'json' };
        import { score } from '${name}/score';
        let schemaError = null;
        try { await import('${name}/schema'); } catch (error) { schemaError = error.code; }
        console.log(JSON.stringify({
          resolved: import.meta.resolve('${name}'),
          exports: Object.keys(pkg).sort(),
          actors: actors.map((actor) => actor.id),
          speakers: statements.map((statement) => statement.speaker),
          frozen: Object.isFrozen(actors) && Object.isFrozen(actors[0]),
          sameAsJson: isDeepStrictEqual(dataset, datasetJson),
          schemaJson: { $schema: schemaJson.$schema, type: schemaJson.type, properties: Object.keys(schemaJson.properties) },
          schemaError,
          scored: score({ figures: [] }).figures.strict.possible === dataset.figures.length,
          predictionSchemaTitle: predictionSchema.title,
          strictSchemaRequired: strictSchema.required,
        }));
      `,
      'cjs.cjs': `
        const { isDeepStrictEqual } = require('node:util');
        const pkg = require('${name}');
        let schemaError = null;
        try { require('${name}/schema'); } catch (error) { schemaError = error.code; }
        console.log(JSON.stringify({
          resolved: require.resolve('${name}'),
          datasetJson: require.resolve('${name}/dataset.json'),
          schemaJson: require.resolve('${name}/schema.json'),
          exports: Object.keys(pkg).filter((key) => key !== '__esModule').sort(),
          actors: pkg.actors.map((actor) => actor.id),
          sameAsJson: isDeepStrictEqual(pkg.dataset, require('${name}/dataset.json')),
          schemaTitle: require('${name}/schema.json').title,
          schemaError,
        }));
      `,
      'main.ts': `
        import { actors, dataset, getActor, statements, statementsBy, type Actor, type ActorId, type Statement } from '${name}';
        export const spokesman: string = getActor('dmitry-peskov').name;
        export const trumpSaid: number = statementsBy('donald-trump').length;
        const id: ActorId = 'donald-trump';
        const trump: Actor | undefined = actors.find((actor) => actor.id === id);
        const said: readonly Statement[] = statements.filter((statement) => statement.speaker === id);
        export const summary: { name: string | undefined; said: number; figures: number } = { name: trump?.name, said: said.length, figures: dataset.figures.length };
      `,
      'main.cts': `
        import pkg = require('${name}');
        const id: pkg.ActorId = 'vladimir-putin';
        export const found: pkg.Actor | undefined = pkg.actors.find((actor) => actor.id === id);
      `,
      'bad.ts': `
        import { getActor, statementsBy, type ActorId } from '${name}';
        export const id: ActorId = 'donald-trumpp';
        export const said: number = statementsBy('donald-trunp').length;
        export const spokesman: string = getActor('dmitry-peskof').name;
      `,
      'tsconfig.nodenext.json': { compilerOptions: nodenext, files: ['main.ts', 'main.cts'] },
      'tsconfig.bundler.json': { compilerOptions: bundler, files: ['main.ts'] },
      'tsconfig.bad-nodenext.json': { compilerOptions: nodenext, files: ['bad.ts'] },
      'tsconfig.bad-bundler.json': { compilerOptions: bundler, files: ['bad.ts'] },
    });
    write(withZod, {
      'package.json': { name: 'consumer-with-zod', version: '0.0.0', private: true, type: 'module' },
      'esm.mjs': `
        import { dataset } from '${name}';
        import * as schema from '${name}/schema';
        const broken = { ...dataset, statements: [{ ...dataset.statements[0], speaker: 'nobody' }] };
        const issues = schema.DatasetSchema.safeParse(broken).error?.issues ?? [];
        console.log(JSON.stringify({
          exports: Object.keys(schema).sort(),
          valid: schema.DatasetSchema.safeParse(dataset).success,
          brokenPaths: issues.map((issue) => issue.path.join('.')),
        }));
      `,
      'cjs.cjs': `
        const { dataset } = require('${name}');
        const schema = require('${name}/schema');
        console.log(JSON.stringify({
          resolved: require.resolve('${name}/schema'),
          exports: Object.keys(schema).filter((key) => key !== '__esModule').sort(),
          valid: schema.DatasetSchema.safeParse(dataset).success,
        }));
      `,
      'schema.ts': `
        import { dataset, type Dataset } from '${name}';
        import { ActorSchema, DatasetSchema } from '${name}/schema';
        const records: Dataset = dataset;
        const result = DatasetSchema.safeParse(records);
        export const actors: number = result.success ? result.data.actors.length : 0;
        export const first: string | undefined = records.actors[0] ? ActorSchema.parse(records.actors[0]).name : undefined;
      `,
      // zod's own types use the URL global, which comes from lib.dom or @types/node.
      'tsconfig.nodenext.json': { compilerOptions: { ...nodenext, lib: ['es2022', 'dom'] }, files: ['schema.ts'] },
      'tsconfig.bundler.json': { compilerOptions: { ...bundler, lib: ['es2022', 'dom'] }, files: ['schema.ts'] },
    });

    await Promise.all([
      check(npm, ['install', tarball, ...offline], bare, noLimit),
      check(npm, ['install', tarball, zodDir, ...offline], withZod, noLimit),
    ]);

    // Started together so they overlap; each test awaits its own.
    const node = process.execPath;
    const commands: Record<string, [string, string[], string]> = {
      'esm': [node, ['esm.mjs'], bare],
      'cjs': [node, ['cjs.cjs'], bare],
      'ls': [npm, ['ls', '--omit=dev', '--all', '--json'], bare],
      'ls-parseable': [npm, ['ls', '--omit=dev', '--all', '--parseable'], bare],
      'zod-esm': [node, ['esm.mjs'], withZod],
      'zod-cjs': [node, ['cjs.cjs'], withZod],
      'tsc-nodenext': [node, [tsc, '-p', 'tsconfig.nodenext.json'], bare],
      'tsc-bundler': [node, [tsc, '-p', 'tsconfig.bundler.json'], bare],
      'tsc-bad-nodenext': [node, [tsc, '-p', 'tsconfig.bad-nodenext.json'], bare],
      'tsc-bad-bundler': [node, [tsc, '-p', 'tsconfig.bad-bundler.json'], bare],
      'tsc-zod-nodenext': [node, [tsc, '-p', 'tsconfig.nodenext.json'], withZod],
      'tsc-zod-bundler': [node, [tsc, '-p', 'tsconfig.bundler.json'], withZod],
    };
    for (const [key, [command, args, cwd]] of Object.entries(commands)) pending.set(key, run(command, args, cwd, noLimit));
    await Promise.all(pending.values());
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds exactly the files that are meant to ship', () => {
    const chunks = [...closure(entries.flatMap((entry) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/${entry}.${ext}`)))];
    // The guides and the example ship too, so that the README's links to them work once installed.
    const guides = readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`);
    const examples = readdirSync(join(root, 'examples')).map((file) => `examples/${file}`);
    const expected = new Set(['package.json', 'README.md', 'LICENSE', ...builtFiles, ...chunks, ...guides, ...examples]);
    expect([...packed].sort()).toEqual([...expected].sort());
  });

  it('every relative link in the shipped Markdown points at a shipped file', () => {
    const broken: string[] = [];
    for (const file of packed.filter((path) => path.endsWith('.md'))) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, target = ''] of text.matchAll(/\]\((?!https?:|mailto:|#)([^)\s#]+)/g)) {
        const resolved = posix.normalize(posix.join(posix.dirname(file), target));
        if (!packed.includes(resolved)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('holds every file that package.json points at', () => {
    const targets: string[] = [manifest.main, manifest.module, manifest.types, ...Object.values(manifest.bin)];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.push(value);
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
    };
    collect(manifest.exports);
    expect(targets.map((target) => posix.normalize(target)).filter((target) => !packed.includes(target))).toEqual([]);
  });

  it('imports from ESM without zod, with the same records as dataset.json', async () => {
    const esm = output<{
      resolved: string;
      exports: string[];
      actors: string[];
      speakers: string[];
      frozen: boolean;
      sameAsJson: boolean;
      schemaJson: { $schema: string; type: string; properties: string[] };
      schemaError: string | null;
      scored: boolean;
      predictionSchemaTitle: string;
      strictSchemaRequired: string[];
    }>(await result('esm'));
    expect(esm.scored, './score works without zod').toBe(true);
    expect(esm.predictionSchemaTitle).toBe(`${name} prediction`);
    expect(esm.strictSchemaRequired).toEqual(['offsets', 'sha256', 'actors', 'statements', 'events', 'figures', 'times']);
    expect(esm.resolved).toMatch(/\/node_modules\/kyiv-strike-pause\/dist\/index\.js$/);
    expect(esm.exports).toEqual(expect.arrayContaining(['actors', 'article', 'dataset', 'events', 'figures', 'statements']));
    expect(esm.actors).toContain('donald-trump');
    expect(esm.speakers.length).toBeGreaterThan(0);
    expect(esm.speakers.filter((speaker) => !esm.actors.includes(speaker))).toEqual([]);
    expect(esm.frozen).toBe(true);
    expect(esm.sameAsJson).toBe(true);
    expect(esm.schemaJson).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: ['article', 'actors', 'statements', 'events', 'figures'],
    });
  });

  it('requires from CJS without zod, through the CJS build, with the same exports as ESM', async () => {
    const esm = output<{ exports: string[]; actors: string[] }>(await result('esm'));
    const cjs = output<{
      resolved: string;
      datasetJson: string;
      schemaJson: string;
      exports: string[];
      actors: string[];
      sameAsJson: boolean;
      schemaTitle: string;
    }>(await result('cjs'));
    expect(cjs.resolved).toMatch(/\/node_modules\/kyiv-strike-pause\/dist\/index\.cjs$/);
    expect(cjs.datasetJson).toMatch(/\/node_modules\/kyiv-strike-pause\/dist\/dataset\.json$/);
    expect(cjs.schemaJson).toMatch(/\/node_modules\/kyiv-strike-pause\/dist\/schema\.json$/);
    expect(cjs.exports).toEqual(esm.exports);
    expect(cjs.actors).toEqual(esm.actors);
    expect(cjs.sameAsJson).toBe(true);
    expect(cjs.schemaTitle).toBe(`${name} dataset`);
  });

  it('./schema is the only part that needs zod: without it, it fails to load', async () => {
    expect(output<{ schemaError: string | null }>(await result('esm')).schemaError).toBe('ERR_MODULE_NOT_FOUND');
    expect(output<{ schemaError: string | null }>(await result('cjs')).schemaError).toBe('MODULE_NOT_FOUND');
  });

  it('installs no dependency: npm ls lists only the package, and zod only as an unmet optional peer', async () => {
    const parseable = await result('ls-parseable');
    expect(parseable.code, parseable.stderr).toBe(0);
    expect(parseable.stdout.trim().split('\n')).toEqual([bare, join(bare, 'node_modules', name)]);
    const ls = JSON.parse((await result('ls')).stdout) as {
      dependencies: Record<string, { dependencies?: Record<string, { version?: string }> }>;
    };
    expect(Object.keys(ls.dependencies)).toEqual([name]);
    const installed = Object.entries(ls.dependencies[name]?.dependencies ?? {}).filter(([, dependency]) => dependency.version !== undefined);
    expect(installed).toEqual([]);
    expect(readdirSync(join(bare, 'node_modules')).filter((entry) => !entry.startsWith('.'))).toEqual([name]);
  });

  it('./schema works from ESM and CJS once zod is installed', async () => {
    const esm = output<{ exports: string[]; valid: boolean; brokenPaths: string[] }>(await result('zod-esm'));
    expect(esm.exports).toContain('DatasetSchema');
    expect(esm.valid).toBe(true);
    expect(esm.brokenPaths).toContain('statements.0.speaker');
    const cjs = output<{ resolved: string; exports: string[]; valid: boolean }>(await result('zod-cjs'));
    expect(cjs.resolved).toMatch(/\/node_modules\/kyiv-strike-pause\/dist\/schema\.cjs$/);
    expect(cjs.exports).toEqual(esm.exports);
    expect(cjs.valid).toBe(true);
  });

  it.each(['nodenext', 'bundler'])('type-checks a strict TypeScript consumer under moduleResolution %s, without zod', async (mode) => {
    const { code, stdout, stderr } = await result(`tsc-${mode}`);
    expect(stdout + stderr).toBe('');
    expect(code).toBe(0);
  });

  it.each(['nodenext', 'bundler'])('type-checks ./schema under moduleResolution %s once zod is installed', async (mode) => {
    const { code, stdout, stderr } = await result(`tsc-zod-${mode}`);
    expect(stdout + stderr).toBe('');
    expect(code).toBe(0);
  });

  it.each(['nodenext', 'bundler'])('rejects misspelt actor ids at compile time under moduleResolution %s', async (mode) => {
    const { code, stdout } = await result(`tsc-bad-${mode}`);
    expect(code).not.toBe(0);
    const errors = stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^bad\.ts\(\d+,\d+\): error TS(2322|2820): Type '"donald-trumpp"' is not assignable to type 'ActorId'/);
    expect(errors[1]).toMatch(/^bad\.ts\(\d+,\d+\): error TS(2345|2820): Argument of type '"donald-trunp"' is not assignable to parameter of type 'ActorId'/);
    // A lookup takes any string, so a misspelt id gives `Actor | undefined`, and `.name` on it fails under strict.
    expect(errors[2]).toMatch(/^bad\.ts\(\d+,\d+\): error TS(2532|18048): /);
  });
});
