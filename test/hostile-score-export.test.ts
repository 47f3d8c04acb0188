/**
 * The scorer and the exporters on hostile input: big but valid input, runs of millions of combining
 * marks, text that would break out of its place in an output format, malformed datasets and
 * reports, prototype keys and a polluted `Object.prototype`. Each class has a regression test of
 * the case that was reported and, where it is a class, a property over the class. The command
 * line's share is in `hostile-cli.test.ts`; the rules over the source are in `source-rules.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { dataset, findActor, findActors, search } from '../src/index.js';
import type { Dataset, IdSpace } from '../src/index.js';
import { marked, type Token, type Tokens } from 'marked';
import { formatReport, score } from '../src/score.js';
import type { Prediction, ScoreKind } from '../src/score.js';
import { tableColumns, tableNames, toBrat, toCsv, toLabelStudio, toNdjson, toSchemaOrg, toTables, toWebAnnotations } from '../src/export.js';
import { bratName } from '../src/export/brat.js';
import { foldCase } from '../src/util/fold.js';
import { wordsOf } from '../src/queries/search.js';
import { astralDataset } from './helpers/astral.js';
import { spanOf as spanIn, syntheticArticle } from './helpers/synthetic.js';

/** A plain, mutable copy of the real dataset. */
const plainDataset = (): Dataset<IdSpace> => structuredClone(dataset) as Dataset<IdSpace>;

/** More than the ~4.2 million combining marks that overflowed V8's regex stack (`\p{M}+`) on Node 20. */
const RUN = 2 ** 23;
const marks = '\u0301'.repeat(RUN);
const joiners = '\u200d'.repeat(RUN);

const KINDS: readonly ScoreKind[] = ['statements', 'actors', 'events', 'figures', 'times'];

describe('1. big but valid input never overflows the stack', () => {
  const entryOf: Readonly<Record<ScoreKind, unknown>> = {
    actors: { actor: 'kremlin', span: { start: 0, end: 7 } },
    statements: { speaker: 'dmitry-peskov', mode: 'indirect', span: { start: 0, end: 7 } },
    events: { span: { start: 0, end: 7 } },
    figures: { span: { start: 0, end: 7 }, value: 1, unit: 'd' },
    times: { span: { start: 0, end: 7 }, value: '2026-01-30' },
  };

  test.each(KINDS)('score takes 150,000 predictions of %s and counts every one', (kind) => {
    const prediction = { [kind]: Array.from({ length: 150_000 }, () => entryOf[kind]) } as Prediction;
    const report = score(prediction);
    expect(report[kind].strict.actual).toBe(150_000);
    expect(report.alignments.filter((row) => row.kind === kind && row.predicted !== null)).toHaveLength(150_000);
  });

  test('score takes a gold dataset with 150,000 mentions of one actor', () => {
    const gold = plainDataset() as unknown as { actors: { evidence: unknown[] }[] };
    const mention = gold.actors[0]!.evidence[0];
    gold.actors[0]!.evidence = Array.from({ length: 150_000 }, () => mention);
    const report = score({}, { gold: gold as unknown as Dataset<IdSpace> });
    expect(report.actors.strict.possible).toBe(150_000 + plainDataset().actors.slice(1).reduce((sum, actor) => sum + actor.evidence.length, 0));
  });
});

