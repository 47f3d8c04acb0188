import { createFindActors } from '../model/names.js';
import { actors } from '../data/actors.js';
import type { Actor } from '../model/types.js';

let find: ((ref: unknown) => readonly Actor[]) | undefined;

/**
 * The actor a reference means best: an id or Wikidata QID exactly as written means that actor;
 * otherwise the first of the actors {@link findActors} finds (name, then alias, then variant,
 * then surname; the first in order of mention where several share it). Matching ignores case,
 * diacritics, extra white space, quotation marks, a leading "the", a title before a name and a
 * trailing possessive.
 *
 * @param ref - An id, a QID, a name, an alias, a transliteration (`Zelensky`), a surname or a
 * mention with its title. Unknown words, `'__proto__'` and the like, and any value that is not a
 * string give `undefined`.
 * @returns The actor, or `undefined`.
 * @category Lookups
 * @example
 * ```ts
 * import { findActor, statementsBy } from 'kyiv-strike-pause'
 * findActor('trump')?.id
 * //=> 'donald-trump'
 * findActor('Kremlin spokesman')
 * //=> undefined
 * findActor('Kremlin spokesman Dmitry Peskov')?.roles.map((role) => role.title)
 * //=> ['Kremlin spokesman']
 * findActor('Kyiv')?.kind
 * //=> 'city'
 * findActor('Zelensky’s')?.id
 * //=> 'volodymyr-zelenskyy'
 * statementsBy(findActor('Peskov')?.id ?? 'dmitry-peskov').length
 * //=> 1
 * ```
 */
export function findActor(ref: string): Actor | undefined {
  return (find ??= createFindActors(actors))(ref)[0];
}
