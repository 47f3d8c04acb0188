import { readdirSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import * as api from '../src/index.js';
import * as exporters from '../src/export.js';
import * as schema from '../src/schema/index.js';
import * as scorer from '../src/score.js';

/**
 * Runs every `@example` in src/: each line before a `//=>` comment is code, the last code line
 * before it is the expression whose value the comment shows (continued on following `//` lines),
 * and `//=> throws Name: message` expects that error. An example's `import` lines are run too,
 * against the package's entry points and zod; every other export of the package, the schema
 * entry and `z` are in scope as well, as the schema examples use them without importing them.
 */
interface Case {
  readonly setup: string;
  readonly expression: string;
  readonly expected: string;
}

interface Example {
  readonly imports: readonly string[];
  readonly cases: readonly Case[];
}

/** What an example may import, by module specifier. */
const modules: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'kyiv-strike-pause': api,
  'kyiv-strike-pause/schema': schema,
  'kyiv-strike-pause/score': scorer,
  'kyiv-strike-pause/export': exporters,
  zod: z,
};

/** Every name an example may use without importing it. */
const scope: Readonly<Record<string, unknown>> = { ...api, ...schema, z };

const root = new URL('../src/', import.meta.url);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.split('\\').join('/'))
  .sort();
const queryFiles = files.filter((file) => file.startsWith('queries/') && file !== 'queries/types.ts' && !file.startsWith('queries/shared/'));
const sourceOf = (file: string) => readFileSync(new URL(file, root), 'utf8');

function examplesOf(file: string): Example[] {
  const blocks = [...sourceOf(file).matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g)];
  return blocks.map((block) => {
    const lines = block[2]!.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const imports: string[] = [];
    const cases: Case[] = [];
    let code: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.startsWith('import ')) {
        imports.push(line);
        continue;
      }
      if (line.trim() === '') continue;
      if (!line.startsWith('//=>')) {
        code.push(line);
        continue;
      }
      const expected = [line.slice(4)];
      while (lines[i + 1]?.startsWith('//') && !lines[i + 1]!.startsWith('//=>')) expected.push(lines[++i]!.slice(2));
      cases.push({ setup: code.slice(0, -1).join('\n'), expression: code.at(-1) ?? '', expected: expected.join('\n').trim() });
      code = [];
    }
    return { imports, cases };
  });
}

/**
 * An example's import line as a declaration over `__modules`, or the reason it cannot be one: an
 * unknown module or a name the module does not export.
 */
function declarationOf(line: string): { readonly code: string } | { readonly problem: string } {
  const named = /^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?$/.exec(line);
  const namespace = /^import\s+\*\s+as\s+(\w+)\s+from\s+'([^']+)';?$/.exec(line);
  const specifier = named?.[2] ?? namespace?.[2];
  const module = specifier === undefined ? undefined : modules[specifier];
  if (specifier === undefined) return { problem: `cannot read the import ${JSON.stringify(line)}` };
  if (module === undefined) return { problem: `imports from ${JSON.stringify(specifier)}, which is not the package or zod` };
  const from = `__modules[${JSON.stringify(specifier)}]`;
  if (namespace) return { code: `const ${namespace[1]} = ${from};` };
  if (/^import\s+type\b/.test(line)) return { code: '' };
  const bindings = named![1]!
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('type '))
    .map((part) => part.split(/\s+as\s+/));
  const missing = bindings.filter(([name]) => !(name! in module)).map(([name]) => name);
  if (missing.length > 0) return { problem: `imports ${missing.join(', ')} from ${JSON.stringify(specifier)}, which has no such export` };
  return { code: `const { ${bindings.map(([name, local]) => (local === undefined ? name : `${name}: ${local}`)).join(', ')} } = ${from};` };
}

const js = (ts: string) => transformSync(ts, { loader: 'ts' }).code;

