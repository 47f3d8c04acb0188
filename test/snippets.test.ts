/**
 * Every TypeScript and JavaScript snippet of the README, CONTRIBUTING.md and the pages in docs/ compiles under
 * strict TypeScript against the package as a user installs it, and runs with the results it shows.
 *
 * The packed tarball is installed once (with zod) into a consumer project. Each snippet becomes a
 * file of one `tsc` program (JavaScript snippets are checked as TypeScript too, since the docs say
 * the same code runs in both); diagnostics are mapped back to the Markdown's file and line. Each
 * snippet then runs in Node: its `//=>` cases must give the values shown, and its printed output
 * must equal the ```txt block that follows it. The markers and rules are in CONTRIBUTING.md.
 * Needs `npm run build` first.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBuilt, installPacked, root, run, strictConsumerOptions, type Consumer, type Result } from './helpers/consumer.js';
import {
  casesOf,
  checkingProgram,
  documentedFiles,
  documentedSnippets,
  importedPackages,
  parseDiagnostics,
  shownDiagnostics,
  snippetLanguages,
  snippetsOf,
  type Diagnostic,
  type Snippet,
} from './helpers/snippets.js';

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** What a consumer with the strictest usual settings compiles the snippets with. */
const compilerOptions = {
  ...strictConsumerOptions,
  module: 'nodenext',
  moduleResolution: 'nodenext',
  moduleDetection: 'force',
  resolveJsonModule: true,
  // Snippets may use Node's modules (node:crypto) and console; the types come from the repository.
  types: ['node'],
  typeRoots: [join(root, 'node_modules', '@types')],
};

/**
 * Snippets that must fail, checked in the same program and run: they prove that the strict
 * options are in force and that a wrong `//=>` or a wrong output is caught.
 */
const canaryMarkdown = [
  '```ts',
  "import {actors, getActor} from 'kyiv-strike-pause'",
  'const names = actors.map((actor) => actor.name)',
  'const first: string = names[0]',
  'const label = (id) => getActor(id)?.name',
  "const options: {chars?: number} = {chars: undefined}",
  'console.log(first, label, options)',
  '```',
  '',
  '```js',
  "import {getActor} from 'kyiv-strike-pause'",
  '',
  "getActor('dmitry-peskov').name",
  "//=> 'Someone else'",
  "getActor('dmitry-peskov').name.length",
  '//=> throws TypeError: no',
  '```',
  '',
  '```js',
  "console.log('printed')",
  '```',
  '',
  'Yields:',
  '',
  '```txt',
  'shown',
  '```',
].join('\n');
const canaries = snippetsOf(canaryMarkdown, '(canary)');

const snippets = documentedSnippets(root);
const checked = [...snippets, ...canaries].filter((snippet) => snippet.mode !== 'skip');
const where = (snippet: Snippet, offset = 0) => `${snippet.file}:${snippet.line + offset}`;

interface Outcome {
  readonly file: string;
  readonly diagnostics: Diagnostic[];
  readonly run: Result | null;
  readonly cases: { readonly n: number; readonly ok: boolean; readonly got: string; readonly want: string }[];
}

