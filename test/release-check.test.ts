/**
 * The semver guard (scripts/release-check.ts) on scratch copies of the committed `api/` report
 * with synthetic changes, and the committed report against the build. Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { apiDir, buildSurface, contentHash, dataSurface, readSurface, root, staleFiles, type DataSurface } from '../scripts/api-report.js';
import { diffSurfaces, judge, main, maxBump, pendingBumps, releasedBaseline, type Change } from '../scripts/release-check.js';

const scratch = mkdtempSync(join(tmpdir(), 'release-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let made = 0;
/** A scratch folder holding a copy of the committed report. */
function copyOfReport(): string {
  const dir = join(scratch, `report-${(made += 1)}`);
  cpSync(apiDir, dir, { recursive: true });
  return dir;
}

/** A copy of the committed report with `data.json` edited. */
// The JSON as parsed, edited freely: the edits are what the tests are about.
function withData(edit: (data: any) => void): string {
  const dir = copyOfReport();
  const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
  edit(data);
  writeFileSync(join(dir, 'data.json'), `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}

/** A copy of the committed report with one TypeScript report edited; the edit must change it. */
function withReport(file: string, edit: (text: string) => string): string {
  const dir = copyOfReport();
  const before = readFileSync(join(dir, file), 'utf8');
  const after = edit(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  writeFileSync(join(dir, file), after);
  return dir;
}

/** The changes from the committed report to the edited copy in `dir`, as `bump: what` lines. */
function changes(dir: string): string[] {
  return diffSurfaces(readSurface(apiDir), readSurface(dir)).map((change) => `${change.bump}: ${change.what}`);
}

const needed = (dir: string) => judge(diffSurfaces(readSurface(apiDir), readSurface(dir)), undefined).needed;

/** A folder of changesets, each declaring one bump for the package. */
function changesets(...declared: string[]): string {
  const dir = join(scratch, `changesets-${(made += 1)}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'README.md'), '# not a changeset\n');
  declared.forEach((bump, index) => writeFileSync(join(dir, `change-${index}.md`), `---\n"kyiv-strike-pause": ${bump}\n---\n\nA change.\n`));
  return dir;
}

