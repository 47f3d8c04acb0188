/**
 * Turns the hand-written records in `data/` into the dataset: finds every quoted or cited piece of
 * text in the article, computes its offsets, and validates the result with `DatasetSchema`.
 * Authors never count characters; they write the words, and this file finds them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetSchema } from '../src/schema/index.js';
import { firstLine } from '../src/schema/rules.js';
import type {
  Actor,
  Article,
  Dataset,
  Figure,
  IdSpace,
  NewsEvent,
  Paragraph,
  Section,
  Span,
  Statement,
  Timex,
} from '../src/model/types.js';

/**
 * Where a piece of evidence is: its exact words when they occur once in the article; or the words
 * plus `in`, a longer passage that occurs once and contains them once; or `all: true` for every
 * occurrence as a whole word.
 */
export type EvidenceRef = string | { readonly text: string; readonly in: string } | { readonly text: string; readonly all: true };

type Authored<T, Omitted extends string> = Omit<T, Omitted | 'evidence'> & { readonly evidence: readonly EvidenceRef[] };

export interface AuthoredArticle
  extends Omit<Article, 'headline' | 'text' | 'sections' | 'paragraphs' | 'sha256' | 'evidence'> {
  readonly subheadings: readonly string[];
  readonly boilerplate: readonly string[];
  readonly evidence: readonly EvidenceRef[];
}
export type AuthoredActor = Authored<Actor<IdSpace>, never>;
export type AuthoredStatement = Omit<Statement<IdSpace>, 'evidence'> & {
  /** A longer passage that pins down `text` when the words occur more than once. */
  readonly textIn?: string;
  /** The words that attribute the statement: speaker, cue, channel. */
  readonly attribution: readonly EvidenceRef[];
};
export type AuthoredEvent = Authored<NewsEvent<IdSpace>, never>;
export type AuthoredFigure = Authored<Figure<IdSpace>, never>;
export type AuthoredTimex = Authored<Timex<IdSpace>, never>;

/** A problem found while building the dataset, already phrased for a person. */
export class DataError extends Error {
  override name = 'DataError';
}

/** The repository's root and its `data/` folder. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = join(root, 'data');

/**
 * Runs a script's `main` when the file is executed directly (not imported by a test), and turns a
 * `DataError` into its message and exit code 1.
 */
