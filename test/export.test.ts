/**
 * The exporters of `kyiv-strike-pause/export`, on this article and on a synthetic dataset whose
 * text holds emoji and combining marks (where UTF-16 and code-point offsets differ): the Web
 * Annotation model's rules, brat's standoff rules, Label Studio's task shape (checked by ajv),
 * the tables' rows, purity, and the errors for bad input.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { dataset } from '../src/index.js';
import * as exporters from '../src/export.js';
import type { AnnotationCollection, BratDocument } from '../src/export.js';
import type { Dataset, IdSpace } from '../src/model/types.js';
import { ASTRAL_TEXT, astralDataset, spanOf } from './helpers/astral.js';

const chars = (text: string) => Array.from(text);
/** The characters from code point `start` to code point `end`. */
const slice = (text: string, start: number, end: number) => chars(text).slice(start, end).join('');
/** The code-point offset of a UTF-16 offset. */
const codePointAt = (text: string, utf16: number) => chars(text.slice(0, utf16)).length;

const DATASETS: readonly (readonly [string, Dataset<IdSpace>])[] = [
  ['this article', dataset as Dataset<IdSpace>],
  ['the astral dataset', astralDataset()],
];

/** The motivations of the Web Annotation vocabulary (w3.org/TR/annotation-vocab §3.3.5). */
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

test('the astral dataset really has offsets where UTF-16 and code points differ', () => {
  const quote = spanOf('Cafe\u0301 prices rose 😀 12 percent');
  expect(codePointAt(ASTRAL_TEXT, quote.start)).not.toBe(quote.start);
  expect(chars(ASTRAL_TEXT).length).toBeLessThan(ASTRAL_TEXT.length);
  expect(ASTRAL_TEXT).toMatch(/\p{M}/u);
});

/** Every way a collection breaks the Web Annotation model's rules or misplaces a record. */
function webAnnotationProblems(collection: AnnotationCollection, data: Dataset<IdSpace>): string[] {
  const problems: string[] = [];
  const text = data.article.text;
  const length = chars(text).length;
  if (collection['@context'] !== 'http://www.w3.org/ns/anno.jsonld') problems.push(`context ${String(collection['@context'])}`);
  if (collection.type !== 'AnnotationCollection') problems.push(`collection type ${String(collection.type)}`);
  const page = collection.first;
  if (page.type !== 'AnnotationPage' || page.partOf !== collection.id || page.startIndex !== 0) problems.push('the page is not the collection’s first page');
  if (collection.total !== page.items.length) problems.push(`total ${collection.total} but ${page.items.length} items`);
  const ids = [collection.id, page.id, ...page.items.map((item) => item.id)];
  if (new Set(ids).size !== ids.length) problems.push('ids repeat');
  for (const id of ids) if (!ABSOLUTE_IRI.test(id)) problems.push(`${id} is not an absolute IRI`);
  const source = page.items[0]?.target[0]?.source;
  for (const item of page.items) {
    if (item.type !== 'Annotation') problems.push(`${item.id}: type ${String(item.type)}`);
    if (!MOTIVATIONS.has(item.motivation)) problems.push(`${item.id}: motivation ${item.motivation}`);
    if (item.body.length === 0) problems.push(`${item.id}: no body`);
    for (const body of item.body) {
      if (!MOTIVATIONS.has(body.purpose)) problems.push(`${item.id}: purpose ${body.purpose}`);
      if (body.type === 'TextualBody' && (typeof body.value !== 'string' || body.value === '')) problems.push(`${item.id}: a TextualBody without value`);
      if (body.type === 'SpecificResource' && !ABSOLUTE_IRI.test(body.source)) problems.push(`${item.id}: body source ${body.source}`);
    }
    if (item.target.length === 0) problems.push(`${item.id}: no target`);
    for (const target of item.target) {
      if (target.source !== source || !ABSOLUTE_IRI.test(target.source)) problems.push(`${item.id}: target source ${target.source}`);
      const positions = target.selector.filter((selector) => selector.type === 'TextPositionSelector');
      const quotes = target.selector.filter((selector) => selector.type === 'TextQuoteSelector');
      if (target.selector.length !== 2 || positions.length !== 1 || quotes.length !== 1) {
        problems.push(`${item.id}: selectors ${target.selector.map((selector) => selector.type).join(', ')}`);
        continue;
      }
      const [{ start, end }] = positions as unknown as [{ start: number; end: number }];
      const [{ exact, prefix = '', suffix = '' }] = quotes as unknown as [{ exact: string; prefix?: string; suffix?: string }];
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) problems.push(`${item.id}: offsets ${start}–${end}`);
      if (exact !== slice(text, start, end)) problems.push(`${item.id}: exact ${JSON.stringify(exact)} is not the code points ${start}–${end}`);
      const [before, after] = [chars(prefix).length, chars(suffix).length];
      if (prefix !== slice(text, start - before, start) || before > 32 || (before === 0 && start > 0)) problems.push(`${item.id}: prefix ${JSON.stringify(prefix)}`);
      if (suffix !== slice(text, end, end + after) || after > 32 || (after === 0 && end < length)) problems.push(`${item.id}: suffix ${JSON.stringify(suffix)}`);
    }
  }
  return problems;
}