describe('the snippet collector', () => {
  it('reads the README, CONTRIBUTING.md and every page in docs/, so new pages are picked up', () => {
    const files = documentedFiles(root);
    expect(files.slice(0, 2)).toEqual(['README.md', 'CONTRIBUTING.md']);
    expect(files).toContain('docs/querying.md');
    expect(files).toContain('docs/api.md');
    expect(files.slice(2).filter((file) => !/^docs\/[^/]+\.md$/.test(file))).toEqual([]);
  });

  it('finds the snippets of the README, the API page, the cookbook and CONTRIBUTING.md', () => {
    const count = (file: string) => snippets.filter((snippet) => snippet.file === file).length;
    expect(count('README.md')).toBeGreaterThanOrEqual(5);
    // An example for every export.
    expect(count('docs/api.md')).toBeGreaterThan(50);
    expect(count('docs/querying.md')).toBeGreaterThanOrEqual(16);
    expect(count('CONTRIBUTING.md')).toBeGreaterThanOrEqual(2);
  });

  it('checks ts, js, mjs and cjs blocks and leaves shell, JSON and text blocks alone', () => {
    const markdown = ['```sh', 'npm test', '```', '```json', '{}', '```', '```mjs', 'a', '```', '```cjs', 'b', '```', '```TS', 'c', '```', '```', 'd', '```'].join('\n');
    expect(snippetsOf(markdown, 'x.md').map((snippet) => [snippet.lang, snippet.code, snippet.line])).toEqual([
      ['mjs', 'a', 8],
      ['cjs', 'b', 11],
      ['ts', 'c', 14],
    ]);
    expect(snippetLanguages['cjs']).toBe('cts');
  });

  it('reads a marker on the line before a block, and rejects an unknown or misplaced one', () => {
    const marked = (marker: string, lang = 'ts') => [marker, '', '```' + lang, 'x', '```'].join('\n');
    expect(snippetsOf(marked('<!-- snippet: skip (a sketch, not code) -->'), 'x.md')[0]?.mode).toBe('skip');
    expect(snippetsOf(marked('<!-- snippet: compile-error -->'), 'x.md')[0]?.mode).toBe('compile-error');
    expect(snippetsOf(marked('<!-- snippet: no-run -->'), 'x.md')[0]?.mode).toBe('no-run');
    expect(snippetsOf(marked('Some prose.'), 'x.md')[0]?.mode).toBe('run');
    expect(() => snippetsOf(marked('<!-- snippet: skipp -->'), 'x.md')).toThrow(/x\.md:1: unknown snippet marker "skipp"/);
    expect(() => snippetsOf(marked('<!-- snippet: skip -->', 'sh'), 'x.md')).toThrow(/x\.md:1: a snippet marker stands before a sh block/);
  });

  it('takes a ```txt block as the output only when a one-line paragraph ending in a colon leads to it', () => {
    const withIntro = (intro: string) => ['```js', 'x', '```', '', intro, '', '```txt', 'out', '```'].join('\n');
    expect(snippetsOf(withIntro('Yields:'), 'x.md')[0]?.output).toEqual({ line: 8, text: 'out' });
    expect(snippetsOf(withIntro('`npx tsc` reports:'), 'x.md')[0]?.output).toEqual({ line: 8, text: 'out' });
    expect(snippetsOf(withIntro('A remark.'), 'x.md')[0]?.output).toBeNull();
    expect(snippetsOf(withIntro('One line:\nand another:'), 'x.md')[0]?.output).toBeNull();
  });

  it('reads //=> cases, with continued comments and thrown errors, and rejects a declaration before //=>', () => {
    const code = ['a.b', "//=> ['x',", "//    'y']", '// @ts-expect-error', 'f()', '//=> throws RangeError: f: bad "x"', 'const c = 1', '//=> 1'];
    const { cases, problems } = casesOf(code.join('\n'));
    expect(cases).toEqual([
      { index: 0, expression: 'a.b', expected: { value: "['x',\n    'y']" } },
      { index: 4, expression: 'f()', expected: { throws: { name: 'RangeError', message: 'f: bad "x"' } } },
    ]);
    expect(problems).toEqual(['line 7: the line before //=> must be an expression, not "const c = 1"']);
  });

  it('finds the npm packages a snippet imports, without built-ins or relative paths', () => {
    const code = "import {a} from 'kyiv-strike-pause/schema'\nimport * as z from 'zod'\nimport {b} from '@duckdb/node-api'\nimport {c} from 'node:fs'\nimport {d} from 'path'\nimport {e} from './local.js'\nconst f = require('n3')\nawait import('jsonld')";
    expect(importedPackages(code)).toEqual(['@duckdb/node-api', 'jsonld', 'kyiv-strike-pause', 'n3', 'zod']);
  });

  it('reads multi-line diagnostics and the diagnostics a text block shows', () => {
    const output = "s1.ts(3,14): error TS2345: Argument of type '\"x\"' is not assignable.\n  Details follow.\ns2.ts(1,1): error TS7006: Parameter 'id' implicitly has an 'any' type.\n";
    expect(parseDiagnostics(output)).toEqual([
      { file: 's1.ts', line: 3, column: 14, code: 'TS2345', message: "Argument of type '\"x\"' is not assignable.\n  Details follow." },
      { file: 's2.ts', line: 1, column: 1, code: 'TS7006', message: "Parameter 'id' implicitly has an 'any' type." },
    ]);
    expect(shownDiagnostics('typo.ts(4,13): error TS2532: Object is possibly \'undefined\'.\nother')).toEqual(["(4,13): error TS2532: Object is possibly 'undefined'."]);
  });

  it('every skipped block says why', () => {
    const markdown = (file: string) => readFileSync(join(root, file), 'utf8').split(/\r?\n/);
    const bare = snippets
      .filter((snippet) => snippet.mode === 'skip')
      .filter((snippet) => /<!--\s*snippet:\s*skip\s*-->/.test(markdown(snippet.file).slice(0, snippet.line - 1).reverse().find((line) => line.trim() !== '') ?? ''));
    expect(bare.map((snippet) => where(snippet))).toEqual([]);
  });
});

