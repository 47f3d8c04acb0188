/**
 * A read prediction's entries as units to align: each selector resolved to a UTF-16 span, each
 * actor reference to the actors it can mean, each unit read. An entry whose span cannot be placed,
 * or whose unit is no unit, is an invalid entry listing every such problem; an actor reference
 * that matches no actor keeps its span and is scored with an unknown type, with a warning. Units
 * come out in a canonical order, so the input order is lost.
 *
 * @internal
 * @module
 */
import { createFindActors, suggestActors } from '../model/names.js';
import { dimensionOfParsed, spellingOf } from '../model/units.js';
import { memoize } from '../util/memo.js';
import { offsetIndexOf } from '../util/offsets.js';
import type { Article, Dataset, IdSpace, StatementMode } from '../model/types.js';
import type { Problem, ReadEntry, ReadPrediction } from './check.js';
import { quantityLabel, type Quantity } from './gold.js';
import { unitOf } from './quantities.js';
import { quoteIndex, resolveSelector, type Range } from './selectors.js';
import type { InvalidEntry, ScoreKind, ScoreWarning, Selector } from './types.js';

/** One usable predicted unit. */
export interface PredictedUnit {
  readonly spans: readonly [Range];
  readonly text: string;
  /** The type as a label: actor ids joined by `|`, a time value, a figure label, or `null` (no time, or an unknown actor). */
  readonly type: string | null;
  /** For statements and actors: every actor id the reference can mean (none for a reference that matches no actor). */
  readonly actors?: ReadonlySet<string>;
  /** For statements and actors: the reference as written, where it matches no actor. */
  readonly unresolved?: string;
  readonly mode?: StatementMode;
  readonly quantity?: Quantity;
  /** For times: the predicted TIMEX3 type, where given. */
  readonly timexType?: string;
  /** Where the entry is in the prediction: `statements[3]`. */
  readonly path: string;
}

