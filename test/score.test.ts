/**
 * The scorer on hand-computed fixtures: the six SemEval-2013 scenarios for every kind, the gold
 * scored against itself, offsets in every unit, invalid entries, alignment order, attribute scores
 * and errors. Every expected number is worked out by hand in a comment beside it.
 */
import { describe, expect, test } from 'vitest';
import { dataset } from '../src/index.js';
import { formatReport, score, type Counts, type KindScores, type Prediction, type ScoreKind, type ScoreMode, type ScoreReport, type ScoredCounts } from '../src/score.js';
import { offsetIndex } from '../src/util/offsets.js';
import { goldAsPrediction, inUnit, SYNTHETIC_TEXT, spanOf, syntheticDataset } from './helpers/scoring.js';

const KINDS: readonly ScoreKind[] = ['statements', 'actors', 'events', 'figures', 'times'];
const MODES: readonly ScoreMode[] = ['strict', 'exact', 'partial', 'type'];
const gold = syntheticDataset();
const q = (quote: string) => ({ quote });

/** Counts with their ratios given by hand (never computed from the counts here). */
function counts(n: Partial<Pick<Counts, 'cor' | 'inc' | 'par' | 'mis' | 'spu'>>, precision: number, recall: number, f1: number): Counts {
  const { cor = 0, inc = 0, par = 0, mis = 0, spu = 0 } = n;
  return { cor, inc, par, mis, spu, possible: cor + inc + par + mis, actual: cor + inc + par + spu, precision, recall, f1 };
}

// Each kind of the synthetic dataset has exactly one gold unit, so each scenario has one gold unit
// and at most one prediction: possible = 1 in every case.
// I exact match: COR in every mode. P = 1/1, R = 1/1, F1 = 1.
const exactMatch = { strict: counts({ cor: 1 }, 1, 1, 1), exact: counts({ cor: 1 }, 1, 1, 1), partial: counts({ cor: 1 }, 1, 1, 1), type: counts({ cor: 1 }, 1, 1, 1) };
// II spurious: the prediction overlaps no gold unit, so SPU = 1, and the gold unit is MIS = 1.
// P = 0/1 = 0, R = 0/1 = 0, F1 = 0 (P + R = 0).
const spurious = counts({ mis: 1, spu: 1 }, 0, 0, 0);
// III missed: no prediction. MIS = 1, actual = 0: P = 0 (denominator 0), R = 0/1 = 0.
const missed = counts({ mis: 1 }, 0, 0, 0);
// IV same boundaries, wrong type: strict INC (0/1), exact COR (1/1), partial COR (1/1), type INC (0/1).
const wrongType = { strict: counts({ inc: 1 }, 0, 0, 0), exact: counts({ cor: 1 }, 1, 1, 1), partial: counts({ cor: 1 }, 1, 1, 1), type: counts({ inc: 1 }, 0, 0, 0) };
// V overlap, right type: strict INC, exact INC, partial PAR: P = (0 + 1/2)/1 = 0.5, R = 0.5,
// F1 = 2·0.5·0.5/(0.5 + 0.5) = 0.5; type COR (1/1).
const overlapRightType = { strict: counts({ inc: 1 }, 0, 0, 0), exact: counts({ inc: 1 }, 0, 0, 0), partial: counts({ par: 1 }, 0.5, 0.5, 0.5), type: counts({ cor: 1 }, 1, 1, 1) };
// VI overlap, wrong type: strict INC, exact INC, partial PAR (0.5 as in V), type INC (0/1).
const overlapWrongType = { strict: counts({ inc: 1 }, 0, 0, 0), exact: counts({ inc: 1 }, 0, 0, 0), partial: counts({ par: 1 }, 0.5, 0.5, 0.5), type: counts({ inc: 1 }, 0, 0, 0) };
const allModes = (c: Counts) => ({ strict: c, exact: c, partial: c, type: c });

/** The counts of one mode without their confidence interval, to compare with hand-computed ones. */
const plain = ({ ci: _ci, ...rest }: ScoredCounts): Counts => rest;
/** The counts of a kind in every mode, without the intervals and the breakdowns. */
const modesOf = (scores: KindScores) => ({ strict: plain(scores.strict), exact: plain(scores.exact), partial: plain(scores.partial), type: plain(scores.type) });
/** Invalid entries as path and reason. */
const reasons = (report: ScoreReport) => report.invalid.map(({ path, reason }) => ({ path, reason }));

