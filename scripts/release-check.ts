/**
 * `npm run release:check`, the semver guard. It builds the surface of the current `dist/` (see
 * scripts/api-report.ts), diffs it against the `api/` report of the last release, classifies each
 * change, and compares the bump they need with the one the pending changesets declare:
 *
 * - **major**: an id, export, member, vocabulary value, JSON Schema property or subpath removed or
 *   renamed (a rename is a removal and an addition); any other change to an existing declaration
 *   (a type narrowed or widened, a member's type changed, a member made required or optional, a
 *   required member added); a JSON Schema property made required or optional;
 * - **minor**: something added: an id, an export, a vocabulary value (a literal union or an enum
 *   that only gains values), an optional member, a JSON Schema property that is not required, a
 *   subpath, a function overload;
 * - **patch**: a record whose content hash changed under the same id (a value, note or span
 *   corrected).
 *
 * It exits 1 when the declared bump is smaller than the one needed, naming each change and the
 * bump it needs, or when `api/` is older than the build; 0 otherwise; 2 on bad usage.
 *
 * The last release's report is read from git: the commit tagged `v<version>`, or else the commit
 * that set the version in package.json (`npm run version-packages` refreshes `api/` in it).
 * `--base <dir>` compares with a report folder instead.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSurface, readManifest, readSurface, root, staleFiles, type DataSurface, type Declaration, type Member, parseApiReport, type SchemaNode, type Surface } from './api-report.js';

export const bumps = ['patch', 'minor', 'major'] as const;
export type Bump = (typeof bumps)[number];

/** One difference between two surfaces, with the release it needs. */
export interface Change {
  readonly bump: Bump;
  /** The report file it was found in (`index.api.md`, `data.json`). */
  readonly file: string;
  readonly what: string;
}

/** The larger of the bumps, or undefined for none. */
export function maxBump(list: Iterable<Bump | undefined>): Bump | undefined {
  let max: Bump | undefined;
  for (const bump of list) if (bump !== undefined && (max === undefined || bumps.indexOf(bump) > bumps.indexOf(max))) max = bump;
  return max;
}

const quote = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ');
const oneLine = (text: string, limit = 160): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
};

/** What was removed from and added to a list of values, in their own order. */
function setDiff<T>(before: readonly T[], after: readonly T[]): { removed: T[]; added: T[] } {
  const old = new Set(before);
  const now = new Set(after);
  return { removed: before.filter((value) => !now.has(value)), added: after.filter((value) => !old.has(value)) };
}

/** A literal union's change: values lost are major, values gained minor. */
function literalChanges(file: string, label: string, before: readonly string[], after: readonly string[]): Change[] {
  const { removed, added } = setDiff(before, after);
  const changes: Change[] = [];
  if (removed.length > 0) changes.push({ bump: 'major', file, what: `${label} loses ${quote(removed)}` });
  if (added.length > 0) changes.push({ bump: 'minor', file, what: `${label} gains ${quote(added)}` });
  return changes;
}

function memberChanges(file: string, owner: string, before: ReadonlyMap<string, Member>, after: ReadonlyMap<string, Member>): Change[] {
  const changes: Change[] = [];
  for (const [name, old] of before) {
    const now = after.get(name);
    const label = `${owner}.${name}`;
    if (now === undefined) changes.push({ bump: 'major', file, what: `\`${label}\` removed` });
    else if (now.text === old.text) continue;
    else if (old.literals && now.literals && old.shell === now.shell) changes.push(...literalChanges(file, `\`${label}\``, old.literals, now.literals));
    else changes.push({ bump: 'major', file, what: `\`${label}\` changed: \`${oneLine(old.text)}\` → \`${oneLine(now.text)}\`` });
  }
  for (const [name, now] of after) {
    if (before.has(name)) continue;
    changes.push(
      now.optional
        ? { bump: 'minor', file, what: `\`${owner}.${name}\` added (optional)` }
        : { bump: 'major', file, what: `\`${owner}.${name}\` added as a required member: \`${oneLine(now.text)}\`` },
    );
  }
  return changes;
}

