import { describe, expect, test } from 'vitest';
import {
  accountsOf,
  actorIds,
  actors,
  article,
  contextOf,
  convertFigure,
  createQueries,
  dataset,
  eventIds,
  events,
  eventsBetween,
  eventsInvolving,
  figureIds,
  figures,
  figuresAbout,
  figuresByUnit,
  findText,
  getActor,
  getEvent,
  getFigure,
  getRecord,
  getStatement,
  mentionsOf,
  recordIds,
  statementIds,
  statements,
  statementsAbout,
  statementsBy,
  timeline,
} from '../src/index.js';
import type { IdSpace, Unit } from '../src/index.js';
import { rangeOf } from '../src/util/calendar.js';

const ids = (records: readonly { readonly id: string }[]) => records.map((record) => record.id);

describe('lookups', () => {
  test('every id of every kind resolves to the record with that id', () => {
    const offenders = [
      ...actorIds.filter((id) => getActor(id).id !== id),
      ...statementIds.filter((id) => getStatement(id).id !== id),
      ...eventIds.filter((id) => getEvent(id).id !== id),
      ...figureIds.filter((id) => getFigure(id).id !== id),
      ...recordIds.filter((id) => getRecord(id)?.id !== id),
    ];
    expect(offenders).toEqual([]);
  });

  test('getActor returns the record itself, not a copy', () => {
    expect(getActor('donald-trump')).toBe(actors.find((actor) => actor.id === 'donald-trump'));
    expect(getActor('donald-trump').name).toBe('Donald Trump');
  });

  test('getRecord finds a record of each kind and nothing of the wrong kind', () => {
    expect(getRecord('rudolf-myhovych')).toBe(getActor('rudolf-myhovych'));
    expect(getRecord('trump-putin-agreed')).toBe(getStatement('trump-putin-agreed'));
    expect(getRecord('strike-halt')).toBe(getEvent('strike-halt'));
    expect(getRecord('kyiv-buildings-without-heat')).toBe(getFigure('kyiv-buildings-without-heat'));
    expect(getActor('strike-halt')).toBeUndefined();
    expect(getEvent('donald-trump')).toBeUndefined();
  });

  test('unknown ids give undefined', () => {
    expect([getActor('nobody'), getStatement('nobody'), getEvent('nobody'), getFigure('nobody'), getRecord('nobody')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('relations', () => {
  test('statementsBy returns exactly the statements each actor speaks, in text order', () => {
    const offenders = actorIds.filter((id) => {
      const expected = statements.filter((s) => s.speaker === id);
      const actual = statementsBy(id);
      return actual.length !== expected.length || actual.some((s, i) => s !== expected[i]);
    });
    expect(offenders).toEqual([]);
  });

  test("statementsBy('donald-trump') returns Trump's statements and no words he only relays", () => {
    const trump = statementsBy('donald-trump');
    expect(trump.length).toBeGreaterThan(0);
    expect(trump.filter((s) => s.speaker !== 'donald-trump')).toEqual([]);
    const relayed = statements.filter((s) => s.reportedBy === 'donald-trump');
    expect(relayed.length).toBeGreaterThan(0);
    expect(relayed.filter((s) => trump.includes(s)).map((s) => s.id)).toEqual([]);
  });

  test('every statement is listed under its speaker exactly once', () => {
    const listed = actorIds.flatMap((id) => statementsBy(id));
    expect(listed.length).toBe(statements.length);
    expect(statements.filter((s) => !listed.includes(s)).map((s) => s.id)).toEqual([]);
  });

  test('statementsAbout lists a statement under every event and actor its about names, and under nothing else', () => {
    const offenders = statements.flatMap((s) => [
      ...s.about.filter((id) => !statementsAbout(id).includes(s)).map((id) => `${s.id} missing under ${id}`),
      ...[...actorIds, ...eventIds]
        .filter((id) => !(s.about as readonly string[]).includes(id) && statementsAbout(id).includes(s))
        .map((id) => `${s.id} wrongly under ${id}`),
    ]);
    expect(offenders).toEqual([]);
  });

  test("statementsAbout('putin-agrees-to-halt') holds both Trump's claim and the Kremlin's silence", () => {
    const speakers = statementsAbout('putin-agrees-to-halt').map((s) => s.speaker);
    expect(speakers).toContain('donald-trump');
    expect(speakers).toContain('kremlin');
  });

  test('eventsInvolving returns the events an actor takes part in or that happen there, not those it only gives an account of', () => {
    const offenders = actorIds.flatMap((id) => {
      const expected = events.filter((e) => e.location === id || e.participants.some((p) => p.actor === id));
      return ids(eventsInvolving(id)).join() === ids(expected).join() ? [] : [id];
    });
    expect(offenders).toEqual([]);
    expect(ids(eventsInvolving('donald-trump'))).toContain('trump-putin-phone-call');
    const onlyAccount = events.filter(
      (e) => e.accounts.some((a) => a.source === 'donald-trump') && !e.participants.some((p) => p.actor === 'donald-trump'),
    );
    expect(onlyAccount.length).toBeGreaterThan(0);
    expect(onlyAccount.filter((e) => eventsInvolving('donald-trump').includes(e)).map((e) => e.id)).toEqual([]);
  });

  test('figuresAbout returns every figure under the record it quantifies', () => {
    expect(figures.filter((f) => !figuresAbout(f.about).includes(f)).map((f) => f.id)).toEqual([]);
    expect(ids(figuresAbout('strike-halt'))).toEqual(ids(figures.filter((f) => f.about === 'strike-halt')));
    expect(figuresAbout('strike-halt').length).toBeGreaterThan(1);
  });

  test('every span mentionsOf returns is the characters it claims in the article', () => {
    const offenders = actorIds.flatMap((id) =>
      mentionsOf(id)
        .filter((span) => article.text.slice(span.start, span.end) !== span.text)
        .map((span) => `${id} ${span.start}`),
    );
    expect(offenders).toEqual([]);
    expect(mentionsOf('rudolf-myhovych')[0]?.text).toBe('Rudolf Myhovych');
    expect(mentionsOf('rudolf-myhovych')).toBe(getActor('rudolf-myhovych').evidence);
  });

  test("accountsOf('putin-agrees-to-halt') shows Trump asserting and the Kremlin not confirming", () => {
    const accounts = accountsOf('putin-agrees-to-halt');
    expect(accounts.some((a) => a.source === 'donald-trump' && a.stance === 'asserts')).toBe(true);
    expect(accounts.some((a) => a.source === 'kremlin' && a.stance === 'does-not-confirm')).toBe(true);
    const kremlin = accounts.find((a) => a.source === 'kremlin');
    expect(kremlin?.statement?.speaker).toBe('kremlin');
  });

  test('accountsOf keeps every account of every event, in order, with its statement resolved to the record', () => {
    const offenders = events.flatMap((event) => {
      const resolved = accountsOf(event.id);
      if (resolved.length !== event.accounts.length) return [`${event.id}: ${resolved.length} of ${event.accounts.length}`];
      return event.accounts.flatMap((account, i) => {
        const got = resolved[i];
        const expected = account.statement === undefined ? null : getStatement(account.statement);
        const same = got?.source === account.source && got.stance === account.stance && got.statement === expected && got.time === (account.time ?? null);
        return same ? [] : [`${event.id} account ${i}`];
      });
    });
    expect(offenders).toEqual([]);
  });
});

describe('time', () => {
  test("eventsBetween('2026-01-29', '2026-01-29') includes the phone call and the halt that runs until 1 February", () => {
    const found = ids(eventsBetween('2026-01-29', '2026-01-29'));
    expect(found).toContain('trump-putin-phone-call');
    expect(found).toContain('strike-halt');
  });

  test('eventsBetween includes both ends of the window', () => {
    expect(ids(eventsBetween('2026-02-01', '2026-02-01'))).toContain('abu-dhabi-talks');
    expect(ids(eventsBetween('2026-01-20', '2026-01-24'))).toContain('kyiv-air-strikes');
    expect(ids(eventsBetween('2026-01-24', '2026-01-28'))).toContain('kyiv-air-strikes');
    expect(ids(eventsBetween('2026-01-25', '2026-01-28'))).not.toContain('kyiv-air-strikes');
  });

  test('an open end reaches forever: the halt counts on any day up to 1 February and not after', () => {
    expect(ids(eventsBetween('1900-01-01', '1900-01-01'))).toContain('strike-halt');
    expect(ids(eventsBetween('2026-02-02', '2026-02-02'))).not.toContain('strike-halt');
    expect(ids(eventsBetween('2099-12-31', '2099-12-31'))).toContain('russia-ukraine-war');
  });

  test('weeks and years cover all their days', () => {
    expect(ids(eventsBetween('2026-02-02', '2026-02-02'))).toContain('temperature-drop-next-week');
    expect(ids(eventsBetween('2026-02-08', '2026-02-08'))).toContain('temperature-drop-next-week');
    expect(ids(eventsBetween('2026-02-09', '2026-02-20'))).not.toContain('temperature-drop-next-week');
    expect(ids(eventsBetween('2025-12-31', '2025-12-31'))).toContain('energy-pause-2025');
    expect(ids(eventsBetween('2026-01-01', '2026-01-01'))).not.toContain('energy-pause-2025');
  });

  test('events with no time never match, however wide the window', () => {
    const undated = events.filter((e) => e.time === null || rangeOf(e.time.value) === undefined);
    expect(undated.length).toBeGreaterThan(0);
    const all = eventsBetween('1000-01-01', '9999-12-31');
    expect(undated.filter((e) => all.includes(e)).map((e) => e.id)).toEqual([]);
    expect(all.length + undated.length).toBe(events.length);
  });

  test('eventsBetween rejects an invalid date with a RangeError naming it', () => {
    expect(() => eventsBetween('2026-02-30', '2026-03-01')).toThrow(new RangeError('eventsBetween: from must be a YYYY-MM-DD calendar date or a valid Date, got "2026-02-30"'));
    expect(() => eventsBetween('2026-01-01', '29 January')).toThrow(/to must be .*"29 January"/);
    expect(() => eventsBetween('2026-W05', '2026-02-01')).toThrow(RangeError);
  });

  test('eventsBetween rejects a window that ends before it starts, naming both dates', () => {
    expect(() => eventsBetween('2026-02-01', '2026-01-31')).toThrow(new RangeError('eventsBetween: from "2026-02-01" is after to "2026-01-31"'));
  });

  test('timeline lists every dated event once, each with the days its time covers', () => {
    const entries = timeline();
    const dated = events.filter((e) => e.time !== null && rangeOf(e.time.value) !== undefined);
    expect(entries.length).toBe(dated.length);
    const offenders = entries.filter(({ event, from, to }) => {
      const range = rangeOf(event.time?.value ?? '');
      const iso = (day: number | undefined) => (day === undefined || !Number.isFinite(day) ? null : new Date(day * 86_400_000).toISOString().slice(0, 10));
      return from !== iso(range?.from) || to !== iso(range?.to);
    });
    expect(offenders.map((entry) => entry.event.id)).toEqual([]);
  });

  test('timeline is ordered by first day, then last day, then record order, with open starts first and open ends last', () => {
    const entries = timeline();
    const first = (from: string | null) => from ?? '';
    const last = (to: string | null) => to ?? '~';
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const offenders = entries.slice(1).flatMap((entry, i) => {
      const before = entries[i]!;
      const order =
        compare(first(before.from), first(entry.from)) ||
        compare(last(before.to), last(entry.to)) ||
        events.indexOf(before.event) - events.indexOf(entry.event);
      return order < 0 ? [] : [`${before.event.id} before ${entry.event.id}`];
    });
    expect(offenders).toEqual([]);
    expect(entries[0]?.event.id).toBe('strike-halt');
    expect(entries[0]?.from).toBeNull();
  });
});

describe('units', () => {
  test('figuresByUnit returns every figure under its own unit and nowhere else', () => {
    const units = [...new Set(figures.map((f) => f.unit))];
    const offenders = figures.filter((f) => units.filter((u) => figuresByUnit(u).includes(f)).join() !== f.unit);
    expect(offenders.map((f) => f.id)).toEqual([]);
    expect(ids(figuresByUnit('Cel'))).toEqual(ids(figures.filter((f) => f.unit === 'Cel')));
    expect(figuresByUnit('[degF]')).toEqual([]);
  });

  test('convertFigure turns the −10 °C night into 14 °F and 263.15 K', () => {
    const cold = getFigure('kyiv-overnight-minus-10');
    expect(convertFigure(cold, '[degF]')).toEqual({ ...cold, value: 14, unit: '[degF]' });
    expect(convertFigure(cold, 'K').value).toBe(263.15);
    expect(convertFigure(convertFigure(cold, 'K'), 'Cel').value).toBe(-10);
  });

  test('convertFigure converts min and max of a range and keeps their order', () => {
    const night = getFigure('night-minus-20-to-minus-30');
    const fahrenheit = convertFigure(night, '[degF]');
    expect([fahrenheit.value, fahrenheit.min, fahrenheit.max]).toEqual([null, -22, -4]);
    const hours = convertFigure(getFigure('halt-two-or-three-days'), 'h');
    expect([hours.min, hours.max]).toEqual([48, 72]);
  });

  test('convertFigure uses UCUM months and years: a = 12 mo = 365.25 d', () => {
    const war = getFigure('war-nearly-four-years');
    expect(convertFigure(war, 'mo').value).toBe(48);
    expect(convertFigure(war, 'd').value).toBe(1461);
    expect(convertFigure(getFigure('halt-one-week'), 'd').value).toBe(7);
    expect(convertFigure(getFigure('halt-one-week'), 'h').value).toBe(168);
    expect(convertFigure(getFigure('team-contact-every-hour'), '/d').value).toBe(24);
  });

  test('converting to the same unit gives an equal figure, for every figure', () => {
    expect(figures.filter((f) => JSON.stringify(convertFigure(f, f.unit)) !== JSON.stringify(f)).map((f) => f.id)).toEqual([]);
  });

  test('convertFigure keeps every field but value, min, max and unit, and leaves the original alone', () => {
    const week = getFigure('halt-one-week');
    const before = JSON.stringify(week);
    const days = convertFigure(week, 'd');
    expect(days).not.toBe(week);
    expect({ ...days, value: week.value, unit: week.unit }).toEqual(week);
    expect(JSON.stringify(week)).toBe(before);
  });

  test('counts and mismatched units throw a RangeError naming both units', () => {
    expect(() => convertFigure(getFigure('kyiv-buildings-without-heat'), 'Cel')).toThrow(
      new RangeError('convertFigure: cannot convert "{building}" to "Cel"'),
    );
    expect(() => convertFigure(getFigure('kyiv-overnight-minus-10'), 'h')).toThrow(new RangeError('convertFigure: cannot convert "Cel" to "h"'));
    expect(() => convertFigure(getFigure('halt-one-week'), '/d')).toThrow(/"wk" to "\/d"/);
    expect(() => convertFigure(getFigure('kyiv-overnight-minus-10'), 'mph' as Unit)).toThrow(
      new RangeError('convertFigure: toUnit "mph" is not a unit convertFigure converts. Its codes are Cel, [degF], K, h, d, wk, mo, a, /h, /d (case-sensitive UCUM).'),
    );
  });
});

describe('text', () => {
  test("contextOf a statement is the sentence that holds it, attribution included", () => {
    expect(contextOf(getStatement('trump-raised-issue-with-putin')).text).toBe(
      'Speaking earlier during a Cabinet meeting at the White House, Trump said he personally raised the issue with Putin during a phone call on Thursday.',
    );
    expect(contextOf(getStatement('advisers-dont-waste-the-call')).text).toBe(
      '“A lot of people said, ‘Don’t waste the call. You’re not going to get that.’ And he did it,” Trump said.',
    );
  });

  test("contextOf does not end a sentence at the full stops of U.S.", () => {
    expect(contextOf(getActor('steve-witkoff')).text).toMatch(/^U\.S\. Special Envoy Steve Witkoff, speaking .* were continuing\.$/);
  });

  test('the context of every record contains its first evidence span and is the article’s own characters', () => {
    const records = [...actors, ...statements, ...events, ...figures];
    const offenders = records.filter((record) => {
      const span = record.evidence[0]!;
      const context = contextOf(record);
      return context.start > span.start || context.end < span.end || article.text.slice(context.start, context.end) !== context.text;
    });
    expect(offenders.map((record) => record.id)).toEqual([]);
  });

  test('contextOf with chars adds that many characters each side, clamped to the text', () => {
    const first = { start: 0, end: 7, text: 'Kremlin' };
    expect(contextOf(first, { chars: 5 })).toEqual({ start: 0, end: 12, text: 'Kremlin says' });
    const last = { start: article.text.length - 4, end: article.text.length, text: 'Tags' };
    expect(contextOf(last, { chars: 3 }).end).toBe(article.text.length);
  });

  test("findText('Don\\'t waste') finds the curly-quoted words", () => {
    expect(findText("Don't waste")).toEqual([{ start: 1454, end: 1465, text: 'Don’t waste' }]);
    expect(findText('Don’t waste the call')).toEqual(findText("Don't\u00a0waste   the call"));
  });

  test('findText matches straight-quoted text with curly quotes too', () => {
    expect(findText('“Propaganda is not preparing').map((s) => s.text)).toEqual(['"Propaganda is not preparing']);
  });

  test('findText finds every actor mention at its own offsets', () => {
    const offenders = actors.flatMap((actor) =>
      actor.evidence.filter((span) => !findText(span.text).some((found) => found.start === span.start && found.end === span.end)).map((span) => `${actor.id} ${span.start}`),
    );
    expect(offenders).toEqual([]);
  });

  test('findText folds each curly and low quotation mark alike in the query and in the text, and no other character', () => {
    const marks = ["’", '‘', '‛', '‚', '“', '”', '„', '‟'];
    const text = marks.map((mark) => `${mark}x`).join(' ');
    const q = createQueries({ ...dataset, article: { ...dataset.article, text } } as never);
    const straight = (mark: string) => ('’‘‛‚'.includes(mark) ? "'" : '"');
    const offenders = marks.flatMap((mark) =>
      marks
        .filter((other) => (q.findText(`${other}x`).some((span) => span.text === `${mark}x`)) !== (straight(other) === straight(mark)))
        .map((other) => `${other} against ${mark}`),
    );
    expect(offenders).toEqual([]);
    expect(q.findText("'x").length).toBe(4);
    expect(q.findText('"x').length).toBe(4);
    expect(q.findText('`x')).toEqual([]);
  });

  test('an empty or blank query finds nothing', () => {
    expect([findText(''), findText('   '), findText('\u00a0')]).toEqual([[], [], []]);
  });
});

describe('createQueries', () => {
  test('createQueries binds the helpers to a subset of the data', () => {
    const subset = { ...dataset, statements: statements.filter((s) => s.speaker === 'rudolf-myhovych') };
    const q = createQueries(subset);
    expect(q.statementsBy('donald-trump')).toEqual([]);
    expect(q.getStatement('trump-putin-agreed')).toBeUndefined();
    expect(q.statementsBy('rudolf-myhovych')).toEqual(statementsBy('rudolf-myhovych'));
    expect(q.accountsOf('putin-agrees-to-halt').filter((a) => a.statement !== null)).toEqual([]);
  });

  test('createQueries works over a dataset of plain-string ids', () => {
    const own = JSON.parse(JSON.stringify(dataset)) as import('../src/index.js').Dataset<IdSpace>;
    const q = createQueries(own);
    const id: string = 'donald-trump';
    expect(q.getActor(id)?.name).toBe('Donald Trump');
    expect(ids(q.statementsBy(id))).toEqual(ids(statementsBy('donald-trump')));
    expect(q.timeline().map((e) => e.event.id)).toEqual(timeline().map((e) => e.event.id));
  });

  test('createQueries rejects a value that is not a dataset with a TypeError', () => {
    expect(() => createQueries({ ...dataset, events: undefined } as never)).toThrow(new TypeError('createQueries: dataset.events must be an array, got a value of type undefined'));
    expect(() => createQueries(null as never)).toThrow(TypeError);
    expect(() => createQueries({ ...dataset, article: {} } as never)).toThrow(TypeError);
  });
});
