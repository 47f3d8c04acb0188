/**
 * A seeded synthetic corpus built from the real records: the article's text is repeated, and each
 * copy of every record gets its own ids (`<id>-c<k>`), span offsets moved into its copy of the text,
 * references rewritten to the same copy, and times moved `7·k` days later (so named weekdays still
 * match). The result has the shape of the real data and passes `DatasetSchema`; the seed only
 * shuffles the order of the records within each kind, so indexes cannot profit from text order.
 *
 * Open-ended times move the other way from the window they could reach: an interval open at the
 * start (`../x`) moves earlier, one open at the end (`x/..`) later. A fixed window near the
 * article's dates therefore overlaps the same events in a corpus of any size, and a query's
 * result size stays constant as the corpus grows.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { Account, Actor, Dataset, Figure, IdSpace, NewsEvent, Paragraph, Section, Span, Statement, TimeValue } from '../../src/model/types.js';

/** mulberry32: the package's own seeded PRNG, returning floats in [0, 1). */
import { mulberry32 as random } from '../../src/util/random.js';

export { random };

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const SEPARATOR = '\n\n';
const MS_PER_DAY = 86_400_000;

/** The id of a base record in copy `k` (copy 0 keeps the real ids). */
export function copyId(id: string, k: number): string {
  return k === 0 ? id : `${id}-c${k}`;
}

function isoDate(day: number): string {
  const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`a synthetic date left the years 0000-9999: ${iso}`);
  return iso;
}

function mondayOfIsoWeek(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4) / MS_PER_DAY;
  return jan4 - ((new Date(jan4 * MS_PER_DAY).getUTCDay() + 6) % 7) + (week - 1) * 7;
}

