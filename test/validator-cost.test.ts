/**
 * The cost of validation and search on adversarial input, as deterministic counts of the reads
 * the code makes (timings are only reported, by `npm run bench`). Each test would fail on a
 * quadratic implementation: reads would grow with the square of the input, not linearly.
 */
import { describe, expect, test } from 'vitest';
import { dataset } from '../src/index.js';
import type { Dataset, IdSpace } from '../src/index.js';
import { occurrences } from '../src/queries/findText.js';
import { checkDataset } from '../src/schema/rules.js';

type Plain = Dataset<IdSpace>;
type Statement = Plain['statements'][number];

/** `value` behind a Proxy that counts reads of the keys `counted` accepts. */
function counting<T extends object>(value: T, counter: { reads: number }, counted: (key: string | symbol) => boolean): T {
  return new Proxy(value, {
    get(target, key) {
      if (counted(key)) counter.reads++;
      // The target as receiver: a typed array's `length` getter refuses a Proxy.
      return Reflect.get(target, key) as unknown;
    },
  });
}

/** The real dataset plus `n` copies of one statement, each nested in the one before when `nest`. */
function withStatements(n: number, nest: boolean, counter: { reads: number }): Plain {
  const base = structuredClone(dataset) as Plain;
  const template = base.statements.find((statement) => statement.within === null)!;
  const added = Array.from({ length: n }, (_, i): Statement => {
    const statement = { ...template, id: `added-${i}`, within: nest && i > 0 ? `added-${i - 1}` : null, reportedBy: nest && i > 0 ? template.speaker : template.reportedBy };
    return counting(statement, counter, (key) => key === 'within');
  });
  return { ...base, statements: [...base.statements, ...added] };
}

/** The real dataset with one event given `n` accounts that share a time and a carrying statement. */
function withAccounts(n: number, counter: { reads: number }): Plain {
  const base = structuredClone(dataset) as Plain;
  const event = base.events.find((candidate) => candidate.accounts.some((account) => account.time !== undefined && account.statement !== undefined))!;
  const account = event.accounts.find((candidate) => candidate.time !== undefined && candidate.statement !== undefined)!;
  const carrier = base.statements.find((statement) => statement.id === account.statement)!;
  // Count every read of an evidence array (its items and its length), the event's and the carrier's.
  const countReads = (spans: Statement['evidence']) => counting(spans as Statement['evidence'] & object, counter, (key) => typeof key === 'string');
  const events = base.events.map((candidate) =>
    candidate === event ? { ...candidate, evidence: countReads(candidate.evidence), accounts: Array.from({ length: n }, () => ({ ...account })) } : candidate,
  );
  const statements = base.statements.map((statement) => (statement === carrier ? { ...statement, evidence: countReads(statement.evidence) } : statement));
  return { ...base, events, statements };
}

describe('the rules across records cost O(n)', () => {
  test('the nesting checks read `within` a bounded number of times per statement, however deep the nesting', () => {
    const reads = (n: number, nest: boolean) => {
      const counter = { reads: 0 };
      const problems = checkDataset(withStatements(n, nest, counter));
      expect(problems.filter((problem) => problem.rule === 'nested-cycle')).toEqual([]);
      return counter.reads;
    };
    const [flat, deep, deeper] = [reads(2000, false), reads(2000, true), reads(4000, true)];
    // Quadratic would be about 2,000,000 reads for 2,000 nested statements, and four times that for 4,000.
    expect(deep).toBeLessThanOrEqual(10 * 2000);
    expect(deep).toBeLessThanOrEqual(3 * flat);
    expect(deeper).toBeLessThanOrEqual(2.1 * deep);
  });

  test('a cycle at the end of a long chain is reported for every statement that reaches it, in one pass', () => {
    const counter = { reads: 0 };
    const data = withStatements(3000, true, counter);
    const first = data.statements.find((statement) => statement.id === 'added-0')!;
    const last = data.statements.find((statement) => statement.id === 'added-2999')!;
    const statements = data.statements.map((statement) => (statement === first ? { ...first, within: last.id } : statement));
    const cycles = checkDataset({ ...data, statements }).filter((problem) => problem.rule === 'nested-cycle');
    expect(cycles).toHaveLength(3000);
    expect(counter.reads).toBeLessThanOrEqual(10 * 3000);
  });

  test('an event’s accounts neither copy nor rescan its evidence: reads grow with the accounts, not accounts × spans', () => {
    const reads = (n: number) => {
      const counter = { reads: 0 };
      const problems = checkDataset(withAccounts(n, counter));
      expect(problems).toEqual([]);
      return counter.reads;
    };
    const [some, more] = [reads(5000), reads(10_000)];
    // Copying the carrier's and the event's evidence for every account reads ~10 items per account.
    expect(more).toBeLessThan(1000);
    expect(more).toBeLessThanOrEqual(some + 100);
  });
});

