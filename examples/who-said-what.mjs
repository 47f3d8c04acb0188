// Who said what, when things happened, and the numbers: `npm run example` (after `npm run build`).
// It imports the package by its own name, as a user would; inside this repository Node resolves
// that to the built files through the `exports` map of package.json.
import { article, figures, getActor, statements, timeline } from 'kyiv-strike-pause';

console.log(`${article.headline} (${article.publishedOn})\n`);

console.log('Who said what');
for (const statement of statements) {
  const words = statement.mode === 'direct' ? `“${statement.text}”` : statement.text;
  const via = statement.reportedBy ? `, via ${getActor(statement.reportedBy).name}` : '';
  console.log(`  ${getActor(statement.speaker).name} (${statement.mode}${via}): ${words}`);
}

console.log('\nTimeline');
for (const { event, from, to } of timeline()) {
  const days = from === to ? from : `${from ?? '…'} to ${to ?? '…'}`;
  console.log(`  ${days.padEnd(26)} ${event.id.padEnd(30)} ${event.status.padEnd(10)} ${event.time.value.padEnd(22)} “${event.time.expression}”`);
}

const qualifiers = { exact: '', approximately: 'about ', nearly: 'nearly ', almost: 'almost ', 'at-least': 'at least ', 'at-most': 'at most ', range: '', vague: '' };
const amount = (figure) =>
  figure.value !== null
    ? `${qualifiers[figure.qualifier]}${figure.value}`
    : figure.min !== null && figure.max !== null
      ? `${figure.min} to ${figure.max}`
      : figure.qualifier;

console.log('\nFigures');
console.log(`  ${'amount'.padEnd(12)} ${'UCUM unit'.padEnd(12)} what it measures`);
for (const figure of figures) {
  console.log(`  ${amount(figure).padEnd(12)} ${figure.unit.padEnd(12)} ${figure.measures}`);
}
