import { createFindActors } from '../model/names.js';
import { actors } from '../data/actors.js';
import type { Actor } from '../model/types.js';

let find: ((ref: unknown) => readonly Actor[]) | undefined;

/**
 * The actor a reference means best: the one whose id matches, else whose Wikidata QID, else whose
 * name, else whose alias (the first in order of mention where several share it). Matching ignores
 * case, diacritics and extra white space, as in {@link findActors}, which returns every actor a
 * reference can mean.
 *
 * @param ref - An id, a QID, a name or an alias. Unknown words, `'__proto__'` and the like, and any
 * value that is not a string give `undefined`.
 * @returns The actor, or `undefined`.
 * @category Lookups
 * @example
 * ```ts
 * import { findActor, statementsBy } from 'kyiv-strike-pause'
 * findActor('trump')?.id
 * //=> 'donald-trump'
 * findActor('Kremlin spokesman')
 * //=> undefined
 * findActor('Dmitry Peskov')?.roles.map((role) => role.title)
 * //=> ['Kremlin spokesman']
 * findActor('Kyiv')?.kind
 * //=> 'city'
 * statementsBy(findActor('Peskov')?.id ?? 'dmitry-peskov').length
 * //=> 1
 * ```
 */
export function findActor(ref: string): Actor | undefined {
  return (find ??= createFindActors(actors))(ref)[0];
}
