import type { Figure, IdSpace, RecordId } from '../model/types.js';
import { groupBy, lookup, memoize } from '../util/memo.js';
import { figures } from '../data/figures.js';

type AnyFigure = Figure<IdSpace>;

const byFigureAbout = /*#__PURE__*/ memoize((figures: readonly AnyFigure[]) => groupBy(figures, (f) => f.about));

/** `figuresAbout` over a collection: the figures whose `about` is the id. */
export function createFiguresAbout<I extends IdSpace>(figures: readonly Figure<I>[]): (id: unknown) => readonly Figure<I>[] {
  return (id) => lookup(byFigureAbout(figures), id) as readonly Figure<I>[];
}

let query: ((id: unknown) => readonly Figure[]) | undefined;

/**
 * The figures that quantify a record: those whose `about` is the id, in text order.
 *
 * @param id - Any record id. Only literal {@link RecordId}s type-check; at run time any other
 * value gives `[]`.
 * @returns The figures, as a frozen array.
 * @category Relations
 * @example
 * ```ts
 * import { figuresAbout } from 'kyiv-strike-pause'
 * figuresAbout('strike-halt').map((f) => [f.value ?? `${f.min}-${f.max}`, f.unit, f.source])
 * //=> [[1, 'wk', 'donald-trump'], [2, 'd', 'rudolf-myhovych'], ['2-3', 'd', 'rudolf-myhovych']]
 * ```
 */
export function figuresAbout(id: RecordId): readonly Figure[] {
  return (query ??= createFiguresAbout(figures))(id);
}