/** Runs the command line, collecting what it prints. */
function run(args: readonly string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const committed = readSurface(apiDir);
const data = JSON.parse(committed.get('data.json') ?? '{}') as DataSurface;
const [firstActor = ''] = data.ids['actors'] ?? [];

describe('the committed api/ report', () => {
  test('is what `npm run api:report` writes from the current build', () => {
    const stale = staleFiles(committed, buildSurface());
    expect(stale, 'api/ is older than the build: run `npm run build && npm run api:report`, check the diff of api/ and commit it (and a changeset if the change is one users see)').toEqual([]);
  });

  test('has a report for every TypeScript entry and the data surface, with sorted keys and a final newline', () => {
    expect([...committed.keys()]).toEqual(['data.json', 'export.api.md', 'index.api.md', 'schema.api.md', 'score.api.md']);
    expect(committed.get('data.json')).toMatch(/\n$/);
    expect(Object.keys(data)).toEqual([...Object.keys(data)].sort());
    expect(Object.keys(data.vocabularies)).toEqual(expect.arrayContaining(['ActorKind', 'EventType', 'EventStatus', 'Stance', 'Quantity', 'Qualifier', 'UnitCode', 'ParagraphKind', 'TimeValue.precision', 'ScoreKind', 'ScoreMode', 'Outcome', 'OffsetUnit']));
    expect(Object.keys(data.schemas)).toEqual(['prediction.schema.json', 'prediction.strict.schema.json', 'schema.json']);
  });
});

describe('release:check classifies each change of the surface', () => {
  test('a renamed id demands a major release: the old id is removed, the new one added', () => {
    const dir = withData((edited) => {
      edited.ids.actors = edited.ids.actors.map((id: string) => (id === firstActor ? `${firstActor}-renamed` : id));
      const hash = edited.records.actors[firstActor];
      delete edited.records.actors[firstActor];
      edited.records.actors[`${firstActor}-renamed`] = hash;
    });
    expect(changes(dir)).toEqual([`major: id \`actors/${firstActor}\` removed`, `minor: id \`actors/${firstActor}-renamed\` added`]);
    expect(needed(dir)).toBe('major');
  });

  test('an added record demands a minor release', () => {
    const dir = withData((edited) => {
      edited.ids.figures.push('new-figure');
      edited.records.figures['new-figure'] = '0'.repeat(64);
    });
    expect(changes(dir)).toEqual(['minor: id `figures/new-figure` added']);
    expect(needed(dir)).toBe('minor');
  });

  test('a corrected note under the same id is a patch, found by the content hash of a build with the note changed', () => {
    const build = join(scratch, `build-${(made += 1)}`);
    mkdirSync(join(build, 'dist'), { recursive: true });
    cpSync(join(root, 'package.json'), join(build, 'package.json'));
    for (const file of ['schema.json', 'prediction.schema.json', 'prediction.strict.schema.json']) cpSync(join(root, 'dist', file), join(build, 'dist', file));
    const dataset = JSON.parse(readFileSync(join(root, 'dist', 'dataset.json'), 'utf8'));
    const statement = dataset.statements[0];
    statement.notes = [...statement.notes, { text: 'A corrected note.' }];
    writeFileSync(join(build, 'dist', 'dataset.json'), JSON.stringify(dataset));
    const reports = [...committed].filter(([file]) => file.endsWith('.api.md')).map(([, text]) => text);
    const dir = withData((edited) => Object.assign(edited, dataSurface(build, reports)));
    expect(changes(dir)).toEqual([`patch: record \`statements/${statement.id}\` changed under the same id`]);
    expect(contentHash(statement)).not.toBe(data.records['statements']?.[statement.id]);
    expect(needed(dir)).toBe('patch');
  });

  test('a value removed from a vocabulary demands a major release, in the types and in data.json', () => {
    const [first, second] = data.vocabularies['EventStatus'] ?? [];
    const dir = withReport('index.api.md', (text) => text.replace(`'${first}' | '${second}'`, `'${second}'`));
    const edited = readSurface(dir);
    const reports = [...edited].filter(([file]) => file.endsWith('.api.md')).map(([, text]) => text);
    const vocabulary = dataSurface(root, reports).vocabularies['EventStatus'];
    writeFileSync(join(dir, 'data.json'), `${JSON.stringify({ ...data, vocabularies: { ...data.vocabularies, EventStatus: vocabulary } }, null, 2)}\n`);
    expect(changes(dir)).toEqual([`major: vocabulary \`EventStatus\` loses "${first}"`, `major: \`EventStatus\` loses "${first}"`]);
    expect(needed(dir)).toBe('major');
  });

  test('an added export demands a minor release; a removed one major', () => {
    const added = withReport('score.api.md', (text) => text.replace('// @public\nexport function score', '// @public\nexport function scoreMany(predictions: readonly Prediction[]): readonly ScoreReport[];\n\n// @public\nexport function score'));
    expect(changes(added)).toEqual(['minor: `scoreMany` (function) added']);
    expect(needed(added)).toBe('minor');
    const removed = withReport('score.api.md', (text) => text.replace(/\/\/ @public\nexport function formatReport[^\n]*\n/, ''));
    expect(changes(removed)).toEqual(['major: `formatReport` (function) removed']);
  });

  test('an interface that gains an optional member is minor; a required member, a removed one or a changed type is major', () => {
    const member = (line: string) => withReport('index.api.md', (text) => text.replace('export interface Actor<I extends IdSpace = ArticleIds> {\n', `export interface Actor<I extends IdSpace = ArticleIds> {\n${line}`));
    expect(changes(member('    readonly born?: string;\n'))).toEqual(['minor: `Actor.born` added (optional)']);
    expect(changes(member('    readonly born: string;\n'))).toEqual(['major: `Actor.born` added as a required member: `readonly born: string;`']);
    const narrowed = withReport('index.api.md', (text) => text.replace('    readonly wikidata: string | null;\n', '    readonly wikidata: string;\n'));
    expect(changes(narrowed)).toEqual(['major: `Actor.wikidata` changed: `readonly wikidata: string | null;` → `readonly wikidata: string;`']);
  });

  test('a subpath or a JSON Schema property removed is major; an optional property added is minor', () => {
    const dir = withData((edited) => {
      edited.subpaths = edited.subpaths.filter((subpath: string) => subpath !== './dataset.min.json');
      const figures = edited.schemas['schema.json']['#/properties/figures/items'];
      figures.properties = [...figures.properties.filter((name: string) => name !== 'unitInferred'), 'precision'].sort();
      figures.required = figures.required.filter((name: string) => name !== 'unitInferred');
    });
    expect(changes(dir)).toEqual([
      'major: subpath `./dataset.min.json` removed',
      'major: figures[]: property `unitInferred` removed',
      'minor: figures[]: optional property `precision` added',
    ]);
  });
});

describe('release:check compares the needed bump with the pending changesets', () => {
  const base = copyOfReport();
  const current = withData((edited) => {
    edited.ids.events.push('new-event');
    edited.records.events['new-event'] = '0'.repeat(64);
  });

  test('a declared bump that is too small fails (exit 1), naming the change and the bump it needs', () => {
    const { code, err } = run(['--base', base, '--current', current, '--changesets', changesets('patch')]);
    expect(code).toBe(1);
    expect(err).toContain('need a minor release, but 1 pending changeset declares at most patch (change-0.md)');
    expect(err).toContain('minor  data.json: id `events/new-event` added (needs minor)');
  });

  test('no changeset at all is too small for any change', () => {
    const { code, err } = run(['--base', base, '--current', current, '--changesets', changesets()]);
    expect(code).toBe(1);
    expect(err).toContain('no pending changeset declares a bump');
  });

  test('a declared bump that is enough passes (exit 0) with a summary; the largest changeset counts', () => {
    const { code, out, err } = run(['--base', base, '--current', current, '--changesets', changesets('patch', 'minor')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('1 change since the report in');
    expect(out).toContain('They need a minor release, and 2 pending changesets declare at most minor (change-1.md): enough.');
  });

  test('when nothing changed it exits 0', () => {
    const { code, out } = run(['--base', base, '--current', copyOfReport(), '--changesets', changesets()]);
    expect(code).toBe(0);
    expect(out).toContain('nothing needs a release');
  });

  test('bad usage exits 2 with one line and the usage', () => {
    const { code, err } = run(['--base', base, '--base-ref', 'HEAD']);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe('release:check: give --base or --base-ref, not both');
  });

  test("changesets are read from their front matter, quoted or not, other packages' lines ignored", () => {
    const dir = changesets('patch');
    writeFileSync(join(dir, 'other.md'), "---\n'kyiv-strike-pause': major\nsomething-else: major\n---\n\nText.\n");
    writeFileSync(join(dir, 'empty.md'), '---\n---\n\nNo release.\n');
    const declared = pendingBumps(dir, 'kyiv-strike-pause');
    expect(declared).toEqual([
      { file: 'change-0.md', bump: 'patch' },
      { file: 'other.md', bump: 'major' },
    ]);
    expect(maxBump(declared.map((each) => each.bump))).toBe('major');
  });
});

describe('the baseline is the api/ report committed with the release package.json names', () => {
  const settings = ['user.name=Test', 'user.email=test@example.invalid', 'commit.gpgsign=false', 'init.defaultBranch=main', 'core.hooksPath=/dev/null'].flatMap((setting) => ['-c', setting]);
  const git = (dir: string, ...args: string[]) => execFileSync('git', [...settings, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const commitVersion = (dir: string, version: string, marker: string) => {
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'kyiv-strike-pause', version }, null, 2)}\n`);
    writeFileSync(join(dir, 'api', 'data.json'), `{"marker": "${marker}"}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', marker);
  };

  test('an unreleased package (0.0.0) has none; after a release it is the commit that set the version, not a later one', () => {
    const dir = join(scratch, 'repo');
    mkdirSync(join(dir, 'api'), { recursive: true });
    git(dir, 'init', '-q');
    commitVersion(dir, '0.0.0', 'before');
    expect(releasedBaseline(dir)).toEqual({ kind: 'unreleased', version: '0.0.0' });
    commitVersion(dir, '1.0.0', 'release');
    commitVersion(dir, '1.0.0', 'later work');
    const baseline = releasedBaseline(dir);
    expect(baseline.kind === 'release' && baseline.surface.get('data.json')).toBe('{"marker": "release"}\n');
  });
});

test('the bumps are ordered patch < minor < major', () => {
  const list: Change[] = [
    { bump: 'patch', file: 'data.json', what: 'a' },
    { bump: 'major', file: 'data.json', what: 'b' },
  ];
  expect(judge(list, 'minor')).toMatchObject({ needed: 'major', ok: false, tooSmall: [list[1]] });
  expect(judge(list, 'major').ok).toBe(true);
  expect(judge([], undefined)).toMatchObject({ needed: undefined, ok: true });
});
