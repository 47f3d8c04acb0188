// A naive, rule-based extractor: the baseline of the results table in the README. It knows nothing
// of the annotations; it reads the article's text with a handful of regular expressions:
//   statements: words between quotation marks, said by the nearest name after (or before) them;
//   actors:     runs of capitalised words;
//   figures:    numbers (digits or words) followed by a unit or a counted noun;
//   times:      weekday names, day-month dates and today/yesterday/tomorrow, as TIMEX3 DATEs
//               resolved against the publication date;
//   events:     a short list of trigger words, dated by a time expression in the same sentence.
//
//   node examples/baseline-extractor.mjs            prints the prediction as JSON
//   node examples/baseline-extractor.mjs --report   prints the score report (Markdown)
//   node examples/baseline-extractor.mjs --row      prints the README's results row
//
// Run `npm run build` first: it imports the package by its own name, as a user would.
import { article } from 'kyiv-strike-pause';
import { printResult } from './print-result.mjs';

const text = article.text;
const published = new Date(`${article.publishedOn}T00:00:00Z`);
const span = (start, end) => ({ start, end });

/** Sentences, as [start, end) ranges: split after . ! ? and at line breaks. */
const sentences = [...text.matchAll(/[^\n.!?]+[.!?]*/g)].map((match) => [match.index, match.index + match[0].length]);
const sentenceOf = (offset) => sentences.find(([start, end]) => start <= offset && offset < end) ?? [offset, offset];

// Actors: runs of capitalised words, without a capitalised word that only opens a sentence.
const OPENERS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'But', 'And', 'As', 'At', 'This', 'That', 'Because', 'If', 'After', 'While', 'Some', 'Its', 'His', 'Her', 'Their', 'There', 'When', 'Asked', 'Earlier', 'Meanwhile']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const names = [];
for (const match of text.matchAll(/\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'-]*)*/gu)) {
  let [start, words] = [match.index, match[0]];
  const first = words.split(/[ \u00a0]+/)[0];
  if (OPENERS.has(first)) {
    if (words === first) continue;
    start += first.length + 1;
    words = words.slice(first.length + 1);
  }
  if (MONTHS.includes(words) || WEEKDAYS.includes(words)) continue;
  names.push({ start, end: start + words.length, words });
}

// Statements: text between curly or straight double quotation marks, said by the nearest name in
// the same sentence after the closing mark, or else before the opening one.
const statements = [];
for (const match of text.matchAll(/[“"]([^”"\n]+)[”"]/g)) {
  const [start, end] = [match.index + 1, match.index + 1 + match[1].length];
  const [from, to] = sentenceOf(match.index);
  const after = names.find((name) => name.start >= end && name.end <= to + 200);
  const before = names.filter((name) => name.end <= start && name.start >= from).at(-1);
  const speaker = (after ?? before)?.words;
  if (speaker) statements.push({ speaker, mode: 'direct', span: span(start, end) });
}

// Figures: a number in digits or words, then a unit or the noun it counts.
const NUMBERS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1 };
const UNITS = [
  [/^(?:hours?)$/i, 'h'],
  [/^(?:days?)$/i, 'd'],
  [/^(?:weeks?)$/i, 'wk'],
  [/^(?:months?)$/i, 'mo'],
  [/^(?:years?)$/i, 'a'],
  [/^degrees?$/i, 'Cel'],
];
const figures = [];
for (const match of text.matchAll(/\b(minus )?(\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)[ -]([a-z]+)/gi)) {
  const number = Number(match[2].replace(',', '')) || NUMBERS[match[2].toLowerCase()];
  if (number === undefined || Number.isNaN(number)) continue;
  const unit = UNITS.find(([pattern]) => pattern.test(match[3]))?.[1] ?? `{${match[3].toLowerCase().replace(/s$/, '')}}`;
  figures.push({ span: span(match.index, match.index + match[0].length), value: match[1] ? -number : number, unit });
}

// Times: weekdays (the last one on or before the publication date), "1 February" or
// "February 1", and today, yesterday and tomorrow.
const iso = (date) => date.toISOString().slice(0, 10);
const daysFrom = (days) => iso(new Date(published.getTime() + days * 86_400_000));
const times = [];
for (const match of text.matchAll(/\b(?:(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(\d{1,2}) (January|February|March|December)|(January|February|March|December) (\d{1,2})|(today|yesterday|tomorrow))\b/g)) {
  let value;
  if (match[1]) value = daysFrom(-((published.getUTCDay() - WEEKDAYS.indexOf(match[1]) + 7) % 7));
  else if (match[6]) value = daysFrom({ today: 0, yesterday: -1, tomorrow: 1 }[match[6]]);
  else {
    const month = MONTHS.indexOf(match[3] ?? match[4]);
    const year = month === 11 ? 2025 : 2026;
    value = iso(new Date(Date.UTC(year, month, Number(match[2] ?? match[5]))));
  }
  times.push({ span: span(match.index, match.index + match[0].length), value, type: 'DATE' });
}

// Events: trigger words, dated by the first time expression in the same sentence.
const events = [];
for (const match of text.matchAll(/\b(?:attacks?|strikes?|talks|meeting|call|halt|pause|ceasefire|war|outages?|agreed|asked|met)\b/gi)) {
  const [from, to] = sentenceOf(match.index);
  const time = times.find((entry) => entry.span.start >= from && entry.span.end <= to);
  events.push({ span: span(match.index, match.index + match[0].length), ...(time ? { time: time.value } : {}) });
}

const prediction = { sha256: article.sha256, actors: names.map(({ start, end, words }) => ({ actor: words, span: span(start, end) })), statements, events, figures, times };

printResult(prediction, 'naive rules', 'baseline-extractor.mjs');
