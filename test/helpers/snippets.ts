/**
 * Code snippets in Markdown: finding them, reading their `//=>` cases and expected output, turning
 * them into files a consumer project can type-check and run, and mapping `tsc`'s diagnostics back
 * to the Markdown. The rules are in CONTRIBUTING.md; test/snippets.test.ts applies them to the
 * README, CONTRIBUTING.md and every page in docs/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';

/** Fence languages that are code to check, and the extension of the TypeScript file each becomes. */
export const snippetLanguages: Readonly<Record<string, 'ts' | 'cts'>> = {
  ts: 'ts',
  typescript: 'ts',
  js: 'ts',
  javascript: 'ts',
  mjs: 'ts',
  cjs: 'cts',
};

/** What a `<!-- snippet: … -->` marker right before a block asks for. */
export type SnippetMode = 'run' | 'no-run' | 'compile-error' | 'skip';
const markers: readonly SnippetMode[] = ['no-run', 'compile-error', 'skip'];

export interface Snippet {
  /** The Markdown file, relative to the repository root. */
  readonly file: string;
  /** Line (1-based) of the block's first line of code in the Markdown file. */
  readonly line: number;
  /** The fence's language, lower-cased. */
  readonly lang: string;
  readonly mode: SnippetMode;
  /** The code, without the fence and without the fence's indentation. */
  readonly code: string;
  /** The ```txt block right after it, introduced by a one-line paragraph such as `Yields:`. */
  readonly output: { readonly line: number; readonly text: string } | null;
}

interface Fence {
  readonly lang: string;
  /** Line (1-based) of the opening fence. */
  readonly open: number;
  /** Line (1-based) of the closing fence. */
  readonly close: number;
  readonly body: readonly string[];
}

/** Every fenced block of a Markdown text, in order. An unclosed fence runs to the end. */
function fencesOf(lines: readonly string[]): Fence[] {
  const fences: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = /^( {0,3}|\s*(?:[-*+]|\d+[.)])?\s+)(`{3,}|~{3,})\s*([^`\s]*)/.exec(lines[i] ?? '');
    if (!opening) continue;
    const [, indent = '', marks = '', lang = ''] = opening;
    const closing = new RegExp(`^\\s*${marks[0] === '`' ? '`' : '~'}{${marks.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !closing.test(lines[j] ?? ''); j++) {
      const text = lines[j] ?? '';
      const width = indent.length;
      body.push(text.slice(0, width).trim() === '' ? text.slice(width) : text.trimStart());
    }
    fences.push({ lang: lang.toLowerCase(), open: i + 1, close: j + 1, body });
    i = j;
  }
  return fences;
}

/**
 * The snippets of one Markdown text. Throws on a marker it does not know, so a misspelt marker
 * never silently skips a block.
 */
export function snippetsOf(markdown: string, file: string): Snippet[] {
  const lines = markdown.split(/\r?\n/);
  const fences = fencesOf(lines);
  const snippets: Snippet[] = [];
  fences.forEach((fence, index) => {
    let before = fence.open - 2;
    while (before >= 0 && (lines[before] ?? '').trim() === '') before--;
    const marker = /^<!--\s*snippet:\s*([\w-]+)(?:\s[^]*)?-->\s*$/.exec((lines[before] ?? '').trim());
    if (marker && !markers.includes(marker[1] as SnippetMode)) {
      throw new Error(`${file}:${before + 1}: unknown snippet marker "${marker[1]}"; use one of ${markers.join(', ')}`);
    }
    if (!(fence.lang in snippetLanguages)) {
      if (marker) throw new Error(`${file}:${before + 1}: a snippet marker stands before a ${fence.lang || 'plain'} block, which is never checked`);
      return;
    }
    const next = fences[index + 1];
    let output: Snippet['output'] = null;
    if (next?.lang === 'txt') {
      const between = lines.slice(fence.close, next.open - 1).filter((line) => line.trim() !== '');
      if (between.length === 1 && /:\s*$/.test(between[0] ?? '')) output = { line: next.open + 1, text: next.body.join('\n') };
    }
    snippets.push({
      file,
      line: fence.open + 1,
      lang: fence.lang,
      mode: (marker?.[1] as SnippetMode | undefined) ?? 'run',
      code: fence.body.join('\n'),
      output,
    });
  });
  return snippets;
}

/** The Markdown files whose snippets are checked: README.md, CONTRIBUTING.md and every page in docs/, sorted. */
export function documentedFiles(root: string): string[] {
  const pages = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', 'CONTRIBUTING.md', ...pages];
}

/** Every snippet of the README, CONTRIBUTING.md and the pages in docs/. */
export function documentedSnippets(root: string): Snippet[] {
  return documentedFiles(root).flatMap((file) => snippetsOf(readFileSync(join(root, file), 'utf8'), file));
}

export interface Case {
  /** Line (0-based) of the expression within the snippet. */
  readonly index: number;
  readonly expression: string;
  /** The JavaScript value the comment shows, or the error it says is thrown. */
  readonly expected: { readonly value: string } | { readonly throws: { readonly name: string; readonly message: string } };
}

/**
 * The `//=>` cases of a snippet: the line right before `//=> …` is an expression, and the comment
 * (continued on `//` lines other than `// @ts-…` directives) shows its value, or
 * `//=> throws Name: message` the error it throws.
 */
export function casesOf(code: string): { readonly cases: Case[]; readonly problems: string[] } {
  const lines = code.split('\n');
  const cases: Case[] = [];
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line.startsWith('//=>')) continue;
    const comment = [line.slice(4)];
    // A `// @ts-…` directive belongs to the line after it, never to the comment before it.
    while (/^\s*\/\/(?!=>|\s*@ts-)/.test(lines[i + 1] ?? '')) comment.push((lines[++i] ?? '').trim().slice(2));
    const shown = comment.join('\n').trim();
    const index = i - comment.length;
    const expression = (lines[index] ?? '').trim().replace(/;$/, '');
    if (expression === '' || expression.startsWith('//') || /^(?:const|let|var|import|export|function|class|for|if)\b/.test(expression)) {
      problems.push(`line ${index + 1}: the line before //=> must be an expression, not ${JSON.stringify(expression)}`);
      continue;
    }
    const thrown = /^throws (\w+): ([^]*)$/.exec(shown);
    cases.push({
      index,
      expression,
      expected: thrown ? { throws: { name: thrown[1] ?? '', message: thrown[2] ?? '' } } : { value: shown },
    });
  }
  return { cases, problems };
}

