/**
 * `npm run api:report` (after `npm run build`) writes `api/`, the public surface that semver
 * covers, as committed, deterministic text:
 *
 * - `<entry>.api.md` for each TypeScript entry of package.json `exports` (`index`, `schema`,
 *   `score`, `export`): the API Extractor report of its built `.d.ts`, read as a consumer's
 *   compiler reads it, through the bundler's shared chunks and renamed re-exports, with
 *   declarations and members sorted;
 * - `data.json`: the subpaths of `exports`, the record ids by kind, every vocabulary (the literal
 *   unions of the public types), the shape of each JSON Schema in `dist/` (per object its
 *   properties and which are required, per enum its values), and per record a hash of everything
 *   but its id, so that a corrected value shows as a changed hash under a kept id.
 *
 * API Extractor rather than a printer of our own: it follows tsup's hashed chunks
 * (`types-*.d.ts`), renamed re-exports (`export { A as Actor }`), overloads and generic defaults as
 * the compiler does, sorts declarations and members, and writes the report format reviewers know.
 * It bundles its own TypeScript (6.0 in 7.60) and only reads `.d.ts` files, so it runs on Node 20
 * whatever TypeScript the repository builds with. Its reports are parsed back with TypeScript's
 * parser to classify changes (scripts/release-check.ts).
 *
 * `npm run release:check` compares the report with that of the last release;
 * test/release-check.test.ts fails when the committed report is older than the build.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import ts from 'typescript';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the committed report lives. */
export const apiDir = join(root, 'api');

/** The report: file name (inside `api/`) to its text. */
export type Surface = ReadonlyMap<string, string>;

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly exports: Readonly<Record<string, unknown>>;
}

export const readManifest = (dir: string = root): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** The TypeScript entries of package.json `exports`: each subpath with `import.types`, and its report's file name. */
export function typeEntries(manifest: Manifest): { readonly subpath: string; readonly dts: string; readonly report: string }[] {
  const entries: { subpath: string; dts: string; report: string }[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const types = (target as { import?: { types?: unknown } } | null)?.import?.types;
    if (typeof types !== 'string') continue;
    entries.push({ subpath, dts: types, report: `${basename(types, '.d.ts')}.api.md` });
  }
  return entries.sort((a, b) => a.report.localeCompare(b.report));
}

/**
 * The API Extractor report of one built `.d.ts`. Release tags and TSDoc are not used by this
 * package, so their messages are off; a type an entry uses without exporting it (the record types
 * in `./schema`, exported by the main entry) is not an error either. Any other error throws.
 */
export function extractorReport(dtsPath: string, projectFolder: string = root): string {
  const temp = mkdtempSync(join(tmpdir(), 'api-report-'));
  try {
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder,
        mainEntryPointFilePath: dtsPath,
        newlineKind: 'lf',
        compiler: {
          overrideTsconfig: {
            compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022'], types: [], skipLibCheck: true },
            files: [dtsPath],
          },
        },
        apiReport: { enabled: true, reportFolder: temp, reportTempFolder: join(temp, 'temp'), reportFileName: 'report', includeForgottenExports: false },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
          extractorMessageReporting: {
            default: { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false },
            'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
            'ae-forgotten-export': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
            'ae-unresolved-link': { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
          },
          tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None, addToApiReportFile: false } },
        },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: join(projectFolder, 'package.json'),
    });
    const errors: string[] = [];
    const result = Extractor.invoke(config, {
      localBuild: true,
      messageCallback: (message) => {
        if (message.logLevel === ExtractorLogLevel.Error) errors.push(`${message.messageId}: ${message.text}`);
        message.handled = true;
      },
    });
    if (!result.succeeded || errors.length > 0) throw new Error(`API Extractor failed on ${dtsPath}:\n${errors.join('\n')}`);
    return readFileSync(join(temp, 'report.api.md'), 'utf8');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** One exported declaration of a report, by name; overloads share one. */
