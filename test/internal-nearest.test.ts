/**
 * The index the brat and Label Studio exporters link a statement to its speaker's mention with,
 * against the scans it replaced.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstInside, linkTo, nearestStart, type Extent } from '../src/util/nearest.js';

/** What `toBrat` did: the first item strictly nearer than every earlier one. */
function naiveNearest(items: readonly Extent[], at: number): number {
  let best = -1;
  items.forEach((item, i) => {
    if (best === -1 || Math.abs(item.start - at) < Math.abs((items[best] as Extent).start - at)) best = i;
  });
  return best;
}

/** What `toLabelStudio` did: a stable sort by distance, and its first item. */
function sortedNearest(items: readonly Extent[], at: number): number {
  const order = items.map((_, i) => i).sort((a, b) => Math.abs((items[a] as Extent).start - at) - Math.abs((items[b] as Extent).start - at));
  return order[0] ?? -1;
}

const naiveInside = (items: readonly Extent[], window: Extent) => items.findIndex((item) => item.start >= window.start && item.end <= window.end);

/** Small offsets, so that ties, repeats and nesting are common. */
const extent = fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 12 })).map(([start, length]): Extent => ({ start, end: start + length }));
const extents = fc.array(extent, { maxLength: 30 });

describe('nearestStart', () => {
  test('finds what a scan keeping the first strictly nearer item finds, and what a stable sort by distance finds first', () => {
    fc.assert(
      fc.property(extents, fc.integer({ min: -5, max: 60 }), (items, at) => {
        const found = nearestStart(items).nearest(at);
        expect(found).toBe(naiveNearest(items, at));
        expect(found).toBe(sortedNearest(items, at));
      }),
      { numRuns: 2000 },
    );
  });

  test('takes the earlier of two items equally near on either side, and -1 for no items', () => {
    expect(nearestStart([{ start: 10, end: 12 }, { start: 2, end: 3 }]).nearest(6)).toBe(0);
    expect(nearestStart([{ start: 2, end: 3 }, { start: 10, end: 12 }, { start: 2, end: 5 }]).nearest(6)).toBe(0);
    expect(nearestStart([]).nearest(6)).toBe(-1);
  });
});

describe('firstInside and linkTo', () => {
  test('firstInside finds, for each window, what findIndex finds', () => {
    fc.assert(
      fc.property(extents, fc.array(extent, { maxLength: 20 }), (items, windows) => {
        expect([...firstInside(items, windows)]).toEqual(windows.map((window) => naiveInside(items, window)));
      }),
      { numRuns: 2000 },
    );
  });

  test('linkTo finds the first item inside one of the windows, or else the nearest', () => {
    const query = fc.record({ at: fc.nat(50), within: fc.array(extent, { maxLength: 3 }) });
    fc.assert(
      fc.property(extents, fc.array(query, { maxLength: 10 }), (items, queries) => {
        const expected = queries.map(({ at, within }) => {
          const inside = items.findIndex((item) => within.some((window) => item.start >= window.start && item.end <= window.end));
          return inside === -1 ? naiveNearest(items, at) : inside;
        });
        expect([...linkTo(items, queries)]).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
