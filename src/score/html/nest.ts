/**
 * Spans over a text as properly nested HTML: nested spans become nested elements, and a span that
 * crosses the boundary of another is cut into pieces at that boundary, so every piece nests. Each
 * piece knows its height (how many levels of pieces it holds), so that an underline per piece can
 * be drawn below those of the pieces inside it.
 *
 * @internal
 * @module
 */

/** A span over the text: `end` is exclusive. */
export interface SpanLike {
  readonly start: number;
  readonly end: number;
}

/** One piece of a span: all of it, or the part between two boundaries of other spans. */
export interface Piece<M extends SpanLike> {
  /** The span this piece belongs to. */
  readonly mark: M;
  /** Whether this piece starts where its span starts (the first piece). */
  readonly first: boolean;
  /** Whether this piece ends where its span ends (the last piece). */
  last: boolean;
  /** Text and pieces inside this piece, in order. */
  readonly children: Nested<M>[];
  /** 0 when no piece is inside this one, else one more than the highest piece inside. */
  height: number;
}

/** A run of text or a piece of a span. */
export type Nested<M extends SpanLike> = string | Piece<M>;

/**
 * Nests `marks` over `text`. Spans that start together are opened longest first; spans with the
 * same boundaries nest in the order given (the earlier one outside). Empty spans are left out.
 *
 * @param text - The text the spans point into.
 * @param marks - Spans with `0 ≤ start < end ≤ text.length`.
 * @returns Text runs and pieces, which together hold every character of `text` once, in order.
 */
export function nestSpans<M extends SpanLike>(text: string, marks: readonly M[]): Nested<M>[] {
  interface Open {
    readonly piece: Piece<M>;
    readonly index: number;
  }
  const order = marks
    .map((mark, index) => ({ mark, index }))
    .filter(({ mark }) => mark.start < mark.end)
    .sort((a, b) => a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.index - b.index);
  const bounds = [...new Set([0, text.length, ...order.flatMap(({ mark }) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const root: Nested<M>[] = [];
  const stack: Open[] = [];
  const children = () => (stack.length === 0 ? root : (stack[stack.length - 1] as Open).piece.children);
  let next = 0;
  bounds.forEach((at, b) => {
    // Close every span that ends here; a span above one of them that goes on is cut, to be reopened.
    const lowest = stack.findIndex((open) => open.piece.mark.end === at);
    const reopen: { mark: M; index: number; first: boolean }[] = [];
    if (lowest !== -1) {
      while (stack.length > lowest) {
        const open = stack.pop() as Open;
        if (open.piece.mark.end === at) open.piece.last = true;
        else reopen.push({ mark: open.piece.mark, index: open.index, first: false });
      }
    }
    const starting: { mark: M; index: number; first: boolean }[] = [];
    while (next < order.length && (order[next] as (typeof order)[number]).mark.start === at) starting.push({ ...(order[next++] as (typeof order)[number]), first: true });
    // Outer first: the one that ends last; of equal ends, a span already under way, then the given order.
    const opening = [...reopen, ...starting].sort((x, y) => y.mark.end - x.mark.end || Number(x.first) - Number(y.first) || x.index - y.index);
    for (const { mark, index, first } of opening) {
      const piece: Piece<M> = { mark, first, last: false, children: [], height: 0 };
      children().push(piece);
      stack.push({ piece, index });
    }
    const until = bounds[b + 1];
    if (until !== undefined && until > at) children().push(text.slice(at, until));
  });
  const measure = (nodes: readonly Nested<M>[]): number => {
    let highest = -1;
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      node.height = measure(node.children) + 1;
      highest = Math.max(highest, node.height);
    }
    return highest;
  };
  measure(root);
  return root;
}

/**
 * Renders nested text and pieces as HTML: text through `text`, each piece through `piece`.
 *
 * @param nodes - The result of {@link nestSpans}.
 * @param piece - Wraps the already rendered inside of a piece.
 * @param text - Renders a run of text (escaping it).
 * @returns The HTML.
 */
export function renderNested<M extends SpanLike>(nodes: readonly Nested<M>[], piece: (piece: Piece<M>, inner: string) => string, text: (run: string) => string): string {
  return nodes.map((node) => (typeof node === 'string' ? text(node) : piece(node, renderNested(node.children, piece, text)))).join('');
}

/**
 * Renders nested text as paragraphs: a blank line outside every span ends a `<p>`, so paragraphs
 * are set apart by a margin rather than by an empty line as tall as the text's (tall) lines. A line
 * break inside a span, or a single one, stays a line break (the text is set with `pre-wrap`).
 *
 * @param nodes - The result of {@link nestSpans}.
 * @param render - Renders a run of nodes (text and pieces) as HTML.
 * @returns `<p>` elements, one per paragraph.
 */
export function paragraphs<M extends SpanLike>(nodes: readonly Nested<M>[], render: (nodes: readonly Nested<M>[]) => string): string {
  const groups: Nested<M>[][] = [[]];
  for (const node of nodes) {
    if (typeof node !== 'string') {
      (groups[groups.length - 1] as Nested<M>[]).push(node);
      continue;
    }
    node.split(/\n[ \t]*\n\s*/).forEach((part, i) => {
      if (i > 0) groups.push([]);
      if (part !== '') (groups[groups.length - 1] as Nested<M>[]).push(part);
    });
  }
  return groups
    .filter((group) => group.length > 0)
    .map((group) => `<p>${render(group)}</p>`)
    .join('');
}
