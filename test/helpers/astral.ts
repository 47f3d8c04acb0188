/**
 * A small synthetic dataset whose text holds characters outside the Basic Multilingual Plane
 * (emoji, a flag, a family joined by zero-width joiners) and combining marks, so that UTF-16
 * offsets and code-point offsets differ: the exporters must convert, not copy.
 */
import type { Dataset, IdSpace, Span } from '../../src/model/types.js';
import { spanOf as spanIn, syntheticArticle } from './synthetic.js';

export const ASTRAL_TEXT = [
  'Zoë 👩‍👩‍👧 says 🔥 “Cafe\u0301 prices rose 😀 12 percent” in Kyi\u0308v',
  '',
  'The 🇺🇦 mayor of Kyi\u0308v met Zoë at dawn, when it was −5 °C 🥶 outside.',
].join('\n');

/** The `nth` occurrence (from 0) of `words` in the text, as a span in UTF-16 code units. */
export function spanOf(words: string, nth = 0): Span {
  return spanIn(ASTRAL_TEXT, words, nth);
}

export function astralDataset(): Dataset<IdSpace> {
  return {
    article: syntheticArticle('astral-test', ASTRAL_TEXT, [spanOf('at dawn')], ''),
    actors: [
      {
        id: 'zoe',
        kind: 'person',
        name: 'Zoë',
        aliases: ['Zoë'],
        variants: [],
        roles: [],
        wikidata: 'Q42',
        notes: [],
        evidence: [spanOf('Zoë', 0), spanOf('Zoë', 1)],
      },
      {
        id: 'kyiv-mayor',
        kind: 'person',
        name: 'the mayor of Kyïv',
        aliases: [],
        variants: [],
        roles: [{ title: 'mayor', of: 'kyiv' }],
        wikidata: null,
        notes: [],
        evidence: [spanOf('🇺🇦 mayor of Kyi\u0308v')],
      },
      {
        id: 'kyiv',
        kind: 'city',
        name: 'Kyïv',
        aliases: [],
        variants: [],
        roles: [],
        wikidata: 'Q1899',
        notes: [],
        evidence: [spanOf('Kyi\u0308v', 0), spanOf('Kyi\u0308v', 1)],
      },
    ],
    statements: [
      {
        id: 'zoe-prices',
        speaker: 'zoe',
        mode: 'direct',
        text: 'Cafe\u0301 prices rose 😀 12 percent',
        cue: 'says',
        reportedBy: null,
        within: null,
        about: ['kyiv'],
        time: { expression: 'now', value: '2026-01-30', precision: 'day', anchor: 'publication', inferred: true },
        channel: null,
        notes: [],
        evidence: [spanOf('Cafe\u0301 prices rose 😀 12 percent'), spanOf('Zoë 👩‍👩‍👧 says')],
      },
    ],
    events: [
      {
        id: 'dawn-meeting',
        type: 'meeting',
        cameo: '036',
        summary: 'The mayor meets Zoë.',
        participants: [
          { actor: 'kyiv-mayor', role: 'host' },
          { actor: 'zoe', role: 'guest' },
        ],
        location: 'kyiv',
        time: { expression: 'at dawn', value: '2026-01-30', precision: 'day', anchor: 'publication', inferred: false, timex: 'dawn' },
        status: 'occurred',
        accounts: [{ source: null, stance: 'asserts' }],
        wikidata: null,
        notes: [],
        evidence: [spanOf('met'), spanOf('at dawn')],
      },
    ],
    figures: [
      {
        id: 'price-rise',
        quantity: 'count',
        value: 12,
        min: null,
        max: null,
        qualifier: 'exact',
        unit: '{percent}',
        unitInferred: false,
        countOf: 'percentage points',
        measures: 'the rise in prices',
        about: 'zoe-prices',
        source: 'zoe',
        notes: [],
        evidence: [spanOf('12 percent')],
      },
      {
        id: 'dawn-cold',
        quantity: 'temperature',
        value: -5,
        min: null,
        max: null,
        qualifier: 'exact',
        unit: 'Cel',
        unitInferred: false,
        countOf: null,
        measures: 'the temperature at dawn',
        about: 'dawn-meeting',
        source: null,
        notes: [],
        // Two spans with an emoji after them: one discontinuous brat annotation.
        evidence: [spanOf('−5'), spanOf('°C')],
      },
    ],
    timexes: [
      {
        id: 'dawn',
        type: 'TIME',
        value: '2026-01-30TMO',
        mod: null,
        quant: null,
        freq: null,
        anchor: 'dct',
        temporalFunction: true,
        notes: [],
        // After the flag: its code-point offsets differ from its UTF-16 ones.
        evidence: [spanOf('dawn')],
      },
    ],
  };
}
