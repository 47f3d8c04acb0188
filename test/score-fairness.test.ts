/**
 * Fair scoring: the extraction is graded, not the spelling. An actor named any way the resolver
 * accepts scores the same; an unresolvable one keeps its span with an unknown type (hand-computed
 * SemEval-2013 counts); quotes fold; units convert from any UCUM unit or spelling, with bounds as
 * attributes; equal time values are equal; unknown keys change no count; the report's overall
 * counts, breakdowns and intervals hold together. Every expected count is worked out by hand.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dataset, findActors } from '../src/index.js';
import { score, type Counts, type Prediction, type ScoreKind, type ScoreMode, type ScoreReport, type ScoredCounts } from '../src/score.js';
import { align } from '../src/score/align.js';
import { foldedIndex, foldQuery, foldText, occurrences } from '../src/util/fold.js';
import { sameTimexValue } from '../src/util/timex.js';
import { goldAsPrediction, SYNTHETIC_TEXT, syntheticDataset } from './helpers/scoring.js';

const KINDS: readonly ScoreKind[] = ['statements', 'actors', 'events', 'figures', 'times'];
const MODES: readonly ScoreMode[] = ['strict', 'exact', 'partial', 'type'];
const gold = syntheticDataset();
const q = (quote: string) => ({ quote });
const plain = ({ ci: _ci, ...rest }: ScoredCounts): Counts => rest;
const outcomes = (report: ScoreReport, kind: ScoreKind) => Object.fromEntries(MODES.map((mode) => [mode, (({ cor, inc, par, mis, spu }) => ({ cor, inc, par, mis, spu }))(report[kind][mode])]));

describe('an actor reference that matches no actor keeps its span, with an unknown type (SemEval-2013: a wrong type)', () => {
  // The synthetic gold has one statement ("We meet on Friday in Łódź 🚀.", by zofie-novak) and one
  // mention ("Žofie Ňovák"). "Nobody Atall" names no actor.
  const unknown = 'Nobody Atall';
  const cases: [string, ScoreKind, unknown, Record<ScoreMode, Partial<Counts>>][] = [
    // Same boundaries, unknown type: strict INC, exact COR, partial COR, type INC (as scenario IV).
    [
      'the gold boundaries',
      'statements',
      { speaker: unknown, mode: 'direct', span: q('We meet on Friday in Łódź 🚀.') },
      { strict: { inc: 1 }, exact: { cor: 1 }, partial: { cor: 1 }, type: { inc: 1 } },
    ],
    ['the gold boundaries', 'actors', { actor: unknown, span: q('Žofie Ňovák') }, { strict: { inc: 1 }, exact: { cor: 1 }, partial: { cor: 1 }, type: { inc: 1 } }],
    // An overlap, unknown type: strict INC, exact INC, partial PAR, type INC (as scenario VI).
    ['an overlap', 'statements', { speaker: unknown, mode: 'direct', span: q('We meet') }, { strict: { inc: 1 }, exact: { inc: 1 }, partial: { par: 1 }, type: { inc: 1 } }],
    ['an overlap', 'actors', { actor: unknown, span: q('Žofie') }, { strict: { inc: 1 }, exact: { inc: 1 }, partial: { par: 1 }, type: { inc: 1 } }],
    // No overlap: SPU, and the gold unit MIS, in every mode (as scenario II).
    ['no overlap', 'statements', { speaker: unknown, mode: 'direct', span: q('The pause') }, { strict: { mis: 1, spu: 1 }, exact: { mis: 1, spu: 1 }, partial: { mis: 1, spu: 1 }, type: { mis: 1, spu: 1 } }],
    ['no overlap', 'actors', { actor: unknown, span: q('pause') }, { strict: { mis: 1, spu: 1 }, exact: { mis: 1, spu: 1 }, partial: { mis: 1, spu: 1 }, type: { mis: 1, spu: 1 } }],
  ];

  test.each(cases)('on %s, %s', (_case, kind, entry, expected) => {
    const report = score({ [kind]: [entry] } as Prediction, { gold });
    const full = (n: Partial<Counts>) => ({ cor: 0, inc: 0, par: 0, mis: 0, spu: 0, ...n });
    expect(outcomes(report, kind)).toEqual(Object.fromEntries(MODES.map((mode) => [mode, full(expected[mode])])));
    expect(report.invalid).toEqual([]);
    expect(report.warnings).toEqual([{ code: 'unknown-actor', path: `${kind}[0].${kind === 'actors' ? 'actor' : 'speaker'}`, reason: expect.stringContaining('"Nobody Atall"') }]);
  });

  test('on the article, a mix: precision, recall and F1 by hand', () => {
    const report = score({
      statements: [
        { speaker: 'Trump', mode: 'direct', span: q('record-setting') }, // gold boundaries, Trump's: COR
        { speaker: 'Mr Nobody', mode: 'indirect', span: q('Moscow would not provide additional details') }, // gold boundaries, unknown: strict INC, exact COR
        { speaker: 'Someone Else', mode: 'indirect', span: q('Putin ultimately agreed') }, // overlap, unknown: INC, INC, PAR, INC
      ],
    });
    const s = report.statements;
    const possible = dataset.statements.length;
    // strict: COR 1, INC 2, actual 3: P = 1/3, R = 1/possible.
    expect(plain(s.strict)).toMatchObject({ cor: 1, inc: 2, par: 0, spu: 0, mis: possible - 3, precision: 1 / 3, recall: 1 / possible });
    // exact: COR 2 (the first two), INC 1: P = 2/3.
    expect(plain(s.exact)).toMatchObject({ cor: 2, inc: 1, precision: 2 / 3, recall: 2 / possible });
    // partial: COR 2, PAR 1: P = (2 + 1/2)/3 = 5/6.
    expect(s.partial.precision).toBeCloseTo(5 / 6, 12);
    // type: COR 1, INC 2.
    expect(plain(s.type)).toMatchObject({ cor: 1, inc: 2 });
    // Muzny et al.: the two unknown speakers are incorrect attributions, not skipped statements.
    expect(report.attributes.speaker).toMatchObject({ correct: 1, incorrect: 2, skipped: possible - 3 });
    // Each once, so in the order of the gold ids.
    expect(report.attributes.speakerConfusion).toEqual([
      { gold: 'dmitry-peskov', predicted: 'Mr Nobody', count: 1 },
      { gold: 'donald-trump', predicted: 'Someone Else', count: 1 },
    ]);
  });

  test('a name that matches no actor gets the likeliest actors in its warning', () => {
    const report = score({ actors: [{ actor: 'Peskow', span: q('Dmitry Peskov') }, { actor: 'Kremlin spokesman', span: { quote: 'Kremlin spokesman' } }] });
    expect(report.warnings.map((warning) => warning.reason)).toEqual([
      expect.stringContaining('did you mean "Dmitry Peskov"?'),
      expect.stringContaining('did you mean "Dmitry Peskov"?'),
    ]);
  });
});

/** Every form of an actor's reference the resolver takes for that actor alone. */
function acceptedForms(id: string): string[] {
  const actor = dataset.actors.find((candidate) => candidate.id === id);
  if (actor === undefined) return [id];
  const names = [actor.name, ...actor.aliases, ...actor.variants];
  const forms = [
    actor.id,
    ...(actor.wikidata === null ? [] : [actor.wikidata, actor.wikidata.toLowerCase()]),
    ...names,
    ...names.flatMap((name) => [`the ${name}`, `${name}’s`, name.toUpperCase(), ` ${name.replaceAll(' ', '\u00a0 ')} `]),
    ...actor.roles.flatMap((role) => names.map((name) => `${role.title} ${name}`)),
    ...(actor.kind === 'person' ? [actor.name.split(' ').at(-1) as string] : []),
  ];
  return forms.filter((form) => {
    const found = findActors(form);
    return found.length === 1 && found[0]?.id === id;
  });
}

