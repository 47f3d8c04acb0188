/**
 * Resolving what people call an actor (an id, a Wikidata QID, a name or an alias) to the actors it
 * can mean. Shared by `findActor`, `findActors` and the scorer's actor references.
 *
 * @internal
 * @module
 */
import { memoize } from './memo.js';
import { lazyPattern } from './pattern.js';

/** What an actor reference is matched against. */
export interface Nameable {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly wikidata: string | null;
}

/** How a reference matched, best first. */
export const MATCH_RANKS = ['id', 'wikidata', 'name', 'alias'] as const;

/** How a reference matched an actor. */
export type MatchRank = (typeof MATCH_RANKS)[number];

const QUOTES: Readonly<Record<string, string>> = { '’': "'", '‘': "'", '‛': "'", 'ʼ': "'", '“': '"', '”': '"', '„': '"' };

/** A combining mark. One at a time: V8 overflows its stack on `\p{M}+` over a run of millions of marks. */
const MARKS = /*#__PURE__*/ lazyPattern('\\p{M}', 'gu');

/** `value` compatibility-decomposed, with its combining marks removed, in lower case: the case- and diacritic-free form. */
export function foldCase(value: string): string {
  return value.normalize('NFKD').replace(MARKS(), '').toLowerCase();
}

/**
 * The form names are compared in: compatibility-decomposed with combining marks removed (so
 * `Zelenskyy` and `Zélenskyy` agree), lower case, curly quotes straight, every run of white space
 * one space, trimmed.
 */
export function foldName(value: string): string {
  return foldCase(value)
    .replace(/[\u2019\u2018\u201b\u02bc\u201c\u201d\u201e]/g, (char) => QUOTES[char] as string)
    .replace(/\s+/g, ' ')
    .trim();
}

interface Entry<A> {
  readonly actor: A;
  readonly rank: number;
  readonly position: number;
}

const indexOf = /*#__PURE__*/ memoize((actors: readonly Nameable[]) => {
  const index = new Map<string, Entry<Nameable>[]>();
  const add = (key: string, actor: Nameable, rank: number, position: number) => {
    if (key === '') return;
    const entries = index.get(key);
    const entry = { actor, rank, position };
    if (entries === undefined) index.set(key, [entry]);
    else {
      const same = entries.find((existing) => existing.actor === actor);
      if (same === undefined) entries.push(entry);
      else if (rank < same.rank) entries[entries.indexOf(same)] = entry;
    }
  };
  actors.forEach((actor, position) => {
    add(foldName(actor.id), actor, 0, position);
    if (actor.wikidata !== null) add(foldName(actor.wikidata), actor, 1, position);
    add(foldName(actor.name), actor, 2, position);
    for (const alias of actor.aliases) add(foldName(alias), actor, 3, position);
  });
  const ranked = new Map<string, readonly Nameable[]>();
  for (const [key, entries] of index) {
    entries.sort((a, b) => a.rank - b.rank || a.position - b.position);
    ranked.set(key, Object.freeze(entries.map((entry) => entry.actor)));
  }
  return ranked;
});

const NONE: readonly never[] = /*#__PURE__*/ Object.freeze([]);

/**
 * Every actor a reference can mean, best match first: actors whose id matches, then whose QID,
 * then whose name, then whose alias; ties in record order. Matching compares {@link foldName}
 * forms. Anything that is not a string, or folds to nothing, means no actor.
 */
export function createFindActors<A extends Nameable>(actors: readonly A[]): (ref: unknown) => readonly A[] {
  return (ref) => (typeof ref === 'string' ? ((indexOf(actors).get(foldName(ref)) as readonly A[] | undefined) ?? NONE) : NONE);
}