/** The problems with one example: imports that do not resolve, and cases that do not show what they give. */
function problemsOf(example: Example): string[] {
  const offenders: string[] = [];
  const declarations = example.imports.map(declarationOf);
  for (const declaration of declarations) if ('problem' in declaration) offenders.push(declaration.problem);
  if (offenders.length > 0) return offenders;
  const results: unknown[] = [];
  const program = example.cases
    .map((c, i) => `${c.setup}\ntry { __results[${i}] = { value: (${c.expression.replace(/;$/, '')}) } } catch (error) { __results[${i}] = { error } }`)
    .join('\n');
  const imports = declarations.map((declaration) => ('code' in declaration ? declaration.code : '')).join('\n');
  // The imports sit in a block of their own, so they shadow the names in scope instead of clashing with them.
  new Function('__scope', '__modules', '__results', `const { ${Object.keys(scope).join(', ')} } = __scope;\n{\n${imports}\n${js(program)}\n}`)(
    scope,
    modules,
    results,
  );
  example.cases.forEach((c, i) => {
    const outcome = results[i] as { value?: unknown; error?: unknown };
    const thrown = /^throws (\w+): (.*)$/s.exec(c.expected);
    if (thrown) {
      const error = outcome.error as Error | undefined;
      if (error?.name !== thrown[1] || error?.message !== thrown[2]) offenders.push(`${c.expression} threw ${String(error)}, not ${c.expected}`);
      return;
    }
    if ('error' in outcome) {
      offenders.push(`${c.expression} threw ${String(outcome.error)}`);
      return;
    }
    const expected: unknown = new Function(`${js(`const __expected = (${c.expected});`)}\nreturn __expected;`)();
    if (JSON.stringify(outcome.value) !== JSON.stringify(expected) || !isEqual(outcome.value, expected)) {
      offenders.push(`${c.expression}\n  shows ${c.expected}\n  gives ${JSON.stringify(outcome.value)}`);
    }
  });
  return offenders;
}

describe('every @example in src/ shows what it really returns', () => {
  test('every query helper file has at least one example', () => {
    expect(queryFiles.filter((file) => examplesOf(file).flatMap((example) => example.cases).length === 0)).toEqual([]);
  });

  test('examples are collected outside src/queries too: the schema, the scorer, the dataset, the record ids and the generated modules', () => {
    const withExamples = new Set(files.filter((file) => examplesOf(file).length > 0));
    const expected = ['schema/index.ts', 'schema/prediction.ts', 'score/score.ts', 'score/formatReport.ts', 'data/dataset.ts', 'data/recordIds.ts', 'model/ids.ts', ...files.filter((file) => file.startsWith('data/') && file !== 'data/decode.ts')];
    expect(expected.filter((file) => !withExamples.has(file))).toEqual([]);
  });

  test('the package and zod names the examples use without importing them do not clash', () => {
    expect(Object.keys(schema).filter((name) => name in api || name === 'z')).toEqual([]);
  });

  for (const file of files) {
    const examples = examplesOf(file);
    if (examples.length === 0) continue;
    test(`the examples of src/${file} hold`, () => {
      expect(examples.flatMap(problemsOf)).toEqual([]);
    });
  }
});

describe('the example runner itself', () => {
  test('an import of a name the package lacks, or from another module, is reported', () => {
    expect(declarationOf("import { getActor, nothingHere } from 'kyiv-strike-pause'")).toEqual({
      problem: 'imports nothingHere from "kyiv-strike-pause", which has no such export',
    });
    expect(declarationOf("import { readFileSync } from 'node:fs'")).toEqual({ problem: 'imports from "node:fs", which is not the package or zod' });
    expect(declarationOf("import * as z from 'zod'")).toEqual({ code: 'const z = __modules["zod"];' });
  });

  test('a wrong result, a missing error and a wrong error are each reported', () => {
    const example = (expression: string, expected: string): Example => ({ imports: [], cases: [{ setup: '', expression, expected }] });
    expect(problemsOf(example("getActor('donald-trump').name", "'Donald Trump'"))).toEqual([]);
    expect(problemsOf(example("getActor('donald-trump').name", "'Someone else'"))).toHaveLength(1);
    expect(problemsOf(example("convertFigure(getFigure('halt-one-week'), 'd').value", 'throws RangeError: no'))).toHaveLength(1);
    expect(problemsOf(example("convertFigure(getFigure('halt-one-week'), 'Cel')", 'throws TypeError: no'))).toHaveLength(1);
  });

  test('an aliased import shadows the name in scope', () => {
    const example: Example = {
      imports: ["import { statementsBy as getActor } from 'kyiv-strike-pause'"],
      cases: [{ setup: '', expression: "getActor('dmitry-peskov').length > 0", expected: 'true' }],
    };
    expect(problemsOf(example)).toEqual([]);
  });
});

function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