/**
 * The snippet as a program that checks its own `//=>` cases: each case's expression line becomes
 * a call to `__check`, which records whether the value (or the error) is the one shown. When the
 * program exits, it writes the records as JSON to `resultsFile` (an absolute path). It runs as an
 * ES module or as CommonJS, and line numbers stay those of the snippet.
 */
export function checkingProgram(code: string, cases: readonly Case[], resultsFile: string): string {
  const lines = code.split('\n');
  for (const [n, c] of cases.entries()) {
    const expected = 'throws' in c.expected ? JSON.stringify(c.expected) : `{ value: () => (${c.expected.value.replace(/\n/g, ' ')}) }`;
    lines[c.index] = `__check(${n}, () => (${c.expression}), ${expected});`;
  }
  const runtime = `
const { inspect: __inspect, isDeepStrictEqual: __equal } = process.getBuiltinModule('node:util');
const { writeFileSync: __write } = process.getBuiltinModule('node:fs');
const __results = [];
const __show = (outcome) => ('error' in outcome ? \`throws \${outcome.error?.name}: \${outcome.error?.message}\` : __inspect(outcome.value, { depth: null, breakLength: Infinity }));
function __check(n, actual, expected) {
  let got;
  try { got = { value: actual() }; } catch (error) { got = { error }; }
  let want;
  let ok;
  if ('throws' in expected) {
    want = { error: expected.throws };
    ok = 'error' in got && got.error?.name === expected.throws.name && got.error?.message === expected.throws.message;
  } else {
    want = { value: expected.value() };
    ok = 'value' in got && __equal(got.value, want.value);
  }
  __results.push({ n, ok, got: __show(got), want: __show(want) });
}
process.on('exit', () => __write(${JSON.stringify(resultsFile)}, JSON.stringify(__results)));
`;
  // The runtime goes on the first line, before the snippet's own first line, so every line keeps its number.
  lines[0] = `${runtime.trim().replace(/\n/g, ' ')} ${lines[0] ?? ''}`;
  return `${lines.join('\n')}\n`;
}

/**
 * The npm packages a piece of code imports or requires, by package name (`@scope/name` or
 * `name`), leaving out Node's built-in modules and relative or absolute paths.
 */
export function importedPackages(code: string): string[] {
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g)].map((match) => match[1] ?? '');
  const names = specifiers
    .filter((specifier) => !specifier.startsWith('node:') && !isBuiltin(specifier))
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
  return [...new Set(names)].sort();
}

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
}

/** `tsc --pretty false` output as diagnostics; continuation lines join the message they follow. */
export function parseDiagnostics(output: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (match) {
      const [, file = '', row = '0', column = '0', code = '', message = ''] = match;
      diagnostics.push({ file, line: Number(row), column: Number(column), code, message });
    } else if (line.trim() !== '' && diagnostics.length > 0) {
      const last = diagnostics.pop()!;
      diagnostics.push({ ...last, message: `${last.message}\n${line}` });
    } else if (line.trim() !== '') {
      diagnostics.push({ file: '', line: 0, column: 0, code: '', message: line });
    }
  }
  return diagnostics;
}

/** The diagnostics a ```txt block shows, as `(line,column): error TSnnnn: message` lines. */
export function shownDiagnostics(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /\((\d+,\d+)\): (error TS\d+: .*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => `(${match[1]}): ${match[2]}`);
}