export function runMain(moduleUrl: string, main: () => void): void {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== process.argv[1]) return;
  try {
    main();
  } catch (error) {
    process.stderr.write(`${error instanceof DataError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

function occurrences(haystack: string, needle: string, wholeWord = false): number[] {
  const found: number[] = [];
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!wholeWord || (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length]))) found.push(at);
  }
  return found;
}

/** Finds one piece of evidence in the text; `where` names the record and field for error messages. */
export function locate(text: string, ref: EvidenceRef, where: string): Span[] {
  const span = (start: number, words: string): Span => ({ start, end: start + words.length, text: words });
  const words = typeof ref === 'string' ? ref : typeof ref === 'object' && ref !== null ? (ref as { text?: unknown }).text : undefined;
  const passage = typeof ref === 'object' && ref !== null && 'in' in ref ? (ref as { in?: unknown }).in : '';
  if (typeof words !== 'string' || typeof passage !== 'string') {
    throw new DataError(`${where}: evidence must be a string or an object { text, in } or { text, all: true }, got ${JSON.stringify(ref)}`);
  }
  if (words === '' || ('in' in Object(ref) && passage === '')) throw new DataError(`${where}: evidence text is empty`);
  if (typeof ref === 'string') {
    const found = occurrences(text, ref);
    if (found.length !== 1) {
      throw new DataError(`${where}: ${JSON.stringify(ref)} occurs ${found.length} times in the article; it must occur once (add "in" with a longer passage)`);
    }
    return [span(found[0] as number, ref)];
  }
  if ('all' in ref) {
    const found = occurrences(text, ref.text, true);
    if (found.length === 0) throw new DataError(`${where}: ${JSON.stringify(ref.text)} does not occur in the article`);
    return found.map((start) => span(start, ref.text));
  }
  const passages = occurrences(text, ref.in);
  if (passages.length !== 1) {
    throw new DataError(`${where}: passage ${JSON.stringify(ref.in)} occurs ${passages.length} times in the article; it must occur once`);
  }
  const inner = occurrences(ref.in, ref.text);
  if (inner.length !== 1) {
    throw new DataError(`${where}: ${JSON.stringify(ref.text)} occurs ${inner.length} times in passage ${JSON.stringify(ref.in)}; it must occur once`);
  }
  return [span((passages[0] as number) + (inner[0] as number), ref.text)];
}

function locateAll(text: string, refs: readonly EvidenceRef[], where: string): Span[] {
  if (!Array.isArray(refs)) throw new DataError(`${where}: evidence must be an array, got ${JSON.stringify(refs)}`);
  return refs.flatMap((ref, index) => locate(text, ref, `${where}[${index}]`));
}

const byPosition = <T extends { readonly id: string; readonly evidence: readonly Span[] }>(records: readonly T[]): T[] =>
  [...records].sort(
    (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

function readJson(dir: string, name: string): unknown {
  const path = join(dir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataError(`${path}: ${(error as Error).message}`);
  }
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a file of records: an array of objects, each with the array fields the resolver reads. */
function readRecords<T>(dir: string, name: string, arrays: readonly string[]): T[] {
  const records = readJson(dir, name);
  if (!Array.isArray(records)) throw new DataError(`${name}: must hold an array of records`);
  records.forEach((record: unknown, index) => {
    if (!isObject(record)) throw new DataError(`${name}[${index}]: must be an object, got ${JSON.stringify(record)}`);
    const where = typeof record['id'] === 'string' ? `${name} "${record['id']}"` : `${name}[${index}]`;
    for (const field of arrays) {
      if (!Array.isArray(record[field])) throw new DataError(`${where}.${field}: must be an array`);
    }
  });
  return records as T[];
}

function paragraphsOf(text: string, article: AuthoredArticle): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const words = match[0];
    const kind =
      paragraphs.length === 0
        ? 'headline'
        : article.subheadings.includes(words)
          ? 'subheading'
          : article.boilerplate.includes(words)
            ? 'boilerplate'
            : 'body';
    paragraphs.push({ start: match.index, end: match.index + words.length, text: words, kind });
  }
  for (const listed of [...article.subheadings, ...article.boilerplate]) {
    if (!paragraphs.some((paragraph) => paragraph.text === listed)) {
      throw new DataError(`article.json: ${JSON.stringify(listed)} is not a paragraph of the article`);
    }
  }
  return paragraphs;
}

function sectionsOf(text: string, paragraphs: readonly Paragraph[]): Section[] {
  const sections: Section[] = [];
  let current: { heading: Paragraph | null; first: Paragraph | null; last: Paragraph | null } | null = null;
  const close = () => {
    if (!current) return;
    const start = (current.heading ?? current.first)?.start;
    const end = (current.last ?? current.heading)?.end;
    if (start !== undefined && end !== undefined) {
      const heading = current.heading ? { start: current.heading.start, end: current.heading.end, text: current.heading.text } : null;
      sections.push({ start, end, text: text.slice(start, end), heading });
    }
    current = null;
  };
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'subheading') {
      close();
      current = { heading: paragraph, first: null, last: null };
    } else if (paragraph.kind === 'body') {
      current ??= { heading: null, first: paragraph, last: null };
      current.first ??= paragraph;
      current.last = paragraph;
    } else {
      close();
    }
  }
  close();
  return sections;
}

/** Reads `data/`, resolves every piece of evidence, and returns the dataset before validation. */
function resolveDataset(dir: string): Dataset<IdSpace> {
  const text = readFileSync(join(dir, 'article.txt'), 'utf8');
  const authored = readJson(dir, 'article.json');
  if (!isObject(authored)) throw new DataError('article.json: must hold an object');
  for (const field of ['subheadings', 'boilerplate', 'notes', 'evidence']) {
    if (!Array.isArray(authored[field])) throw new DataError(`article.json.${field}: must be an array`);
  }
  const authoredArticle = authored as unknown as AuthoredArticle;
  const { subheadings: _subheadings, boilerplate: _boilerplate, evidence: articleEvidence, ...articleFields } = authoredArticle;
  const paragraphs = paragraphsOf(text, authoredArticle);
  const article: Article = {
    id: articleFields.id,
    headline: firstLine(text),
    text,
    language: articleFields.language,
    publishedOn: articleFields.publishedOn,
    publishedOnBasis: articleFields.publishedOnBasis,
    publisher: articleFields.publisher,
    url: articleFields.url,
    author: articleFields.author,
    sections: sectionsOf(text, paragraphs),
    paragraphs,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    notes: articleFields.notes,
    evidence: locateAll(text, articleEvidence, 'article.json.evidence'),
  };

  const actors = readRecords<AuthoredActor>(dir, 'actors.json', ['evidence']).map(
    (actor): Actor<IdSpace> => {
      const evidence = locateAll(text, actor.evidence, `actors.json "${actor.id}".evidence`).sort((a, b) => a.start - b.start);
      return { ...actor, evidence };
    },
  );
  const statements = readRecords<AuthoredStatement>(dir, 'statements.json', ['attribution']).map(
    ({ textIn, attribution, ...statement }): Statement<IdSpace> => {
      const where = `statements.json "${statement.id}"`;
      const content = locate(text, textIn === undefined ? statement.text : { text: statement.text, in: textIn }, `${where}.text`);
      return { ...statement, evidence: [...content, ...locateAll(text, attribution, `${where}.attribution`)] };
    },
  );
  const events = readRecords<AuthoredEvent>(dir, 'events.json', ['evidence']).map(
    (event): NewsEvent<IdSpace> => ({ ...event, evidence: locateAll(text, event.evidence, `events.json "${event.id}".evidence`) }),
  );
  const figures = readRecords<AuthoredFigure>(dir, 'figures.json', ['evidence']).map(
    (figure): Figure<IdSpace> => ({ ...figure, evidence: locateAll(text, figure.evidence, `figures.json "${figure.id}".evidence`) }),
  );
  const timexes = readRecords<AuthoredTimex>(dir, 'timexes.json', ['evidence']).map(
    (timex): Timex<IdSpace> => ({ ...timex, evidence: locateAll(text, timex.evidence, `timexes.json "${timex.id}".evidence`) }),
  );

  return {
    article,
    actors: byPosition(actors),
    statements: byPosition(statements),
    events: byPosition(events),
    figures: byPosition(figures),
    timexes: byPosition(timexes),
  };
}

/** Names the record behind a schema path: `statements[3] "trump-quote" → speaker`. */
function describePath(dataset: unknown, path: readonly PropertyKey[]): string {
  const [collection, index, ...rest] = path;
  const record =
    typeof collection === 'string' && typeof index === 'number'
      ? (dataset as Readonly<Record<string, readonly { readonly id?: unknown }[] | undefined>>)[collection]?.[index]
      : undefined;
  const head =
    record && typeof record.id === 'string'
      ? `${String(collection)}[${String(index)}] "${record.id}"`
      : [collection, index].filter((part) => part !== undefined).map(String).join('.');
  return rest.length === 0 ? head : `${head} → ${rest.map(String).join('.')}`;
}

/** Validates a dataset and throws a `DataError` listing every problem by record id and field. */
function validateDataset(dataset: unknown): Dataset<IdSpace> {
  const result = DatasetSchema.safeParse(dataset);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ✖ ${describePath(dataset, issue.path)}: ${issue.message}`);
  throw new DataError(`the dataset is invalid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
}

/** Reads, resolves and validates `data/`. */
export function loadDataset(dir: string): Dataset<IdSpace> {
  return validateDataset(resolveDataset(dir));
}