function declarationChanges(file: string, old: Declaration, now: Declaration): Change[] {
  if (old.text === now.text) return [];
  const { name } = old;
  if (old.kind !== now.kind) return [{ bump: 'major', file, what: `\`${name}\` changed from ${old.kind} to ${now.kind}` }];
  if (old.members && now.members) {
    const changes = memberChanges(file, name, old.members, now.members);
    if (old.header !== now.header) changes.unshift({ bump: 'major', file, what: `\`${name}\`: type parameters or heritage changed: \`${oneLine(old.header ?? '')}\` → \`${oneLine(now.header ?? '')}\`` });
    return changes;
  }
  if (old.literals && now.literals) return literalChanges(file, `\`${name}\``, old.literals, now.literals);
  if (old.signatures && now.signatures) {
    const { removed, added } = setDiff(old.signatures, now.signatures);
    if (removed.length === 0) return added.map((signature) => ({ bump: 'minor', file, what: `\`${name}\` gains an overload: \`${oneLine(signature)}\`` }));
    return [{ bump: 'major', file, what: `\`${name}\` changed: \`${oneLine(removed.join(' '))}\` → \`${oneLine(added.join(' '))}\`` }];
  }
  return [{ bump: 'major', file, what: `\`${name}\` changed: \`${oneLine(old.text)}\` → \`${oneLine(now.text)}\`` }];
}

/** The changes between two API Extractor reports of one entry. */
export function diffTypeScript(file: string, before: string, after: string): Change[] {
  const old = parseApiReport(before);
  const now = parseApiReport(after);
  const changes: Change[] = [];
  for (const [name, declaration] of old) {
    const current = now.get(name);
    if (current === undefined) changes.push({ bump: 'major', file, what: `\`${name}\` (${declaration.kind}) removed` });
    else changes.push(...declarationChanges(file, declaration, current));
  }
  for (const [name, declaration] of now) if (!old.has(name)) changes.push({ bump: 'minor', file, what: `\`${name}\` (${declaration.kind}) added` });
  return changes;
}

/** A JSON Pointer into a schema, as a path a reader knows: `#/properties/figures/items/properties/unit` is `figures[].unit`. */
export function readablePointer(pointer: string): string {
  const segments = pointer.replace(/^#\/?/, '').split('/').filter(Boolean);
  let path = '';
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] ?? '';
    const next = segments[index + 1];
    if ((segment === 'properties' || segment === '$defs' || segment === 'definitions') && next !== undefined) {
      path += `${path === '' ? '' : '.'}${next.replace(/~1/g, '/').replace(/~0/g, '~')}`;
      index += 1;
    } else if (segment === 'items') path += '[]';
    else if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else path += `.${segment}`;
  }
  return path === '' ? '(root)' : path;
}

/** True when `pointer` is `prefix` or lies under it. */
const under = (pointer: string, prefix: string): boolean => pointer === prefix || pointer.startsWith(`${prefix}/`);