/** The usable units of every kind, in canonical order, the entries that cannot be used, and the warnings. */
export interface PredictedUnits {
  readonly units: Readonly<Record<ScoreKind, readonly PredictedUnit[]>>;
  readonly invalid: readonly InvalidEntry[];
  /** How many entries of each kind could not be used. */
  readonly invalidCounts: Readonly<Record<ScoreKind, number>>;
  readonly warnings: readonly ScoreWarning[];
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sortKey = (unit: PredictedUnit) => JSON.stringify([unit.type, unit.mode ?? null, unit.quantity ?? null, unit.unresolved ?? null, unit.timexType ?? null]);

function canonical(a: PredictedUnit, b: PredictedUnit): number {
  const [x, y] = [a.spans[0], b.spans[0]];
  return x.start - y.start || x.end - y.end || compareStrings(sortKey(a), sortKey(b));
}

/** The gold text folded and indexed for quote selectors, once per article. */
const quotesOf = /*#__PURE__*/ memoize((article: Pick<Article, 'text'>) => quoteIndex(article.text));

/** One invalid entry from its problems: the one problem's path and reason, or the entry's path and every problem. */
export function invalidEntry(entryPath: string, problems: readonly Problem[]): InvalidEntry {
  if (problems.length === 1) {
    const [only] = problems as readonly [Problem];
    return { path: only.path, reason: only.reason, problems };
  }
  const field = (path: string) => (path.startsWith(`${entryPath}.`) ? path.slice(entryPath.length + 1) : path === entryPath ? 'the entry' : path);
  return { path: entryPath, reason: problems.map((problem) => `${field(problem.path)}: ${problem.reason}`).join('; '), problems };
}

/** Resolves every entry of a read prediction against the gold dataset. */
export function resolvePrediction(read: ReadPrediction, gold: Dataset<IdSpace>): PredictedUnits {
  const text = gold.article.text;
  const index = offsetIndexOf(gold.article);
  const quotes = () => quotesOf(gold.article);
  const findActors = createFindActors(gold.actors);
  const invalid: InvalidEntry[] = [];
  const warnings: ScoreWarning[] = read.unknown.map((key) => ({ code: 'unknown-key', path: key.path, reason: `${key.reason}; it is ignored` }));
  const invalidCounts: Record<ScoreKind, number> = { statements: 0, actors: 0, events: 0, figures: 0, times: 0 };

  /**
   * The units of one kind, from its readable entries and, for every problem to be listed, the
   * fields that could be read of its broken ones, in the order of the list. `build` gives the unit
   * from an entry with its span resolved, adding any problem with its other fields to `problems`;
   * it is called for a broken entry too, to find those problems, and must then build nothing.
   */
  function collect<T extends { readonly span: Selector }>(
    kind: ScoreKind,
    entries: readonly ReadEntry<T>[],
    build: (entry: Partial<T>, path: string, range: Range | undefined, spanText: string, problems: Problem[]) => PredictedUnit | undefined,
  ): PredictedUnit[] {
    const units: PredictedUnit[] = [];
    const items = [
      ...entries.map(({ index: i, entry }) => ({ index: i, entry: entry as Partial<T>, problems: [] as Problem[] })),
      ...read.unusable.filter((broken) => broken.kind === kind).map((broken) => ({ index: broken.index, entry: broken.partial as Partial<T>, problems: [...broken.problems] })),
    ].sort((a, b) => a.index - b.index);
    for (const { index: i, entry, problems } of items) {
      const path = i === -1 ? kind : `${kind}[${i}]`;
      let range: Range | undefined;
      if (i !== -1 && entry.span !== undefined) {
        const resolved = resolveSelector(entry.span, quotes, index, read.offsets);
        if ('reason' in resolved) problems.push({ path: `${path}.span`, reason: resolved.reason });
        else range = resolved.range;
      }
      const unit = i === -1 ? undefined : build(entry, path, range, range === undefined ? '' : text.slice(range.start, range.end), problems);
      if (problems.length === 0 && unit !== undefined) units.push(unit);
      else {
        invalid.push(invalidEntry(path, problems));
        invalidCounts[kind]++;
      }
    }
    return units.sort(canonical);
  }

  /** The actors a reference means; a reference that means none keeps its place, with a warning. */
  const reference = (ref: string, path: string): Pick<PredictedUnit, 'actors' | 'type' | 'unresolved'> => {
    const ids = new Set(findActors(ref).map((actor) => actor.id));
    if (ids.size > 0) return { actors: ids, type: [...ids].join('|') };
    const suggestions = suggestActors(gold.actors, ref);
    const hint = suggestions.length === 0 ? '.' : `; did you mean ${suggestions.map((name) => JSON.stringify(name)).join(' or ')}?`;
    warnings.push({
      code: 'unknown-actor',
      path,
      reason: `no actor of the gold dataset is called ${JSON.stringify(ref.length > 80 ? `${ref.slice(0, 79)}…` : ref)}${hint} The entry is scored with an unknown type`,
    });
    return { actors: new Set(), type: null, unresolved: ref };
  };

  const units: Record<ScoreKind, readonly PredictedUnit[]> = {
    statements: collect('statements', read.entries.statements, (entry, path, range, spanText, problems) =>
      range === undefined || problems.length > 0 || entry.speaker === undefined || entry.mode === undefined
        ? undefined
        : { path, spans: [range], text: spanText, mode: entry.mode, ...reference(entry.speaker, `${path}.speaker`) },
    ),
    actors: collect('actors', read.entries.actors, (entry, path, range, spanText, problems) =>
      range === undefined || problems.length > 0 || entry.actor === undefined ? undefined : { path, spans: [range], text: spanText, ...reference(entry.actor, `${path}.actor`) },
    ),
    events: collect('events', read.entries.events, (entry, path, range, spanText, problems) =>
      range === undefined || problems.length > 0 ? undefined : { path, spans: [range], text: spanText, type: entry.time ?? null },
    ),
    figures: collect('figures', read.entries.figures, (entry, path, range, spanText, problems) => {
      if (entry.unit === undefined) return undefined;
      const unit = unitOf(entry.unit);
      if (unit === undefined) {
        const spelled = spellingOf(entry.unit);
        problems.push({
          path: `${path}.unit`,
          reason: `${JSON.stringify(entry.unit.length > 40 ? `${entry.unit.slice(0, 39)}…` : entry.unit)} is neither a UCUM unit nor a spelling of one${spelled === undefined ? '' : `; did you mean ${JSON.stringify(spelled)}?`}`,
        });
      } else if (!unit.spelled && dimensionOfParsed(unit) === 'other') {
        const spelled = spellingOf(entry.unit);
        if (spelled !== undefined) {
          warnings.push({
            code: 'unit-reading',
            path: `${path}.unit`,
            reason: `${JSON.stringify(entry.unit)} is read as the UCUM unit it is, of another dimension than a figure of this text has; if you meant ${JSON.stringify(spelled)}, write that`,
          });
        }
      }
      if (range === undefined || unit === undefined || problems.length > 0 || entry.value === undefined) return undefined;
      const quantity: Quantity = { value: entry.value, min: entry.min ?? null, max: entry.max ?? null, unit: entry.unit, qualifier: entry.qualifier ?? 'exact' };
      return { path, spans: [range], text: spanText, type: quantityLabel(quantity), quantity };
    }),
    times: collect('times', read.entries.times, (entry, path, range, spanText, problems) =>
      range === undefined || problems.length > 0 || entry.value === undefined
        ? undefined
        : { path, spans: [range], text: spanText, type: entry.value, ...(entry.type === undefined || entry.type === null ? {} : { timexType: entry.type }) },
    ),
  };
  return { units, invalid, invalidCounts, warnings };
}
