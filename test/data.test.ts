import { describe, expect, test } from 'vitest';
import { actorIds, actors, article, dataset, eventIds, events, figureIds, figures, recordIds, statementIds, statements } from '../src/index.js';
import { DatasetSchema } from '../src/schema/index.js';
import { checkDataset } from '../src/schema/rules.js';
import { allSpans } from './helpers/records.js';

// The QIDs that ../shared/reference/wikidata.md verifies; anything else must be null.
const VERIFIED_QIDS: ReadonlyMap<string, string> = new Map([
  ['donald-trump', 'Q22686'],
  ['vladimir-putin', 'Q7747'],
  ['volodymyr-zelenskyy', 'Q3874799'],
  ['kyiv', 'Q1899'],
  ['abu-dhabi', 'Q1519'],
  ['lviv', 'Q36036'],
  ['united-arab-emirates', 'Q878'],
  ['ukraine', 'Q212'],
  ['white-house', 'Q35525'],
  ['russia-ukraine-war', 'Q110999040'],
  ['world-war-two', 'Q362'],
]);

describe('the dataset', () => {
  test('validates against DatasetSchema', () => {
    const result = DatasetSchema.safeParse(dataset);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('breaks no cross-record rule', () => {
    expect(checkDataset(dataset)).toEqual([]);
  });

  test('every span matches the article text at its offsets', () => {
    const wrong = allSpans()
      .filter(({ span }) => article.text.slice(span.start, span.end) !== span.text)
      .map(({ where }) => where);
    expect(wrong).toEqual([]);
  });

  test('ids are kebab-case and unique across all kinds', () => {
    expect(recordIds.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(recordIds.length).toBe(new Set(recordIds).size);
  });

  test('the generated id lists are the records\' ids, in record order', () => {
    expect(actorIds).toEqual(actors.map((r) => r.id));
    expect(statementIds).toEqual(statements.map((r) => r.id));
    expect(eventIds).toEqual(events.map((r) => r.id));
    expect(figureIds).toEqual(figures.map((r) => r.id));
  });

  test('records are ordered by their first evidence span', () => {
    const unordered = (['actors', 'statements', 'events', 'figures'] as const).filter((kind) => {
      const starts = dataset[kind].map((record) => record.evidence[0]?.start ?? 0);
      return starts.some((start, i) => i > 0 && start < starts[i - 1]!);
    });
    expect(unordered).toEqual([]);
  });

  test('Wikidata ids appear only where the reference list verifies them', () => {
    const withQid = [...actors, ...events].filter((record) => record.wikidata !== null);
    expect(withQid.map((record) => [record.id, record.wikidata])).toEqual(
      withQid.map((record) => [record.id, VERIFIED_QIDS.get(record.id)]),
    );
    expect(new Set(withQid.map((record) => record.id))).toEqual(new Set(VERIFIED_QIDS.keys()));
  });

  test('every alias is used in the article at least once', () => {
    const unused = actors.flatMap((actor) =>
      actor.aliases.filter((alias) => !actor.evidence.some((span) => span.text === alias)).map((alias) => `${actor.id}: ${alias}`),
    );
    expect(unused).toEqual([]);
  });

  test('"Kyiv", "Moscow" and "Washington" are split by what each mention means', () => {
    const owners = (word: string) =>
      actors.flatMap((actor) => actor.evidence.filter((span) => span.text === word).map((span) => [span.start, actor.id] as const)).sort((a, b) => a[0] - b[0]);
    expect(owners('Kyiv').map(([, id]) => id)).toEqual(['kyiv', 'kyiv', 'kyiv', 'ukrainian-government', 'kyiv', 'kyiv', 'ukrainian-government', 'ukrainian-government']);
    expect(owners('Moscow').map(([, id]) => id)).toEqual(['russian-government', 'russian-government', 'russian-government']);
    expect(owners('Washington').map(([, id]) => id)).toEqual(['washington', 'us-government', 'us-government']);
  });

  test('the unnamed "Russian President" is kept as a title: no name is supplied in any text', () => {
    const statement = statements.find((s) => s.id === 'kremlin-putin-received-request');
    expect(statement?.text.startsWith('Russian President had received')).toBe(true);
    expect(statements.filter((s) => s.text.includes('President Vladimir Putin') || s.text.includes('Vladimir')).map((s) => s.id)).toEqual([]);
  });

  test('every quotation in the body is a direct statement, including the nested one and the single quoted word', () => {
    const quoted: string[] = [];
    for (const match of article.text.matchAll(/“([^”]*)”|"([^"]*)"/g)) quoted.push(match[1] ?? match[2] ?? '');
    // Single quotation marks open a quote only after a space; ’ also serves as an apostrophe.
    for (const match of article.text.matchAll(/(?<=\s)‘(.*?)’(?=[\s,.]|$)/g)) quoted.push(match[1] ?? '');
    const direct = new Set(statements.filter((s) => s.mode === 'direct').map((s) => s.text));
    expect(quoted.filter((q) => !direct.has(q))).toEqual([]);
    expect(direct.size).toBe(quoted.length);
  });

  test('exactly the five quotes and reports inside other statements are nested', () => {
    const nested = statements.filter((s) => s.within !== null);
    expect(nested.map((s) => s.id).sort()).toEqual([
      'advisers-dont-waste-the-call',
      'advisers-questioned-effectiveness',
      'air-defence-no-rockets',
      'authorities-advised-residents',
      'officials-did-not-communicate-with-russians',
    ]);
  });

  test('where sources disagree on the halt, each account keeps its own source and time', () => {
    const halt = events.find((event) => event.id === 'strike-halt');
    const accounts = halt?.accounts.map((a) => [a.source, a.time?.value ?? null]);
    expect(accounts).toContainEqual(['kremlin', '../2026-02-01']);
    expect(accounts).toContainEqual(['donald-trump', 'P1W']);
    expect(accounts).toContainEqual(['rudolf-myhovych', 'P2D']);
    const agreement = events.find((event) => event.id === 'putin-agrees-to-halt');
    expect(agreement?.status).toBe('claimed');
    expect(agreement?.accounts.map((a) => [a.source, a.stance])).toEqual(
      expect.arrayContaining([
        ['donald-trump', 'asserts'],
        ['kremlin', 'does-not-confirm'],
        ['russian-government', 'does-not-confirm'],
      ]),
    );
  });

  test('a source that only reports a request never asserts the requested event', () => {
    // A statement about an appeal (the request) that carries an `asserts` account of a requested
    // event counts only where its source also asserts an agreement to it (as Trump does).
    const appeals = new Set<string>(events.filter((event) => event.type === 'appeal').map((event) => event.id));
    const agreeing = new Set(
      events
        .filter((event) => event.type === 'agreement')
        .flatMap((event) => event.accounts.filter((account) => account.stance === 'asserts').map((account) => account.source)),
    );
    const offenders = events
      .filter((event) => event.status === 'requested')
      .flatMap((event) =>
        event.accounts
          .filter((account) => account.stance === 'asserts' && account.statement !== undefined)
          .filter((account) => statements.find((s) => s.id === account.statement)?.about.some((id) => appeals.has(id)))
          .filter((account) => !agreeing.has(account.source))
          .map((account) => `${event.id}: ${account.source} via ${account.statement}`),
      );
    expect(offenders).toEqual([]);
    const kremlin = events.find((event) => event.id === 'strike-halt')?.accounts.filter((account) => account.source === 'kremlin');
    expect(kremlin?.map((account) => [account.stance, account.time?.value ?? null])).toEqual([
      ['reports-as-requested', '../2026-02-01'],
      ['reports-as-requested', null],
    ]);
  });

  test('statements that continue a dated statement or a meeting carry its time', () => {
    const time = (id: string) => statements.find((statement) => statement.id === id)?.time;
    expect(time('kremlin-request-terms')?.value).toBe(time('kremlin-putin-received-request')?.value);
    const meeting = events.find((event) => event.id === 'cabinet-meeting')?.time?.value;
    const atMeeting = statements.filter((statement) => statement.channel === 'white-house');
    expect(atMeeting.length).toBeGreaterThan(0);
    const offenders = atMeeting.filter((statement) => statement.time?.value !== meeting || statement.time?.anchor !== 'cabinet-meeting');
    expect(offenders.map((statement) => statement.id)).toEqual([]);
  });

  test('what the article says of electricity, of Moscow’s forces and of those who rely on generators is recorded', () => {
    const event = (id: string) => events.find((e) => e.id === id);
    expect(event('kyiv-electricity-outage')?.evidence[0]?.text).toContain('electricity in Kyiv');
    expect(event('donbas-capture-failure')?.participants).toEqual([{ actor: 'russian-armed-forces', role: 'attacker' }]);
    const forces = actors.find((actor) => actor.id === 'russian-armed-forces')?.evidence ?? [];
    expect(forces.map((span) => article.text.slice(span.start - 9, span.end))).toEqual(['Moscow’s forces']);
    expect(event('civilian-energy-shortages')?.participants.map((participant) => participant.actor)).toEqual(['households', 'small-businesses', 'hospitals']);
  });

  test('where a source expects or doubts an event, it does not assert it', () => {
    const stance = (eventId: string, statementId: string) =>
      events.find((event) => event.id === eventId)?.accounts.find((account) => account.statement === statementId)?.stance;
    expect(stance('abu-dhabi-talks', 'witkoff-talks-resume')).toBe('expects');
    expect(stance('peace-negotiations', 'witkoff-talks-resume')).toBe('expects');
    expect(stance('putin-agrees-to-halt', 'advisers-dont-waste-the-call')).toBe('doubts');
  });

  test('no actor id says more than the article: the advisers are nobody’s in particular', () => {
    expect(actorIds).toContain('advisers');
    expect(actorIds.filter((id) => /^(trump|putin|zelenskyy)-/.test(id))).toEqual([]);
  });
});
