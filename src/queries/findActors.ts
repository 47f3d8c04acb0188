import { createFindActors } from '../model/names.js';
import { actors } from '../data/actors.js';
import type { Actor } from '../model/types.js';

let find: ((ref: unknown) => readonly Actor[]) | undefined;

/**
 * Every actor that a reference can mean: an id, a Wikidata QID, a name or an alias the article
 * uses. Matching ignores case, diacritics and extra white space, and treats curly and straight
 * apostrophes alike. A word the article uses for several actors gives all of them: `'Kyiv'` is the
 * city and, where the article means its government, `ukrainian-government`.
 *
 * Results come best match first: actors whose id matches, then whose QID, then whose name, then
 * whose alias; ties in record order (order of first mention).
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
 * findActors('  zelenskyy ').map((actor) => actor.id)
 * //=> ['volodymyr-zelenskyy']
 * findActors('Q22686').map((actor) => actor.name)
 * //=> ['Donald Trump']
 * findActors('nobody')
 * //=> []
 * ```
 */
export function findActors(ref: string): readonly Actor[] {
  return (find ??= createFindActors(actors))(ref);
}