describe('toWebAnnotations', () => {
  for (const [name, data] of DATASETS) {
    test(`on ${name}: the collection follows the Web Annotation model, and every quote is the code-point slice at its position`, () => {
      expect(webAnnotationProblems(exporters.toWebAnnotations(data), data)).toEqual([]);
    });

    test(`on ${name}: one annotation per actor mention, statement, event, figure and time expression, each describing its record`, () => {
      const { items } = exporters.toWebAnnotations(data).first;
      const expected = [
        ...data.actors.flatMap((actor) => actor.evidence.map(() => ({ id: actor.id, kind: 'actor' }))),
        ...data.statements.map((statement) => ({ id: statement.id, kind: 'statement' })),
        ...data.events.map((event) => ({ id: event.id, kind: 'event' })),
        ...data.figures.map((figure) => ({ id: figure.id, kind: 'figure' })),
        ...data.timexes.map((timex) => ({ id: timex.id, kind: 'timex' })),
      ];
      const described = items.map((item) => {
        const body = item.body.find((b) => b.purpose === 'describing');
        const fields = JSON.parse(body?.type === 'TextualBody' ? body.value : '{}') as { id?: string; kind?: string };
        return { id: fields.id, kind: fields.kind };
      });
      expect(described).toEqual(expected);
      expect(items.map((item) => item.body.find((b) => b.purpose === 'tagging'))).toEqual(expected.map(({ kind }) => ({ type: 'TextualBody', purpose: 'tagging', value: kind })));
    });

    test(`on ${name}: records with a verified QID, and only they, carry an identifying body with its Wikidata page`, () => {
      const { items } = exporters.toWebAnnotations(data).first;
      const identified = items.flatMap((item) => item.body.filter((b) => b.purpose === 'identifying').map((b) => (b.type === 'SpecificResource' ? b.source : '')));
      const expected = [
        ...data.actors.flatMap((actor) => (actor.wikidata === null ? [] : actor.evidence.map(() => `https://www.wikidata.org/wiki/${actor.wikidata}`))),
        ...data.events.flatMap((event) => (event.wikidata === null ? [] : [`https://www.wikidata.org/wiki/${event.wikidata}`])),
      ];
      expect(identified).toEqual(expected);
    });
  }

  test('statement targets list the content first, and a base IRI is used for every id', () => {
    const data = astralDataset();
    const collection = exporters.toWebAnnotations(data, { base: 'https://example.org/articles/astral' });
    const statement = collection.first.items.find((item) => item.id.endsWith('#statement-zoe-prices'));
    expect(statement?.target.map((target) => target.selector[1].exact)).toEqual(['Cafe\u0301 prices rose 😀 12 percent', 'Zoë 👩‍👩‍👧 says']);
    expect(statement?.target[0]?.selector[0]).toEqual({ type: 'TextPositionSelector', start: codePointAt(ASTRAL_TEXT, spanOf('Cafe').start), end: codePointAt(ASTRAL_TEXT, spanOf(' in Kyi').start) - 1 });
    expect([collection.id, ...collection.first.items.map((item) => item.id)].filter((id) => !id.startsWith('https://example.org/articles/astral#'))).toEqual([]);
  });
});

