// An extractor built on compromise 14, a rule-based English NLP library: a real off-the-shelf system
// for the results table in the README. It knows nothing of the annotations:
//   actors:     compromise's people, places and organizations;
//   statements: compromise's quotations, said by the name before "said" after them (compromise
//               tags "Donald Trump" as a person but not "Trump"), else by the nearest person it
//               finds in the same sentence; "he said" goes to the speaker before;
//   figures:    compromise's numbers, with the unit or counted noun after them;
//   times:      weekdays, day-month dates and today/yesterday/tomorrow among compromise's terms,
//               resolved against the publication date (core compromise has no date parser);
//   events:     verbs and nouns whose root is one of a few trigger words, dated by a time
//               expression in the same sentence.
//
//   node examples/compromise-extractor.mjs            prints the prediction as JSON
//   node examples/compromise-extractor.mjs --report   prints the score report (Markdown)
//   node examples/compromise-extractor.mjs --row      prints the README's results row
//
// Run `npm run build` first: it imports the package by its own name, as a user would. compromise is
// a devDependency of this repository; elsewhere, `npm install compromise@14`.
import nlp from 'compromise';
import { article } from 'kyiv-strike-pause';
import { printResult } from './print-result.mjs';

const text = article.text;
const published = new Date(`${article.publishedOn}T00:00:00Z`);
const doc = nlp(text);

/** A match as a span of the text, without the punctuation and quotation marks compromise keeps at its ends. */
function spanOf(match) {
  let start = match.offset.start;
  let end = start + match.offset.length;
  while (start < end && /[\s"“”‘’'(),.:;!?]/.test(text[start])) start++;
  while (end > start && /[\s"“”‘’'(),.:;!?]/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

const matches = (view) => view.json({ offset: true });
const sentences = matches(doc.sentences()).map((sentence) => [sentence.offset.start, sentence.offset.start + sentence.offset.length]);
const sentenceOf = (offset) => sentences.find(([start, end]) => start <= offset && offset < end) ?? [offset, offset];

// Actors: every person, place and organization compromise finds, named as written.
const actors = [];
const people = [];
for (const view of [doc.people(), doc.places(), doc.organizations()]) {
  for (const match of matches(view)) {
    const span = spanOf(match);
    if (span === undefined) continue;
    const name = text.slice(span.start, span.end).replace(/[’']s$/, '');
    actors.push({ actor: name, span });
  }
}
for (const match of matches(doc.people())) {
  const span = spanOf(match);
  if (span !== undefined) people.push({ ...span, name: text.slice(span.start, span.end).replace(/[’']s$/, '') });
}

// Statements: the words inside each quotation, said by the nearest person in the same sentence.
const statements = [];
for (const match of matches(doc.quotations())) {
  const span = spanOf(match);
  if (span === undefined) continue;
  // Keep the punctuation inside the closing mark, as the annotation guide does.
  let end = match.offset.start + match.offset.length;
  while (end > span.start && /[\s"”’']/.test(text[end - 1])) end--;
  const [from, to] = sentenceOf(match.offset.start);
  const tail = /^[\s,.”"’']*(?:(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)*)|(he|she)) (?:said|added|noted)/u.exec(text.slice(match.offset.start + match.offset.length, match.offset.start + match.offset.length + 60));
  const after = people.find((person) => person.start >= end && person.start < to);
  const before = people.filter((person) => person.end <= span.start && person.start >= from).at(-1);
  const speaker = tail?.[1] ?? (tail?.[2] ? statements.at(-1)?.speaker : undefined) ?? (after ?? before)?.name;
  if (speaker) statements.push({ speaker, mode: 'direct', span: { start: span.start, end } });
}

// Figures: each number, with the unit or counted noun that follows it.
const UNITS = [
  [/^hours?$/i, 'h'],
  [/^days?$/i, 'd'],
  [/^weeks?$/i, 'wk'],
  [/^months?$/i, 'mo'],
  [/^years?$/i, 'a'],
  [/^degrees?$/i, 'Cel'],
];
const figures = [];
for (const view of doc.numbers().fullPointer.map((_, i) => doc.numbers().eq(i))) {
  const [match] = matches(view);
  const span = match && spanOf(match);
  const value = view.numbers().get()[0];
  if (span === undefined || typeof value !== 'number' || !Number.isFinite(value)) continue;
  const next = /^[\s-]+([A-Za-z]+)/.exec(text.slice(span.end));
  if (next === null) continue;
  const unit = UNITS.find(([pattern]) => pattern.test(next[1]))?.[1] ?? `{${next[1].toLowerCase().replace(/s$/, '')}}`;
  figures.push({ span: { start: span.start, end: span.end + next[0].length }, value, unit });
}

// Times: weekdays (the last one on or before the publication date), day-month dates, and
// today, yesterday and tomorrow.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const iso = (date) => date.toISOString().slice(0, 10);
const daysFrom = (days) => iso(new Date(published.getTime() + days * 86_400_000));
const times = [];
for (const match of matches(doc.match('(#WeekDay|today|yesterday|tomorrow|#Value #Month|#Month #Value)'))) {
  const span = spanOf(match);
  if (span === undefined) continue;
  const words = text.slice(span.start, span.end);
  const weekday = WEEKDAYS.findIndex((day) => words.startsWith(day));
  const month = MONTHS.findIndex((name) => words.includes(name));
  const day = Number(/\d{1,2}/.exec(words)?.[0]);
  let value;
  if (weekday !== -1) value = daysFrom(-((published.getUTCDay() - weekday + 7) % 7));
  else if (/^(today|yesterday|tomorrow)$/i.test(words)) value = daysFrom({ today: 0, yesterday: -1, tomorrow: 1 }[words.toLowerCase()]);
  else if (month !== -1 && day >= 1 && day <= 31) value = iso(new Date(Date.UTC(month === 11 ? 2025 : 2026, month, day)));
  if (value !== undefined) times.push({ span, value });
}

// Events: verbs and nouns whose root is a trigger, dated by a time expression in the same sentence.
const TRIGGERS = new Set(['attack', 'strike', 'halt', 'pause', 'talk', 'meet', 'meeting', 'call', 'agree', 'ask', 'ceasefire', 'war', 'negotiation']);
const events = [];
for (const view of [doc.verbs(), doc.nouns()]) {
  for (const match of matches(view)) {
    const root = (match.terms ?? []).map((term) => (term.machine ?? term.normal ?? '').toLowerCase());
    const words = root.map((word) => word.replace(/(?:ed|ing|s)$/, ''));
    if (!root.some((word, i) => TRIGGERS.has(word) || TRIGGERS.has(words[i]))) continue;
    const span = spanOf(match);
    if (span === undefined) continue;
    const [from, to] = sentenceOf(span.start);
    const time = times.find((entry) => entry.span.start >= from && entry.span.end <= to);
    events.push({ span, ...(time ? { time: time.value } : {}) });
  }
}

const prediction = { sha256: article.sha256, actors, statements, events, figures, times };

printResult(prediction, 'compromise 14', 'compromise-extractor.mjs');