/** Per kind, the prediction entries of scenarios I, II, IV, V and VI (III predicts nothing). */
const SCENARIOS: Record<ScoreKind, Record<'I' | 'II' | 'IV' | 'V' | 'VI', unknown>> = {
  // Gold: "We meet on Friday in Łódź 🚀." said by zofie-novak.
  statements: {
    I: { speaker: 'Žofie Ňovák', mode: 'direct', span: q('We meet on Friday in Łódź 🚀.') },
    II: { speaker: 'Žofie Ňovák', mode: 'direct', span: q('The pause of 7 days held') },
    IV: { speaker: 'Łódź', mode: 'direct', span: q('We meet on Friday in Łódź 🚀.') },
    V: { speaker: 'zofie-novak', mode: 'direct', span: q('We meet on Friday') },
    VI: { speaker: 'Q580', mode: 'direct', span: q('We meet on Friday') },
  },
  // Gold: the mention "Žofie Ňovák" of zofie-novak.
  actors: {
    I: { actor: 'Q101', span: q('Žofie Ňovák') },
    II: { actor: 'Q101', span: q('pause') },
    IV: { actor: 'Łódź', span: q('Žofie Ňovák') },
    V: { actor: 'ŇOVÁK', span: q('Ňovák') },
    VI: { actor: 'lodz', span: q('Žofie') },
  },
  // Gold: "meet on Friday in Łódź", time 2026-01-30.
  events: {
    I: { span: q('meet on Friday in Łódź'), time: '2026-01-30' },
    II: { span: q('The pause'), time: '2026-01-30' },
    IV: { span: q('meet on Friday in Łódź'), time: '2026-01-31' },
    V: { span: q('meet'), time: '2026-01-30' },
    VI: { span: q('meet') },
  },
  // Gold: "7 days", 7 d. 1 wk = 7 d and 168 h = 7 d are the same quantity; 7 h is not; Cel is another dimension.
  figures: {
    I: { span: q('7 days'), value: 1, unit: 'wk' },
    II: { span: q('Žofie'), value: 7, unit: 'd' },
    IV: { span: q('7 days'), value: 7, unit: 'h' },
    V: { span: q('7'), value: 168, min: null, max: null, unit: 'h' },
    VI: { span: q('days'), value: 7, unit: 'Cel' },
  },
  // Gold: the time expression "Friday" (its extent: "on" is a signal outside it), 2026-01-30.
  times: {
    I: { span: q('Friday'), value: '2026-01-30', type: 'DATE' },
    II: { span: q('held'), value: '2026-01-30' },
    IV: { span: q('Friday'), value: '2026-01-23' },
    V: { span: q('on Friday'), value: '2026-01-30' },
    VI: { span: q('Friday in'), value: '2026-01-29' },
  },
};

const EXPECTED = { I: exactMatch, II: allModes(spurious), III: allModes(missed), IV: wrongType, V: overlapRightType, VI: overlapWrongType };

describe('the six SemEval-2013 scenarios, for every kind', () => {
  for (const kind of KINDS) {
    for (const scenario of ['I', 'II', 'III', 'IV', 'V', 'VI'] as const) {
      test(`${kind}, scenario ${scenario}`, () => {
        const entries = scenario === 'III' ? [] : [SCENARIOS[kind][scenario]];
        const report = score({ [kind]: entries } as Prediction, { gold });
        expect(report.invalid).toEqual([]);
        expect(modesOf(report[kind])).toEqual(EXPECTED[scenario]);
      });
    }
  }

  test('all six at once on a gold with several units: the counts add up as in the scenarios', () => {
    // Two statements of the real shape: the synthetic one, and a second one over "The pause of 7 days held".
    const two = syntheticDataset();
    const second = { ...two.statements[0]!, id: 's-pause', mode: 'indirect' as const, text: 'The pause of 7 days held', evidence: [spanOf(SYNTHETIC_TEXT, 'The pause of 7 days held')] };
    const golds = { ...two, statements: [...two.statements, second] };
    const report = score(
      {
        statements: [
          { speaker: 'Žofie Ňovák', mode: 'direct', span: q('We meet on Friday in Łódź 🚀.') }, // I on s-meet
          { speaker: 'lodz', mode: 'direct', span: q('said') }, // II: overlaps neither
          { speaker: 'Q580', mode: 'indirect', span: q('The pause') }, // VI on s-pause
        ],
      },
      { gold: golds },
    );
    // strict: COR 1 (I), INC 1 (VI), SPU 1 (II), MIS 0. possible = 1+1 = 2, actual = 1+1+1 = 3.
    // P = 1/3, R = 1/2, F1 = 2·(1/3)(1/2)/(1/3 + 1/2) = (1/3)/(5/6) = 0.4.
    expect(plain(report.statements.strict)).toEqual(counts({ cor: 1, inc: 1, spu: 1 }, 1 / 3, 1 / 2, 0.4));
    // partial: COR 1, PAR 1, SPU 1: P = (1 + 0.5)/3 = 0.5, R = 1.5/2 = 0.75, F1 = 2·0.5·0.75/1.25 = 0.6.
    expect(report.statements.partial.precision).toBeCloseTo(0.5, 12);
    expect(report.statements.partial.recall).toBeCloseTo(0.75, 12);
    expect(report.statements.partial.f1).toBeCloseTo(0.6, 12);
    expect(report.statements.partial).toMatchObject({ cor: 1, par: 1, spu: 1, mis: 0, possible: 2, actual: 3 });
    // Speaker (Muzny et al.): s-meet correct, s-pause matched with the wrong speaker: C = 1, I = 1, S = 0.
    // P = 1/2, R = 1/1, accuracy = 1/2. Mode: s-meet direct = direct, s-pause indirect = indirect: 2 of 2.
    expect(report.attributes.speaker).toEqual({ correct: 1, incorrect: 1, skipped: 0, precision: 0.5, recall: 1, accuracy: 0.5 });
    expect(report.attributes.mode).toEqual({ correct: 2, total: 2, accuracy: 1 });
  });
});