export interface Declaration {
  readonly name: string;
  /** `interface`, `type`, `function`, `const`, `class`, `namespace`, `enum`, … */
  readonly kind: string;
  /** Every declaration of the name, printed, in report order. */
  readonly text: string;
  /** An interface's or class's type parameters and heritage, printed. */
  readonly header?: string;
  /** An interface's or class's members by name (call and index signatures by their text). */
  readonly members?: ReadonlyMap<string, Member>;
  /** A type alias whose type is a string or number literal or a union of them: its values. */
  readonly literals?: readonly string[];
  /** A function's signatures, printed. */
  readonly signatures?: readonly string[];
}

export interface Member {
  readonly text: string;
  readonly optional: boolean;
  /** A property whose type is a union of literals: its values, and its text with the type left out. */
  readonly literals?: readonly string[];
  readonly shell?: string;
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** The values of a literal type or a union of literal types (strings by their value, numbers by their text), or undefined. */
export function literalValues(type: ts.TypeNode | undefined): string[] | undefined {
  if (type === undefined) return undefined;
  const parts = ts.isUnionTypeNode(type) ? type.types : [type];
  const values: string[] = [];
  for (const part of parts) {
    if (!ts.isLiteralTypeNode(part)) return undefined;
    const literal = part.literal;
    if (ts.isStringLiteral(literal) || ts.isNumericLiteral(literal)) values.push(literal.text);
    else return undefined;
  }
  return values;
}

const kindOf = (node: ts.Statement): string => {
  if (ts.isInterfaceDeclaration(node)) return 'interface';
  if (ts.isTypeAliasDeclaration(node)) return 'type';
  if (ts.isFunctionDeclaration(node)) return 'function';
  if (ts.isClassDeclaration(node)) return 'class';
  if (ts.isModuleDeclaration(node)) return 'namespace';
  if (ts.isEnumDeclaration(node)) return 'enum';
  if (ts.isVariableStatement(node)) return (node.declarationList.flags & ts.NodeFlags.Const) !== 0 ? 'const' : 'let';
  return ts.SyntaxKind[node.kind];
};

function nameOf(node: ts.Statement): string | undefined {
  if (ts.isVariableStatement(node)) {
    const [declaration] = node.declarationList.declarations;
    return declaration && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
  }
  const name = (node as { name?: ts.Node }).name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

function membersOf(node: ts.InterfaceDeclaration | ts.ClassDeclaration, file: ts.SourceFile): Map<string, Member> {
  const members = new Map<string, Member>();
  for (const member of node.members as ts.NodeArray<ts.TypeElement | ts.ClassElement>) {
    const text = printer.printNode(ts.EmitHint.Unspecified, member, file);
    const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) || ts.isPrivateIdentifier(member.name)) ? member.name.text : text;
    const optional = 'questionToken' in member && member.questionToken !== undefined;
    const type = ts.isPropertySignature(member) || ts.isPropertyDeclaration(member) ? member.type : undefined;
    const previous = members.get(name);
    const literals = literalValues(type);
    const shell = literals && type ? text.replace(printer.printNode(ts.EmitHint.Unspecified, type, file), 'T') : undefined;
    // Overloaded methods share their name: one member with every signature.
    members.set(name, previous ? { text: `${previous.text}\n${text}`, optional: previous.optional && optional } : { text, optional, ...(literals && shell ? { literals, shell } : {}) });
  }
  return members;
}

