// An extractor built on wink-nlp with its wink-eng-lite-web-model: a real off-the-shelf system for
// the results table in the README. It knows nothing of the annotations:
//   actors:     runs of proper nouns (the model's part-of-speech tags);
//   statements: the tokens between quotation marks, said by the proper noun before "said" after
//               them, else the nearest run of proper nouns in the same sentence; "he said" goes to
//               the speaker before;
//   figures:    the model's CARDINAL entities with the noun after them, and its DURATION entities
//               (a week, two days);
//   times:      the model's DATE entities, resolved against the publication date where they name
//               a weekday, a day and month, today, yesterday or tomorrow;
//   events:     verbs and nouns whose lemma is one of a few trigger words, dated by a time
//               expression in the same sentence.
//
//   node examples/wink-extractor.mjs            prints the prediction as JSON
//   node examples/wink-extractor.mjs --report   prints the score report (Markdown)
//   node examples/wink-extractor.mjs --row      prints the README's results row
//
// Run `npm run build` first: it imports the package by its own name, as a user would. wink-nlp and
// wink-eng-lite-web-model are devDependencies of this repository; elsewhere, install them.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { article } from 'kyiv-strike-pause';
import { printResult } from './print-result.mjs';

const text = article.text;
const published = new Date(`${article.publishedOn}T00:00:00Z`);
const nlp = winkNLP(model);
const its = nlp.its;
const doc = nlp.readDoc(text);

// Where each token is in the text: wink gives each token's value and the white space before it.
const values = doc.tokens().out(its.value);
const spaces = doc.tokens().out(its.precedingSpaces);
const pos = doc.tokens().out(its.pos);
const lemmas = doc.tokens().out(its.lemma);
const starts = [];
let cursor = 0;
values.forEach((value, i) => {
  cursor += spaces[i].length;
  // The model normalizes nothing of the text, but guard against a drift all the same.
  const found = text.indexOf(value, cursor);
  cursor = found === -1 ? cursor : found;
  starts.push(cursor);
  cursor += value.length;
});
const tokenSpan = (first, last) => ({ start: starts[first], end: starts[last] + values[last].length });
const sentences = doc.sentences().out(its.span).map(([first, last]) => tokenSpan(first, last));
const sentenceOf = (offset) => sentences.find((sentence) => sentence.start <= offset && offset < sentence.end) ?? { start: offset, end: offset };

// Actors: runs of proper nouns, without a possessive.
const actors = [];
for (let i = 0; i < values.length; i++) {
  if (pos[i] !== 'PROPN') continue;
  let j = i;
  while (j + 1 < values.length && pos[j + 1] === 'PROPN' && spaces[j + 1].length <= 1 && !/\n/.test(spaces[j + 1])) j++;
  const span = tokenSpan(i, j);
  actors.push({ actor: text.slice(span.start, span.end), span });
  i = j;
}

// Statements: what stands between an opening and a closing quotation mark.
const OPEN = new Set(['“', '"']);
const CLOSE = new Set(['”', '"']);
const statements = [];
for (let i = 0; i < values.length; i++) {
  if (!OPEN.has(values[i])) continue;
  let j = i + 1;
  while (j < values.length && !CLOSE.has(values[j]) && !/\n\n/.test(spaces[j])) j++;
  if (j >= values.length || !CLOSE.has(values[j]) || j === i + 1) continue;
  const span = tokenSpan(i + 1, j - 1);
  const after = text.slice(span.end, span.end + 60);
  const said = /^[\s,.”"’']*(?:(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)*)|(he|she)) (?:said|added|noted)/u.exec(after);
  const sentence = sentenceOf(span.start);
  const near = actors.find((actor) => actor.span.start >= span.end && actor.span.start < sentence.end) ?? actors.filter((actor) => actor.span.end <= span.start && actor.span.start >= sentence.start).at(-1);
  const speaker = said?.[1] ?? (said?.[2] ? statements.at(-1)?.speaker : undefined) ?? near?.actor;
  if (speaker) statements.push({ speaker, mode: 'direct', span });
  i = j;
}

// Figures and times, from the model's entities.
const NUMBERS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const UNITS = [
  [/^hours?$/i, 'h'],
  [/^days?$/i, 'd'],
  [/^weeks?$/i, 'wk'],
  [/^months?$/i, 'mo'],
  [/^years?$/i, 'a'],
  [/^degrees?$/i, 'Cel'],
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const iso = (date) => date.toISOString().slice(0, 10);
const daysFrom = (days) => iso(new Date(published.getTime() + days * 86_400_000));
const numberOf = (word) => (/^\d+(?:\.\d+)?$/.test(word) ? Number(word) : NUMBERS[word.toLowerCase()]);
const figures = [];
const times = [];
const details = doc.entities().out(its.detail);
doc.entities().out(its.span).forEach(([first, last], e) => {
  const { type } = details[e];
  const span = tokenSpan(first, last);
  const words = text.slice(span.start, span.end);
  if (type === 'CARDINAL') {
    const value = numberOf(words.replace(/,/g, ''));
    const next = values[last + 1];
    if (value === undefined || next === undefined || !/^[A-Za-z]+$/.test(next)) return;
    const unit = UNITS.find(([pattern]) => pattern.test(next))?.[1] ?? `{${next.toLowerCase().replace(/s$/, '')}}`;
    figures.push({ span: tokenSpan(first, last + 1), value: text.slice(span.start - 6, span.start) === 'minus ' ? -value : value, unit });
  } else if (type === 'DURATION') {
    const [count, noun] = words.split(/\s+/).slice(-2);
    const unit = UNITS.find(([pattern]) => pattern.test(noun ?? count))?.[1];
    const value = noun === undefined ? 1 : numberOf(count);
    if (unit !== undefined && value !== undefined) figures.push({ span, value, unit });
  } else if (type === 'DATE') {
    const weekday = WEEKDAYS.findIndex((day) => words.includes(day));
    const month = MONTHS.findIndex((name) => words.includes(name));
    const day = Number(/\b\d{1,2}\b/.exec(words)?.[0]);
    let value;
    if (weekday !== -1) value = daysFrom(-((published.getUTCDay() - weekday + 7) % 7));
    else if (/^(today|yesterday|tomorrow)$/i.test(words)) value = daysFrom({ today: 0, yesterday: -1, tomorrow: 1 }[words.toLowerCase()]);
    else if (month !== -1 && day >= 1 && day <= 31) value = iso(new Date(Date.UTC(month === 11 ? 2025 : 2026, month, day)));
    if (value !== undefined) times.push({ span, value });
  }
});

// Events: verbs and nouns whose lemma is a trigger, dated by a time expression in the same sentence.
const TRIGGERS = new Set(['attack', 'strike', 'halt', 'pause', 'talk', 'meet', 'meeting', 'call', 'agree', 'ask', 'ceasefire', 'war', 'negotiation']);
const events = [];
lemmas.forEach((lemma, i) => {
  if (!TRIGGERS.has(String(lemma).toLowerCase()) || !['VERB', 'NOUN'].includes(pos[i])) return;
  const span = tokenSpan(i, i);
  const sentence = sentenceOf(span.start);
  const time = times.find((entry) => entry.span.start >= sentence.start && entry.span.end <= sentence.end);
  events.push({ span, ...(time ? { time: time.value } : {}) });
});

const prediction = { sha256: article.sha256, actors, statements, events, figures, times };

printResult(prediction, 'wink-nlp, lite web model', 'wink-extractor.mjs');