describe('the gold scored against itself gives 1 everywhere', () => {
  const ones = (report: ScoreReport) => {
    const offenders: string[] = [];
    for (const kind of KINDS) {
      for (const mode of MODES) {
        const c = report[kind][mode];
        if (c.precision !== 1 || c.recall !== 1 || c.f1 !== 1 || c.cor !== c.possible || c.possible === 0) offenders.push(`${kind}.${mode}: ${JSON.stringify(c)}`);
      }
    }
    const { speaker, mode, timeValue, timex, figureValue, figureUnit } = report.attributes;
    const figures = {
      speaker: speaker.accuracy,
      mode: mode.accuracy,
      time: timeValue.valueF1,
      timexStrictF1: timex.strictF1,
      timexRelaxedF1: timex.relaxedF1,
      timexValueAccuracy: timex.valueAccuracy,
      timexTypeAccuracy: timex.typeAccuracy,
      figureValue: figureValue.accuracy,
      figureUnit: figureUnit.accuracy,
    };
    for (const [name, value] of Object.entries(figures)) {
      if (value !== 1) offenders.push(`${name}: ${value}`);
    }
    if (report.invalid.length > 0) offenders.push(`invalid: ${JSON.stringify(report.invalid.slice(0, 3))}`);
    return offenders;
  };

  for (const spans of ['offsets', 'quotes'] as const) {
    for (const refs of ['id', 'wikidata', 'name'] as const) {
      test(`this article, spans by ${spans}, actors by ${refs}`, () => {
        expect(ones(score(goldAsPrediction(dataset, spans, refs)))).toEqual([]);
      });
      test(`the synthetic dataset, spans by ${spans}, actors by ${refs}`, () => {
        expect(ones(score(goldAsPrediction(gold, spans, refs), { gold }))).toEqual([]);
      });
    }
  }

  test('every gold unit is aligned, and the alignment shows each with its prediction', () => {
    const report = score(goldAsPrediction(dataset, 'offsets', 'id'));
    const total = KINDS.reduce((sum, kind) => sum + report[kind].strict.possible, 0);
    expect(report.alignments).toHaveLength(total);
    expect(report.alignments.filter((row) => row.gold === null || row.predicted === null || row.gold.text !== row.predicted.text)).toEqual([]);
    expect(report.statements.strict.possible).toBe(dataset.statements.length);
    expect(report.actors.strict.possible).toBe(dataset.actors.reduce((sum, actor) => sum + actor.evidence.length, 0));
  });
});

describe('offsets in every unit', () => {
  const text = SYNTHETIC_TEXT;
  const index = offsetIndex(text);

  test('the synthetic text really counts differently in each unit', () => {
    // 🎉 is 2 UTF-16 units, 1 code point, 4 bytes; "Ž" is 1 unit, 1 code point, 2 bytes.
    expect(index.fromUtf16(3, 'utf16')).toBe(3);
    expect(index.fromUtf16(3, 'codepoint')).toBe(2);
    expect(index.fromUtf16(3, 'utf8')).toBe(5);
    expect(index.length.utf16 - index.length.codepoint).toBe(2); // two astral characters
  });

  test('codepoint and utf8 offsets give the same report as utf16', () => {
    const prediction = goldAsPrediction(gold, 'offsets', 'id');
    const utf16 = score(prediction, { gold });
    for (const unit of ['codepoint', 'utf8'] as const) {
      const converted = inUnit(prediction, text, unit);
      expect(converted.statements?.[0]?.span).not.toEqual(prediction.statements?.[0]?.span);
      expect(score(converted, { gold })).toEqual(utf16);
    }
  });

  test('codepoint and utf8 offsets give the same report as utf16 on a prediction with misses and partial matches', () => {
    const prediction: Prediction = {
      statements: [{ speaker: 'lodz', mode: 'indirect', span: { start: spanOf(text, 'We').start, end: spanOf(text, 'Łódź').end } }],
      figures: [{ span: { start: spanOf(text, '7').start, end: spanOf(text, 'held').end }, value: 7, unit: 'd' }],
      actors: [{ actor: 'Q101', span: { start: 0, end: spanOf(text, 'Žofie').end } }],
    };
    const reports = (['codepoint', 'utf8'] as const).map((unit) => score(inUnit(prediction, text, unit), { gold }));
    const utf16 = score(prediction, { gold });
    expect(utf16.statements.partial.par).toBe(1);
    expect(reports).toEqual([utf16, utf16]);
  });

  test('an offset inside a character or past the end is an invalid entry, counted as spurious', () => {
    const report = score(
      {
        offsets: 'utf8',
        actors: [
          { actor: 'Q101', span: { start: 1, end: 7 } }, // byte 1 is inside 🎉 (bytes 0–3)
          { actor: 'Q101', span: { start: 5, end: 10_000 } },
          { actor: 'Q101', span: { start: 9, end: 9 } },
        ],
      },
      { gold },
    );
    expect(reasons(report)).toEqual([
      { path: 'actors[0].span', reason: 'an offset falls inside a character (counting in utf8)' },
      { path: 'actors[1].span', reason: `the offsets run past the end of the text (${index.length.utf8} in utf8)` },
      { path: 'actors[2].span', reason: 'the span is empty: end must be after start' },
    ]);
    // 3 spurious, 1 missed: possible 1, actual 3, P = 0/3, R = 0/1.
    expect(plain(report.actors.strict)).toEqual(counts({ mis: 1, spu: 3 }, 0, 0, 0));
  });
});