describe('toSchemaOrg', () => {
  for (const [name, data] of DATASETS) {
    test(`on ${name}: a NewsArticle, every actor, a Quotation per direct statement, a QuantitativeValue per figure and an Event per dated event`, () => {
      const graph = exporters.toSchemaOrg(data)['@graph'];
      const byId = new Map(graph.map((node) => [node.identifier, node]));
      const article = graph[0];
      expect(article).toMatchObject({ '@type': 'NewsArticle', headline: data.article.headline, datePublished: data.article.publishedOn, articleBody: data.article.text });
      expect(graph.filter((node) => node['@type'] === 'Quotation').map((node) => node.identifier)).toEqual(
        data.statements.filter((statement) => statement.mode === 'direct').map((statement) => statement.id),
      );
      const problems: string[] = [];
      for (const actor of data.actors) {
        const node = byId.get(actor.id);
        if (!['Person', 'Organization', 'Place', 'Country', 'Product'].includes(String(node?.['@type']))) problems.push(`${actor.id}: ${String(node?.['@type'])}`);
        if (node?.['sameAs'] !== (actor.wikidata === null ? undefined : `https://www.wikidata.org/wiki/${actor.wikidata}`)) problems.push(`${actor.id}: sameAs ${String(node?.['sameAs'])}`);
      }
      for (const figure of data.figures) {
        const node = byId.get(figure.id);
        const expected = { value: figure.value ?? undefined, minValue: figure.min ?? undefined, maxValue: figure.max ?? undefined, unitText: figure.unit };
        const actual = { value: node?.['value'], minValue: node?.['minValue'], maxValue: node?.['maxValue'], unitText: node?.['unitText'] };
        if (node?.['@type'] !== 'QuantitativeValue' || JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${figure.id}: ${JSON.stringify(node)}`);
      }
      for (const event of data.events) {
        const dated = event.time !== null && !event.time.value.startsWith('P');
        if (dated !== (byId.get(event.id)?.['@type'] === 'Event')) problems.push(`${event.id}: dated ${dated}`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('unitCode is the UN/CEFACT code of the UCUM unit', () => {
    const graph = exporters.toSchemaOrg(astralDataset())['@graph'];
    const codes = Object.fromEntries(graph.filter((node) => node['@type'] === 'QuantitativeValue').map((node) => [node['unitText'], node['unitCode']]));
    expect(codes).toEqual({ '{percent}': 'C62', Cel: 'CEL' });
    const codesHere = Object.fromEntries(
      exporters.toSchemaOrg(dataset)['@graph'].filter((node) => node['@type'] === 'QuantitativeValue').map((node) => [node['unitText'], node['unitCode'] ?? null]),
    );
    const reference: Readonly<Record<string, string | null>> = { Cel: 'CEL', d: 'DAY', wk: 'WEE', h: 'HUR', mo: 'MON', a: 'ANN', '/h': 'H10', '/d': null };
    expect(Object.entries(codesHere).filter(([unit, code]) => (unit.startsWith('{') || unit === '1' ? code !== 'C62' : reference[unit] !== code))).toEqual([]);
  });
});

describe('toTables', () => {
  for (const [name, data] of DATASETS) {
    test(`on ${name}: one row per record, mention, participant, account, time, time expression and evidence span`, () => {
      const tables = exporters.toTables(data);
      const counts = Object.fromEntries(exporters.tableNames.map((table) => [table, tables[table].length]));
      expect(counts).toEqual({
        actors: data.actors.length,
        mentions: data.actors.reduce((sum, actor) => sum + actor.evidence.length, 0),
        statements: data.statements.length,
        events: data.events.length,
        participants: data.events.reduce((sum, event) => sum + event.participants.length, 0),
        accounts: data.events.reduce((sum, event) => sum + event.accounts.length, 0),
        figures: data.figures.length,
        times: [...data.statements, ...data.events].filter((record) => record.time !== null).length + data.events.flatMap((event) => event.accounts).filter((account) => account.time !== undefined).length,
        timexes: data.timexes.length,
        evidence: [data.article, ...data.actors, ...data.statements, ...data.events, ...data.figures, ...data.timexes].reduce((sum, record) => sum + record.evidence.length, 0),
      });
    });

    test(`on ${name}: every row has exactly its table's columns, of their types, and every offset pair slices the text in code points`, () => {
      const tables = exporters.toTables(data);
      const problems: string[] = [];
      const typeOf = { VARCHAR: 'string', INTEGER: 'number', DOUBLE: 'number', BOOLEAN: 'boolean' } as const;
      for (const table of exporters.tableNames) {
        const columns = exporters.tableColumns[table];
        (tables[table] as readonly object[]).forEach((row, i) => {
          const record = row as Readonly<Record<string, unknown>>;
          if (JSON.stringify(Object.keys(record)) !== JSON.stringify(columns.map((column) => column.name))) problems.push(`${table}[${i}]: keys ${Object.keys(record).join(',')}`);
          for (const column of columns) {
            const value = record[column.name];
            if (value === null ? !column.nullable : typeof value !== typeOf[column.type] || (column.type === 'INTEGER' && !Number.isInteger(value))) {
              problems.push(`${table}[${i}].${column.name}: ${JSON.stringify(value)} is not ${column.type}`);
            }
          }
          if ('text' in record && typeof record['start'] === 'number' && table !== 'statements') {
            if (slice(data.article.text, record['start'], record['end'] as number) !== record['text']) problems.push(`${table}[${i}]: text is not its slice`);
          }
        });
      }
      tables.statements.forEach((row, i) => {
        if (row.start === null || row.end === null || slice(data.article.text, row.start, row.end) !== data.statements[i]?.evidence[0]?.text) problems.push(`statements[${i}]: offsets`);
      });
      expect(problems).toEqual([]);
    });
  }

  test('the timexes table holds each time expression with its TIMEX3 attributes, and the times table points at it', () => {
    const tables = exporters.toTables(astralDataset());
    const dawn = spanOf('dawn');
    expect(tables.timexes).toEqual([
      { id: 'dawn', type: 'TIME', value: '2026-01-30TMO', mod: null, quant: null, freq: null, anchor: 'dct', temporal_function: true, start: codePointAt(ASTRAL_TEXT, dawn.start), end: codePointAt(ASTRAL_TEXT, dawn.end), text: 'dawn' },
    ]);
    expect(tables.times.map((row) => [row.record, row.timex])).toEqual([['zoe-prices', null], ['dawn-meeting', 'dawn']]);
    const here = exporters.toTables(dataset);
    expect(here.times.filter((row) => row.timex !== null && !here.timexes.some((timex) => timex.id === row.timex))).toEqual([]);
  });

  test('a dataset without timexes (made before time expressions were records) exports none, in every format', () => {
    const { timexes: _timexes, ...older } = astralDataset();
    expect(exporters.toTables(older).timexes).toEqual([]);
    expect(exporters.toCsv(older).timexes).toBe(`${exporters.tableColumns.timexes.map((column) => column.name).join(',')}\n`);
    expect(exporters.toWebAnnotations(older).first.items.filter((item) => item.id.includes('#timex-'))).toEqual([]);
    expect(exporters.toBrat(older).ann).not.toContain('\ttimex ');
    expect(exporters.toLabelStudio(older).tasks[0]!.predictions[0].result.filter((region) => region.type === 'labels' && region.from_name === 'timex')).toEqual([]);
  });

  test('on the astral dataset the offsets are code points, not UTF-16 units', () => {
    const tables = exporters.toTables(astralDataset());
    const quote = spanOf('Cafe\u0301 prices rose 😀 12 percent');
    expect(tables.statements[0]).toMatchObject({ start: codePointAt(ASTRAL_TEXT, quote.start), end: codePointAt(ASTRAL_TEXT, quote.end) });
    expect(tables.statements[0]?.start).not.toBe(quote.start);
  });

  test('CSV quotes every text, leaves null empty and doubles quotes; NDJSON holds one row per line', () => {
    const data = astralDataset();
    const csv = exporters.toCsv(data);
    expect(csv.statements.split('\n')[1]).toBe(
      `"zoe-prices","zoe","direct","Cafe\u0301 prices rose 😀 12 percent","says",,,,${codePointAt(ASTRAL_TEXT, spanOf('Cafe').start)},${codePointAt(ASTRAL_TEXT, spanOf(' in Kyi').start) - 1}`,
    );
    expect(csv.actors.split('\n')[0]).toBe(exporters.tableColumns.actors.map((column) => column.name).join(','));
    const quoted = exporters.toCsv({ ...data, figures: [{ ...data.figures[0]!, measures: 'the "rise", in\nprices' }] });
    expect(quoted.figures).toContain('"the ""rise"", in\nprices"');
    const ndjson = exporters.toNdjson(data);
    const tables = exporters.toTables(data);
    for (const table of exporters.tableNames) {
      expect(ndjson[table].split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown), table).toEqual(tables[table]);
    }
  });
});

/** Every way a brat document breaks the standoff format, its conf, or the text. */
function bratProblems(doc: BratDocument, data: Dataset<IdSpace>): string[] {
  const problems: string[] = [];
  const text = data.article.text;
  if (!Buffer.from(doc.txt, 'utf8').equals(Buffer.from(text, 'utf8'))) problems.push('txt is not the article byte for byte');
  const lines = doc.ann.split('\n');
  if (lines.pop() !== '') problems.push('the .ann does not end with a line break');
  const textBound = new Map<string, string>();
  const events = new Map<string, string>();
  for (const line of lines) {
    const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    if (t) {
      const fragments = t[3]!.split(';').map((pair) => pair.split(' ').map(Number) as [number, number]);
      const words = fragments.map(([start, end]) => slice(text, start, end)).join(' ');
      if (words !== t[4]) problems.push(`${t[1]}: ${JSON.stringify(t[4])} is not the code points ${t[3]} (${JSON.stringify(words)})`);
      if (fragments.some(([start, end], i) => start >= end || (i > 0 && start < fragments[i - 1]![1]))) problems.push(`${t[1]}: fragments out of order`);
      textBound.set(t[1]!, t[2]!);
      continue;
    }
    const e = /^(E\d+)\t(\S+):(T\d+)((?: \S+:T\d+)*)$/.exec(line);
    if (e) {
      events.set(e[1]!, e[2]!);
      if (textBound.get(e[3]!) !== e[2]) problems.push(`${e[1]}: trigger ${e[3]} is not of type ${e[2]}`);
      continue;
    }
    if (/^R\d+\tspoken-by Arg1:T\d+ Arg2:T\d+$/.test(line)) continue;
    if (/^A\d+\t\S+ [TE]\d+ \S+$/.test(line)) continue;
    if (/^N\d+\tReference T\d+ Wikidata:Q\d+\t[^\t\n]+$/.test(line)) continue;
    if (/^#\d+\tAnnotatorNotes T\d+\t[^\t\n]+$/.test(line)) continue;
    problems.push(`not a standoff line: ${JSON.stringify(line)}`);
  }
  for (const line of lines) {
    for (const [, ref] of line.matchAll(/[: ]((?:T|E)\d+)\b/g)) {
      if (!textBound.has(ref!) && !events.has(ref!)) problems.push(`${line.split('\t')[0]} refers to ${ref}, which no line defines`);
    }
  }
  // annotation.conf: every type, role and attribute the lines use is declared in its section.
  const sections = new Map<string, string[]>();
  let section = '';
  for (const line of doc.conf.split('\n')) {
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) section = header[1]!;
    else if (line !== '' && !line.startsWith('#')) sections.set(section, [...(sections.get(section) ?? []), line]);
  }
  const entities = new Set(sections.get('entities'));
  const eventRoles = new Map((sections.get('events') ?? []).map((line) => {
    const [type, roles = ''] = line.split('\t');
    return [type!, new Set(roles.split(', ').filter(Boolean).map((role) => role.split(/[*?+]?:/)[0]))];
  }));
  for (const [id, type] of textBound) if (!entities.has(type) && !eventRoles.has(type)) problems.push(`${id}: type ${type} is not declared`);
  for (const line of lines.filter((l) => l.startsWith('E'))) {
    const [, head = ''] = line.split('\t');
    const [trigger, ...args] = head.split(' ');
    const type = trigger!.split(':')[0]!;
    for (const arg of args) {
      const role = arg.split(':')[0]!.replace(/\d+$/, '');
      if (!eventRoles.get(type)?.has(role)) problems.push(`${line.split('\t')[0]}: role ${role} of ${type} is not declared`);
    }
  }
  const attributes = new Map((sections.get('attributes') ?? []).map((line) => [line.split('\t')[0]!, line.split('Value:')[1]!.split('|')]));
  for (const line of lines.filter((l) => l.startsWith('A'))) {
    const [, name = '', , value = ''] = line.split(/[\t ]/);
    if (!attributes.get(name)?.includes(value)) problems.push(`${line}: attribute value not declared`);
  }
  return problems;
}

describe('toBrat', () => {
  for (const [name, data] of DATASETS) {
    test(`on ${name}: the text is the article byte for byte, every T line slices it to its text, and the conf declares what the lines use`, () => {
      expect(bratProblems(exporters.toBrat(data), data)).toEqual([]);
    });

    test(`on ${name}: a T line per mention, statement, event, figure and time expression, an E line per event, a spoken-by relation per statement`, () => {
      const lines = exporters.toBrat(data).ann.split('\n');
      const count = (prefix: string) => lines.filter((line) => line.startsWith(prefix)).length;
      expect(count('T')).toBe(data.actors.reduce((sum, actor) => sum + actor.evidence.length, 0) + data.statements.length + data.events.length + data.figures.length + data.timexes.length);
      expect(lines.filter((line) => /^A\d+\ttimex-type T\d+ (?:DATE|TIME|DURATION|SET)$/.test(line))).toHaveLength(data.timexes.length);
      expect(count('E')).toBe(data.events.length);
      expect(count('R')).toBe(data.statements.filter((statement) => data.actors.find((actor) => actor.id === statement.speaker)?.evidence.length).length);
      expect(count('N')).toBe(data.actors.reduce((sum, actor) => sum + (actor.wikidata === null ? 0 : actor.evidence.length), 0) + data.events.filter((event) => event.wikidata !== null).length);
    });
  }

  test('several spans make one discontinuous annotation, in code points', () => {
    const ann = exporters.toBrat(astralDataset()).ann;
    const [minus, celsius] = [spanOf('−5'), spanOf('°C')];
    const at = (utf16: number) => codePointAt(ASTRAL_TEXT, utf16);
    expect(ann).toContain(`\tfigure ${at(minus.start)} ${at(minus.end)};${at(celsius.start)} ${at(celsius.end)}\t−5 °C\n`);
    expect(ann).toMatch(/^E1\tmeeting:T\d+ host:T\d+ guest:T\d+ Place:T\d+$/m);
  });

  test('types, roles and attribute values outside the taxonomy are declared in the conf too', () => {
    const astral = astralDataset();
    const odd = {
      ...astral,
      actors: [{ ...astral.actors[0]!, kind: 'choir group' as never }, ...astral.actors.slice(1)],
      events: [{ ...astral.events[0]!, type: 'vigil' as never, status: 'rumoured' as never, participants: [{ actor: 'zoe', role: 'lead singer 2' }] }],
    };
    expect(bratProblems(exporters.toBrat(odd), odd)).toEqual([]);
  });
});

describe('toLabelStudio', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(readFileSync(new URL('./fixtures/label-studio-tasks.schema.json', import.meta.url), 'utf8')) as object);

  for (const [name, data] of DATASETS) {
    test(`on ${name}: the tasks have Label Studio's documented shape (ajv), and every region slices the text in code points`, () => {
      const { tasks, config } = exporters.toLabelStudio(data);
      const parsed = JSON.parse(JSON.stringify(tasks)) as unknown;
      expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true);
      const result = tasks[0]!.predictions[0].result;
      const regions = result.filter((r) => r.type === 'labels');
      const problems = regions.filter((r) => slice(tasks[0]!.data.text, r.value.start, r.value.end) !== r.value.text).map((r) => r.id);
      expect(problems).toEqual([]);
      const ids = new Set(regions.map((r) => r.id));
      expect(ids.size).toBe(regions.length);
      expect(result.filter((r) => r.type === 'relation' && (!ids.has(r.from_id) || !ids.has(r.to_id)))).toEqual([]);
      const declared = new Set([...config.matchAll(/<Label value="([^"]*)"\/>/g)].map((match) => match[1]));
      expect(regions.filter((r) => !declared.has(r.value.labels[0]) || !config.includes(`<Labels name="${r.from_name}" toName="text">`))).toEqual([]);
      expect(regions.length).toBe(
        data.actors.reduce((sum, actor) => sum + actor.evidence.length, 0) +
          data.statements.length +
          [...data.events, ...data.figures, ...data.timexes].reduce((sum, record) => sum + record.evidence.length, 0),
      );
    });
  }

  test('the labeling config is well-formed XML with a Text object named text', () => {
    const { config } = exporters.toLabelStudio(astralDataset());
    expect(config).toMatch(/^<View>\n[\s\S]*<Text name="text" value="\$text"\/>\n<\/View>\n$/);
    const opened = [...config.matchAll(/<(\/?)(\w+)[^>]*?(\/?)>/g)].reduce((depth, [, close, , selfClosing]) => (selfClosing ? depth : close ? depth - 1 : depth + 1), 0);
    expect(opened).toBe(0);
  });
});

