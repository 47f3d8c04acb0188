import { readdirSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import * as api from '../src/index.js';

/**
 * Runs every `@example` of the query helpers: each line before a `//=>` comment is code, the last
 * code line before it is the expression whose value the comment shows (continued on following
 * `//` lines), and `//=> throws Name: message` expects that error.
 */
interface Case {
  readonly setup: string;
  readonly expression: string;
  readonly expected: string;
}

const directory = new URL('../src/queries/', import.meta.url);
const files = readdirSync(directory).filter((file) => file.endsWith('.ts') && file !== 'types.ts');

function examplesOf(file: string): Case[][] {
  const source = readFileSync(new URL(file, directory), 'utf8');
  const blocks = [...source.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g)];
  return blocks.map((block) => {
    const lines = block[2]!.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const cases: Case[] = [];
    let code: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.startsWith('import ') || line.trim() === '') continue;
      if (!line.startsWith('//=>')) {
        code.push(line);
        continue;
      }
      const expected = [line.slice(4)];
      while (lines[i + 1]?.startsWith('//') && !lines[i + 1]!.startsWith('//=>')) expected.push(lines[++i]!.slice(2));
      cases.push({ setup: code.slice(0, -1).join('\n'), expression: code.at(-1) ?? '', expected: expected.join('\n').trim() });
      code = [];
    }
    return cases;
  });
}

const js = (ts: string) => transformSync(ts, { loader: 'ts' }).code;

describe('every @example of the query helpers shows what it really returns', () => {
  test('every helper file has at least one example', () => {
    expect(files.filter((file) => examplesOf(file).flat().length === 0)).toEqual([]);
  });

  for (const file of files) {
    test(`the examples of ${file} hold`, () => {
      const offenders: string[] = [];
      for (const cases of examplesOf(file)) {
        const results: unknown[] = [];
        const program = cases
          .map(
            (c, i) =>
              `${c.setup}\ntry { __results[${i}] = { value: (${c.expression.replace(/;$/, '')}) } } catch (error) { __results[${i}] = { error } }`,
          )
          .join('\n');
        new Function('__api', '__results', `const { ${Object.keys(api).join(', ')} } = __api;\n${js(program)}`)(api, results);
        cases.forEach((c, i) => {
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
      }
      expect(offenders).toEqual([]);
    });
  }
});

function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