describe('invalid entries', () => {
  test('a quote not in the text, an ambiguous quote and an unknown unit are listed with their path and counted as spurious; an unknown actor keeps its span', () => {
    const report = score(
      {
        statements: [
          { speaker: 'Žofie Ňovák', mode: 'direct', span: q('We meet on Sunday') },
          { speaker: 'Nobody Atall', mode: 'direct', span: q('We meet on Friday in Łódź 🚀.') },
        ],
        actors: [{ actor: 'Q101', span: q('o') }],
        figures: [{ span: q('7 days'), value: 7, unit: 'd@' }],
        times: [{ span: { quote: 'Friday', prefix: 'next ' }, value: '2026-01-30' }],
      },
      { gold },
    );
    const friday = SYNTHETIC_TEXT.indexOf('Friday');
    const we = SYNTHETIC_TEXT.indexOf('We meet');
    expect(reasons(report)).toEqual([
      // "We meet on " occurs; the text goes on with "F" where the quote has "S", its 12th character.
      { path: 'statements[0].span', reason: `the quote does not occur in the text; the nearest is "We meet on Friday" at ${we}, where the text has "F" and the quote "S" (character 12 of the quote)` },
      { path: 'actors[0].span', reason: expect.stringMatching(/^the quote occurs \d+ times; add a prefix or suffix/) },
      { path: 'figures[0].unit', reason: '"d@" is neither a UCUM unit nor a spelling of one' },
      { path: 'times[0].span', reason: `the quote occurs once (at ${friday}), but not with this prefix and suffix` },
    ]);
    expect(report.warnings).toEqual([
      { code: 'unknown-actor', path: 'statements[1].speaker', reason: 'no actor of the gold dataset is called "Nobody Atall". The entry is scored with an unknown type' },
    ]);
    // statements: [0] is invalid (SPU); [1] has the gold boundaries and an unknown type: strict INC,
    // exact COR, partial COR, type INC. possible 1, actual 2.
    // strict: INC 1, SPU 1: P = 0/2, R = 0/1. exact: COR 1, SPU 1: P = 1/2, R = 1/1, F1 = 2·0.5·1/1.5 = 2/3.
    expect(plain(report.statements.strict)).toEqual(counts({ inc: 1, spu: 1 }, 0, 0, 0));
    expect(plain(report.statements.exact)).toEqual(counts({ cor: 1, spu: 1 }, 0.5, 1, 2 / 3));
    expect(plain(report.statements.type)).toEqual(counts({ inc: 1, spu: 1 }, 0, 0, 0));
    expect(plain(report.figures.exact)).toEqual(counts({ mis: 1, spu: 1 }, 0, 0, 0));
    // Invalid entries are not in the alignment; the unknown speaker is, with its reference.
    expect(report.alignments.filter((row) => row.predicted !== null).map((row) => [row.kind, row.predicted?.type, row.predicted?.unresolved])).toEqual([['statements', null, 'Nobody Atall']]);
  });

  test('a prefix or suffix singles out one occurrence, and curly quotes match straight ones', () => {
    const text = 'He said “no”. She said “no” twice.';
    const mine = { ...gold, article: { ...gold.article, text, evidence: [] }, actors: [], statements: [], events: [], figures: [], timexes: [] };
    const report = score(
      {
        events: [
          { span: { quote: 'no', prefix: 'She said “' } },
          { span: { quote: 'no', suffix: '” twice' } },
          { span: { quote: 'said "no"' } },
          { span: { quote: 'said "no" twice' } },
        ],
      },
      { gold: mine },
    );
    expect(reasons(report)).toEqual([{ path: 'events[2].span', reason: 'the quote occurs 2 times; add a prefix or suffix that singles out one' }]);
    // "He said “no”. She said “no” twice.": the second "no" starts at 24, the second "said" at 18.
    expect(report.alignments.map((row) => [row.predicted?.start, row.predicted?.text])).toEqual([
      [18, 'said “no” twice'],
      [24, 'no'],
      [24, 'no'],
    ]);
  });
});

