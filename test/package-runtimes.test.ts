/**
 * The packed package under the other runtimes the README's Install section names: Deno 2 and Bun 1
 * (both installed on demand at pinned versions, see test/helpers/tools.ts), importing it from
 * node_modules as `deno add npm:…` and `bun add …` leave it, and a browser loading the built files
 * through an import map. Needs `npm run build` first; the browser part needs Chromium, as
 * test/docs-site.test.ts does. A runtime that cannot be installed skips its test, or fails it when
 * CI is set.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from './helpers/browser.js';
import { installPacked, isBuilt, packageName, run, writeFiles, type Consumer, type Result } from './helpers/consumer.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';
import { need, onDemand } from './helpers/tools.js';
import { toolBin } from '../scripts/tools.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** One program for every runtime: a query, a lookup, the JSON export and the zod schema, printed as JSON. */
const program = `
import { dataset, getActor, statementsBy } from '${packageName}';
import { DatasetSchema } from '${packageName}/schema';
const broken = { ...dataset, statements: dataset.statements.map((s) => (s.id === 'myhovych-production-high' ? { ...s, speaker: 'nobody' } : s)) };
export const report = {
  runtime: typeof Deno !== 'undefined' ? 'deno ' + Deno.version.deno : typeof Bun !== 'undefined' ? 'bun ' + Bun.version : typeof process !== 'undefined' ? 'node' : 'browser',
  resolved: import.meta.resolve('${packageName}'),
  peskov: statementsBy('dmitry-peskov').map((statement) => statement.text),
  roles: getActor('vitaly-klitschko').roles,
  frozen: Object.isFrozen(dataset.actors[0]),
  valid: DatasetSchema.safeParse(dataset).success,
  brokenPaths: DatasetSchema.safeParse(broken).error?.issues.map((issue) => issue.path.join('.')),
};
`;

const expected = {
  peskov: ['Moscow would not provide additional details'],
  roles: [{ title: 'Kyiv Mayor', of: 'kyiv' }],
  frozen: true,
  valid: true,
  brokenPaths: ['statements.40.speaker'],
};

interface Report {
  readonly runtime: string;
  readonly resolved: string;
  readonly json?: boolean;
}

function reportOf(result: Result): Report {
  expect(result.stderr, 'the runtime prints no errors').toBe('');
  expect(result.code, 'the runtime exits with 0').toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? 'null') as Report;
}

const [denoTool, bunTool, driver] = isBuilt() ? await Promise.all([onDemand('deno'), onDemand('bun'), onDemand('playwright-core')]) : [];

describe.skipIf(!isBuilt())('the packed package under Deno, Bun and a browser', () => {
  let consumer: Consumer | undefined;
  let deno: Promise<Result> | undefined;
  let bun: Promise<Result> | undefined;

  beforeAll(async () => {
    consumer = await installPacked('runtimes', { withZod: true });
    writeFiles(consumer.dir, {
      'query.mjs': program,
      'main.mjs': `
        import data from '${packageName}/dataset.json' with { type: 'json' };
        import { dataset } from '${packageName}';
        import { report } from './query.mjs';
        console.log(JSON.stringify({ ...report, json: data.statements.length === dataset.statements.length }));
      `,
      'index.html': `<!doctype html>
        <script type="importmap">{"imports": {
          "${packageName}": "./node_modules/${packageName}/dist/index.js",
          "${packageName}/schema": "./node_modules/${packageName}/dist/schema.js",
          "zod": "./node_modules/zod/index.js"
        }}</script>
        <script type="module">
          import { report } from './query.mjs';
          document.body.dataset.report = JSON.stringify(report);
        </script>`,
    });
    const dir = consumer.dir;
    // Deno uses the node_modules the install left (no registry, no lock file); its cache goes in the project.
    deno = denoTool?.dir === undefined ? undefined : run(toolBin(denoTool.dir), ['run', '--node-modules-dir=manual', '--no-prompt', '--no-lock', 'main.mjs'], dir, {
      env: { DENO_DIR: join(dir, '.deno'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    bun = bunTool?.dir === undefined ? undefined : run(toolBin(bunTool.dir), ['main.mjs'], dir, { env: { NO_COLOR: '1' } });
    await Promise.all([deno, bun]);
  }, 300_000);

  afterAll(() => consumer?.dispose());

  it('runs under Deno 2 from node_modules: main entry, ./schema with zod, and dataset.json', async (context) => {
    need(context, denoTool!);
    const report = reportOf(await deno!);
    expect(report.runtime).toMatch(/^deno 2\./);
    expect(report.resolved).toMatch(new RegExp(`/node_modules/${packageName}/dist/index\\.js$`));
    expect(report).toMatchObject({ ...expected, json: true });
  });

  it('runs under Bun 1 from node_modules: main entry, ./schema with zod, and dataset.json', async (context) => {
    need(context, bunTool!);
    const report = reportOf(await bun!);
    expect(report.runtime).toMatch(/^bun 1\./);
    expect(report.resolved).toMatch(new RegExp(`/node_modules/${packageName}/dist/index\\.js$`));
    expect(report).toMatchObject({ ...expected, json: true });
  });

  describe.skipIf(!existsSync(chromiumPath))('in a browser', () => {
    let server: StaticServer | undefined;
    let browser: Browser | undefined;
    let profile = '';

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it('loads the built ES modules with an import map, with no bundler and no Node', async (context) => {
      const driverDir = need(context, driver!);
      server = await serveStatic(consumer!.dir);
      profile = mkdtempSync(join(tmpdir(), `${packageName}-chromium-profile-`));
      browser = await launchChromium(chromiumPath, profile, driverDir);
      const page = await browser.newPage();
      await page.goto(server.url, { waitUntil: 'load' });
      let raw: unknown = undefined;
      for (let tries = 0; tries < 100 && raw === undefined; tries++) {
        raw = await page.evaluate('document.body.dataset.report');
        if (raw === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(typeof raw, 'the page reports what it imported').toBe('string');
      const report = JSON.parse(String(raw)) as Report;
      expect(report.runtime).toBe('browser');
      expect(report.resolved).toBe(`${server.url}node_modules/${packageName}/dist/index.js`);
      expect(report).toMatchObject(expected);
    }, 120_000);
  });
});