describe('findText costs O(text + query) on overlapping repeats', () => {
  test('Knuth–Morris–Pratt reads each unit of the text and the query a bounded number of times', () => {
    const counter = { reads: 0 };
    const index = (key: string | symbol) => typeof key === 'string' && /^\d+$/.test(key);
    const [n, m] = [20_000, 10_000];
    const text = counting(new Int32Array(n), counter, index);
    const query = counting(new Int32Array(m), counter, index);
    const found = occurrences(text, query);
    expect(found).toHaveLength(n - m + 1);
    expect(found.every((start, i) => start === i)).toBe(true);
    // A naive scan makes about n · m / 2 = 100,000,000 reads here.
    expect(counter.reads).toBeLessThanOrEqual(4 * (n + m));
  });

  test('on a text of almost-matches it still reads each unit a bounded number of times', () => {
    const counter = { reads: 0 };
    const index = (key: string | symbol) => typeof key === 'string' && /^\d+$/.test(key);
    const [n, m] = [20_000, 1000];
    const text = counting(Int32Array.from({ length: n }, (_, i) => (i % m === m - 1 ? 1 : 0)), counter, index);
    const query = counting(Int32Array.from({ length: m }, (_, i) => (i === m - 1 ? 2 : 0)), counter, index);
    expect(occurrences(text, query)).toEqual([]);
    expect(counter.reads).toBeLessThanOrEqual(4 * (n + m));
  });
});

describe('every pattern in src/ runs in linear time', () => {
  /** The regular-expression literals of a source file, found by a small scanner. */
  function regexLiterals(source: string): string[] {
    const found: string[] = [];
    const code = source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/(^|[^:\\])\/\/[^\n]*/g, '$1');
    for (let i = 0; i < code.length; i++) {
      const char = code[i];
      if (char === '"' || char === "'" || char === '`') {
        for (i++; i < code.length && code[i] !== char; i++) if (code[i] === '\\') i++;
        continue;
      }
      if (char !== '/') continue;
      const before = code.slice(0, i).trimEnd();
      if (!/(^|[(,=:[!&|?{};]|\breturn|\btest)$/.test(before)) continue;
      let inClass = false;
      let j = i + 1;
      for (; j < code.length && (inClass || code[j] !== '/'); j++) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        else if (code[j] === '\n') break;
      }
      if (code[j] === '/') {
        found.push(code.slice(i + 1, j));
        i = j;
      }
    }
    return found;
  }

  /** A group repeated without a bound: V8 backtracks through it, recursively, once per repetition. */
  const repeatedGroup = /\)(?:[*+]|\{\d+,\})/;

  /** Patterns with a repeated group that only ever run on short, capped input, and why. */
  const allowed: Readonly<Record<string, string>> = {
    // queries/text.ts: ABBREVIATION only sees words of at most 16 characters (LONGEST_ABBREVIATION).
    '^(?:(?:\\p{L}\\.)*\\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Maj|Adm|Jr|Sr|No)$': 'capped input',
  };

  test('no regular expression in src/ repeats a group without a bound, except on capped input', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const src = join(import.meta.dirname, '..', 'src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !(file.startsWith('data') && file !== 'data/decode.ts') && file !== 'model/ids.ts');
    const patterns = files.flatMap((file) => regexLiterals(readFileSync(join(src, file), 'utf8')).map((pattern) => ({ file, pattern })));
    expect(patterns.length).toBeGreaterThan(15);
    expect(patterns.filter(({ pattern }) => repeatedGroup.test(pattern) && !(pattern in allowed))).toEqual([]);
    // The scanner finds the kind of pattern it must reject.
    expect(regexLiterals("const id = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;").filter((pattern) => repeatedGroup.test(pattern))).toHaveLength(1);
  });
});