describe('alignment', () => {
  const meet = q('We meet on Friday in Łódź 🚀.');

  test('an exact-boundary pair is aligned before a larger overlap, and of two exact pairs the one of the right type wins, whatever the order', () => {
    const entries = [
      { speaker: 'lodz', mode: 'direct', span: meet }, // exact, wrong type
      { speaker: 'zofie-novak', mode: 'direct', span: meet }, // exact, right type
      { speaker: 'zofie-novak', mode: 'direct', span: q('Žofie Ňovák said: “We meet on Friday in Łódź 🚀.”') }, // contains the gold span: an overlap, not exact
    ] as const;
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2]]) {
      const report = score({ statements: order.map((i) => entries[i]!) }, { gold });
      // The right-type exact pair is COR in every mode; the other two are spurious: actual 3, possible 1.
      // strict: P = 1/3, R = 1/1, F1 = 2·(1/3)·1/(4/3) = 0.5.
      expect(plain(report.statements.strict)).toEqual(counts({ cor: 1, spu: 2 }, 1 / 3, 1, 0.5));
      expect(report.alignments.find((row) => row.gold !== null)?.predicted?.type).toBe('zofie-novak');
    }
  });

  test('without an exact pair, the largest overlap is aligned, and on equal overlap the right type', () => {
    // Gold "Friday". "Friday in" shares "Friday" (6 characters) with the wrong value; "on Fri" shares 3 with the right one.
    const largest = score({ times: [{ span: q('on Fri'), value: '2026-01-30' }, { span: q('Friday in'), value: '2026-01-01' }] }, { gold });
    expect(largest.alignments.find((row) => row.kind === 'times' && row.gold !== null)?.predicted?.text).toBe('Friday in');
    // type: INC 1 ("Friday in"), SPU 1 ("on F"): P = 0/2, R = 0/1.
    expect(plain(largest.times.type)).toEqual(counts({ inc: 1, spu: 1 }, 0, 0, 0));
    // partial: PAR 1, SPU 1: P = 0.5/2 = 0.25, R = 0.5/1 = 0.5, F1 = 2·0.25·0.5/0.75 = 1/3.
    expect(plain(largest.times.partial)).toEqual(counts({ par: 1, spu: 1 }, 0.25, 0.5, 1 / 3));
    // "on Friday" also shares 6 characters: the tie goes to the right value. type: COR 1, SPU 1: P = 1/2, R = 1/1, F1 = 2/3.
    const tie = score({ times: [{ span: q('Friday in'), value: '2026-01-01' }, { span: q('on Friday'), value: '2026-01-30' }] }, { gold });
    expect(plain(tie.times.type)).toEqual(counts({ cor: 1, spu: 1 }, 0.5, 1, 2 / 3));
  });

  test('an event matches any of its evidence spans, exactly or by overlap', () => {
    const two = syntheticDataset();
    const golds = { ...two, events: [{ ...two.events[0]!, evidence: [spanOf(SYNTHETIC_TEXT, 'meet on Friday in Łódź'), spanOf(SYNTHETIC_TEXT, 'said')] }] };
    expect(score({ events: [{ span: q('said'), time: '2026-01-30' }] }, { gold: golds }).events.strict.cor).toBe(1);
    expect(score({ events: [{ span: q('sa'), time: '2026-01-30' }] }, { gold: golds }).events.partial.par).toBe(1);
  });
});

