/**
 * Resolving what people call an actor (an id, a Wikidata QID, a name, an alias, a transliteration
 * variant, a surname, or a mention with its title) to the actors it can mean. The one resolver of
 * `findActor`, `findActors` and the scorer's actor references.
 *
 * @internal
 * @module
 */
import { foldName } from '../util/fold.js';
import { memoize } from '../util/memo.js';

/** What an actor reference is matched against. */
export interface Nameable {
  readonly id: string;
  /** Only a `person` is found by surname. */
  readonly kind?: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Other spellings of the name (transliterations), apart from the article's own aliases. */
  readonly variants?: readonly string[];
  /** The titles the article gives; a title before a name (`Kremlin spokesman Dmitry Peskov`) is skipped. */
  readonly roles?: readonly { readonly title: string }[];
  readonly wikidata: string | null;
}

/** How a reference matched, best first. */
export const MATCH_RANKS = ['id', 'wikidata', 'name', 'alias', 'variant', 'surname'] as const;

/** How a reference matched an actor. */
export type MatchRank = (typeof MATCH_RANKS)[number];

/** Words of courtesy skipped before a name, besides the article's own titles. */
const HONORIFICS = ['mr', 'mrs', 'ms', 'dr', 'prof'];

/** The longest title, in words, that is looked for before a name. */
const MOST_TITLE_WORDS = 6;

/**
 * The core of a folded name: without a leading `the`, honorific or title (`titles`, folded; as
 * long as a name is left after it) and without a trailing possessive (`’s`, or `’` after an s).
 */
function coreOf(folded: string, titles: ReadonlySet<string>): string {
  let key = folded.replace(/(?<=s)'$|'s$/, '');
  for (let changed = true; changed; ) {
    changed = false;
    let end = -1;
    // The longest title (or `the`, or an honorific with or without its full stop) that starts the key.
    for (let space = key.indexOf(' '), words = 1; space !== -1 && words <= MOST_TITLE_WORDS; space = key.indexOf(' ', space + 1), words++) {
      const head = key.slice(0, space);
      if (titles.has(head) || (words === 1 && (head === 'the' || HONORIFICS.includes(head.replace(/\.$/, ''))))) end = space;
    }
    if (end !== -1) {
      key = key.slice(end + 1);
      changed = true;
    }
  }
  return key;
}

interface Index<A> {
  /** Ids and QIDs exactly as written. */
  readonly exact: ReadonlyMap<string, A>;
  /** Every core key, with the actors it names, best match first. */
  readonly keys: ReadonlyMap<string, readonly A[]>;
  readonly titles: ReadonlySet<string>;
}

function buildIndex<A extends Nameable>(actors: readonly A[]): Index<A> {
  const titles = new Set<string>();
  for (const actor of actors) {
    for (const role of actor.roles ?? []) {
      // A title and every shorter title it ends in: `kyiv mayor`, `mayor`.
      const words = foldName(role.title).split(' ');
      for (let i = 0; i < words.length; i++) if (words[i] !== '') titles.add(words.slice(i).join(' '));
    }
  }
  const core = (name: string) => coreOf(foldName(name), titles);
  const exact = new Map<string, A>();
  // Each key's actors as a set, filled one rank at a time (ids, QIDs, names, aliases, variants,
  // surnames), so that its order is best match first, then record order, and an actor is added
  // to a name many actors share in one step.
  const keys = new Map<string, Set<A>>();
  const add = (key: string, actor: A) => {
    if (key === '') return;
    let named = keys.get(key);
    if (named === undefined) keys.set(key, (named = new Set()));
    named.add(actor);
  };
  const surnames = new Map<string, Set<A>>();
  for (const actor of actors) {
    for (const id of [actor.id, actor.wikidata]) if (id !== null && !exact.has(id)) exact.set(id, actor);
    add(foldName(actor.id), actor);
    if (actor.kind !== 'person') continue;
    for (const full of [actor.name, ...(actor.variants ?? [])]) {
      const words = core(full).split(' ');
      const surname = words[words.length - 1] as string;
      if (words.length < 2) continue;
      let people = surnames.get(surname);
      if (people === undefined) surnames.set(surname, (people = new Set()));
      people.add(actor);
    }
  }
  for (const actor of actors) if (actor.wikidata !== null) add(foldName(actor.wikidata), actor);
  for (const actor of actors) add(core(actor.name), actor);
  for (const actor of actors) for (const alias of actor.aliases) add(core(alias), actor);
  for (const actor of actors) for (const variant of actor.variants ?? []) add(core(variant), actor);
  // A surname names a person only where no other person has it.
  for (const [surname, people] of surnames) if (people.size === 1) for (const person of people) add(surname, person);
  return { exact, keys: new Map([...keys].map(([key, named]) => [key, Object.freeze([...named])])), titles };
}

const indexOf = /*#__PURE__*/ memoize(buildIndex) as <A extends Nameable>(actors: readonly A[]) => Index<A>;

const NONE: readonly never[] = /*#__PURE__*/ Object.freeze([]);

/**
 * Every actor a reference can mean, best match first.
 *
 * - An id or QID exactly as written means that actor alone, before any name is compared
 *   (`kyiv` is the city, though the article also calls its government "Kyiv").
 * - Otherwise the reference is folded ({@link foldName}: case, diacritics, white space, quotation
 *   marks), a leading `the`, honorific (`Mr`, `Dr`) or title of the article's (`President`,
 *   `Kremlin spokesman`, `Mayor`) and a trailing possessive (`’s`) are left out, and what is left
 *   is compared with the ids, QIDs, names, aliases and variants likewise folded, and with the
 *   surname of every person no other person shares. Every actor it matches is returned: ids, then
 *   QIDs, names, aliases, variants and surnames; ties in record order.
 *
 * Anything that is not a string, or folds to nothing, means no actor.
 */
export function createFindActors<A extends Nameable>(actors: readonly A[]): (ref: unknown) => readonly A[] {
  return (ref) => {
    if (typeof ref !== 'string') return NONE;
    const { exact, keys, titles } = indexOf(actors);
    const only = exact.get(ref.trim());
    if (only !== undefined) return Object.freeze([only]);
    return keys.get(coreOf(foldName(ref), titles)) ?? NONE;
  };
}

/** The edit distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * The names of the actors a reference that matches none most likely means, closest first: for a
 * title alone, those who hold it (`Kremlin spokesman` → Dmitry Peskov); else those with a key
 * (name, alias, variant, surname) within a few edits of the reference, or that the reference
 * starts or ends with (`Peskov said` → Dmitry Peskov). At most `most`.
 */
export function suggestActors<A extends Nameable>(actors: readonly A[], ref: string, most = 3): readonly string[] {
  const { keys, titles } = indexOf(actors);
  const key = coreOf(foldName(ref), titles).slice(0, 200);
  if (key === '') return NONE;
  // A title alone (`Kremlin spokesman`): whoever holds it.
  const holding = actors.filter((actor) => (actor.roles ?? []).some((role) => foldName(role.title) === key));
  if (holding.length > 0) return holding.slice(0, most).map((actor) => actor.name);
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  const scored: { readonly name: string; readonly score: number; readonly order: number }[] = [];
  let order = 0;
  for (const [candidate, named] of keys) {
    const near = distance(key, candidate, limit);
    const word = candidate.length > 3 && (key.startsWith(`${candidate} `) || key.endsWith(` ${candidate}`));
    if (near <= limit || word) for (const actor of named) scored.push({ name: actor.name, score: word ? limit + 1 : near, order: order++ });
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return [...new Set(scored.map((entry) => entry.name))].slice(0, most);
}
