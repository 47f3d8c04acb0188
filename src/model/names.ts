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
const HONORIFICS = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame'];

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
  /** The actors that hold each title (whole, as the article gives it), folded. */
  readonly holders: ReadonlyMap<string, readonly A[]>;
}

function buildIndex<A extends Nameable>(actors: readonly A[]): Index<A> {
  const titles = new Set<string>();
  const holders = new Map<string, A[]>();
  for (const actor of actors) {
    for (const role of actor.roles ?? []) {
      const title = foldName(role.title);
      const holding = holders.get(title);
      if (holding === undefined) holders.set(title, [actor]);
      else if (!holding.includes(actor)) holding.push(actor);
      // A title and every shorter title it ends in: `kyiv mayor`, `mayor`.
      const words = title.split(' ');
      for (let i = 0; i < words.length; i++) if (words[i] !== '') titles.add(words.slice(i).join(' '));
    }
  }
  const exact = new Map<string, A>();
  // For each key, each actor's best rank: a map per key, so that a name many actors share costs one step per actor.
  const ranked = new Map<string, Map<A, number>>();
  const add = (key: string, actor: A, rank: number) => {
    if (key === '') return;
    let entries = ranked.get(key);
    if (entries === undefined) ranked.set(key, (entries = new Map()));
    const known = entries.get(actor);
    if (known === undefined || rank < known) entries.set(actor, rank);
  };
  const core = (name: string) => coreOf(foldName(name), titles);
  const surnames = new Map<string, Set<A>>();
  const position = new Map<A, number>();
  actors.forEach((actor, i) => {
    position.set(actor, i);
    if (!exact.has(actor.id)) exact.set(actor.id, actor);
    add(foldName(actor.id), actor, 0);
    if (actor.wikidata !== null) {
      if (!exact.has(actor.wikidata)) exact.set(actor.wikidata, actor);
      add(foldName(actor.wikidata), actor, 1);
    }
    add(core(actor.name), actor, 2);
    for (const alias of actor.aliases) add(core(alias), actor, 3);
    for (const variant of actor.variants ?? []) add(core(variant), actor, 4);
    if (actor.kind === 'person') {
      for (const full of [actor.name, ...(actor.variants ?? [])]) {
        const words = core(full).split(' ');
        if (words.length < 2) continue;
        const surname = words[words.length - 1] as string;
        let people = surnames.get(surname);
        if (people === undefined) surnames.set(surname, (people = new Set()));
        people.add(actor);
      }
    }
  });
  // A surname names a person only where no other person has it.
  for (const [surname, people] of surnames) if (people.size === 1) add(surname, [...people][0] as A, 5);
  const keys = new Map<string, readonly A[]>();
  for (const [key, entries] of ranked) {
    const order = [...entries].sort(([a, x], [b, y]) => x - y || (position.get(a) as number) - (position.get(b) as number));
    keys.set(key, Object.freeze(order.map(([actor]) => actor)));
  }
  return { exact, keys, titles, holders };
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
  const { keys, titles, holders } = indexOf(actors);
  const key = coreOf(foldName(ref), titles).slice(0, 200);
  if (key === '') return NONE;
  // A title alone (`Kremlin spokesman`): whoever holds it.
  const holding = holders.get(key);
  if (holding !== undefined) return holding.slice(0, most).map((actor) => actor.name);
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