describe('attribute scores', () => {
  test('time value accuracy and Value F1 follow TempEval-3', () => {
    const report = score({ times: [{ span: q('Friday'), value: '2026-01-29' }, { span: q('7 days'), value: 'P7D' }] }, { gold });
    // One gold time; "Friday" matches it (a relaxed match, exact here) with the wrong value; "7 days" is spurious.
    // Value accuracy = 0/1 = 0. Relaxed P = 1/2, R = 1/1, F1 = 2·0.5·1/1.5 = 2/3. Value F1 = 0 × 2/3 = 0.
    expect(report.attributes.timeValue).toEqual({ correct: 0, total: 1, accuracy: 0, relaxedF1: 2 / 3, valueF1: 0 });
    const right = score({ times: [{ span: q('Friday'), value: '2026-01-30' }, { span: q('7 days'), value: 'P7D' }] }, { gold });
    // Value accuracy = 1/1; relaxed F1 = 2/3 as above; Value F1 = 1 × 2/3.
    expect(right.attributes.timeValue).toEqual({ correct: 1, total: 1, accuracy: 1, relaxedF1: 2 / 3, valueF1: 2 / 3 });
  });

  test('the TempEval-3 figures of the time expressions: strict and relaxed F1, value and type accuracy', () => {
    // Two gold time expressions: "Friday" (DATE 2026-01-30) and "7 days" (DURATION P7D).
    const sevenDays = { ...gold.timexes[0]!, id: 'seven-days', type: 'DURATION' as const, value: 'P7D', anchor: null, temporalFunction: false, evidence: [spanOf(SYNTHETIC_TEXT, '7 days')] };
    const golds = { ...gold, timexes: [...gold.timexes, sevenDays] };
    const report = score(
      {
        times: [
          { span: q('Friday'), value: '2026-01-30', type: 'DATE' }, // the same extent: a strict match; value and type right
          { span: q('days'), value: 'P1W' }, // overlaps "7 days": a relaxed match only; P1W = P7D, so the value is right; no type
          { span: q('held'), value: 'PXD', type: 'DURATION' }, // overlaps nothing
          { span: q('next week'), value: '2026-W06' }, // not in the text: unusable, counted as predicted
        ],
      },
      { gold: golds },
    );
    // gold = 2, predicted = 4. Strict: 1 match: P = 1/4, R = 1/2, F1 = 2·(1/4)(1/2)/(3/4) = 1/3.
    // Relaxed: 2 matches: P = 2/4, R = 2/2, F1 = 2·(1/2)·1/(3/2) = 2/3.
    // Value: 2 of 2 right: accuracy 1, Value F1 = 1 × 2/3. Type: 1 of 2 (the second gives none): accuracy 1/2, type F1 = 1/2 × 2/3 = 1/3.
    expect(report.attributes.timex).toEqual({
      gold: 2,
      predicted: 4,
      strictMatches: 1,
      relaxedMatches: 2,
      strictPrecision: 1 / 4,
      strictRecall: 1 / 2,
      strictF1: 1 / 3,
      relaxedPrecision: 1 / 2,
      relaxedRecall: 1,
      relaxedF1: 2 / 3,
      valueCorrect: 2,
      valueAccuracy: 1,
      valueF1: 2 / 3,
      typeCorrect: 1,
      typeAccuracy: 1 / 2,
      typeF1: 1 / 3,
    });
    // The same figures as the kind's modes: strict COR 1 ("Friday"), INC 1 ("days"), SPU 2: P = 1/4, R = 1/2, F1 = 1/3;
    // type (value on overlap): COR 2, SPU 2: P = 2/4, R = 2/2, F1 = 2/3.
    expect(plain(report.times.strict)).toEqual(counts({ cor: 1, inc: 1, spu: 2 }, 1 / 4, 1 / 2, 1 / 3));
    expect(plain(report.times.type)).toEqual(counts({ cor: 2, spu: 2 }, 1 / 2, 1, 2 / 3));
    expect(report.attributes.timeValue).toEqual({ correct: 2, total: 2, accuracy: 1, relaxedF1: 2 / 3, valueF1: 2 / 3 });
  });

  test('time values match as TIMEX3 values: durations of the same length are equal, months never equal days', () => {
    const sevenDays = { ...gold.timexes[0]!, id: 'seven-days', type: 'DURATION' as const, value: 'P7D', anchor: null, temporalFunction: false, evidence: [spanOf(SYNTHETIC_TEXT, '7 days')] };
    const golds = { ...gold, timexes: [sevenDays] };
    const valueRight = (value: string) => score({ times: [{ span: q('7 days'), value }] }, { gold: golds }).attributes.timex.valueCorrect === 1;
    const equal = ['P7D', 'P1W', 'PT168H', 'P6DT24H', 'PT10080M', 'P0.5W3.5D'];
    const unequal = ['P7W', 'P1M', 'P0.25M', 'P7', '7 days', 'PXD', 'PXW', 'P1WT1S'];
    expect(equal.filter((value) => !valueRight(value))).toEqual([]);
    expect(unequal.filter(valueRight)).toEqual([]);
    const month = { ...sevenDays, value: 'P1M' };
    const monthRight = (value: string) => score({ times: [{ span: q('7 days'), value }] }, { gold: { ...gold, timexes: [month] } }).attributes.timex.valueCorrect === 1;
    // A month has no fixed number of days or hours; a year is always 12 months.
    expect(['P30D', 'P31D', 'P4W', 'PT720H'].filter(monthRight)).toEqual([]);
    expect(['P1M', 'P1.0M'].filter((value) => !monthRight(value))).toEqual([]);
    const year = { ...sevenDays, value: 'P1Y' };
    expect(score({ times: [{ span: q('7 days'), value: 'P12M' }] }, { gold: { ...gold, timexes: [year] } }).attributes.timex.valueCorrect).toBe(1);
    expect(score({ times: [{ span: q('7 days'), value: 'P365D' }] }, { gold: { ...gold, timexes: [year] } }).attributes.timex.valueCorrect).toBe(0);
  });

  test('a gold dataset without timexes (made before time expressions were records) has no time units: every predicted time is spurious', () => {
    const { timexes: _timexes, ...older } = gold;
    const report = score({ times: [{ span: q('Friday'), value: '2026-01-30' }] }, { gold: older });
    expect(plain(report.times.strict)).toEqual(counts({ spu: 1 }, 0, 0, 0));
    expect(report.attributes.timex).toMatchObject({ gold: 0, predicted: 1, relaxedMatches: 0, relaxedF1: 0 });
  });

  test('figure value and unit accuracy count only matched figures', () => {
    const report = score({ figures: [{ span: q('7'), value: 1, unit: 'wk' }] }, { gold });
    // Matched 1; 1 wk = 7 d, so the value is right (1/1); the unit code wk is not d (0/1).
    expect(report.attributes.figureValue).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(report.attributes.figureUnit).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });

  test('speaker scores count skipped statements, and mode accuracy the matched ones', () => {
    const report = score({ statements: [] }, { gold });
    // Nothing matched: C = 0, I = 0, S = 1; P = 0 (denominator 0), R = 0/1, accuracy = 0/1.
    expect(report.attributes.speaker).toEqual({ correct: 0, incorrect: 0, skipped: 1, precision: 0, recall: 0, accuracy: 0 });
    const wrongMode = score({ statements: [{ speaker: 'Ňovák', mode: 'indirect', span: q('We meet on Friday in Łódź 🚀.') }] }, { gold });
    expect(wrongMode.attributes.mode).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(wrongMode.attributes.speaker).toEqual({ correct: 1, incorrect: 0, skipped: 0, precision: 1, recall: 1, accuracy: 1 });
  });

  test('a shared name names every actor it can mean, and the type check passes when the gold actor is among them', () => {
    const two = syntheticDataset();
    const golds = { ...two, actors: [...two.actors, { ...two.actors[1]!, id: 'lodz-region', kind: 'region' as const, wikidata: null }] };
    const report = score({ actors: [{ actor: 'Łódź', span: q('Žofie Ňovák') }] }, { gold: golds });
    expect(report.alignments.find((row) => row.kind === 'actors' && row.predicted !== null)?.predicted?.type).toBe('lodz|lodz-region');
    expect(report.actors.type.inc).toBe(1);
    const golds2 = { ...golds, actors: golds.actors.map((actor) => (actor.id === 'lodz' ? { ...actor, evidence: [spanOf(SYNTHETIC_TEXT, 'Łódź')] } : actor)) };
    expect(score({ actors: [{ actor: 'lodz', span: q('Łódź') }] }, { gold: golds2 }).actors.strict.cor).toBe(1);
  });
});

