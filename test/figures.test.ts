import { describe, expect, test } from 'vitest';
import { figures } from '../src/index.js';
import type { Figure } from '../src/index.js';

type Expected = Pick<Figure, 'quantity' | 'value' | 'min' | 'max' | 'qualifier' | 'unit' | 'source'> & { readonly words: string };

// The gold reading of every number in the article: the words, then what they state.
const expected: Readonly<Record<string, Expected>> = {
  'halt-one-week': { words: 'for a week', quantity: 'duration', value: 1, min: null, max: null, qualifier: 'exact', unit: 'wk', source: 'donald-trump' },
  'zelenskyy-remarks-daily': { words: 'daily remarks', quantity: 'frequency', value: 1, min: null, max: null, qualifier: 'exact', unit: '/d', source: null },
  'team-contact-every-hour': { words: 'Almost every hour', quantity: 'frequency', value: 1, min: null, max: 1, qualifier: 'almost', unit: '/h', source: 'volodymyr-zelenskyy' },
  'kyiv-buildings-without-heat': { words: '454 apartment buildings', quantity: 'count', value: 454, min: null, max: null, qualifier: 'exact', unit: '{building}', source: 'vitaly-klitschko' },
  'kyiv-overnight-minus-10': { words: 'minus 10 degrees Celsius', quantity: 'temperature', value: -10, min: null, max: null, qualifier: 'exact', unit: 'Cel', source: 'vitaly-klitschko' },
  'thursday-attacks-killed': { words: 'at least six people', quantity: 'count', value: 6, min: 6, max: null, qualifier: 'at-least', unit: '{person}', source: 'regional-authorities-and-emergency-services' },
  'war-nearly-four-years': { words: 'nearly four-year-old', quantity: 'duration', value: 4, min: null, max: 4, qualifier: 'nearly', unit: 'a', source: null },
  'diplomacy-months': { words: 'months of diplomatic activity', quantity: 'duration', value: null, min: null, max: null, qualifier: 'vague', unit: 'mo', source: null },
  'talks-trilateral-parties': { words: 'trilateral', quantity: 'count', value: 3, min: null, max: null, qualifier: 'exact', unit: '{party}', source: null },
  'three-way-contacts-parties': { words: 'three-way contacts', quantity: 'count', value: 3, min: null, max: null, qualifier: 'exact', unit: '{party}', source: null },
  'talks-resume-about-a-week': { words: 'in about a week', quantity: 'duration', value: 1, min: null, max: null, qualifier: 'approximately', unit: 'wk', source: 'steve-witkoff' },
  'zaporizhzhia-strike-a-day-earlier': { words: 'a day earlier', quantity: 'duration', value: 1, min: null, max: null, qualifier: 'exact', unit: 'd', source: 'rudolf-myhovych' },
  'halt-two-days': { words: "two days' stop", quantity: 'duration', value: 2, min: null, max: null, qualifier: 'exact', unit: 'd', source: 'rudolf-myhovych' },
  'attacks-every-day': { words: 'every day', quantity: 'frequency', value: 1, min: null, max: null, qualifier: 'exact', unit: '/d', source: 'rudolf-myhovych' },
  'halt-two-or-three-days': { words: 'two or three days', quantity: 'duration', value: null, min: 2, max: 3, qualifier: 'range', unit: 'd', source: 'rudolf-myhovych' },
  'night-minus-20-to-minus-30': { words: 'minus 20 to minus 30 degrees', quantity: 'temperature', value: null, min: -30, max: -20, qualifier: 'range', unit: 'Cel', source: 'regional-authorities' },
};

// Words that set a qualifier or a unit, read independently of the data.
const QUALIFIER_WORDS: readonly [RegExp, Figure['qualifier']][] = [
  [/\bat least\b/i, 'at-least'],
  [/\bnearly\b/i, 'nearly'],
  [/\balmost\b/i, 'almost'],
  [/\babout\b/i, 'approximately'],
  [/\b(or|to)\b.*\b(days|degrees)\b/i, 'range'],
  [/\bmonths\b/i, 'vague'],
];
const UNIT_WORDS: readonly [RegExp, Figure['unit']][] = [
  [/degrees/i, 'Cel'],
  [/every hour/i, '/h'],
  [/every day|daily/i, '/d'],
  [/\bweek\b/i, 'wk'],
  [/\bdays?\b/i, 'd'],
  [/year-old/i, 'a'],
  [/months/i, 'mo'],
  [/buildings/i, '{building}'],
  [/people/i, '{person}'],
  [/three-way|trilateral/i, '{party}'],
];

describe('figures', () => {
  test('every figure has a gold reading, and every gold reading a figure', () => {
    expect(figures.map((f) => f.id).sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(figures.map((f) => [f.id, f] as const))('%s states what its words say', (id, figure) => {
    const gold = expected[id]!;
    expect(figure.evidence.map((span) => span.text)).toEqual([gold.words]);
    const { words: _words, ...values } = gold;
    expect({ quantity: figure.quantity, value: figure.value, min: figure.min, max: figure.max, qualifier: figure.qualifier, unit: figure.unit, source: figure.source }).toEqual(values);
  });

  test('qualifier and unit follow from the words of the evidence', () => {
    const wrong = figures.flatMap((figure) => {
      const words = figure.evidence.map((span) => span.text).join(' ');
      const qualifier = QUALIFIER_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? 'exact';
      const unit = UNIT_WORDS.find(([pattern]) => pattern.test(words))?.[1];
      return [
        ...(qualifier === figure.qualifier ? [] : [`${figure.id}: qualifier ${figure.qualifier}, words say ${qualifier}`]),
        ...(unit === figure.unit ? [] : [`${figure.id}: unit ${figure.unit}, words say ${String(unit)}`]),
      ];
    });
    expect(wrong).toEqual([]);
  });

  test('a range keeps its true minimum and maximum whatever order the words give them', () => {
    const night = figures.find((f) => f.id === 'night-minus-20-to-minus-30');
    expect(night?.evidence[0]?.text.indexOf('minus 20')).toBeLessThan(night?.evidence[0]?.text.indexOf('minus 30') ?? 0);
    expect([night?.min, night?.max]).toEqual([-30, -20]);
  });

  test('a unit the article leaves unstated is marked inferred, with a note', () => {
    const inferred = figures.filter((f) => f.unitInferred);
    expect(inferred.map((f) => f.id)).toEqual(['night-minus-20-to-minus-30']);
    expect(inferred.every((f) => f.notes.some((note) => note.field === 'unit'))).toBe(true);
  });

  test('sources disagree on the length of the halt, and each length is kept with its source', () => {
    const lengths = figures.filter((f) => f.about === 'strike-halt').map((f) => [f.source, f.value ?? [f.min, f.max], f.unit]);
    expect(lengths).toEqual([
      ['donald-trump', 1, 'wk'],
      ['rudolf-myhovych', 2, 'd'],
      ['rudolf-myhovych', [2, 3], 'd'],
    ]);
  });
});