function isoWeekOf(monday: number): string {
  const thursday = new Date((monday + 3) * MS_PER_DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((monday + 3 - Date.UTC(year, 0, 1) / MS_PER_DAY) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** `k` weeks in coarser units, rounded away from zero, so that any copy but the first moves by at least one unit. */
const coarse = (k: number, weeksPerUnit: number) => Math.sign(k) * Math.ceil(Math.abs(k) / weeksPerUnit);

/**
 * One end of an ISO 8601 value moved by `k` copies, about a week per copy: a date by 7·k days, a
 * week by k weeks, a month by ⌈k/4⌉ months, a year by ⌈k/52⌉ years (so a million records stay within
 * the years 0000-9999).
 */
function shiftEndpoint(value: string, k: number): string {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    return isoDate(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY + 7 * k);
  }
  if ((match = /^(\d{4})-W(\d{2})$/.exec(value))) return isoWeekOf(mondayOfIsoWeek(Number(match[1]), Number(match[2])) + 7 * k);
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) {
    const months = Number(match[1]) * 12 + Number(match[2]) - 1 + coarse(k, 4);
    return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}`;
  }
  if ((match = /^(\d{4})$/.exec(value))) {
    const year = Number(match[1]) + coarse(k, 52);
    if (year < 0 || year > 9999) throw new RangeError(`a synthetic year left 0000-9999: ${year}`);
    return String(year).padStart(4, '0');
  }
  throw new Error(`cannot shift the time value ${JSON.stringify(value)}`);
}

/** A time value in copy `k`. Durations stay; open starts move earlier and open ends later. */
export function shiftTimeValue(value: string, k: number): string {
  if (k === 0 || value.startsWith('P')) return value;
  const parts = value.split('/');
  if (parts.length === 1) return shiftEndpoint(value, k);
  const [left = '', right = ''] = parts;
  if (left === '..') return `../${shiftEndpoint(right, -k)}`;
  if (right === '..') return `${shiftEndpoint(left, k)}/..`;
  return `${shiftEndpoint(left, k)}/${shiftEndpoint(right, k)}`;
}

export interface CorpusOptions {
  /** Seeds the shuffle of each kind's records. */
  readonly seed: number;
  /** Exactly this many statements (records past it are dropped from the last copy). */
  readonly statements?: number;
  /** Exactly this many events. */
  readonly events?: number;
  /** Exactly this many records of all four kinds together (figures, then events, then statements are dropped from the last copy). */
  readonly records?: number;
  /** Shuffle each kind (default `true`). */
  readonly shuffle?: boolean;
}

export interface Corpus {
  readonly dataset: Dataset<IdSpace>;
  /** How many copies of the real records it holds (the last one may be partial). */
  readonly copies: number;
  readonly seed: number;
  /** The number of records of each kind. */
  readonly counts: { readonly actors: number; readonly statements: number; readonly events: number; readonly figures: number };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Builds a synthetic corpus from `base` (the real dataset). */
export function synthesize(base: Dataset<IdSpace>, options: CorpusOptions): Corpus {
  const perCopy = base.actors.length + base.statements.length + base.events.length + base.figures.length;
  const copies = Math.max(
    1,
    Math.ceil((options.statements ?? 0) / base.statements.length),
    Math.ceil((options.events ?? 0) / base.events.length),
    Math.ceil((options.records ?? 0) / perCopy),
  );
  const stride = base.article.text.length + SEPARATOR.length;
  const text = Array.from({ length: copies }, () => base.article.text).join(SEPARATOR);

  const actors: Actor<IdSpace>[] = [];
  const statements: Statement<IdSpace>[] = [];
  const events: NewsEvent<IdSpace>[] = [];
  const figures: Figure<IdSpace>[] = [];
  const paragraphs: Paragraph[] = [];
  const sections: Section[] = [];

  for (let k = 0; k < copies; k++) {
    const offset = k * stride;
    const id = (value: string) => copyId(value, k);
    const nullableId = (value: string | null) => (value === null ? null : id(value));
    const span = (s: Span): Span => ({ start: s.start + offset, end: s.end + offset, text: s.text });
    const spans = (list: readonly Span[]) => list.map(span);
    const notes = (list: Actor<IdSpace>['notes']) => list.map((note) => ({ ...note }));
    const time = (t: TimeValue<IdSpace>): TimeValue<IdSpace> => ({
      expression: t.expression,
      value: shiftTimeValue(t.value, k),
      precision: t.precision,
      anchor: t.anchor === 'publication' ? 'publication' : id(t.anchor),
      inferred: t.inferred,
    });

    for (const p of base.article.paragraphs) paragraphs.push({ ...span(p), kind: p.kind });
    for (const s of base.article.sections) sections.push({ ...span(s), heading: s.heading && span(s.heading) });
    for (const a of base.actors) {
      actors.push({
        id: id(a.id),
        kind: a.kind,
        name: a.name,
        aliases: [...a.aliases],
        variants: [...a.variants],
        roles: a.roles.map((role) => ({ title: role.title, of: nullableId(role.of) })),
        wikidata: a.wikidata,
        notes: notes(a.notes),
        evidence: spans(a.evidence),
      });
    }
    for (const s of base.statements) {
      statements.push({
        id: id(s.id),
        speaker: id(s.speaker),
        mode: s.mode,
        text: s.text,
        cue: s.cue,
        reportedBy: nullableId(s.reportedBy),
        within: nullableId(s.within),
        about: s.about.map(id),
        time: s.time && time(s.time),
        channel: nullableId(s.channel),
        notes: notes(s.notes),
        evidence: spans(s.evidence),
      });
    }
    for (const e of base.events) {
      events.push({
        id: id(e.id),
        type: e.type,
        cameo: e.cameo,
        summary: e.summary,
        participants: e.participants.map((p) => ({ actor: id(p.actor), role: p.role })),
        location: nullableId(e.location),
        time: e.time && time(e.time),
        status: e.status,
        accounts: e.accounts.map((account) => {
          const copy: Mutable<Account<IdSpace>> = { source: nullableId(account.source), stance: account.stance };
          if (account.statement !== undefined) copy.statement = id(account.statement);
          if (account.time !== undefined) copy.time = time(account.time);
          return copy;
        }),
        wikidata: e.wikidata,
        notes: notes(e.notes),
        evidence: spans(e.evidence),
      });
    }
    for (const f of base.figures) {
      figures.push({ ...f, id: id(f.id), about: id(f.about), source: nullableId(f.source), notes: notes(f.notes), evidence: spans(f.evidence) });
    }
  }

  // Trim to the exact counts asked for, from the end (the last copy), then repair what pointed at the dropped records.
  const removed = new Set<string>();
  const trim = <T extends { readonly id: string }>(records: T[], keep: number) => {
    for (const record of records.splice(Math.max(0, keep))) removed.add(record.id);
  };
  if (options.statements !== undefined) trim(statements, options.statements);
  if (options.events !== undefined) trim(events, options.events);
  if (options.records !== undefined) {
    let excess = actors.length + statements.length + events.length + figures.length - options.records;
    for (const records of [figures, events, statements] as { id: string }[][]) {
      const drop = Math.min(excess, records.length - 1);
      trim(records, records.length - drop);
      excess -= drop;
    }
  }
  if (removed.size > 0) repair(statements, events, figures, removed);

  const next = random(options.seed);
  if (options.shuffle !== false) for (const records of [actors, statements, events, figures] as unknown[][]) shuffle(records, next);

  const article = {
    ...base.article,
    text,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    sections,
    paragraphs,
  };
  return {
    dataset: { article, actors, statements, events, figures, timexes: [] },
    copies,
    seed: options.seed,
    counts: { actors: actors.length, statements: statements.length, events: events.length, figures: figures.length },
  };
}

/** Points references at dropped records elsewhere, keeping every cross-record rule: nullable ones become `null`, lists lose them, anchors fall back to the publication. */
function repair(statements: Statement<IdSpace>[], events: NewsEvent<IdSpace>[], figures: Figure<IdSpace>[], removed: ReadonlySet<string>): void {
  const gone = (id: string | null | undefined) => id !== null && id !== undefined && removed.has(id);
  const anchor = (time: TimeValue<IdSpace> | null | undefined) =>
    time && gone(time.anchor) ? { ...time, anchor: 'publication' as const } : time;
  statements.forEach((s, index) => {
    if (!gone(s.within) && !s.about.some(gone) && !gone(s.time?.anchor)) return;
    statements[index] = { ...s, within: gone(s.within) ? null : s.within, about: s.about.filter((id) => !gone(id)), time: anchor(s.time) ?? null };
  });
  events.forEach((e, index) => {
    if (!gone(e.time?.anchor) && !e.accounts.some((a) => gone(a.statement) || gone(a.time?.anchor))) return;
    const texts = e.evidence.map((span) => span.text);
    const accounts = e.accounts.map((account) => {
      const copy: Mutable<Account<IdSpace>> = { ...account };
      if (gone(copy.statement)) {
        delete copy.statement;
        // The account's time was checked against the dropped statement's words; keep it only if the event's own words carry it.
        if (copy.time && !texts.some((text) => text.includes(copy.time?.expression ?? ''))) delete copy.time;
      }
      if (copy.time && gone(copy.time.anchor)) copy.time = { ...copy.time, anchor: 'publication' };
      return copy;
    });
    events[index] = { ...e, time: anchor(e.time) ?? null, accounts };
  });
  figures.forEach((f, index) => {
    if (gone(f.about)) figures[index] = { ...f, about: f.about.replace(/-c\d+$/, '') };
  });
}

/** Values no field of a record accepts (several are not JSON at all). */
const GARBAGE: readonly (() => unknown)[] = [
  () => undefined,
  () => Symbol('garbage'),
  () => 10n,
  () => () => 0,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => -1.5,
  () => '',
  () => 'x'.repeat(100_000),
  () => ({}),
  () => [],
  () => [[[]]],
  () => true,
  () => new Date(0),
  () => Object.create(null) as unknown,
  () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  () => ({ toString: () => 'x', valueOf: () => 1 }),
  () => new Map(),
  () => '\u{1F600}'.repeat(3),
];

function paths(value: unknown, prefix: readonly (string | number)[], out: (string | number)[][]): void {
  out.push([...prefix]);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
}

function setPath(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = setPath(copy[head], rest, replacement);
  return copy;
}

/**
 * `count` corrupted copies of a dataset, seeded: each replaces one value at a random path (the
 * dataset itself, a collection, a record or any field inside one) with a value of the wrong type.
 */
export function corruptions(dataset: Dataset<IdSpace>, count: number, seed: number): unknown[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const kinds = ['article', 'actors', 'statements', 'events', 'figures'] as const;
  const results: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(kinds);
    const target: unknown = kind === 'article' ? dataset.article : pick(dataset[kind] as readonly unknown[]);
    const prefix: (string | number)[] = kind === 'article' ? ['article'] : [kind, (dataset[kind] as readonly unknown[]).indexOf(target)];
    const within: (string | number)[][] = [];
    paths(target, [], within);
    const path = next() < 0.05 ? pick([[], [kind]]) : [...prefix, ...pick(within)];
    results.push(setPath(dataset, path, pick(GARBAGE)()));
  }
  return results;
}

export interface MonologueOptions {
  /** Give the speaker one more alias per added paragraph (`<name> (variant k)`, before its real aliases; the text never holds one). */
  readonly aliasVariants?: boolean;
}

/**
 * The real dataset plus `count` paragraphs `“Line k,” said Dmitry Peskov in reply.`, each a direct
 * statement by Dmitry Peskov with the attribution `said`, and a mention of him, the nearest to the
 * statement (the one before is 26 characters away, it is at most 19): a speaker of O(n) statements and O(n) mentions, none inside an attribution, the worst
 * case for anything that looks through a speaker's mentions for each statement. With
 * `aliasVariants`, his aliases grow with his mentions too. Valid under `DatasetSchema`.
 */
export function monologue(base: Dataset<IdSpace>, count: number, options: MonologueOptions = {}): Dataset<IdSpace> {
  const speaker = base.actors.find((actor) => actor.id === 'dmitry-peskov');
  if (speaker === undefined) throw new Error('monologue: the dataset has no actor dmitry-peskov');
  const pieces = [base.article.text];
  let length = base.article.text.length;
  const mentions: Span[] = [];
  const statements: Statement<IdSpace>[] = [];
  const paragraphs: Paragraph[] = [];
  const add = (text: string): Span => {
    pieces.push(text);
    length += text.length;
    return { start: length - text.length, end: length, text };
  };
  for (let k = 0; k < count; k++) {
    add(SEPARATOR);
    const start = length;
    add('\u201c');
    const content = add(`Line ${k},`);
    add('\u201d ');
    const said = add('said');
    add(' ');
    mentions.push(add(speaker.name));
    add(' in reply.');
    paragraphs.push({ start, end: length, text: pieces.slice(-7).join(''), kind: 'body' });
    statements.push({
      id: `monologue-${k}`,
      speaker: speaker.id,
      mode: 'direct',
      text: content.text,
      cue: 'said',
      reportedBy: null,
      within: null,
      about: [],
      time: null,
      channel: null,
      notes: [],
      evidence: [content, said],
    });
  }
  const text = pieces.join('');
  const variants = options.aliasVariants ? Array.from({ length: count }, (_, k) => `${speaker.name} (variant ${k})`) : [];
  return {
    ...base,
    article: { ...base.article, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), paragraphs: [...base.article.paragraphs, ...paragraphs] },
    actors: base.actors.map((actor) => (actor === speaker ? { ...actor, aliases: [...variants, ...actor.aliases], evidence: [...actor.evidence, ...mentions] } : actor)),
    statements: [...base.statements, ...statements],
  };
}