describe.skipIf(!isBuilt())('every TS/JS snippet of the README, CONTRIBUTING.md and docs/', () => {
  let consumer: Consumer | undefined;
  const outcomes = new Map<Snippet, Outcome>();
  const outcome = (snippet: Snippet): Outcome => {
    const found = outcomes.get(snippet);
    if (!found) throw new Error(`${where(snippet)} was not checked: the setup failed`);
    return found;
  };

  beforeAll(async () => {
    consumer = await installPacked('snippets', { withZod: true });
    // Other packages a snippet imports (a format's reader in a guide, say) come from the repository's
    // node_modules, with their @types, as if the reader had installed them next to this package.
    for (const name of importedPackages(checked.map((snippet) => snippet.code).join('\n'))) {
      for (const dependency of [name, `@types/${name.replace(/^@([^/]+)\//, '$1__')}`]) {
        const target = join(consumer.dir, 'node_modules', dependency);
        if (!existsSync(target) && existsSync(join(root, 'node_modules', dependency))) {
          mkdirSync(join(target, '..'), { recursive: true });
          symlinkSync(join(root, 'node_modules', dependency), target, 'dir');
        }
      }
    }
    const dir = join(consumer.dir, 'snippets');
    mkdirSync(dir, { recursive: true });
    const files = checked.map((snippet, i) => `s${String(i).padStart(3, '0')}.${snippetLanguages[snippet.lang] ?? 'ts'}`);
    checked.forEach((snippet, i) => writeFileSync(join(dir, files[i] ?? ''), `${snippet.code}\n`));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }, null, 2));

    const compiled = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], dir, { timeout: 300_000 });
    const diagnostics = parseDiagnostics(compiled.stdout + compiled.stderr);
    const unplaced = diagnostics.filter((diagnostic) => !files.includes(diagnostic.file));
    if (unplaced.length > 0) throw new Error(`tsc reported problems outside the snippets:\n${unplaced.map((d) => `${d.file}(${d.line},${d.column}): ${d.code} ${d.message}`).join('\n')}`);

    const runs = checked.map((snippet, i) => async (): Promise<void> => {
      const file = files[i] ?? '';
      const diagnosticsOfFile = diagnostics.filter((diagnostic) => diagnostic.file === file);
      if (snippet.mode !== 'run') {
        outcomes.set(snippet, { file, diagnostics: diagnosticsOfFile, run: null, cases: [] });
        return;
      }
      const results = join(dir, `${file}.results.json`);
      const program = checkingProgram(snippet.code, casesOf(snippet.code).cases, results);
      // A js block must be JavaScript as it stands; blank lines in front make the source map point at the Markdown's lines.
      const loader = snippet.lang === 'ts' || snippet.lang === 'typescript' ? 'ts' : 'js';
      let js: string;
      try {
        js = transformSync(`${'\n'.repeat(snippet.line - 1)}${program}`, { loader, sourcemap: 'inline', sourcefile: snippet.file }).code;
      } catch (error) {
        outcomes.set(snippet, { file, diagnostics: diagnosticsOfFile, run: { code: 1, stdout: '', stderr: `not valid ${loader === 'ts' ? 'TypeScript' : 'JavaScript'}: ${String(error)}` }, cases: [] });
        return;
      }
      const script = join(dir, `${file}.${snippet.lang === 'cjs' ? 'cjs' : 'mjs'}`);
      writeFileSync(script, js);
      const ran = await run(process.execPath, ['--enable-source-maps', '--disable-warning=ExperimentalWarning', script], dir, { timeout: 60_000 });
      const cases = existsSync(results) ? (JSON.parse(readFileSync(results, 'utf8')) as Outcome['cases']) : [];
      outcomes.set(snippet, { file, diagnostics: diagnosticsOfFile, run: ran, cases });
    });
    // Two at a time: the machine is shared.
    const queue = [...runs];
    await Promise.all([0, 1].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await next();
    }));
  }, 600_000);

  afterAll(() => consumer?.dispose());

  const compileErrors = (snippet: Snippet) =>
    outcome(snippet).diagnostics.map((d) => `${where(snippet, d.line - 1)}:${d.column} ${d.code}: ${d.message}`);

  const runProblems = (snippet: Snippet): string[] => {
    const { run: ran, cases } = outcome(snippet);
    if (!ran) return [];
    const problems: string[] = [];
    const expectedCases = casesOf(snippet.code);
    problems.push(...expectedCases.problems.map((problem) => `${snippet.file}: snippet ${problem}`));
    if (ran.code !== 0) problems.push(`${where(snippet)}: exited with ${ran.code}: ${ran.stderr.trim()}`);
    else if (ran.stderr.trim() !== '') problems.push(`${where(snippet)}: printed to stderr: ${ran.stderr.trim()}`);
    expectedCases.cases.forEach((c, n) => {
      const result = cases.find((entry) => entry.n === n);
      if (!result) problems.push(`${where(snippet, c.index)}: ${c.expression} never ran`);
      else if (!result.ok) problems.push(`${where(snippet, c.index)}: ${c.expression}\n  shows ${result.want}\n  gives ${result.got}`);
    });
    if (snippet.output && ran.stdout.trimEnd() !== snippet.output.text.trimEnd()) {
      problems.push(`${snippet.file}:${snippet.output.line}: the output shown differs from what the snippet at line ${snippet.line} prints:\n--- shown\n${snippet.output.text.trimEnd()}\n--- printed\n${ran.stdout.trimEnd()}`);
    }
    return problems;
  };

  describe('the checks themselves', () => {
    const [strict, wrongCases, wrongOutput] = canaries;
    it('strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes are in force', () => {
      const codes = outcome(strict!).diagnostics.map((d) => `${d.line} ${d.code}`);
      // 3: an unchecked index; 4: an implicit any; 5: undefined given for an optional property.
      expect(codes).toEqual(['3 TS2322', '4 TS7006', '5 TS2375']);
    });

    it('a //=> that shows the wrong value or the wrong error is reported', () => {
      expect(outcome(wrongCases!).diagnostics).toEqual([]);
      const problems = runProblems(wrongCases!);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/shows 'Someone else'\n {2}gives 'Dmitry Peskov'$/);
      expect(problems[1]).toMatch(/shows throws TypeError: no\n {2}gives 13$/);
    });

    it('output that differs from the text block after the snippet is reported', () => {
      expect(runProblems(wrongOutput!)).toEqual([
        expect.stringMatching(/^\(canary\):\d+: the output shown differs[^]*--- shown\nshown\n--- printed\nprinted$/),
      ]);
    });
  });

  for (const file of documentedFiles(root)) {
    const ofFile = snippets.filter((snippet) => snippet.file === file && snippet.mode !== 'skip');
    if (ofFile.length === 0) continue;
    describe(file, () => {
      for (const snippet of ofFile) {
        if (snippet.mode === 'compile-error') {
          it(`${where(snippet)} fails to compile, as it is marked to, with the errors shown`, () => {
            const { diagnostics } = outcome(snippet);
            expect(diagnostics.length, `${where(snippet)} is marked compile-error but compiles`).toBeGreaterThan(0);
            if (snippet.output) {
              expect(diagnostics.map((d) => `(${d.line},${d.column}): error ${d.code}: ${d.message}`)).toEqual(shownDiagnostics(snippet.output.text));
            }
          });
          continue;
        }
        const what = snippet.mode === 'run' ? 'compiles under strict TypeScript and runs as shown' : 'compiles under strict TypeScript';
        it(`${where(snippet)} ${what}`, () => {
          expect([...compileErrors(snippet), ...runProblems(snippet)]).toEqual([]);
        });
      }
    });
  }
});