describe('2. a run of millions of combining marks or joiners is read, not a stack overflow', () => {
  test('findActor and findActors fold a name with millions of marks in it', () => {
    expect(findActor(`K${marks}remlin`)?.id).toBe('kremlin');
    expect(findActors(`Krem${marks}lin`).map((actor) => actor.id)).toContain('kremlin');
    expect(findActors(joiners)).toEqual([]);
  });

  test('search splits words at a run of millions of joiners, and ignores millions of marks', () => {
    expect(search(`Kremlin${joiners}Peskov`)).toEqual(search('Kremlin Peskov'));
    expect(search(`Pesk${marks}ov`)).toEqual(search('Peskov'));
    expect(search(marks)).toEqual([]);
  });

  test('score resolves a reference with millions of marks, and a gold alias with millions of marks', () => {
    expect(score({ actors: [{ actor: `Krem${marks}lin`, span: { start: 0, end: 7 } }] }).actors.strict.cor).toBe(1);
    const gold = plainDataset() as unknown as { actors: { aliases: string[] }[] };
    gold.actors[0]!.aliases.push(`Kreml${marks}`);
    expect(score({ actors: [{ actor: 'kreml', span: { start: 0, end: 7 } }] }, { gold: gold as unknown as Dataset<IdSpace> }).actors.strict.cor).toBe(1);
  });

  test('toBrat names a role with millions of joiners in it', () => {
    const data = plainDataset() as unknown as { events: { participants: { role: string }[] }[] };
    const event = data.events.find((candidate) => candidate.participants.length > 0)!;
    event.participants[0]!.role = `requester${joiners}x`;
    expect(toBrat(data as unknown as Dataset<IdSpace>).ann).toMatch(/ requester-x:T\d+/);
  });

  // The loops that replace the quantified patterns mean the same as the patterns did.
  const pieces = fc.constantFrom('a', 'Z', 'é', 'e\u0301', '\u0301', '\u20dd', '\u200d', ' ', '\t', '\n', '-', '_', '.', '😀', '\ud800', '\udc00', '٣', 'ß', 'ǅ', 'ﬁ');
  const text = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

  test('wordsOf and bratName agree with the patterns they replace, on any mix of letters, marks, joiners and separators', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(wordsOf(value)).toEqual(foldCase(value).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== ''));
        const name = value.trim().replace(/[^\p{L}\p{N}_-]+/gu, '-');
        expect(bratName(value)).toBe(name === '' ? 'unnamed' : name);
        expect(foldCase(value)).toBe(value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile data shared by the classes below

/** A copy of `value` with the value at `path` set. */
function setAt<T>(value: T, path: readonly (string | number)[], to: unknown): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = to;
  return copy as T;
}

/** A dataset whose text holds a tab, line and paragraph separators, an escape byte and a formula inside its spans. */
function hostileTextDataset(): Dataset<IdSpace> {
  const text = 'Zoë\tsaid \u2028“=HYPERLINK(\'x\')”\u2029 in Kyiv\x85 at\x0bdawn\x1b[31m\n-5 °C @once';
  const at = (words: string) => spanIn(text, words);
  const base = astralDataset();
  return {
    article: { ...syntheticArticle('hostile-text', text, [at('Zoë\tsaid')]), headline: 'Zoë\tsaid' },
    actors: [{ ...base.actors[0]!, evidence: [at('Zoë'), at('Zoë\tsaid \u2028“')] }, { ...base.actors[2]!, evidence: [at('Kyiv\x85 at')] }],
    statements: [{ ...base.statements[0]!, about: [], text: '=HYPERLINK(\'x\')', evidence: [at('=HYPERLINK(\'x\')'), at('said \u2028')] }],
    events: [{ ...base.events[0]!, participants: [{ actor: 'zoe', role: 'guest' }], location: 'kyiv', time: { ...base.events[0]!.time!, expression: 'at\x0bdawn' }, evidence: [at('at\x0bdawn\x1b[31m\n-5')] }],
    figures: [{ ...base.figures[1]!, about: 'dawn-meeting', evidence: [at('-5'), at('°C @once')] }],
    timexes: [],
  };
}

// ---------------------------------------------------------------------------------------------
// 6. Text that would break out of its place in an output format

/** Characters that would end a line, a cell, a column or a tag, start a formula or markup, or be obeyed by a terminal. */
const BREAKOUT = ['\n', '\r', '\t', '\v', '\f', '\u2028', '\u2029', '\x85', '\x1c', '\x1b', '\x9b', '\x00', '\x01', '\x7f', '\ufffe', '\uffff', '\ud800', '\udc00', '=', '+', '-', '@', '"', "'", '<', '>', '&', '|', '`', '[', ']', '*', '_', '\\', '#', ':', ';', 'a', 'é', ' ', '😀'];
const breakout = fc.array(fc.constantFrom(...BREAKOUT), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

/** The string fields of the astral dataset that are not tied to the text, by path. */
const FREE_FIELDS: readonly (readonly (string | number)[])[] = [
  ['article', 'id'],
  ['article', 'headline'],
  ['actors', 0, 'id'],
  ['actors', 0, 'kind'],
  ['actors', 0, 'name'],
  ['actors', 0, 'aliases', 0],
  ['actors', 0, 'wikidata'],
  ['actors', 1, 'roles', 0, 'title'],
  ['statements', 0, 'id'],
  ['statements', 0, 'speaker'],
  ['statements', 0, 'text'],
  ['statements', 0, 'cue'],
  ['statements', 0, 'about', 0],
  ['events', 0, 'id'],
  ['events', 0, 'type'],
  ['events', 0, 'summary'],
  ['events', 0, 'status'],
  ['events', 0, 'cameo'],
  ['events', 0, 'participants', 0, 'role'],
  ['events', 0, 'participants', 1, 'actor'],
  ['events', 0, 'accounts', 0, 'stance'],
  ['events', 0, 'time', 'value'],
  ['figures', 0, 'id'],
  ['figures', 0, 'quantity'],
  ['figures', 0, 'qualifier'],
  ['figures', 0, 'unit'],
  ['figures', 0, 'measures'],
  ['figures', 0, 'countOf'],
  ['figures', 0, 'about'],
];

/** brat's lines, one annotation each: what every line of `.ann` must match. */
const BRAT_LINE = new RegExp(
  [
    String.raw`T\d+\t\S+ \d+ \d+(;\d+ \d+)*\t[^\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*`,
    String.raw`E\d+\t[^\s:]+:T\d+( [^\s:]+:T\d+)*`,
    String.raw`R\d+\tspoken-by Arg1:T\d+ Arg2:T\d+`,
    String.raw`A\d+\t(mode|status|quantity|qualifier|timex-type) [TE]\d+ \S+`,
    String.raw`N\d+\tReference T\d+ Wikidata:\S+\t[^\t\x00-\x1f\x7f-\x9f\u2028\u2029]*`,
    String.raw`#\d+\tAnnotatorNotes T\d+\t[^\t\x00-\x1f\x7f-\x9f\u2028\u2029]*`,
  ]
    .map((line) => `(?:${line})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')$'),
);

/** RFC 4180 records of a CSV text: quoted fields with `""` for a quote, or bare fields. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let [record, field, at, quoted] = [[] as string[], '', 0, false];
  while (at < text.length) {
    const char = text[at] as string;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') [field, at] = [`${field}"`, at + 2];
      else if (char === '"') [quoted, at] = [false, at + 1];
      else [field, at] = [field + char, at + 1];
    } else if (char === '"') [quoted, at] = [true, at + 1];
    else if (char === ',') [record, field, at] = [[...record, field], '', at + 1];
    else if (char === '\n') [records[records.length], record, field, at] = [[...record, field], [], '', at + 1];
    else [field, at] = [field + char, at + 1];
  }
  return records;
}

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Every way an exporter's output could let a field out of its place, as a list of problems. */
function breakouts(data: Dataset<IdSpace>): string[] {
  const problems: string[] = [];
  const { ann, conf } = toBrat(data);
  for (const line of ann.split('\n').slice(0, -1)) if (!BRAT_LINE.test(line)) problems.push(`brat: ${JSON.stringify(line)}`);
  if (/[\r\v\f\x1c-\x1e\x85\u2028\u2029]/.test(conf)) problems.push('brat conf holds a line break other than \\n');
  const tables = toTables(data);
  const csv = toCsv(data);
  const ndjson = toNdjson(data);
  for (const name of tableNames) {
    const columns = tableColumns[name];
    const [header, ...records] = csvRecords(csv[name]);
    if (header?.join(',') !== columns.map((column) => column.name).join(',')) problems.push(`csv ${name}: header`);
    if (records.length !== tables[name].length) problems.push(`csv ${name}: ${records.length} records, not ${tables[name].length}`);
    records.forEach((record, i) => {
      const row = tables[name][i] as unknown as Readonly<Record<string, unknown>>;
      columns.forEach((column, j) => {
        const value = row[column.name];
        const cell = record[j];
        const expected = value === null ? '' : typeof value === 'string' ? (FORMULA_START.test(value) ? `'${value}` : value) : String(value);
        if (cell !== expected) problems.push(`csv ${name}[${i}].${column.name}: ${JSON.stringify(cell)} for ${JSON.stringify(value)}`);
      });
    });
    if (/[\u2028\u2029]/.test(ndjson[name])) problems.push(`ndjson ${name}: a raw line or paragraph separator`);
    const lines = ndjson[name].split('\n').slice(0, -1);
    if (lines.length !== tables[name].length) problems.push(`ndjson ${name}: ${lines.length} lines`);
    lines.forEach((line, i) => {
      if (JSON.stringify(JSON.parse(line)) !== JSON.stringify(tables[name][i])) problems.push(`ndjson ${name}[${i}] is not the row`);
    });
  }
  const { tasks, config } = toLabelStudio(data);
  const LABEL = /^    <Label value="(?:[^"<>&\x00-\x08\x0b\x0c\x0e-\x1f\t\n\r\ufffe\uffff]|&(?:amp|lt|gt|quot|apos|#9|#10|#13);)*"\/>$/;
  for (const line of config.split('\n')) {
    if (!LABEL.test(line) && !/^(<\/?View>|  <\/?Relations>|    <Relation value="spoken-by"\/>|  <Labels name="\w+" toName="text">|  <\/Labels>|  <Text name="text" value="\$text"\/>|)$/.test(line)) problems.push(`label studio config: ${JSON.stringify(line)}`);
  }
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(config)) problems.push('label studio config: a lone surrogate');
  const unescape = (value: string) => value.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? String.fromCharCode(Number(name.slice(1))));
  const declared = new Set([...config.matchAll(/<Label value="([^"]*)"\/>/g)].map((match) => unescape(match[1] as string)));
  for (const result of tasks[0]!.predictions[0].result) if ('value' in result && !declared.has(result.value.labels[0])) problems.push(`label studio: ${JSON.stringify(result.value.labels[0])} is not declared`);
  return problems;
}

describe('6. no text gets out of its place in brat, CSV, NDJSON or the Label Studio config', () => {
  test('a tab, line and paragraph separators, an escape byte and formulas inside the article’s spans stay inside their fields', () => {
    const data = hostileTextDataset();
    expect(breakouts(data)).toEqual([]);
    const ann = toBrat(data).ann;
    // The fragments split at the tab and the separators; the words are the article's.
    expect(ann).toContain('\tperson 0 3;4 9;10 11\tZoë said  “\n');
    expect(toCsv(data).statements).toContain(`"'=HYPERLINK('x')"`);
    expect(toCsv(data).figures).toContain(',-5,');
    expect(toNdjson(data).evidence).toContain('\\u2028');
    expect(toTables(data).evidence.some((row) => row.text.includes('\u2028'))).toBe(true);
  });

  test('a real figure below zero stays a bare number in CSV; text that starts like a formula gets a quote mark', () => {
    const data = astralDataset();
    expect(toCsv(data).figures).toMatch(/^"dawn-cold","temperature",-5,,,"exact","Cel","CEL",false,,"the temperature at dawn","dawn-meeting",,\d+,\d+$/m);
    const named = setAt(data, ['actors', 0, 'name'], '=cmd|\' /C calc\'!A0');
    expect(toCsv(named).actors).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(JSON.parse(toNdjson(named).actors.split('\n')[0]!).name).toBe('=cmd|\' /C calc\'!A0');
  });

  test.each(FREE_FIELDS.map((path) => [path.join('.'), path] as const))('any breakout text in %s stays in its place', (_, path) => {
    fc.assert(
      fc.property(breakout, (value) => {
        expect(breakouts(setAt(astralDataset(), path, value))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe('6. formatReport keeps a prediction’s words as text on their line', () => {
  const lex = (markdown: string) => marked.lexer(markdown);

  /** The shape a report renders to: tables of 24, 6 and 8 rows, then a paragraph and a list for the shown entries, and one for the warnings. */
  function shapeOf(markdown: string): string[] {
    return lex(markdown)
      .filter((token) => token.type !== 'space')
      .map((token) => (token.type === 'table' ? `table ${(token as Tokens.Table).rows.length}` : token.type === 'list' ? `list ${(token as Tokens.List).items.length}` : token.type));
  }
  /** The inline tokens of every list item: only text, escapes and one code span (the path) each. */
  function inlineKinds(markdown: string): string[] {
    const list = lex(markdown).find((token) => token.type === 'list') as Tokens.List | undefined;
    const kinds = new Set<string>();
    const walk = (tokens: readonly Token[] | undefined) => {
      for (const token of tokens ?? []) {
        kinds.add(token.type);
        walk((token as { tokens?: Token[] }).tokens);
      }
    };
    for (const item of list?.items ?? []) walk(item.tokens);
    return [...kinds].sort();
  }

  test('HTML, Markdown and backticks in a speaker’s name reach the report as text', () => {
    const report = score({ statements: [{ speaker: '<img src=x onerror=alert(1)>`|x|`**[a](javascript:b)**', mode: 'direct', span: { start: 0, end: 7 } }] });
    const markdown = formatReport(report);
    expect(markdown).not.toMatch(/<img|`\||\*\*\[/);
    expect(markdown).toContain('&#60;img src=x onerror=alert(1)&#62;&#96;&#124;x&#124;&#96;&#42;&#42;&#91;a&#93;(javascript:b)&#42;&#42;');
    // The speaker matches no actor: a warning, not an invalid entry.
    expect(shapeOf(markdown)).toEqual(['table 24', 'table 6', 'table 10', 'paragraph', 'list 1']);
  });

  test('for any breakout text in the entries of a report, the report keeps its tables and one list item per entry, with no markup', () => {
    const base = JSON.parse(JSON.stringify(score({ statements: [{ speaker: 'nobody', mode: 'direct', span: { start: 0, end: 7 } }] }))) as Record<string, unknown>;
    fc.assert(
      fc.property(fc.array(fc.record({ path: fc.oneof(breakout, fc.constant('statements[0].span')), reason: breakout }), { minLength: 1, maxLength: 12 }), (invalid) => {
        const markdown = formatReport({ ...base, invalid } as never);
        const shown = Math.min(invalid.length, 10) + (invalid.length > 10 ? 1 : 0);
        expect(shapeOf(markdown)).toEqual(['table 24', 'table 6', 'table 10', 'paragraph', `list ${shown}`, 'paragraph', 'list 1']);
        expect(inlineKinds(markdown).filter((kind) => !['text', 'escape', 'codespan'].includes(kind))).toEqual([]);
        // Counts (2 + 24), a blank and the intervals (2 + 6), a blank and the attributes (2 + 10), a blank,
        // a heading and the entries, a blank, a heading and the one warning, and the final newline.
        expect(markdown.split('\n')).toHaveLength(2 + 24 + 1 + 2 + 6 + 1 + 2 + 10 + 1 + 1 + shown + 1 + 1 + 1 + 1);
        expect(markdown).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029<>]/);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 7. The error contract: only the documented, named TypeError and RangeError

/** Every path to a value inside a JSON value, the root included. */
function pathsOf(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  const here = [[...path]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  return here;
}

/** Values that a JSON file can hold where a dataset or report has something else. */
const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', '', '\ud800', 'a\ud800b', -1, 0.5, 1e308, -0, 2 ** 53, null, [], {}, [[]], { start: 0 }, { start: 0, end: 1 }),
);

/** `base` as JSON with one to three changes: a value replaced, a key deleted, or a key added. */
function damaged(base: unknown): fc.Arbitrary<unknown> {
  const json = JSON.parse(JSON.stringify(base)) as unknown;
  const paths = pathsOf(json);
  const change = fc.tuple(fc.nat({ max: paths.length - 1 }), fc.constantFrom('replace', 'delete', 'add'), jsonish, fc.constantFrom('__proto__', 'constructor', 'extra', 'time', 'statement', 'start'));
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    let value = structuredClone(json);
    for (const [pick, kind, replacement, key] of changes) {
      const path = paths[pick] as (string | number)[];
      if (path.length === 0) {
        if (kind === 'replace') value = replacement;
        continue;
      }
      let parent: unknown = value;
      for (const step of path.slice(0, -1)) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string | number, unknown>)[step] : undefined;
      if (typeof parent !== 'object' || parent === null) continue;
      const last = path[path.length - 1] as string | number;
      const target = parent as Record<string | number, unknown>;
      if (kind === 'replace') target[last] = replacement;
      else if (kind === 'delete') {
        if (Array.isArray(target)) target.splice(last as number, 1);
        else delete target[last];
      } else if (typeof target[last] === 'object' && target[last] !== null && !Array.isArray(target[last])) {
        Object.defineProperty(target[last], key, { value: replacement, enumerable: true, writable: true, configurable: true });
      }
    }
    return value;
  });
}

/** Calls `fn` and returns what broke the contract: a throw that is not a `TypeError` or `RangeError` starting `name: `. */
function contractBreach(name: string, call: () => unknown): string | undefined {
  try {
    call();
    return undefined;
  } catch (error) {
    if ((error instanceof TypeError || error instanceof RangeError) && error.message.startsWith(`${name}: `)) return undefined;
    return `${name} threw ${String((error as Error)?.name)}: ${String((error as Error)?.message).slice(0, 200)}`;
  }
}

const EXPORTERS = { toWebAnnotations, toSchemaOrg, toTables, toCsv, toNdjson, toBrat, toLabelStudio } as const;

describe('7. every exporter, formatReport and score throw only their named TypeError or RangeError', () => {
  test.each(Object.keys(EXPORTERS))('%s, on arbitrary JSON and on damaged datasets', (name) => {
    const fn = EXPORTERS[name as keyof typeof EXPORTERS] as (value: unknown) => unknown;
    fc.assert(
      fc.property(fc.oneof(jsonish, damaged(astralDataset()), damaged(hostileTextDataset())), (value) => {
        expect(contractBreach(name, () => fn(value))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  test('formatReport, on arbitrary JSON and on damaged reports', () => {
    const report = score({ statements: [{ speaker: 'nobody', mode: 'direct', span: { quote: 'Kremlin' } }], figures: [{ span: { quote: 'for a week' }, value: 7, unit: 'd' }] });
    fc.assert(
      fc.property(fc.oneof(jsonish, damaged(report)), (value) => {
        expect(contractBreach('formatReport', () => formatReport(value as never))).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  test('score, on damaged gold datasets and damaged predictions', () => {
    const gold = astralDataset();
    const prediction = { actors: [{ actor: 'zoe', span: { start: 0, end: 3 } }], times: [{ span: { quote: 'at dawn' }, value: '2026-01-30' }] };
    fc.assert(
      fc.property(damaged(gold), damaged(prediction), (damagedGold, damagedPrediction) => {
        expect(contractBreach('score', () => score(prediction, { gold: damagedGold as never }))).toBeUndefined();
        expect(contractBreach('score', () => score(damagedPrediction as never, { gold }))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  test('regressions: a lone surrogate in an id, a malformed dataset, a malformed report', () => {
    const data = setAt(astralDataset(), ['actors', 0, 'id'], 'zoe\ud800');
    expect(toSchemaOrg(data)['@graph'].map((node) => node['@id'])).toContain('urn:x-dataset:astral-test#zoe%EF%BF%BD');
    expect(toWebAnnotations(data).first.items.map((item) => item.id)).toContain('urn:x-dataset:astral-test#mention-zoe%EF%BF%BD-1');
    expect(toSchemaOrg(setAt(astralDataset(), ['article', 'id'], '\udc00x'))['@graph'][0]!['@id']).toBe('urn:x-dataset:%EF%BF%BDx');
    expect(() => toBrat(setAt(astralDataset(), ['actors', 0, 'kind'], 5))).toThrow(new TypeError('toBrat: dataset.actors[0].kind must be a string, got number 5'));
    expect(() => toCsv(setAt(astralDataset(), ['events', 0, 'time'], 'soon'))).toThrow(new TypeError('toCsv: dataset.events[0].time must be a time value or null, got "soon"'));
    expect(() => toLabelStudio(setAt(astralDataset(), ['statements', 0, 'mode'], 'quoted'))).toThrow(new TypeError('toLabelStudio: dataset.statements[0].mode must be "direct" or "indirect", got "quoted"'));
    expect(() => formatReport({ ...score({}), attributes: {} } as never)).toThrow(new TypeError('formatReport: report.attributes.speaker must be an object, got nothing'));
    expect(() => formatReport({ ...score({}), invalid: [{ path: 'x', reason: 3 }] } as never)).toThrow(new TypeError('formatReport: report.invalid[0].reason must be a string, got number 3'));
  });
});

// ---------------------------------------------------------------------------------------------
// 8. Prototype keys and a polluted Object.prototype

describe('8. prototype keys are data, and a polluted Object.prototype changes nothing', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);

  test('an actor kind named like a key of Object.prototype is a schema.org Thing, and every exporter treats it as text', () => {
    for (const kind of prototypeKeys) {
      const data = setAt(astralDataset(), ['actors', 0, 'kind'], kind);
      const node = toSchemaOrg(data)['@graph'].find((candidate) => candidate.identifier === 'zoe');
      expect(node?.['@type'], kind).toBe('Thing');
      expect(toBrat(data).conf, kind).toContain(`\n${kind.replace(/[^\p{L}\p{N}_-]+/gu, '-')}\n`);
      expect(toLabelStudio(data).config, kind).toContain(`<Label value="${kind}"/>`);
    }
  });

  test('any key of Object.prototype in any free field gives output of strings, as any other word would', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FREE_FIELDS), fc.constantFrom(...prototypeKeys), (path, key) => {
        const data = setAt(astralDataset(), path, key);
        expect(breakouts(data)).toEqual([]);
        for (const node of toSchemaOrg(data)['@graph']) expect(typeof node['@type']).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  test('a gold span whose text is not the article’s is rejected, so no time is placed by a text that is not there', () => {
    const gold = astralDataset();
    const moved = setAt(gold, ['events', 0, 'evidence', 1, 'text'], 'at noon');
    expect(() => score({}, { gold: moved })).toThrow(RangeError);
    expect(() => score({}, { gold: moved })).toThrow(/^score: options\.gold\.events\[0\]\.evidence\[1\]\.text "at noon" is not the article's text at \d+\.\.\d+, "at dawn"$/);
    expect(() => toTables(moved)).toThrow(/^toTables: dataset\.events\[0\]\.evidence\[1\]\.text "at noon" is not the article's text/);
  });

  /** The keys a polluted Object.prototype carries in the test below: every optional field a reader could fall through to. */
  const POLLUTION: Readonly<Record<string, unknown>> = {
    quote: 'Kremlin',
    prefix: 'zzz',
    suffix: 'zzz',
    min: 3,
    max: 9,
    sha256: 'f'.repeat(64),
    offsets: 'utf8',
    time: { expression: 'at dawn', value: '1999-01-01', precision: 'day', anchor: 'publication', inferred: false },
    statement: 'polluted',
    gold: { article: { text: 'polluted' } },
    base: 'https://polluted.example/',
    modelVersion: 'polluted',
  };

  async function underPollution<T>(run: () => Promise<T> | T): Promise<T> {
    for (const [key, value] of Object.entries(POLLUTION)) Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false });
    try {
      return await run();
    } finally {
      for (const key of Object.keys(POLLUTION)) delete (Object.prototype as Record<string, unknown>)[key];
    }
  }

  test('score, formatReport and every exporter give the same results with quote, prefix, min, sha256, time and more on Object.prototype', async () => {
    const prediction: Prediction = {
      statements: [{ speaker: 'Dmitry Peskov', mode: 'indirect', span: { quote: 'Trump' } }],
      figures: [{ span: { quote: 'for a week' }, value: 7, unit: 'd' }],
      events: [{ span: { start: 0, end: 7 } }],
      times: [{ span: { quote: 'Friday' }, value: '2026-01-30' }],
    };
    const astral = astralDataset();
    const run = (modules: { score: typeof score; formatReport: typeof formatReport; exporters: typeof EXPORTERS }) =>
      JSON.stringify([
        modules.score(prediction),
        modules.formatReport(modules.score(prediction)),
        modules.score({ actors: [{ actor: 'zoe', span: { start: 0, end: 3 } }] }, { gold: astral }),
        ...Object.values(modules.exporters).map((fn) => (fn as (data: unknown) => unknown)(dataset)),
        ...Object.values(modules.exporters).map((fn) => (fn as (data: unknown) => unknown)(astral)),
      ]);
    const expected = run({ score, formatReport, exporters: EXPORTERS });
    // Fresh modules, so that no index built before the pollution (the packaged gold's units) hides a read under it.
    vi.resetModules();
    const fresh = await underPollution(async () => {
      const scorer = await import('../src/score.js');
      const exporters = await import('../src/export.js');
      const { toWebAnnotations: a, toSchemaOrg: b, toTables: c, toCsv: d, toNdjson: e, toBrat: f, toLabelStudio: g } = exporters;
      return run({ score: scorer.score, formatReport: scorer.formatReport, exporters: { toWebAnnotations: a, toSchemaOrg: b, toTables: c, toCsv: d, toNdjson: e, toBrat: f, toLabelStudio: g } });
    });
    expect(fresh).toBe(expected);
  });
});
