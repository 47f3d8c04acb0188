/**
 * The release rehearsal (scripts/release-rehearse.ts) on a real registry: Verdaccio on loopback,
 * installed on demand (skipped with the reason when it cannot be, failed under CI). Needs
 * `npm run build` first.
 */
import { describe, expect, test } from 'vitest';
import { nextPatch, rehearse, verdaccioConfig } from '../scripts/release-rehearse.js';
import { need, onDemand } from './helpers/tools.js';

describe('a release rehearsed on Verdaccio', () => {
  test('the packed package publishes, installs pinned into ESM, CommonJS and TypeScript consumers, and ranges take the next patch while the pin does not', { timeout: 600_000 }, async (context) => {
    const verdaccio = need(context, await onDemand('verdaccio'));
    const result = await rehearse({ verdaccio });
    expect(result.registry).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(result.patch).toBe(nextPatch(result.version));
    expect(result.esm).toEqual({ version: result.version, speaker: 'Dmitry Peskov' });
    expect(result.cjs).toEqual({ version: result.version, speaker: 'Dmitry Peskov' });
    expect(result.typescript).toBe('compiles');
    expect(result.resolved).toEqual({ [`~${result.version}`]: result.patch, [`^${result.version}`]: result.patch, [result.version]: result.version });
    expect(result.pinnedAfterUpdate).toBe(result.version);
  });
});

describe('the rehearsal never reaches the internet', () => {
  test('its Verdaccio config has no uplinks, so no package is proxied, and keeps its storage in the temporary folder', () => {
    const config = verdaccioConfig('/tmp/rehearsal');
    expect(config).toContain('uplinks: {}\n');
    expect(config).not.toMatch(/proxy:|https?:\/\//);
    expect(config).toContain('storage: "/tmp/rehearsal/storage"');
  });

  test('the patch after x.y.z is x.y.(z+1)', () => {
    expect(nextPatch('1.0.0')).toBe('1.0.1');
    expect(nextPatch('2.3.9')).toBe('2.3.10');
    expect(() => nextPatch('1.0.0-rc.1')).toThrow('not a release version');
  });
});
