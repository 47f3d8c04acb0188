/**
 * Reads the numbers a piece of text states, in digits or in words, so the validator can check that
 * every figure comes from its evidence.
 *
 * @internal
 * @module
 */

const WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['thousand', 1000], ['bilateral', 2], ['trilateral', 3],
  // Words that quantify as one: "a week", "an hour", "every day", "daily remarks".
  ['a', 1], ['an', 1], ['every', 1], ['each', 1], ['daily', 1], ['hourly', 1], ['weekly', 1],
]);

/**
 * Every number the text states: digits (`454`), number words (`six`, `three-way`, `trilateral`), the words that
 * quantify as one (`a`, `an`, `every`, `daily`), and negatives written with `minus`.
 */
export function numbersIn(text: string): ReadonlySet<number> {
  const found = new Set<number>();
  const tokens = text.toLowerCase().split(/[^a-z0-9.]+/).filter(Boolean);
  tokens.forEach((token, index) => {
    // Trailing full stops trimmed by hand: `/\.+$/` retries at every dot of a long run, O(n²).
    let end = token.length;
    while (end > 0 && token[end - 1] === '.') end--;
    const bare = token.slice(0, end);
    const value = /^\d+(\.\d+)?$/.test(bare) ? Number(bare) : WORDS.get(bare);
    if (value === undefined) return;
    found.add(index > 0 && tokens[index - 1] === 'minus' ? -value : value);
  });
  return found;
}
