import { describe, expect, test } from 'vitest';
import { actors } from '../src/index.js';
import { createFindActors, suggestActors } from '../src/model/names.js';
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

describe('the one name resolver of findActor, findActors and the scorer', () => {
  test('an id or QID exactly as written means that actor alone, before any name is compared', () => {
    expect(ids('kyiv')).toEqual(['kyiv']);
    expect(ids('Q1899')).toEqual(['kyiv']);
    // As a name, "Kyiv" is the city and the government the article calls so.
    expect(ids('Kyiv')).toEqual(['kyiv', 'ukrainian-government']);
    expect(ids(' kyiv ')).toEqual(['kyiv']);
  });

  test('a leading "the", an honorific, a title and a trailing possessive are left out', () => {
    expect(ids('the Kremlin')).toEqual(['kremlin']);
    expect(ids('Mr. Trump')).toEqual(['donald-trump']);
    expect(ids('President Putin')).toEqual(['vladimir-putin']);
    expect(ids('Kremlin spokesman Dmitry Peskov')).toEqual(['dmitry-peskov']);
    expect(ids('the Kyiv Mayor Vitaly\u00a0Klitschko')).toEqual(['vitaly-klitschko']);
    expect(ids('U.S. Special Envoy Steve Witkoff')).toEqual(['steve-witkoff']);
    expect(ids('Trump’s')).toEqual(['donald-trump']);
    expect(ids("Russians'")).toEqual(['russia']);
    // A title is left out only before a name: alone it is no one's name (or it is an alias, as "Russian President" is).
    expect(ids('Kremlin spokesman')).toEqual([]);
    expect(ids('Russian President')).toEqual(['vladimir-putin']);
  });

  test('the surname of a person no other person shares, and the variants (transliterations), find the person', () => {
    expect(ids('Peskov')).toEqual(['dmitry-peskov']);
    expect(ids('Klitschko')).toEqual(['vitaly-klitschko']);
    expect(ids('Zelensky')).toEqual(['volodymyr-zelenskyy']);
    expect(ids('President Zelensky')).toEqual(['volodymyr-zelenskyy']);
    expect(ids('Dmitri Peskov')).toEqual(['dmitry-peskov']);
    expect(ids('Vitali Klitschko')).toEqual(['vitaly-klitschko']);
    expect(ids('Donbass')).toEqual(['donbas']);
    // Kiev is a variant of the city and of the government the article calls Kyiv, as "Kyiv" is.
    expect(ids('Kiev')).toEqual(['kyiv', 'ukrainian-government']);
  });

  test('a surname two people share finds neither by it', () => {
    const two = [
      { id: 'ann-lee', kind: 'person', name: 'Ann Lee', aliases: [], wikidata: null },
      { id: 'bob-lee', kind: 'person', name: 'Bob Lee', aliases: [], wikidata: null },
      { id: 'cy-moe', kind: 'person', name: 'Cy Moe', aliases: [], wikidata: null },
    ];
    const findTwo = createFindActors(two);
    expect(findTwo('Lee')).toEqual([]);
    expect(findTwo('Moe').map((actor) => actor.id)).toEqual(['cy-moe']);
  });

  test('a name that matches no actor gets the likeliest ones to suggest', () => {
    expect(suggestActors(actors, 'Pesko')).toEqual(['Dmitry Peskov']);
    expect(suggestActors(actors, 'Kremlin spokesman')).toEqual(['Dmitry Peskov']);
    expect(suggestActors(actors, 'Zelenskyy said')).toEqual(['Volodymyr Zelenskyy']);
    expect(suggestActors(actors, 'xqzv')).toEqual([]);
  });

  test('the index holds each actor once per name, however many actors share it', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({ id: `a${i}`, name: 'Same Name', aliases: ['Same Name', 'same  name'], wikidata: null }));
    const findMany = createFindActors(many);
    expect(findMany('Same Name')).toHaveLength(2_000);
    expect(findMany('a7').map((actor) => actor.id)).toEqual(['a7']);
  });
});
