import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { dataset } from '../src/index.js';
import { DatasetSchema } from '../src/schema/index.js';
import { RULES } from '../src/schema/rules.js';

/** A broken copy of the dataset: one record, some fields set, and the issue it must raise. */
interface Fixture {
  readonly rule: string;
  /** The rule of `RULES` the fixture breaks, or `shape` for a record schema's own check. */
  readonly checks: string;
  /** `article`, or `<collection>/<record id>`. */
  readonly record: string;
  /** Dotted paths inside the record, and the values to put there. */
  readonly set: Readonly<Record<string, unknown>>;
  readonly expect: { readonly path: string; readonly message: string };
}

const dir = new URL('./fixtures/invalid/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Fixture);

function breakDataset(fixture: Fixture): { readonly broken: unknown; readonly prefix: readonly (string | number)[] } {
  const broken = structuredClone(dataset) as unknown as Record<string, unknown>;
  let target: Record<string, unknown>;
  let prefix: (string | number)[];
  if (fixture.record === 'article') {
    target = broken['article'] as Record<string, unknown>;
    prefix = ['article'];
  } else {
    const [collection = '', id] = fixture.record.split('/');
    const records = broken[collection] as Record<string, unknown>[];
    const index = records.findIndex((record) => record['id'] === id);
    if (index === -1) throw new Error(`${fixture.rule}: no record ${fixture.record}`);
    target = records[index]!;
    prefix = [collection, index];
  }
  for (const [path, value] of Object.entries(fixture.set)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, target);
    parent[last] = value;
  }
  return { broken, prefix };
}

describe('DatasetSchema rejects each kind of broken record', () => {
  test('every cross-record rule has at least one fixture, each fixture in its own file', () => {
    expect(new Set(fixtures.map((f) => f.rule)).size).toBe(fixtures.length);
    expect(RULES.filter((rule) => !fixtures.some((f) => f.checks === rule))).toEqual([]);
    expect(fixtures.filter((f) => f.checks !== 'shape' && !(RULES as readonly string[]).includes(f.checks)).map((f) => f.rule)).toEqual([]);
  });

  test.each(fixtures.map((fixture) => [fixture.rule, fixture] as const))('%s: the issue names the broken field and its rule', (_rule, fixture) => {
    const { broken, prefix } = breakDataset(fixture);
    const result = DatasetSchema.safeParse(broken);
    expect(result.success).toBe(false);
    if (result.success) return;
    const expectedPath = [...prefix, ...(fixture.expect.path === '' ? [] : fixture.expect.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)))];
    const ruleOf = (issue: z.core.$ZodIssue) => (issue.code === 'custom' ? (issue.params?.['rule'] as string | undefined) : undefined) ?? 'shape';
    const match = result.error.issues.find(
      (issue) =>
        JSON.stringify(issue.path) === JSON.stringify(expectedPath) &&
        issue.message.includes(fixture.expect.message) &&
        ruleOf(issue) === fixture.checks,
    );
    expect(match, `expected an issue at ${expectedPath.join('.')} containing "${fixture.expect.message}", got:\n${z.prettifyError(result.error)}`).toBeDefined();
  });
});