function schemaChanges(file: string, before: Readonly<Record<string, SchemaNode>>, after: Readonly<Record<string, SchemaNode>>): Change[] {
  const changes: Change[] = [];
  // Subtrees already reported as one removed or added property, so what lies inside is not reported again.
  const removedTrees: string[] = [];
  const addedTrees: string[] = [];
  for (const [pointer, old] of Object.entries(before)) {
    const now = after[pointer];
    if (now === undefined) continue;
    const where = readablePointer(pointer);
    const oldRequired = new Set(old.required ?? []);
    const nowRequired = new Set(now.required ?? []);
    const { removed, added } = setDiff(old.properties ?? [], now.properties ?? []);
    for (const property of removed) {
      changes.push({ bump: 'major', file, what: `${where}: property \`${property}\` removed` });
      removedTrees.push(`${pointer}/properties/${property}`);
    }
    for (const property of added) {
      changes.push(
        nowRequired.has(property)
          ? { bump: 'major', file, what: `${where}: required property \`${property}\` added` }
          : { bump: 'minor', file, what: `${where}: optional property \`${property}\` added` },
      );
      addedTrees.push(`${pointer}/properties/${property}`);
    }
    for (const property of old.properties ?? []) {
      if (!(now.properties ?? []).includes(property) || oldRequired.has(property) === nowRequired.has(property)) continue;
      changes.push({ bump: 'major', file, what: `${where}: property \`${property}\` is now ${nowRequired.has(property) ? 'required' : 'optional'}` });
    }
    if (old.enum && now.enum) changes.push(...literalChanges(file, `${where}: the enum`, old.enum.map(String), now.enum.map(String)));
    else if (old.enum || now.enum) changes.push({ bump: 'major', file, what: `${where}: ${old.enum ? 'no longer' : 'now'} limited to a list of values` });
  }
  const removedNodes = Object.keys(before).filter((pointer) => after[pointer] === undefined);
  const addedNodes = Object.keys(after).filter((pointer) => before[pointer] === undefined);
  for (const pointer of removedNodes) {
    if (removedTrees.some((tree) => under(pointer, tree)) || removedNodes.some((other) => other !== pointer && under(pointer, other))) continue;
    changes.push({ bump: 'major', file, what: `${readablePointer(pointer)}: shape removed (${pointer})` });
  }
  for (const pointer of addedNodes) {
    if (addedTrees.some((tree) => under(pointer, tree)) || addedNodes.some((other) => other !== pointer && under(pointer, other))) continue;
    changes.push({ bump: 'minor', file, what: `${readablePointer(pointer)}: shape added (${pointer})` });
  }
  return changes;
}

/** The changes between two data surfaces (`data.json`). */
export function diffData(before: DataSurface, after: DataSurface, file = 'data.json'): Change[] {
  const changes: Change[] = [];
  const subpaths = setDiff(before.subpaths, after.subpaths);
  for (const subpath of subpaths.removed) changes.push({ bump: 'major', file, what: `subpath \`${subpath}\` removed` });
  for (const subpath of subpaths.added) changes.push({ bump: 'minor', file, what: `subpath \`${subpath}\` added` });

  for (const [kind, ids] of Object.entries(before.ids)) {
    const now = after.ids[kind];
    if (now === undefined) {
      changes.push({ bump: 'major', file, what: `record kind \`${kind}\` removed, with its ${ids.length} ids` });
      continue;
    }
    const { removed, added } = setDiff(ids, now);
    for (const id of removed) changes.push({ bump: 'major', file, what: `id \`${kind}/${id}\` removed` });
    for (const id of added) changes.push({ bump: 'minor', file, what: `id \`${kind}/${id}\` added` });
    const oldHashes = before.records[kind] ?? {};
    const newHashes = after.records[kind] ?? {};
    for (const id of ids) {
      if (newHashes[id] !== undefined && oldHashes[id] !== undefined && newHashes[id] !== oldHashes[id]) {
        changes.push({ bump: 'patch', file, what: `record \`${kind}/${id}\` changed under the same id` });
      }
    }
  }
  for (const [kind, ids] of Object.entries(after.ids)) {
    if (before.ids[kind] === undefined) changes.push({ bump: 'minor', file, what: `record kind \`${kind}\` added, with ${ids.length} ids` });
  }

  for (const [name, values] of Object.entries(before.vocabularies)) {
    const now = after.vocabularies[name];
    if (now === undefined) changes.push({ bump: 'major', file, what: `vocabulary \`${name}\` removed` });
    else changes.push(...literalChanges(file, `vocabulary \`${name}\``, values, now));
  }
  for (const name of Object.keys(after.vocabularies)) {
    if (before.vocabularies[name] === undefined) changes.push({ bump: 'minor', file, what: `vocabulary \`${name}\` added` });
  }

  for (const [schema, shape] of Object.entries(before.schemas)) {
    const now = after.schemas[schema];
    if (now === undefined) changes.push({ bump: 'major', file, what: `JSON Schema \`${schema}\` removed` });
    else changes.push(...schemaChanges(`${file} (${schema})`, shape, now));
  }
  for (const schema of Object.keys(after.schemas)) {
    if (before.schemas[schema] === undefined) changes.push({ bump: 'minor', file, what: `JSON Schema \`${schema}\` added` });
  }
  return changes;
}

