import { describe, expect, test } from 'vitest';
import {
  accountsOf,
  actorIds,
  contextOf,
  convertFigure,
  createQueries,
  dataset,
  eventIds,
  eventsBetween,
  eventsInvolving,
  figuresAbout,
  figuresByUnit,
  findText,
  getActor,
  getFigure,
  getStatement,
  mentionsOf,
  statementsAbout,
  statementsBy,
  timeline,
} from '../src/index.js';
import type { Dataset, IdSpace } from '../src/index.js';

/** Every path under `value` that is an object and not frozen. */
function unfrozen(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return [...own, ...Object.entries(value).flatMap(([key, item]) => unfrozen(item, `${path}.${key}`))];
}

/** Every result a helper returns on the real data, by a readable name. */
function results(): [string, unknown][] {
  return [
    ...actorIds.flatMap((id): [string, unknown][] => [
      [`statementsBy(${id})`, statementsBy(id)],
      [`statementsAbout(${id})`, statementsAbout(id)],
      [`eventsInvolving(${id})`, eventsInvolving(id)],
      [`figuresAbout(${id})`, figuresAbout(id)],
      [`mentionsOf(${id})`, mentionsOf(id)],
    ]),
    ...eventIds.flatMap((id): [string, unknown][] => [
      [`accountsOf(${id})`, accountsOf(id)],
      [`statementsAbout(${id})`, statementsAbout(id)],
      [`figuresAbout(${id})`, figuresAbout(id)],
    ]),
    ['eventsBetween(2026-01-29, 2026-01-30)', eventsBetween('2026-01-29', '2026-01-30')],
    ['timeline()', timeline()],
    ["figuresByUnit('d')", figuresByUnit('d')],
    ["findText('Kyiv')", findText('Kyiv')],
    ['contextOf(statement)', contextOf(getStatement('trump-dont-waste-the-call'))],
    ["convertFigure(-10 °C, '[degF]')", convertFigure(getFigure('kyiv-overnight-minus-10'), '[degF]')],
  ];
}

describe('immutability', () => {
  test('every result is frozen all the way down', () => {
    expect(results().flatMap(([name, value]) => unfrozen(value, name))).toEqual([]);
  });

  test('the exported records are frozen: assigning to a field throws a TypeError', () => {
    const trump = getActor('donald-trump');
    expect(() => {
      (trump as { name: string }).name = 'Someone else';
    }).toThrow(TypeError);
    expect(() => {
      (trump.evidence as unknown as { text: string }[])[0]!.text = 'x';
    }).toThrow(TypeError);
    expect(getActor('donald-trump').name).toBe('Donald Trump');
  });

  test('a returned array cannot be used to change what later calls return', () => {
    const attempts: [string, () => readonly unknown[]][] = [
      ['statementsBy', () => statementsBy('donald-trump')],
      ['eventsBetween', () => eventsBetween('2026-01-29', '2026-01-29')],
      ['timeline', () => timeline()],
      ['findText', () => findText('Kyiv')],
      ['accountsOf', () => accountsOf('putin-agrees-to-halt')],
      ['statementsBy (empty)', () => statementsBy('kyiv')],
    ];
    const offenders = attempts.filter(([, call]) => {
      const first = call();
      const snapshot = JSON.stringify(first);
      for (const mutate of [
        () => (first as unknown[]).push('intruder'),
        () => (first as unknown[]).splice(0, 1),
        () => ((first as unknown[])[0] = 'intruder'),
        () => (first as unknown[]).reverse(),
        () => ((first as { length: number }).length = 0),
      ]) {
        try {
          mutate();
        } catch {
          // A frozen array throws in strict mode; that is the point.
        }
      }
      return JSON.stringify(call()) !== snapshot || JSON.stringify(first) !== snapshot;
    });
    expect(offenders.map(([name]) => name)).toEqual([]);
  });

  test('createQueries freezes what it returns but never the caller’s own records', () => {
    const own = JSON.parse(JSON.stringify(dataset)) as Dataset<IdSpace>;
    const q = createQueries(own);
    expect(Object.isFrozen(q)).toBe(true);
    const arrays = [q.statementsBy('donald-trump'), q.mentionsOf('donald-trump'), q.accountsOf('putin-agrees-to-halt'), q.timeline(), q.eventsBetween('2026-01-29', '2026-01-29')];
    expect(arrays.filter((array) => !Object.isFrozen(array)).length).toBe(0);
    expect(unfrozen(own).length).toBeGreaterThan(0);
    expect([own, own.statements, own.actors[0], own.actors[0]?.evidence].filter((value) => Object.isFrozen(value))).toEqual([]);
    const mentions = q.mentionsOf('donald-trump');
    expect(mentions).not.toBe(own.actors.find((a) => a.id === 'donald-trump')?.evidence);
  });

  test('convertFigure returns a new frozen figure and leaves an unfrozen one unfrozen', () => {
    const own = JSON.parse(JSON.stringify(getFigure('halt-one-week'))) as typeof dataset.figures[number];
    const days = convertFigure(own, 'd');
    expect(unfrozen(days)).toEqual([]);
    expect(Object.isFrozen(own)).toBe(false);
    expect(own.value).toBe(1);
  });
});
