import { describe, expect, test } from 'vitest';
import { actors } from '../src/index.js';
import { createFindActors } from '../src/model/names.js';
import { foldName } from '../src/util/fold.js';

const find = createFindActors(actors);
const ids = (ref: unknown) => find(ref).map((actor) => actor.id);

describe('actor references', () => {
  test('names fold case, diacritics, curly quotes and white space', () => {
    expect(foldName('  Volodymyr\u00a0 ZÉLENSKYY ')).toBe('volodymyr zelenskyy');
    expect(foldName('Russia’s')).toBe("russia's");
  });

  test('an id, a QID, a name and an alias each find the actor', () => {
    expect(ids('donald-trump')).toEqual(['donald-trump']);
    expect(ids('Donald Trump')).toEqual(['donald-trump']);
    expect(ids('trump')).toEqual(['donald-trump']);
    const withQid = actors.find((actor) => actor.wikidata !== null);
    expect(withQid).toBeDefined();
    expect(ids(withQid?.wikidata?.toLowerCase())).toContain(withQid?.id);
  });

  test('a word several actors are called by finds all of them, best match first', () => {
    const kyiv = ids('Kyiv');
    expect(kyiv[0]).toBe('kyiv');
    expect(kyiv).toContain('ukrainian-government');
  });

  test('unknown words, prototype keys and non-strings find nothing', () => {
    for (const ref of ['nobody', '__proto__', 'constructor', 'toString', '', '   ', 42, null, undefined, {}]) {
      expect(ids(ref), String(ref)).toEqual([]);
    }
  });
});