describe('bad input', () => {
  test('only a prediction that is not an object, an unknown offsets unit or a malformed sha256 throws a TypeError', () => {
    const bad: [unknown, string][] = [
      [null, 'score: prediction must be an object, got null'],
      [[], 'score: prediction must be an object, got an array'],
      [{ offsets: 'bytes' }, 'score: prediction.offsets must be one of "utf16", "codepoint", "utf8", got "bytes"'],
      [{ sha256: 'ABC' }, 'score: prediction.sha256 must be 64 lowercase hex digits, got "ABC"'],
    ];
    for (const [value, message] of bad) expect(() => score(value as Prediction)).toThrow(new TypeError(message));
  });

  test('a structural problem inside an entry makes that entry invalid, listing every problem of it', () => {
    const report = score(
      {
        statements: [
          { speaker: 'x', mode: 'direct', span: { start: -1, end: 2 } },
          { speaker: 5, mode: 'quoted' },
          { speaker: 'Žofie Ňovák', mode: 'direct', span: q('We meet on Friday in Łódź 🚀.') },
        ],
        figures: [{ span: { quote: '7' }, value: '7', unit: 'd' }],
        times: [{ span: { quote: '' }, value: 'x' }],
        events: 'none',
      } as unknown as Prediction,
      { gold },
    );
    expect(reasons(report)).toEqual([
      { path: 'statements[0].span.start', reason: 'must be a whole number from 0, got number -1' },
      { path: 'statements[1]', reason: 'speaker: must be a non-empty string, got number 5; mode: must be one of "direct", "indirect", got "quoted"; span: is required' },
      { path: 'events', reason: 'must be an array of entries, got "none"' },
      { path: 'figures[0].value', reason: 'must be a number or null, got "7"' },
      { path: 'times[0].span.quote', reason: 'must be a non-empty string, got ""' },
    ]);
    expect(report.invalid[1]?.problems.map((problem) => problem.path)).toEqual(['statements[1].speaker', 'statements[1].mode', 'statements[1].span']);
    // The good statement is COR; the two invalid ones are spurious: P = 1/3, R = 1/1, F1 = 2·(1/3)·1/(4/3) = 0.5.
    expect(plain(report.statements.strict)).toEqual(counts({ cor: 1, spu: 2 }, 1 / 3, 1, 0.5));
    // A list that is not an array is one spurious entry: possible 1, actual 1.
    expect(plain(report.events.strict)).toEqual(counts({ mis: 1, spu: 1 }, 0, 0, 0));
  });

  test('unknown keys are ignored with a warning, or with strict make their entry invalid; null means absent', () => {
    const prediction = {
      statement: [],
      statements: [{ speaker: 'Žofie Ňovák', mode: 'direct', span: { quote: 'We meet on Friday in Łódź 🚀.', prefix: null, suffix: null, note: 'x' }, confidence: 0.9 }],
      events: null,
      figures: [{ span: q('7 days'), value: 7, unit: 'd', min: null, max: null, qualifier: null }],
      offsets: null,
      sha256: null,
    } as unknown as Prediction;
    const lenient = score(prediction, { gold });
    expect(lenient.invalid).toEqual([]);
    expect(lenient.warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['unknown-key', 'statement'],
      ['unknown-key', 'statements[0].confidence'],
      ['unknown-key', 'statements[0].span.note'],
    ]);
    expect(lenient.statements.strict.cor).toBe(1);
    expect(lenient.figures.strict.cor).toBe(1);
    const strict = score(prediction, { gold, strict: true });
    expect(reasons(strict)).toEqual([
      {
        path: 'statements[0]',
        reason:
          'confidence: is not a known key (the keys are speaker, mode, span); unknown keys are not allowed in strict mode; span.note: is not a known key (the keys are quote, prefix, suffix); unknown keys are not allowed in strict mode',
      },
    ]);
    expect(strict.warnings.map((warning) => warning.path)).toEqual(['statement']);
    // The statement is now spurious: MIS 1, SPU 1.
    expect(plain(strict.statements.strict)).toEqual(counts({ mis: 1, spu: 1 }, 0, 0, 0));
  });

  test('a sha256 of another text throws a RangeError; the gold hash is accepted', () => {
    expect(() => score({ sha256: 'a'.repeat(64) })).toThrow(RangeError);
    expect(() => score({ sha256: 'a'.repeat(64) })).toThrow(/^score: prediction\.sha256 is aaaaaaaaaaaa…, but the gold article's is/);
    expect(score({ sha256: dataset.article.sha256 }).statements.strict.mis).toBe(dataset.statements.length);
  });

  test('a gold that is not a dataset throws a TypeError or RangeError naming the path', () => {
    expect(() => score({}, { gold: {} as never })).toThrow(new TypeError('score: options.gold.article must be an object, got nothing'));
    const broken = { ...gold, statements: [{ ...gold.statements[0]!, evidence: [{ start: 5, end: 1, text: 'x' }] }] };
    expect(() => score({}, { gold: broken })).toThrow(new RangeError(`score: options.gold.statements[0].evidence[0] needs integer offsets with 0 <= start < end <= ${gold.article.text.length}, got start number 5 and end number 1`));
  });

  test('score does not mutate its input and returns a frozen report', () => {
    const prediction = goldAsPrediction(gold, 'quotes', 'name');
    const copy = structuredClone(prediction);
    const report = score(prediction, { gold });
    expect(prediction).toEqual(copy);
    expect(Object.isFrozen(report) && Object.isFrozen(report.statements.strict) && Object.isFrozen(report.alignments)).toBe(true);
  });
});

