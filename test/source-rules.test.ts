/**
 * Rules over the source in `src/`, checked on its syntax tree, for two classes of crash on big but
 * valid input:
 *
 * 1. No spread into a call (`xs.push(...ys)`, `Math.max(...xs)`, `String.fromCharCode(...xs)`,
 *    `new Set(...xs)`) and no `fn.apply(that, xs)` or `Reflect.apply`: every argument takes a
 *    slot on the stack, so a list as long as the data (150,000 predictions) throws `Maximum call
 *    stack size exceeded`. A spread of a literal array (`f(...[a, b])`) is allowed.
 * 2. No unbounded quantifier (`+`, `*`, `{n,}`) in a pattern with the `u` or `v` flag, or over a
 *    Unicode property class (`\p{…}`): V8 matches such a loop with a backtracking stack that a run
 *    of about 4 million combining marks overflows. The rule reads regex literals and the string
 *    sources given to `lazyPattern(…)` and `new RegExp(…)`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Where an unbounded quantifier is in a pattern's source, outside character classes and escapes, or -1. */
export function unboundedQuantifier(source: string): number {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === '+' || char === '*') return i;
    else if (char === '{' && /^\{\d+,\}/.test(source.slice(i))) return i;
  }
  return -1;
}

/** Whether a pattern must not have an unbounded quantifier: it has the `u` or `v` flag, or a Unicode property class. */
const isUnicodePattern = (source: string, flags: string) => /[uv]/.test(flags) || /\\[pP]\{/.test(source);

/** The breaches of both rules in one file's text, as `line: what`. */
export function breaches(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${what}: ${node.getText(file).slice(0, 100)}`);
  const checkPattern = (node: ts.Node, source: string, flags: string) => {
    if (isUnicodePattern(source, flags) && unboundedQuantifier(source) !== -1) report(node, 'unbounded quantifier in a Unicode pattern');
  };
  const stringOf = (node: ts.Node | undefined) => (node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      for (const argument of node.arguments ?? []) {
        if (ts.isSpreadElement(argument) && !ts.isArrayLiteralExpression(argument.expression)) report(argument, 'spread into a call');
      }
      const callee = node.expression;
      if (callee.getText(file) === 'Reflect.apply') report(node, 'Reflect.apply');
      else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(callee) && callee.name.text === 'apply') {
        if (node.arguments.length > 1 && !ts.isArrayLiteralExpression(node.arguments[1] as ts.Expression)) report(node, 'apply with a list');
      }
      const name = ts.isIdentifier(callee) ? callee.text : undefined;
      if (name === 'lazyPattern' || name === 'RegExp') {
        const source = stringOf(node.arguments?.[0]);
        if (source !== undefined) checkPattern(node, source, stringOf(node.arguments?.[1]) ?? '');
        else if (node.arguments?.[0] !== undefined && !ts.isRegularExpressionLiteral(node.arguments[0])) report(node, 'a pattern built from a value the rule cannot read');
      }
    }
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf('/');
      checkPattern(node, literal.slice(1, end), literal.slice(end + 1));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the rules catch what they are meant to catch', () => {
  test('spreads into calls and apply with a list are breaches; spreads into array literals and of literal arrays are not', () => {
    const text = [
      'all.push(...list);',
      'Math.max(...values);',
      'String.fromCharCode(...codes);',
      'new Set(...lists);',
      'fn.apply(null, values);',
      'Reflect.apply(fn, null, values);',
      'const copy = [...list, ...other];',
      'f(...[a, b]);',
      'fn.apply(null, [a]);',
    ].join('\n');
    expect(breaches('sample.ts', text).map((line) => line.split(':')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  test('unbounded quantifiers in Unicode patterns are breaches, in literals and in lazyPattern and RegExp sources', () => {
    const text = [
      String.raw`const a = /\p{M}+/gu;`,
      String.raw`const b = lazyPattern('[^\\p{L}\\p{N}]+', 'u');`,
      String.raw`const c = new RegExp('.*', 'u');`,
      String.raw`const d = /x{2,}/v;`,
      String.raw`const e = /\s+/g;`,
      String.raw`const f = /\p{M}/gu;`,
      String.raw`const g = lazyPattern('(?:\\p{L}\\.){0,16}\\p{Lu}', 'u');`,
      String.raw`const h = /[+*]/u;`,
      String.raw`const i = /\+\*/u;`,
    ].join('\n');
    expect(breaches('sample.ts', text).map((line) => line.split(':')[0])).toEqual(['1', '2', '3', '4']);
  });
});

/**
 * Breaches allowed on purpose, as `file: code` (the start of the reported code), each with its
 * reason. Keep this list short: a new entry needs a reason that holds for any input.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // lazyPattern's own body: the rule reads the source string at every call of lazyPattern instead.
  'util/pattern.ts: new RegExp(source, flags)': 'checked at each call site',
};

describe('src/ keeps the rules', () => {
  test('no spread of a data-sized list into a call, no apply with a list, and no unbounded quantifier in a Unicode pattern', () => {
    const found = sourceFiles(SRC).flatMap((path) =>
      breaches(path, readFileSync(path, 'utf8'))
        .filter((line) => !Object.keys(ALLOWED).some((allowed) => { const [file, code] = allowed.split(': '); return relative(SRC, path) === file && line.endsWith(`: ${code}`); }))
        .map((line) => `${relative(SRC, path)}:${line}`),
    );
    expect(found).toEqual([]);
  });
});