/** Every change between two reports, file by file. */
export function diffSurfaces(before: Surface, after: Surface): Change[] {
  const changes: Change[] = [];
  const files = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const file of files) {
    const old = before.get(file);
    const now = after.get(file);
    if (old === now) continue;
    if (old === undefined) changes.push({ bump: 'minor', file, what: `new report: ${file}` });
    else if (now === undefined) changes.push({ bump: 'major', file, what: `report removed: ${file} (its entry is gone)` });
    else if (file === 'data.json') changes.push(...diffData(JSON.parse(old) as DataSurface, JSON.parse(now) as DataSurface));
    else changes.push(...diffTypeScript(file, old, now));
  }
  return changes;
}

/** A pending changeset's bump for the package. */
export interface Declared {
  readonly file: string;
  readonly bump: Bump;
}

/**
 * The bumps the pending changesets in `dir` declare for `packageName`: the front matter lines
 * `"name": major|minor|patch` of each `.changeset/*.md` (README.md aside). A changeset that does
 * not name the package (an empty one) declares nothing.
 */
export function pendingBumps(dir: string, packageName: string): Declared[] {
  if (!existsSync(dir)) return [];
  const declared: Declared[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
    const front = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(text)?.[1];
    if (front === undefined) throw new Error(`${file}: no front matter (--- … ---); write changesets with \`npx changeset\``);
    for (const line of front.split('\n')) {
      const match = /^\s*(["']?)(.+?)\1\s*:\s*(\S+)\s*$/.exec(line);
      if (!match || match[2] !== packageName) continue;
      const bump = match[3] as Bump | 'none';
      if (bump === 'none') continue;
      if (!bumps.includes(bump)) throw new Error(`${file}: "${match[3]}" is not major, minor or patch`);
      declared.push({ file, bump });
    }
  }
  return declared;
}

/** The bump from one version to a later one (undefined when equal). */
export function versionBump(from: string, to: string): Bump | undefined {
  const parse = (version: string) => version.split(/[-+]/)[0]?.split('.').map(Number) ?? [];
  const [a = 0, b = 0, c = 0] = parse(from);
  const [x = 0, y = 0, z = 0] = parse(to);
  if (x !== a) return 'major';
  if (y !== b) return 'minor';
  return z !== c ? 'patch' : undefined;
}

/** The verdict: the bump the changes need, the one declared, and the changes that need more than that. */
export interface Verdict {
  readonly changes: readonly Change[];
  readonly needed: Bump | undefined;
  readonly declared: Bump | undefined;
  readonly tooSmall: readonly Change[];
  readonly ok: boolean;
}

const rank = (bump: Bump | undefined): number => (bump === undefined ? -1 : bumps.indexOf(bump));

export function judge(changes: readonly Change[], declared: Bump | undefined): Verdict {
  const needed = maxBump(changes.map((change) => change.bump));
  const tooSmall = changes.filter((change) => rank(change.bump) > rank(declared));
  return { changes, needed, declared, tooSmall, ok: tooSmall.length === 0 };
}

const order = (a: Change, b: Change): number => rank(b.bump) - rank(a.bump) || a.file.localeCompare(b.file);

/** What the pending changesets declare, in a few words: their number and the files that declare the largest bump. */
function describeDeclared(declaredBy: readonly Declared[], declared: Bump | undefined): string {
  if (declaredBy.length === 0) return declared === undefined ? 'no pending changeset declares a bump' : `the new version in package.json declares ${declared}`;
  const largest = declaredBy.filter((each) => each.bump === declared).map((each) => each.file);
  const named = largest.length > 3 ? `${largest.slice(0, 3).join(', ')} and ${largest.length - 3} more` : largest.join(', ');
  const count = declaredBy.length === 1 ? '1 pending changeset declares' : `${declaredBy.length} pending changesets declare`;
  return largest.length === 0 ? `the new version in package.json declares ${declared}, more than the pending changesets` : `${count} at most ${declared} (${named})`;
}

/** The verdict as lines for a person: each change with its bump, then the outcome. */
export function formatVerdict(verdict: Verdict, against: string, declaredBy: readonly Declared[]): string {
  const line = (change: Change, needs = false) => `  ${change.bump.padEnd(5)}  ${change.file}: ${change.what}${needs ? ` (needs ${change.bump})` : ''}`;
  const declared = describeDeclared(declaredBy, verdict.declared);
  if (verdict.changes.length === 0) return `release:check: the build's surface is the same as ${against}; nothing needs a release (${declared}).\n`;
  const lines: string[] = [];
  if (verdict.ok) {
    lines.push(`release:check: ${verdict.changes.length} change${verdict.changes.length === 1 ? '' : 's'} since ${against}:`);
    lines.push(...[...verdict.changes].sort(order).map((change) => line(change)));
    lines.push(`They need a ${verdict.needed} release, and ${declared}: enough.`);
  } else {
    lines.push(`release:check: the changes since ${against} need a ${verdict.needed} release, but ${declared}.`);
    lines.push('These changes need more than that:');
    lines.push(...[...verdict.tooSmall].sort(order).map((change) => line(change, true)));
    const covered = verdict.changes.filter((change) => !verdict.tooSmall.includes(change));
    if (covered.length > 0) lines.push('These the declared bump covers:', ...covered.sort(order).map((change) => line(change)));
    lines.push(`Add a changeset that declares ${verdict.needed} (\`npx changeset\`; docs/versioning.md says which bump each change needs), or undo the changes.`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report of the last release, read from git, or why there is none. */
export type Baseline =
  | { readonly kind: 'release'; readonly version: string; readonly commit: string; readonly surface: Surface }
  | { readonly kind: 'unreleased'; readonly version: string };

const git = (dir: string, args: readonly string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The report committed with `ref`, or an error naming what is missing. */
export function surfaceAt(dir: string, ref: string): Surface {
  let listing = '';
  try {
    listing = git(dir, ['ls-tree', '--name-only', `${ref}:api`]);
  } catch {
    // No such commit, or no api/ in it: both are said below.
  }
  const files = listing.split('\n').filter((file) => file.endsWith('.api.md') || file === 'data.json');
  if (files.length === 0) throw new Error(`${ref} has no api/ report (is it a commit of this repository, from after api/ was added?)`);
  return new Map(files.map((file) => [file, git(dir, ['show', `${ref}:api/${file}`])]));
}

/**
 * The report of the release that HEAD's package.json names: the commit tagged `v<version>`, or
 * else the last commit that changed the version line. Version 0.0.0 was never released.
 */
export function releasedBaseline(dir: string): Baseline {
  let version: string;
  try {
    version = (JSON.parse(git(dir, ['show', 'HEAD:package.json'])) as { version: string }).version;
  } catch (error) {
    throw new Error(`cannot read package.json at HEAD with git (${oneLine(String(error), 120)}): run in a clone with its history, or pass --base <dir>`);
  }
  if (version === '0.0.0') return { kind: 'unreleased', version };
  let commit = '';
  try {
    commit = git(dir, ['rev-parse', '-q', '--verify', `refs/tags/v${version}^{commit}`]).trim();
  } catch {
    commit = git(dir, ['log', '-1', '--format=%H', '-G', '"version"[[:space:]]*:', 'HEAD', '--', 'package.json']).trim();
  }
  const atCommit = commit === '' ? undefined : (JSON.parse(git(dir, ['show', `${commit}:package.json`])) as { version: string }).version;
  if (atCommit !== version) throw new Error(`cannot find the commit of release ${version} (a shallow clone?): fetch the history and tags, or pass --base <dir>`);
  return { kind: 'release', version, commit, surface: surfaceAt(dir, commit) };
}

const usage = `Usage: npm run release:check [-- --base <dir> | --base-ref <ref>] [--current <dir>] [--changesets <dir>]
  --base <dir>        compare with the report in <dir> instead of the last release's api/
  --base-ref <ref>    compare with the api/ report committed at a git ref
  --current <dir>     compare the report in <dir> instead of one built from dist/
  --changesets <dir>  where the pending changesets are (default .changeset/)
`;

/** The command line: returns the exit code and writes its report to `out`, problems to `err`. */
export function main(argv: readonly string[], io: { readonly out: (text: string) => void; readonly err: (text: string) => void } = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) }, dir: string = root): number {
  let values: { base?: string; 'base-ref'?: string; current?: string; changesets?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { base: { type: 'string' }, 'base-ref': { type: 'string' }, current: { type: 'string' }, changesets: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    io.err(`release:check: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (values.help) {
    io.out(usage);
    return 0;
  }
  if (values.base !== undefined && values['base-ref'] !== undefined) {
    io.err(`release:check: give --base or --base-ref, not both\n${usage}`);
    return 2;
  }
  try {
    const manifest = readManifest(dir);
    const current = values.current !== undefined ? readSurface(values.current) : buildSurface(dir);
    if (values.current !== undefined && current.size === 0) throw new Error(`${values.current} holds no report (*.api.md, data.json)`);
    const changesetDir = values.changesets ?? join(dir, '.changeset');
    const declaredBy = pendingBumps(changesetDir, manifest.name);
    let declared = maxBump(declaredBy.map((each) => each.bump));

    let against: string;
    let base: Surface | undefined;
    if (values.base !== undefined) {
      base = readSurface(values.base);
      if (base.size === 0) throw new Error(`${values.base} holds no report (*.api.md, data.json)`);
      against = `the report in ${values.base}`;
    } else if (values['base-ref'] !== undefined) {
      base = surfaceAt(dir, values['base-ref']);
      against = `api/ at ${values['base-ref']}`;
    } else {
      const baseline = releasedBaseline(dir);
      if (baseline.kind === 'unreleased') {
        against = '';
        io.out(
          `release:check: ${manifest.name} has not been released (version ${baseline.version} at HEAD), so no published surface can break; ` +
            `the pending changesets declare ${declared ?? 'nothing'}, and api/ is the surface the first release will publish.\n`,
        );
      } else {
        base = baseline.surface;
        against = `api/ of release ${baseline.version} (${baseline.commit.slice(0, 12)})`;
        // `changeset version` has run but is not committed: the new version declares its bump too.
        declared = maxBump([declared, versionBump(baseline.version, manifest.version)]);
      }
    }

    let code = 0;
    if (base !== undefined) {
      const verdict = judge(diffSurfaces(base, current), declared);
      (verdict.ok ? io.out : io.err)(formatVerdict(verdict, against, declaredBy));
      if (!verdict.ok) code = 1;
    }
    if (values.current === undefined) {
      const stale = staleFiles(readSurface(join(dir, 'api')), current);
      if (stale.length > 0) {
        io.err(`release:check: api/ is older than the build (${stale.join(', ')}): run \`npm run api:report\` and commit api/.\n`);
        code = 1;
      }
    }
    return code;
  } catch (error) {
    io.err(`release:check: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