describe('every exporter', () => {
  const run = {
    toWebAnnotations: (data: unknown) => exporters.toWebAnnotations(data as Dataset<IdSpace>),
    toSchemaOrg: (data: unknown) => exporters.toSchemaOrg(data as Dataset<IdSpace>),
    toTables: (data: unknown) => exporters.toTables(data as Dataset<IdSpace>),
    toCsv: (data: unknown) => exporters.toCsv(data as Dataset<IdSpace>),
    toNdjson: (data: unknown) => exporters.toNdjson(data as Dataset<IdSpace>),
    toBrat: (data: unknown) => exporters.toBrat(data as Dataset<IdSpace>),
    toLabelStudio: (data: unknown) => exporters.toLabelStudio(data as Dataset<IdSpace>),
  } as const;

  test('leaves its input unchanged, and gives the same output for a deep copy', () => {
    for (const [name, fn] of Object.entries(run)) {
      const input = astralDataset();
      const before = structuredClone(input);
      const output = JSON.stringify(fn(input));
      expect(input, name).toEqual(before);
      expect(JSON.stringify(fn(structuredClone(input))), name).toBe(output);
    }
  });

  test('rejects what is not a dataset with a TypeError or RangeError whose message starts with its name', () => {
    const astral = astralDataset();
    const quote = spanOf('😀');
    const splitsEmoji = { ...astral, figures: [{ ...astral.figures[0]!, evidence: [{ start: quote.start + 1, end: quote.end, text: '' }] }] };
    const cases: readonly (readonly [unknown, ErrorConstructor, RegExp])[] = [
      [null, TypeError, /expected a dataset, got null/],
      [{ ...astral, article: { id: 'a' } }, TypeError, /dataset\.article\.text must be a string/],
      [{ ...astral, actors: 'none' }, TypeError, /dataset\.actors must be an array/],
      [{ ...astral, events: [{ ...astral.events[0]!, participants: 'x' }] }, TypeError, /dataset\.events\[0\]\.participants must be an array/],
      [{ ...astral, statements: [{ ...astral.statements[0]!, evidence: [{ start: 5, end: 4 }] }] }, RangeError, /dataset\.statements\[0\]\.evidence\[0\] needs integer offsets/],
      [{ ...astral, actors: [{ ...astral.actors[0]!, evidence: [{ start: 0, end: 10_000 }] }] }, RangeError, /<= \d+/],
      [splitsEmoji, RangeError, /dataset\.figures\[0\]\.evidence\[0\] splits a character/],
    ];
    const problems: string[] = [];
    for (const [name, fn] of Object.entries(run)) {
      for (const [input, type, message] of cases) {
        try {
          fn(input);
          problems.push(`${name} accepted ${JSON.stringify(input)?.slice(0, 60)}`);
        } catch (error) {
          if (!(error instanceof type) || !(error as Error).message.startsWith(`${name}: `) || !message.test((error as Error).message)) problems.push(`${name}: ${String(error)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('the linked-data exporters reject a base that is not an absolute IRI', () => {
    expect(() => exporters.toWebAnnotations(dataset, { base: 'relative/path' })).toThrow(/^toWebAnnotations: options\.base must be an absolute IRI/);
    expect(() => exporters.toSchemaOrg(dataset, { base: 'https://example.org/a#b' })).toThrow(/^toSchemaOrg: options\.base must be an absolute IRI/);
    expect(() => exporters.toLabelStudio(dataset, { modelVersion: 3 as unknown as string })).toThrow(/^toLabelStudio: options\.modelVersion must be a string/);
  });
});
