/**
 * The TypeDoc site as a reader sees it: built fresh from the current sources and config, served
 * from localhost the way a static host serves it, and opened in headless Chromium.
 *
 * Without /usr/bin/chromium (or CHROMIUM_PATH) the browser tests are skipped with the reason, unless
 * REQUIRE_BROWSER=1 is set (as in CI), which turns the missing browser into a failure. The driver,
 * playwright-core, is installed on demand (test/helpers/tools.ts): where it cannot be, the tests are
 * skipped too, unless CI is set.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, packageName, root } from './helpers/consumer.js';
import { launchChromium, type Browser, type Page } from './helpers/browser.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';
import { need, onDemand } from './helpers/tools.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasBrowser = existsSync(chromiumPath);
const required = process.env['REQUIRE_BROWSER'] === '1';
const driver = await onDemand('playwright-core');

/** The index page once rendered the whole API reference, at 22,000 px; without it, it is about a third of that. */
const maxIndexHeight = 12_000;

interface TypedocConfig {
  readonly projectDocuments: readonly string[];
  readonly entryPoints: readonly string[];
}
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as TypedocConfig;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

/** A guide's title: its front matter's `title`, else its first heading. */
function titleOf(file: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  return (/^---\n[^]*?^title:\s*(.+)$[^]*?^---$/m.exec(text)?.[1] ?? /^# (.+)$/m.exec(text)?.[1] ?? file).trim();
}

/** The guides in the order the site must list them: typedoc.json's named pages, then the rest of docs/ alphabetically. */
function guidesInOrder(): string[] {
  const named = config.projectDocuments.filter((entry) => !entry.includes('*'));
  const all = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return [...named.filter((file) => all.includes(file)), ...all.filter((file) => !named.includes(file))].map(titleOf);
}

/**
 * Every `export interface` of src/model/types.ts with its properties in declaration order, those it
 * inherits from an interface of the same file first (as TypeDoc lists them).
 */
function declaredInterfaces(): Map<string, string[]> {
  const source = readFileSync(join(root, 'src', 'model', 'types.ts'), 'utf8');
  const interfaces = new Map<string, string[]>();
  for (const match of source.matchAll(/^export interface (\w+)(?:<[^>]*>)?(?: extends (\w+)(?:<[^>]*>)?)? \{\n([^]*?)^\}/gm)) {
    const own = [...(match[3] ?? '').matchAll(/^ {2}(?:readonly )?(\w+)\??:/gm)].map((property) => property[1] ?? '');
    const inherited = (interfaces.get(match[2] ?? '') ?? []).filter((name) => !own.includes(name));
    interfaces.set(match[1] ?? '', [...inherited, ...own]);
  }
  return interfaces;
}

it('a headless browser is there to check the docs site in', (context) => {
  if (!hasBrowser && !required) {
    context.skip(`${chromiumPath} is missing (apt-get install chromium, or set CHROMIUM_PATH); REQUIRE_BROWSER=1 makes this a failure`);
  }
  expect(hasBrowser, `${chromiumPath} is missing and REQUIRE_BROWSER=1 is set`).toBe(true);
});

it('playwright-core is there to drive the browser', (context) => {
  expect(need(context, driver)).toMatch(/playwright-core$/);
});

describe.skipIf(!hasBrowser || driver.dir === undefined)('the docs site in headless Chromium', () => {
  let out = '';
  let profile = '';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), `${packageName}-docs-site-`));
    profile = mkdtempSync(join(tmpdir(), `${packageName}-chromium-profile-`));
    await check(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out, '--logLevel', 'Warn'], root);
    server = await serveStatic(out);
    browser = await launchChromium(chromiumPath, profile, driver.dir!);
    page = await browser.newPage();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of [out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (path: string): Promise<void> => {
    const response = await page.goto(new URL(path, server!.url).href, { waitUntil: 'load' });
    expect(response?.status(), `${path} loads`).toBe(200);
  };

  it('lists the guides in reading order, Getting started first, and every page in docs/ once', async () => {
    await open('index.html');
    const entries = await page.locator('.site-menu nav.tsd-navigation a').allInnerTexts();
    const expected = guidesInOrder();
    expect(expected[0]).toBe('Getting started');
    expect(entries.filter((entry) => expected.includes(entry.trim())).map((entry) => entry.trim())).toEqual(expected);
  });

  it('shows one title on the index page, no copy of the API reference, and a page of bounded height', async () => {
    await open('index.html');
    expect(await page.locator('h1').allInnerTexts()).toEqual([expect.stringMatching(new RegExp(`^${packageName}\\b`))]);
    // The Markdown copy of the reference, docs/api.md, has a heading per export; the README's API section only points to it.
    const apiHeadings = [...readFileSync(join(root, 'docs', 'api.md'), 'utf8').matchAll(/^### (.+)$/gm)].map((match) => match[1] ?? '');
    expect(apiHeadings.length, 'docs/api.md has a heading per export').toBeGreaterThan(10);
    const readmeApi = /^## API\n([^]*?)^## /m.exec(readFileSync(join(root, 'README.md'), 'utf8'))?.[1] ?? '';
    expect(readmeApi, 'the README has an API section').toMatch(/\S/);
    expect(readmeApi.match(/^#{3,} .+$/gm), "the README's API section points to the reference, without a heading per export").toBeNull();
    const headings = (await page.locator('.col-content :is(h2, h3, h4)').allInnerTexts()).map((heading) => heading.trim());
    expect(headings.filter((heading) => apiHeadings.includes(heading))).toEqual([]);
    const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
    expect(height, `the index page is ${height} px high`).toBeLessThan(maxIndexHeight);
  });

  it('every link on the index page leads to a page of the site', async () => {
    await open('index.html');
    const links = (await page.evaluate("[...document.querySelectorAll('.col-content a[href]')].map((anchor) => anchor.href)")) as string[];
    const local = [...new Set(links.filter((href) => href.startsWith(server!.url)).map((href) => href.replace(/#.*$/, '')))];
    expect(local.length).toBeGreaterThan(5);
    const broken: string[] = [];
    for (const href of local) {
      const response = await page.request.get(href);
      if (response.status() !== 200) broken.push(`${href}: ${response.status()}`);
    }
    expect(broken).toEqual([]);
  });

  it('labels each entry point with the specifier that imports it', async () => {
    await open('modules.html');
    const modules = (await page.locator('.col-content a[href^="modules/"]').allInnerTexts()).map((name) => name.trim());
    expect(modules).toContain(packageName);
    expect(modules).toContain(`${packageName}/schema`);
    expect(modules).toHaveLength(config.entryPoints.length);
    expect(modules.filter((name) => name !== packageName && !(`./${name.slice(packageName.length + 1)}` in manifest.exports && name.startsWith(`${packageName}/`)))).toEqual([]);
    await open(`modules/${packageName}_schema.html`);
    expect(await page.locator('h1').innerText()).toBe(`Module ${packageName}/schema`);
  });

  it("shows the record fields' id types as ActorId, StatementId, …, never as I[\"actor\"]", async () => {
    await open(`interfaces/${packageName}.Actor.html`);
    const actorId = page.locator('.tsd-member', { has: page.locator('h3', { hasText: /^\s*Readonly\s*id\s*$/ }) }).locator('.tsd-signature').first();
    expect((await actorId.innerText()).replace(/\s+/g, ' ').trim()).toBe('id: ActorId');
    expect(await actorId.locator('a', { hasText: 'ActorId' }).getAttribute('href')).toMatch(/ActorId\.html$/);
    const leaks: string[] = [];
    for (const name of declaredInterfaces().keys()) {
      await open(`interfaces/${packageName}.${name}.html`);
      const text = await page.locator('.col-content').innerText();
      if (/\bI\[/.test(text)) leaks.push(name);
    }
    expect(leaks).toEqual([]);
    await open(`interfaces/${packageName}.Statement.html`);
    const statement = (await page.locator('.col-content .tsd-signature').first().innerText()).replace(/\s+/g, ' ');
    expect(statement).toContain('speaker: ActorId;');
    expect(statement).toContain('within: StatementId | null;');
  });

  it('lists the properties of every record interface in declaration order', async () => {
    const offenders: string[] = [];
    for (const [name, declared] of declaredInterfaces()) {
      await open(`interfaces/${packageName}.${name}.html`);
      const shown = (await page.locator('.col-content .tsd-member-group section.tsd-member h3 span:not(.tsd-flag)').allInnerTexts()).map((text) => text.trim()).filter((text) => text !== '');
      if (shown.join(' ') !== declared.join(' ')) offenders.push(`${name}: shows ${shown.join(', ')}; declares ${declared.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('serves every file in media/ as something the browser shows, not a download', async () => {
    const files = readdirSync(join(out, 'media'));
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of files) {
      try {
        const response = await page.goto(new URL(`media/${file}`, server!.url).href);
        const type = response?.headers()['content-type'] ?? '';
        if (!/^(text\/|application\/(json|javascript))/.test(type)) problems.push(`${file}: ${type}`);
        const firstLine = readFileSync(join(out, 'media', file), 'utf8').split('\n')[0] ?? '';
        if (!(await page.locator('body').innerText()).includes(firstLine.trim())) problems.push(`${file}: the page does not show its text`);
      } catch (error) {
        problems.push(`${file}: ${String(error).split('\n')[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