/** The exported declarations of an API Extractor report (the TypeScript inside its fenced block), by name. */
export function parseApiReport(report: string): Map<string, Declaration> {
  const code = /```ts\n([\s\S]*?)```/.exec(report)?.[1];
  if (code === undefined) throw new Error('not an API Extractor report: no ```ts block');
  const file = ts.createSourceFile('report.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = new Map<string, { kind: string; nodes: ts.Statement[] }>();
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) continue;
    const name = nameOf(statement);
    if (name === undefined) continue;
    const entry = found.get(name) ?? { kind: kindOf(statement), nodes: [] };
    entry.nodes.push(statement);
    found.set(name, entry);
  }
  const declarations = new Map<string, Declaration>();
  for (const [name, { kind, nodes }] of found) {
    const text = nodes.map((node) => printer.printNode(ts.EmitHint.Unspecified, node, file)).join('\n');
    const [node] = nodes;
    let extra: Partial<Declaration> = {};
    if (node && nodes.length === 1 && (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node))) {
      const header = [
        ...(node.typeParameters ?? []).map((parameter) => printer.printNode(ts.EmitHint.Unspecified, parameter, file)),
        ...(node.heritageClauses ?? []).map((clause) => printer.printNode(ts.EmitHint.Unspecified, clause, file)),
      ].join(' ');
      extra = { header, members: membersOf(node, file) };
    } else if (node && nodes.length === 1 && ts.isTypeAliasDeclaration(node)) {
      const literals = literalValues(node.type);
      if (literals && !node.typeParameters) extra = { literals };
    } else if (kind === 'function') {
      extra = { signatures: nodes.map((each) => printer.printNode(ts.EmitHint.Unspecified, each, file)) };
    }
    declarations.set(name, { name, kind, text, ...extra });
  }
  return declarations;
}

/** `value` as JSON with every object's keys sorted, indented by two spaces. */
export function stableJson(value: unknown): string {
  const sort = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sort);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.keys(item).sort().map((key) => [key, sort((item as Record<string, unknown>)[key])]));
    }
    return item;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** The SHA-256 of a record's content: every field but `id`, as JSON with sorted keys. */
export function contentHash(record: Readonly<Record<string, unknown>>): string {
  const { id: _id, ...content } = record;
  return createHash('sha256').update(stableJson(content)).digest('hex');
}

type RecordLike = Readonly<Record<string, unknown>> & { readonly id: string };
const isRecord = (value: unknown): value is RecordLike => value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';

/** Every kind of record in a dataset (each top-level array of objects with an `id`, or an object with one, as `article`), with its records. */
export function recordsByKind(dataset: Readonly<Record<string, unknown>>): Map<string, readonly RecordLike[]> {
  const kinds = new Map<string, readonly RecordLike[]>();
  for (const [kind, value] of Object.entries(dataset)) {
    if (isRecord(value)) kinds.set(kind, [value]);
    else if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) kinds.set(kind, value);
  }
  return kinds;
}

/** The normalized shape of a JSON Schema: per JSON Pointer, an object's property names and required ones, and an enum's values. */
export interface SchemaNode {
  readonly properties?: readonly string[];
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
}

