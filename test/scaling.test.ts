/**
 * What keeps the exporters, the schema's rules and `formatReport` in time proportional to their
 * input and output, checked by results and by what is read, never by timing (`npm run bench`
 * times them): large inputs that the quadratic scans of before could not finish within a test's
 * time, the package's own dataset read without a copy, and a report whose alignment is never read.
 */
import { describe, expect, test } from 'vitest';
import { dataset, type Dataset, type IdSpace } from '../src/index.js';
import { DatasetSchema } from '../src/schema/index.js';
import { formatReport, score } from '../src/score.js';
import { toBrat, toCsv, toLabelStudio, toNdjson, toSchemaOrg, toTables, toWebAnnotations } from '../src/export.js';
import { readDataset } from '../src/export/shared.js';
import { monologue } from '../scripts/bench/corpus.js';

const plain = (): Dataset<IdSpace> => JSON.parse(JSON.stringify(dataset)) as Dataset<IdSpace>;

/** The statements added to the monologue: Dmitry Peskov's, each with a mention of him after it, in its paragraph. */
const LINES = 20_000;
const speech = monologue(plain(), LINES);
/** Dmitry Peskov's mentions in the real article, before the monologue's. */
const ownMentions = (dataset.actors.find((actor) => actor.id === 'dmitry-peskov')?.evidence ?? []).length;

describe('large inputs', () => {
  test(`toLabelStudio numbers the ${LINES.toLocaleString('en-US')} mentions of one actor #2, #3, … and links each of their statements to the mention in its paragraph`, () => {
    const result = toLabelStudio(speech).tasks[0]?.predictions[0].result ?? [];
    const ids = result.flatMap((item) => ('id' in item && item.id.startsWith('dmitry-peskov') ? [item.id] : []));
    expect(ids).toEqual(Array.from({ length: ownMentions + LINES }, (_, i) => (i === 0 ? 'dmitry-peskov' : `dmitry-peskov#${i + 1}`)));
    const links = new Map(result.flatMap((item) => ('from_id' in item ? [[item.from_id, item.to_id] as const] : [])));
    const wrong = Array.from({ length: LINES }, (_, k) => k).filter((k) => links.get(`monologue-${k}`) !== `dmitry-peskov#${ownMentions + k + 1}`);
    expect(wrong).toEqual([]);
  });

  test(`toBrat links each of ${LINES.toLocaleString('en-US')} statements by one speaker to the mention in its paragraph`, () => {
    const lines = toBrat(speech).ann.split('\n');
    // T lines come in order: the speaker's mentions among the actors', then the statements'.
    const mentions = lines.filter((line) => /^T\d+\tperson /.test(line) && line.endsWith('\tDmitry Peskov')).map((line) => line.split('\t')[0]);
    const statements = lines.filter((line) => /^T\d+\tstatement /.test(line) && /\tLine \d+,$/.test(line)).map((line) => line.split('\t')[0]);
    expect([mentions.length, statements.length]).toEqual([ownMentions + LINES, LINES]);
    const spokenBy = new Map(
      lines.flatMap((line) => {
        const match = /^R\d+\tspoken-by Arg1:(T\d+) Arg2:(T\d+)$/.exec(line);
        return match === null ? [] : [[match[1], match[2]] as const];
      }),
    );
    const wrong = statements.filter((id, k) => spokenBy.get(id as string) !== mentions[ownMentions + k]);
    expect(wrong).toEqual([]);
  });

  test(`DatasetSchema accepts an actor of ${LINES.toLocaleString('en-US')} aliases and as many mentions, and names a mention that is no alias`, () => {
    const named = monologue(plain(), LINES, { aliasVariants: true });
    expect(DatasetSchema.safeParse(named).success).toBe(true);
    const peskov = named.actors.findIndex((actor) => actor.id === 'dmitry-peskov');
    const actors = named.actors.map((actor, i) => (i === peskov ? { ...actor, aliases: actor.aliases.filter((alias) => alias !== actor.name), name: 'Peskov' } : actor));
    const result = DatasetSchema.safeParse({ ...named, actors });
    expect(result.success).toBe(false);
    const rules = new Set(result.error?.issues.map((issue) => (issue as { params?: { rule?: string } }).params?.rule));
    expect([...rules]).toEqual(['mention-not-alias']);
  });
});

describe("the package's own dataset", () => {
  const EXPORTERS = { toWebAnnotations, toSchemaOrg, toTables, toCsv, toNdjson, toBrat, toLabelStudio } as const;

  test('the exporters read it as it is, without a copy', () => {
    expect(readDataset(dataset, 'toCsv')).toBe(dataset);
    expect(readDataset(plain(), 'toCsv')).not.toBe(dataset);
  });

  test('every exporter gives the same output for it as for a plain copy, and none of it is an object of the dataset', () => {
    const ours = new Set<object>();
    const collect = (value: unknown, into: Set<object>): void => {
      if (typeof value !== 'object' || value === null || into.has(value)) return;
      into.add(value);
      for (const item of Object.values(value)) collect(item, into);
    };
    collect(dataset, ours);
    for (const [name, fn] of Object.entries(EXPORTERS)) {
      const output = (fn as (data: Dataset<IdSpace>) => unknown)(dataset);
      expect(JSON.stringify(output), name).toBe(JSON.stringify((fn as (data: Dataset<IdSpace>) => unknown)(plain())));
      const reached = new Set<object>();
      collect(output, reached);
      expect([...reached].filter((object) => ours.has(object)), name).toEqual([]);
    }
  });

  test('with a key it lacks (an account’s statement or time) set on Object.prototype, it is copied, so the exporters never read that key', () => {
    const expected = JSON.stringify(toTables(dataset));
    for (const key of ['statement', 'time']) {
      Object.defineProperty(Object.prototype, key, { value: 'polluted', configurable: true, writable: true, enumerable: false });
      try {
        expect(readDataset(dataset, 'toTables')).not.toBe(dataset);
        expect(JSON.stringify(toTables(dataset)), key).toBe(expected);
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
    }
  });
});

describe('formatReport', () => {
  const report = score({ statements: [{ speaker: 'Dmitry Peskov', mode: 'indirect', span: { quote: 'Trump' } }], figures: [{ span: { quote: 'for a week' }, value: 7, unit: 'd' }, { span: { quote: 'nowhere at all' }, value: 1, unit: 'd' }] });

  test('prints the Markdown tables without reading the alignment', () => {
    const untouchable = { ...report };
    Object.defineProperty(untouchable, 'alignments', {
      enumerable: true,
      get() {
        throw new Error('the alignment was read');
      },
    });
    expect(formatReport(untouchable)).toBe(formatReport(report));
  });

  test('checks every entry that could not be used, and keeps only the first ten', () => {
    const invalid = Array.from({ length: 50_000 }, (_, i) => ({ path: `figures[${i}].span`, reason: 'no such quote', problems: [] }));
    const markdown = formatReport({ ...report, invalid });
    expect(markdown.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(11);
    expect(markdown).toContain('- … and 49990 more');
    const broken = [...invalid];
    broken[40_000] = { path: 'figures[40000].span', reason: 3 as unknown as string, problems: [] };
    expect(() => formatReport({ ...report, invalid: broken })).toThrow(new TypeError('formatReport: report.invalid[40000].reason must be a string, got number 3'));
  });

  test('a getter that throws is a TypeError naming its path', () => {
    const statements = { ...report.statements };
    Object.defineProperty(statements, 'exact', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => formatReport({ ...report, statements })).toThrow(new TypeError('formatReport: report.statements.exact could not be read: a getter or Proxy trap threw'));
  });
});
