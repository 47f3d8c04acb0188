/**
 * The on-demand tools of scripts/tools.ts and test/helpers/tools.ts, without the network: exact
 * pins, reuse of an install already in place, and a missing tool skipped locally but failed in CI.
 * The installs themselves run in the package project (test/package-runtimes.test.ts,
 * test/docs-site.test.ts).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ensureTool, parseSpec, TOOLS, toolBin, toolsDir } from '../scripts/tools.js';
import { inCI, need, type OnDemand } from './helpers/tools.js';

describe('the pins', () => {
  test('every tool is pinned to an exact version', () => {
    expect(Object.values(TOOLS).map((spec) => parseSpec(spec).version)).toEqual(Object.values(TOOLS).map(() => expect.stringMatching(/^\d+\.\d+\.\d+$/)));
  });

  test('a range, a tag or a missing version is refused', () => {
    for (const spec of ['deno@^2.9.6', 'deno@~2.9.6', 'deno@latest', 'deno', '@deno/linux-x64-glibc']) expect(() => parseSpec(spec), spec).toThrow(/exact version/);
    expect(parseSpec('@scope/tool@1.2.3-rc.1')).toEqual({ name: '@scope/tool', version: '1.2.3-rc.1' });
  });

  test('a name that is not a pinned tool needs its spec', async () => {
    await expect(ensureTool('no-such-tool')).rejects.toThrow(/not one of the tools installed on demand/);
  });
});

describe('an install already in place', () => {
  const prefix = join(toolsDir, 'kyiv-fake-tool@1.2.3');
  afterEach(() => rmSync(prefix, { recursive: true, force: true }));

  test('is reused, with its bin, without running npm', async () => {
    const dir = join(prefix, 'node_modules', 'kyiv-fake-tool');
    mkdirSync(dir, { recursive: true });
    mkdirSync(join(prefix, 'node_modules', '.bin'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'kyiv-fake-tool', version: '1.2.3', bin: 'cli.js' }));
    writeFileSync(join(prefix, 'node_modules', '.bin', 'kyiv-fake-tool'), '');
    const before = readdirSync(toolsDir);
    // No such package exists: only a reuse can succeed.
    expect(await ensureTool('kyiv-fake-tool', 'kyiv-fake-tool@1.2.3')).toBe(dir);
    expect(readdirSync(toolsDir)).toEqual(before);
    expect(toolBin(dir)).toBe(join(prefix, 'node_modules', '.bin', 'kyiv-fake-tool'));
  });
});

describe('a tool that could not be installed', () => {
  const missing: OnDemand = { name: 'deno', missing: 'deno@2.9.6 could not be installed on demand: offline' };
  afterEach(() => vi.unstubAllEnvs());

  test('is skipped with the reason outside CI', () => {
    vi.stubEnv('CI', '');
    const skip = vi.fn((note?: string): never => {
      throw new Error(`skipped: ${note}`);
    });
    expect(() => need({ skip } as never, missing)).toThrow(/^skipped: deno@2\.9\.6 could not be installed on demand: offline/);
    expect(skip).toHaveBeenCalledOnce();
  });

  test('fails the test, with the reason, when CI is set', () => {
    for (const value of ['true', '1']) {
      vi.stubEnv('CI', value);
      expect(inCI()).toBe(true);
      const skip = vi.fn();
      expect(() => need({ skip } as never, missing)).toThrow(/deno@2\.9\.6 could not be installed on demand: offline\n\(CI is set/);
      expect(skip).not.toHaveBeenCalled();
    }
    vi.stubEnv('CI', 'false');
    expect(inCI()).toBe(false);
  });

  test('an installed one is returned as it is', () => {
    expect(need({ skip: vi.fn() } as never, { name: 'deno', dir: '/tools/deno' })).toBe('/tools/deno');
  });
});