export function schemaShape(schema: unknown): Record<string, SchemaNode> {
  const shape: Record<string, SchemaNode> = {};
  const walk = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${pointer}/${index}`));
      return;
    }
    const object = node as Record<string, unknown>;
    const entry: { properties?: string[]; required?: string[]; enum?: unknown[] } = {};
    if (object['properties'] !== null && typeof object['properties'] === 'object' && !Array.isArray(object['properties'])) {
      entry.properties = Object.keys(object['properties']).sort();
      entry.required = Array.isArray(object['required']) ? [...(object['required'] as string[])].sort() : [];
    }
    if (Array.isArray(object['enum'])) entry.enum = [...object['enum']];
    else if ('const' in object) entry.enum = [object['const']];
    if (Object.keys(entry).length > 0) shape[pointer === '' ? '#' : `#${pointer}`] = entry;
    for (const [key, value] of Object.entries(object)) {
      // Annotations and examples are not shapes.
      if (key === 'examples' || key === 'default' || key === 'enum' || key === 'const') continue;
      walk(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  walk(schema, '');
  return shape;
}

/** The data surface (`data.json`) of a build. */
export interface DataSurface {
  readonly subpaths: readonly string[];
  readonly ids: Readonly<Record<string, readonly string[]>>;
  readonly records: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly vocabularies: Readonly<Record<string, readonly string[]>>;
  readonly schemas: Readonly<Record<string, Readonly<Record<string, SchemaNode>>>>;
}

/**
 * Every vocabulary of the public types: each type alias that is a union of literals (`EventType`,
 * `ScoreMode`, …) and each property typed with one (`TimeValue.precision`), except the id unions,
 * which `ids` holds. Values in declared order.
 */
export function vocabularies(reports: Iterable<string>, allIds: ReadonlySet<string>): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const add = (name: string, values: readonly string[]) => {
    if (values.length < 2 || values.every((value) => allIds.has(value))) return;
    const known = found[name];
    if (known && known.join('\n') !== values.join('\n')) throw new Error(`two entries declare ${name} with different values`);
    found[name] = [...values];
  };
  for (const report of reports) {
    for (const declaration of parseApiReport(report).values()) {
      if (declaration.literals) add(declaration.name, declaration.literals);
      for (const [member, { literals }] of declaration.members ?? []) if (literals) add(`${declaration.name}.${member}`, literals);
    }
  }
  return found;
}

/** The data surface of the build in `dir/dist`, given its TypeScript reports. */
export function dataSurface(dir: string, reports: Iterable<string>): DataSurface {
  const manifest = readManifest(dir);
  const dist = join(dir, 'dist');
  const dataset = JSON.parse(readFileSync(join(dist, 'dataset.json'), 'utf8')) as Record<string, unknown>;
  const ids: Record<string, string[]> = {};
  const records: Record<string, Record<string, string>> = {};
  for (const [kind, list] of recordsByKind(dataset)) {
    ids[kind] = list.map((record) => record.id).sort();
    records[kind] = Object.fromEntries(list.map((record) => [record.id, contentHash(record)]));
  }
  const schemas: Record<string, Record<string, SchemaNode>> = {};
  for (const file of readdirSync(dist).filter((name) => /(^|\.)schema\.json$/.test(name)).sort()) {
    schemas[file] = schemaShape(JSON.parse(readFileSync(join(dist, file), 'utf8')));
  }
  return {
    subpaths: Object.keys(manifest.exports).sort(),
    ids,
    records,
    vocabularies: vocabularies(reports, new Set(Object.values(ids).flat())),
    schemas,
  };
}

/** Every file of the report for the build in `dir` (the repository by default). Throws when the build is missing. */
export function buildSurface(dir: string = root): Map<string, string> {
  const manifest = readManifest(dir);
  const missing = [...typeEntries(manifest).map((entry) => join(dir, entry.dts)), join(dir, 'dist', 'dataset.json')].filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first`);
  const surface = new Map<string, string>();
  for (const entry of typeEntries(manifest)) surface.set(entry.report, extractorReport(join(dir, entry.dts), dir));
  surface.set('data.json', stableJson(dataSurface(dir, surface.values())));
  return surface;
}

/** The report files in a folder (`*.api.md` and `data.json`). */
export function readSurface(dir: string): Map<string, string> {
  const surface = new Map<string, string>();
  if (!existsSync(dir)) return surface;
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.api.md') || file === 'data.json') surface.set(file, readFileSync(join(dir, file), 'utf8'));
  }
  return surface;
}

/** Writes the report into `dir`, removing report files that are no longer part of it. */
export function writeSurface(dir: string, surface: Surface): void {
  mkdirSync(dir, { recursive: true });
  for (const file of readSurface(dir).keys()) if (!surface.has(file)) rmSync(join(dir, file));
  for (const [file, text] of surface) writeFileSync(join(dir, file), text);
}

/** The report files that differ between two surfaces (changed, added or removed). */
export function staleFiles(committed: Surface, built: Surface): string[] {
  return [...new Set([...committed.keys(), ...built.keys()])].filter((file) => committed.get(file) !== built.get(file)).sort();
}

function main(): void {
  try {
    const surface = buildSurface();
    const stale = staleFiles(readSurface(apiDir), surface);
    writeSurface(apiDir, surface);
    process.stdout.write(stale.length === 0 ? 'api/ is up to date\n' : `api/: wrote ${stale.join(', ')}\n`);
  } catch (error) {
    process.stderr.write(`api:report: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