describe('formatReport', () => {
  test('renders one row per kind and mode, the attribute table and the invalid entries', () => {
    const report = score({ statements: [{ speaker: 'Žofie Ňovák', mode: 'direct', span: q('We meet on Friday') }, { speaker: 'x', mode: 'direct', span: q('nope') }] }, { gold });
    const text = formatReport(report);
    // 20 rows of counts (kind and mode), 5 of intervals (kind).
    expect(text.split('\n').filter((line) => /^\| (statements|actors|events|figures|times) \|/.test(line))).toHaveLength(25);
    // partial: PAR 1, SPU 1 (the invalid entry): P = 0.5/2 = 0.25, R = 0.5/1 = 0.5, F1 = 2·0.25·0.5/0.75 = 1/3.
    expect(text).toContain('| statements | partial | 0.250 | 0.500 | 0.333 | 0 | 0 | 1 | 0 | 1 |');
    expect(text).toContain('1 entry could not be used (counted as spurious):\n- `statements[1].span`: the quote does not occur in the text');
    expect(() => formatReport({} as ScoreReport)).toThrow(new TypeError('formatReport: report.statements must be an object, got nothing'));
    expect(() => formatReport(null as unknown as ScoreReport)).toThrow(new TypeError('formatReport: expected a report from score(), got null'));
  });
});