describe('renaming a reference to any form the resolver accepts never changes a report', () => {
  const base = goldAsPrediction(dataset, 'offsets', 'id');
  const expected = score(base, { resamples: 50 });

  test('every actor whose name is its own has several accepted forms, the persons their surname among them', () => {
    const few = dataset.actors.filter((actor) => findActors(actor.name).length === 1 && acceptedForms(actor.id).length < 3).map((actor) => actor.id);
    expect(few).toEqual([]);
    // "Washington" is the city and the government: only the id means the city alone.
    expect(acceptedForms('washington')).toEqual(['washington']);
    expect(acceptedForms('dmitry-peskov')).toEqual(expect.arrayContaining(['Peskov', 'Kremlin spokesman Dmitry Peskov', 'Dmitri Peskov']));
  });

  test('for any choice of forms, the report is the same', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (picks) => {
        const pick = (id: string) => {
          const forms = acceptedForms(id);
          return forms[(picks.next().value as number) % forms.length] as string;
        };
        const renamed: Prediction = {
          ...base,
          statements: base.statements?.map((entry) => ({ ...entry, speaker: pick(entry.speaker) })) ?? null,
          actors: base.actors?.map((entry) => ({ ...entry, actor: pick(entry.actor) })) ?? null,
        };
        expect(score(renamed, { resamples: 50 })).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});

describe('an unknown key never changes a count', () => {
  const base = goldAsPrediction(dataset, 'quotes', 'name');
  const counts = (report: ScoreReport) => ({ ...report, warnings: [] });
  const expected = counts(score(base, { resamples: 20 }));

  test('for any unknown keys added anywhere, only the warnings differ', () => {
    const key = fc.constantFrom('confidence', 'note', 'id', 'label', 'extra', 'x-source', '__proto__', 'constructor');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), key, fc.jsonValue()), { minLength: 1, maxLength: 6 }), (additions) => {
        const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
        const objects: Record<string, unknown>[] = [copy];
        for (const kind of KINDS) {
          for (const entry of (copy[kind] as Record<string, unknown>[] | undefined) ?? []) objects.push(entry, entry['span'] as Record<string, unknown>);
        }
        for (const [at, name, value] of additions) Object.defineProperty(objects[at % objects.length] as object, name, { value, enumerable: true, configurable: true, writable: true });
        const report = score(copy as Prediction, { resamples: 20 });
        expect(counts(report)).toEqual(expected);
        expect(report.warnings.every((warning) => warning.code === 'unknown-key')).toBe(true);
        expect(report.warnings.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('figures: any UCUM unit or spelling, converted; bounds and qualifier are attributes', () => {
  test('"six people" against the gold "at least six": the right quantity, wrong bounds and qualifier', () => {
    const report = score({ figures: [{ span: q('at least six people'), value: 6, unit: 'people' }] });
    expect(plain(report.figures.strict)).toMatchObject({ cor: 1, inc: 0 });
    expect(report.attributes.figureValue).toEqual({ correct: 1, total: 1, accuracy: 1 });
    // Gold min 6 and qualifier at-least; predicted neither.
    expect(report.attributes.figureBounds).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(report.attributes.figureQualifier).toEqual({ correct: 0, total: 1, accuracy: 0 });
    const right = score({ figures: [{ span: q('at least six people'), value: 6, min: 6, max: null, unit: '{person}', qualifier: 'at-least' }] });
    expect(right.attributes.figureBounds.accuracy).toBe(1);
    expect(right.attributes.figureQualifier.accuracy).toBe(1);
  });

  test('spellings and other UCUM units of the gold dimension are right; a valid unit of another dimension is a wrong type, not invalid', () => {
    const entries = [
      { span: q('for a week'), value: 7, unit: 'days' }, // 7 d = 1 wk: COR
      { span: q('minus 10 degrees Celsius'), value: 14, unit: '°F' }, // -10 °C = 14 °F: COR
      { span: q('daily remarks'), value: 1, unit: '1/d' }, // 1/d = /d: COR
      { span: q('Almost every hour'), value: 24, unit: 'per day' }, // 24 /d = 1 /h: COR
      { span: q('454 apartment buildings'), value: 454, unit: 'kg' }, // mass: a wrong type, INC
      { span: q('two or three days'), value: null, min: 48, max: 72, unit: 'hours' }, // a range: value null = null, COR; bounds 48 h = 2 d
    ];
    const report = score({ figures: entries });
    expect(report.invalid).toEqual([]);
    // strict: COR 5, INC 1; possible 16 (the article's figures).
    expect(plain(report.figures.strict)).toMatchObject({ cor: 5, inc: 1, spu: 0, mis: dataset.figures.length - 6 });
    // Bounds: right for the week, the temperature, the daily remarks and the range (48–72 h = 2–3 d);
    // wrong for "almost every hour" (gold max 1 /h, none predicted) and for the mass: 4 of 6.
    expect(report.attributes.figureBounds).toEqual({ correct: 4, total: 6, accuracy: 4 / 6 });
    expect(report.figures.by.dimension['count']?.strict).toMatchObject({ inc: 1 });
  });

  test('C is the coulomb in UCUM: scored as a wrong type, with a warning naming Cel', () => {
    const report = score({ figures: [{ span: q('minus 10 degrees Celsius'), value: -10, unit: 'C' }] });
    expect(report.figures.strict.inc).toBe(1);
    expect(report.warnings).toEqual([{ code: 'unit-reading', path: 'figures[0].unit', reason: expect.stringContaining('"Cel"') }]);
  });
});

describe('times: values that denote the same thing are equal', () => {
  test('the equivalences, and what is not equivalent', () => {
    const equal: [string, string][] = [
      ['P1W', 'P7D'],
      ['P1D', 'PT24H'],
      ['PT1H', 'PT60M'],
      ['P1Y', 'P12M'],
      ['P1DE', 'P10Y'],
      ['P0.5D', 'PT12H'],
      ['2026-01-30', '2026-W05-5'],
      ['2026-01-29/2026-01-30', '2026-W05-4/2026-W05-5'],
      ['p1w', 'P1W'],
    ];
    const unequal: [string, string][] = [
      ['P1M', 'P30D'],
      ['P1Y', 'P365D'],
      ['P1M', 'P4W'],
      ['2026-W05', '2026-01-26'],
      ['2026-01', '2026-01-01'],
      ['../2026-02-01', '2026-02-01'],
      ['PXD', 'P1D'],
    ];
    expect(equal.filter(([a, b]) => !sameTimexValue(a, b) || !sameTimexValue(b, a))).toEqual([]);
    expect(unequal.filter(([a, b]) => sameTimexValue(a, b) || sameTimexValue(b, a))).toEqual([]);
    expect(sameTimexValue(null, null)).toBe(true);
    expect(sameTimexValue(null, 'P1D')).toBe(false);
  });

  test('a time and an event with an equivalent value are of the right type', () => {
    const report = score({ times: [{ span: { quote: 'a week', prefix: 'for ' }, value: 'P7D' }], events: [{ span: q('halt strikes on Kyiv until 1 February'), time: '../2026-02-01' }] });
    expect(report.times.strict.cor).toBe(1);
    expect(report.attributes.timeValue.correct).toBe(1);
    expect(report.events.strict.cor).toBe(1);
  });
});

describe('quotes fold like findText, and tell why they cannot be placed', () => {
  test('quotation marks, white space of any kind and NFC fold; a prefix without the joining space still singles out one', () => {
    const text = dataset.article.text;
    const report = score({
      statements: [
        { speaker: 'Trump', mode: 'direct', span: { quote: "A lot of people said, 'Don't waste the call. You're not going to get that.' And he did it," } },
      ],
      actors: [
        { actor: 'Kyiv Mayor Vitaly Klitschko', span: { quote: 'Mayor\u2009Vitaly  Klitschko', prefix: 'Kyiv' } }, // a thin space for the text's no-break one
        { actor: 'Trump', span: { quote: 'Trump', prefix: 'the Kremlin says' } }, // no such prefix
        { actor: 'Trump', span: { quote: 'Trump', prefix: 'Kremlin says' } }, // the headline, without the joining space
        { actor: 'Peskov', span: { quote: 'Kremlin spokesman Dmitri Peskov' } }, // not the article's spelling
        { actor: 'Zelenskyy', span: { quote: 'Ze\u0301lenskyy' } }, // an accent the text lacks
      ],
    });
    const peskov = text.indexOf('Kremlin spokesman Dmitry Peskov');
    expect(report.invalid.map(({ path, reason }) => ({ path, reason }))).toEqual([
      { path: 'actors[1].span', reason: expect.stringMatching(/^the quote occurs 8 times \(at 13, \d+, \d+, …\), but not with this prefix and suffix$/) },
      {
        path: 'actors[3].span',
        reason: `the quote does not occur in the text; the nearest is "Kremlin spokesman Dmitry Peskov" at ${peskov}, where the text has "y" and the quote "i" (character 24 of the quote)`,
      },
      { path: 'actors[4].span', reason: expect.stringMatching(/^the quote does not occur in the text; the nearest is "Zelenskyy" at \d+, where the text has "e" and the quote "e\u0301" \(character 2 of the quote\)$/) },
    ]);
    expect(report.statements.strict.cor).toBe(1);
    const starts = report.alignments.filter((row) => row.kind === 'actors' && row.predicted !== null).map((row) => row.predicted?.start);
    expect(starts).toEqual(expect.arrayContaining([13, text.indexOf('Mayor\u00a0Vitaly')]));
  });

  test('the folded index finds exactly what the linear search finds', () => {
    const folded = foldText(dataset.article.text);
    const index = foldedIndex(folded);
    fc.assert(
      fc.property(fc.nat({ max: dataset.article.text.length - 1 }), fc.integer({ min: 1, max: 25 }), (start, length) => {
        const { units } = foldQuery(dataset.article.text.slice(start, start + length), folded.numbers, folded.sequence.length);
        expect(index.find(units)).toEqual(occurrences(folded.sequence, units));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the report researchers cite', () => {
  const report = score(
    {
      statements: [
        { speaker: 'Trump', mode: 'direct', span: q('record-setting') },
        { speaker: 'Putin', mode: 'indirect', span: q('Putin ultimately agreed') },
      ],
      actors: [{ actor: 'Peskov', span: q('Dmitry Peskov') }, { actor: 'kyiv', span: { quote: 'Kyiv', prefix: 'fire into ' } }],
      figures: [{ span: q('for a week'), value: 1, unit: 'wk' }, { span: q('Patriot'), value: 1, unit: '1' }],
      times: [{ span: q('on Thursday'), value: '2026-01-29' }],
    },
    { resamples: 200 },
  );

  test('overall is the micro sum of every kind', () => {
    for (const mode of MODES) {
      const sum = (key: 'cor' | 'inc' | 'par' | 'mis' | 'spu') => KINDS.reduce((total, kind) => total + report[kind][mode][key], 0);
      expect(plain(report.overall[mode])).toMatchObject({ cor: sum('cor'), inc: sum('inc'), par: sum('par'), mis: sum('mis'), spu: sum('spu') });
    }
  });

  test('the values of every facet add up to their kind, and each unit is where its gold record puts it', () => {
    const offences: string[] = [];
    for (const kind of KINDS) {
      for (const [facet, values] of Object.entries(report[kind].by)) {
        for (const mode of MODES) {
          for (const key of ['cor', 'inc', 'par', 'mis', 'spu'] as const) {
            const total = Object.values(values).reduce((sum, counts) => sum + counts[mode][key], 0);
            if (total !== report[kind][mode][key]) offences.push(`${kind}.by.${facet} ${mode} ${key}: ${total} against ${report[kind][mode][key]}`);
          }
        }
      }
    }
    expect(offences).toEqual([]);
    expect(Object.keys(report.statements.by)).toEqual(['mode', 'speaker']);
    expect(report.statements.by.speaker['donald-trump']?.strict.cor).toBe(1);
    expect(report.actors.by.kind['person']?.strict.cor).toBe(1);
    expect(report.actors.by.actor['kyiv']?.strict.cor).toBe(1);
    expect(report.figures.by.dimension['duration']?.strict.cor).toBe(1);
    // "Patriot" is no figure: spurious, under its predicted dimension.
    expect(report.figures.by.dimension['count']?.strict.spu).toBe(1);
    expect(Object.keys(report.events.by.type)).toEqual(expect.arrayContaining(['appeal', 'ceasefire']));
    expect(Object.keys(report.times.by.type)).toEqual(expect.arrayContaining(['DATE', 'DURATION']));
  });

  test('the intervals: 95%, the same for the same input and seed, around the point estimate, another with another seed', () => {
    const again = score(
      {
        statements: [
          { speaker: 'Trump', mode: 'direct', span: q('record-setting') },
          { speaker: 'Putin', mode: 'indirect', span: q('Putin ultimately agreed') },
        ],
        actors: [{ actor: 'Peskov', span: q('Dmitry Peskov') }, { actor: 'kyiv', span: { quote: 'Kyiv', prefix: 'fire into ' } }],
        figures: [{ span: q('for a week'), value: 1, unit: 'wk' }, { span: q('Patriot'), value: 1, unit: '1' }],
        times: [{ span: q('on Thursday'), value: '2026-01-29' }],
      },
      { resamples: 200 },
    );
    expect(again).toEqual(report);
    const ci = report.overall.partial.ci;
    expect(ci?.level).toBe(0.95);
    for (const key of ['precision', 'recall', 'f1'] as const) {
      const [low, high] = ci?.[key] ?? [NaN, NaN];
      expect(low).toBeLessThanOrEqual(high);
      expect(low).toBeGreaterThanOrEqual(0);
      expect(high).toBeLessThanOrEqual(1);
    }
    expect(ci?.recall[0]).toBeLessThan(report.overall.partial.recall);
    expect(ci?.recall[1]).toBeGreaterThan(report.overall.partial.recall);
    const other = score({ statements: [{ speaker: 'Trump', mode: 'direct', span: q('record-setting') }] }, { resamples: 200, seed: 7 });
    const same = score({ statements: [{ speaker: 'Trump', mode: 'direct', span: q('record-setting') }] }, { resamples: 200, seed: 8 });
    expect(other.overall.strict.ci).not.toEqual(same.overall.strict.ci);
    expect(score({}, { resamples: 0 }).overall.strict.ci).toBeNull();
  });

  test('the gold against itself has intervals of exactly 1', () => {
    const perfect = score(goldAsPrediction(gold, 'offsets', 'id'), { gold, resamples: 100 });
    expect(perfect.statements.strict.ci).toEqual({ level: 0.95, precision: [1, 1], recall: [1, 1], f1: [1, 1] });
    expect(SYNTHETIC_TEXT.length).toBeGreaterThan(0);
  });
});

describe('alignment compares only overlapping pairs', () => {
  test('10,000 gold units against 10,000 predictions that overlap none of them: the type is never asked', () => {
    const gold = Array.from({ length: 10_000 }, (_, i) => ({ spans: [{ start: i * 10, end: i * 10 + 4 }] }));
    const predicted = Array.from({ length: 10_000 }, (_, i) => ({ spans: [{ start: i * 10 + 5, end: i * 10 + 9 }] }));
    let asked = 0;
    const result = align(gold, predicted, () => {
      asked++;
      return true;
    });
    expect(asked).toBe(0);
    expect([result.pairs.length, result.missed.length, result.spurious.length]).toEqual([0, 10_000, 10_000]);
  });

  test('each prediction that overlaps one gold unit is compared with that one only', () => {
    const gold = Array.from({ length: 5_000 }, (_, i) => ({ spans: [{ start: i * 10, end: i * 10 + 6 }] }));
    const predicted = Array.from({ length: 5_000 }, (_, i) => ({ spans: [{ start: i * 10 + 2, end: i * 10 + 8 }] }));
    let asked = 0;
    const result = align(gold, predicted, (g, p) => {
      asked++;
      return g === p;
    });
    expect(asked).toBe(5_000);
    expect(result.pairs.every((pair) => pair.gold === pair.predicted && !pair.exact && pair.overlap === 4)).toBe(true);
  });
});
