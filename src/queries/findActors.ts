import { createFindActors } from '../model/names.js';
import { actors } from '../data/actors.js';
import type { Actor } from '../model/types.js';

let find: ((ref: unknown) => readonly Actor[]) | undefined;

/**
 * Every actor that a reference can mean. An id or Wikidata QID exactly as written means that
 * actor alone, before any name is compared: `'kyiv'` is the city. Otherwise the reference is
 * compared, ignoring case, diacritics, white space and the kind of quotation mark, and leaving out
 * a leading "the", an honorific (`Mr`), a title of the article's before a name (`President`,
 * `Kremlin spokesman`) and a trailing possessive (`’s`), with every actor's id, QID, name, the
 * aliases the article uses, the variants (common transliterations such as `Zelensky` or `Kiev`)
 * and the surname of each person whom no other person shares it with. A name the article uses
 * for several actors gives all of them: `'Kyiv'` is the city and, where the article means its
 * government, `ukrainian-government`.
 *
 * Results come best match first: actors whose id matches, then whose QID, name, alias, variant,
 * surname; ties in record order (order of first mention).
 *
 * @param ref - What to look for. Unknown words, `'__proto__'` and the like, and any value that is
 * not a string give `[]`.
 * @returns The actors, as a frozen array.
 * @category Lookups
 * @example
 * ```ts
 * import { findActors } from 'kyiv-strike-pause'
 * findActors('Kyiv').map((actor) => actor.id)
 * //=> ['kyiv', 'ukrainian-government']
 * findActors('kyiv').map((actor) => actor.id)
 * //=> ['kyiv']
 * findActors('  zelenskyy ').map((actor) => actor.id)
 * //=> ['volodymyr-zelenskyy']
 * findActors('Q22686').map((actor) => actor.name)
 * //=> ['Donald Trump']
 * findActors('Kyiv Mayor Vitali Klitschko').map((actor) => actor.id)
 * //=> ['vitaly-klitschko']
 * findActors('nobody')
 * //=> []
 * ```
 */
export function findActors(ref: string): readonly Actor[] {
  return (find ??= createFindActors(actors))(ref);
}
