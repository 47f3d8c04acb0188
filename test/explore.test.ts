/**
 * The docs site's "Explore the article" page, built fresh by TypeDoc (with scripts/typedoc-plugin.mjs
 * putting the view in place), served from localhost and opened in headless Chromium: a mark for
 * every evidence span with the ids of its records, no request beyond the site, the panel with the
 * records, their relations and working links to the API pages, the filters (by mouse and keyboard),
 * axe-core's accessibility rules, and screenshots at desktop and phone widths under
 * test-results/visual/.
 *
 * Without /usr/bin/chromium (or CHROMIUM_PATH) the browser tests are skipped with the reason, unless
 * REQUIRE_BROWSER=1 is set, which turns the missing browser into a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../src/index.js';
import { launchChromium, type Browser } from './helpers/browser.js';
import { check, packageName, root } from './helpers/consumer.js';
import { need, onDemand } from './helpers/tools.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';
import { tabTo, type VisualPage } from './helpers/visual.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasBrowser = existsSync(chromiumPath);
const driver = await onDemand('playwright-core');
const required = process.env['REQUIRE_BROWSER'] === '1';
const screenshots = join(root, 'test-results', 'visual');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations of impact serious or critical within the explore view, one line each. */
const AXE_SERIOUS = `axe.run({ include: [['[data-explore]']] }, { resultTypes: ['violations'] }).then((result) => result.violations
  .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  .map((violation) => violation.id + ' (' + violation.impact + '): ' + violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')))`;

/** Every evidence span of the dataset, as `ids|text` with the ids of every record it is evidence of, sorted. */
function expectedMarks(): string[] {
  const bySpan = new Map<string, { text: string; ids: Set<string> }>();
  for (const list of [dataset.actors, dataset.statements, dataset.events, dataset.figures, dataset.timexes]) {
    for (const record of list) {
      for (const span of record.evidence) {
        const key = `${span.start}:${span.end}`;
        const entry = bySpan.get(key) ?? { text: span.text, ids: new Set<string>() };
        entry.ids.add(record.id);
        bySpan.set(key, entry);
      }
    }
  }
  return [...bySpan.values()].map(({ text, ids }) => `${[...ids].sort().join(' ')}|${text}`).sort();
}

/** The marks as the page has them: each mark's ids (sorted) and the text of all its pieces. */
const DOM_MARKS = `(() => {
  const byMark = new Map();
  for (const piece of document.querySelectorAll('[data-explore] mark[data-record-id]')) {
    const entry = byMark.get(piece.dataset.mark) ?? { ids: piece.dataset.recordId.split(' ').sort().join(' '), text: '' };
    entry.text += piece.textContent;
    byMark.set(piece.dataset.mark, entry);
  }
  return [...byMark.values()].map((entry) => entry.ids + '|' + entry.text).sort();
})()`;

/** The record ids of the marks not filtered out (first pieces only: one per mark). */
const VISIBLE_IDS = `[...document.querySelectorAll('[data-explore] mark[data-record-id][tabindex]:not(.off)')].map((mark) => mark.dataset.recordId)`;

it('a headless browser is there to check the explore view in', (context) => {
  if (!hasBrowser && !required) context.skip(`${chromiumPath} is missing (apt-get install chromium, or set CHROMIUM_PATH); REQUIRE_BROWSER=1 makes this a failure`);
  expect(hasBrowser, `${chromiumPath} is missing and REQUIRE_BROWSER=1 is set`).toBe(true);
  expect(need(context, driver)).toMatch(/playwright-core$/);
});

describe.skipIf(!hasBrowser || driver.dir === undefined)('the explore view of the docs site in headless Chromium', () => {
  let out = '';
  let profile = '';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: VisualPage;
  let path = '';
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), `${packageName}-explore-site-`));
    profile = mkdtempSync(join(tmpdir(), `${packageName}-chromium-profile-`));
    mkdirSync(screenshots, { recursive: true });
    await check(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out, '--logLevel', 'Warn'], root);
    const pages = readdirSync(join(out, 'documents')).filter((file) => readFileSync(join(out, 'documents', file), 'utf8').includes('data-explore'));
    expect(pages).toHaveLength(1);
    path = `documents/${pages[0]}`;
    server = await serveStatic(out);
    browser = await launchChromium(chromiumPath, profile, driver.dir!);
    page = (await browser.newPage()) as VisualPage;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith(server!.url) ? route.continue() : route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of [out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (size = { width: 1280, height: 800 }) => {
    await page.setViewportSize(size);
    const response = await page.goto(new URL(path, server!.url).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // TypeDoc shows the page once its own script has run.
    await page.waitForTimeout(600);
  };
  const panelOpen = () => page.evaluate("!document.querySelector('[data-explore] .x-panel').hidden");

  it('marks every evidence span once, with the ids of all its records, and has its data inline', async () => {
    await open();
    expect(await page.evaluate("document.querySelectorAll('[data-explore]').length")).toBe(1);
    expect(await page.evaluate(DOM_MARKS)).toEqual(expectedMarks());
    expect(await page.evaluate("document.querySelectorAll('[data-explore] mark[data-record-id*=\" \"]').length"), 'some spans coincide').toBeGreaterThan(5);
    expect(await page.evaluate("JSON.parse(document.getElementById('x-data').textContent).records['donald-trump'].k")).toBe('actor');
    expect(errors).toEqual([]);
  });

  it('requests nothing beyond the site', async () => {
    requests.length = 0;
    await open();
    await page.evaluate("document.querySelector('[data-explore] mark[data-record-id]').click()");
    await page.evaluate("document.querySelector('[data-explore] button[data-relation=\"said\"]').click()");
    await page.waitForTimeout(300);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(server!.url))).toEqual([]);
  });

  it('shows the records under a mark, their relations as buttons, and links to the API pages that load', async () => {
    await open();
    await page.evaluate("[...document.querySelectorAll('[data-explore] mark[data-record-id=\"donald-trump\"][tabindex]')][0].click()");
    expect(await panelOpen()).toBe(true);
    expect(await page.evaluate("[...document.querySelectorAll('.x-cards [data-card]')].map((card) => card.dataset.card)")).toEqual(['donald-trump']);
    expect(await page.evaluate("document.activeElement.id")).toBe('x-panel-title');
    // Trump's role is "U.S. counterpart" of Putin: a button that selects Putin.
    await page.evaluate("document.querySelector('.x-cards button[data-goto=\"vladimir-putin\"]').click()");
    expect(await page.evaluate("document.querySelector('.x-cards [data-card]').dataset.card")).toBe('vladimir-putin');
    const links = (await page.evaluate("[...new Set([...document.querySelectorAll('[data-explore] template')].flatMap((t) => [...t.content.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href'), location.href).href)))]")) as string[];
    expect(links.map((link) => /\.(\w+)\.html$/.exec(link)?.[1]).sort()).toEqual(['Account', 'Actor', 'Figure', 'NewsEvent', 'Participant', 'Statement', 'TimeValue', 'Timex']);
    const broken: string[] = [];
    for (const link of links) if ((await page.request.get(link)).status() !== 200) broken.push(link);
    expect(broken).toEqual([]);
  });

  it('filters by what an actor said and by what is about an event', async () => {
    await open();
    await page.evaluate("document.querySelector('[data-explore] button[data-relation=\"said\"][data-target=\"donald-trump\"]').click()");
    const trumps = new Set(dataset.statements.filter((statement) => statement.speaker === 'donald-trump').map((statement) => statement.id as string));
    const said = (await page.evaluate(VISIBLE_IDS)) as string[];
    expect(said.length).toBeGreaterThan(5);
    expect(said.filter((ids) => !ids.split(' ').some((id) => trumps.has(id)))).toEqual([]);
    expect(new Set(said.flatMap((ids) => ids.split(' ')).filter((id) => trumps.has(id)))).toEqual(trumps);
    await page.evaluate("document.querySelector('[data-explore] button[data-relation=\"about\"][data-target=\"strike-halt\"]').click()");
    const about = new Set(((await page.evaluate(VISIBLE_IDS)) as string[]).flatMap((ids) => ids.split(' ')));
    const expected = dataset.statements.filter((statement) => (statement.about as readonly string[]).includes('strike-halt')).map((statement) => statement.id as string);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.filter((id) => !about.has(id))).toEqual([]);
    expect(about.has('strike-halt')).toBe(true);
    expect(await page.locator('#x-status').innerText()).toMatch(/^Showing \d+ of \d+ marks\.$/);
  });

  it('works from the keyboard: a kind filter with Space and Enter, a mark with Enter, the panel with Escape', async () => {
    await open();
    const actorOnly = "[...document.querySelectorAll('[data-explore] mark[data-record-id][tabindex]')].filter((m) => m.dataset.recordId.split(' ').every((id) => JSON.parse(document.getElementById('x-data').textContent).records[id].k === 'actor'))";
    expect(await tabTo(page, '[data-explore] input[data-filter="kind"][value="actor"]', 120)).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.evaluate(`${actorOnly}.every((m) => m.classList.contains('off') && m.tabIndex === -1)`)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(`${actorOnly}.some((m) => m.classList.contains('off'))`)).toBe(false);
    expect(await tabTo(page, '[data-explore] mark[data-record-id]', 40)).toBe(true);
    const mark = (await page.evaluate('document.activeElement.dataset.mark')) as string;
    await page.keyboard.press('Enter');
    expect(await panelOpen()).toBe(true);
    expect(await tabTo(page, '.x-panel button', 5)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await panelOpen()).toBe(false);
    expect(await page.evaluate('document.activeElement.dataset.mark')).toBe(mark);
  });

  it('has no serious or critical axe-core violation, with the panel closed and open', async () => {
    await open();
    await page.evaluate(axeSource);
    expect(await page.evaluate(AXE_SERIOUS)).toEqual([]);
    await page.evaluate("document.querySelector('[data-explore] mark[data-record-id*=\" \"]').click()");
    expect(await panelOpen()).toBe(true);
    expect(await page.evaluate(AXE_SERIOUS), 'panel open').toEqual([]);
  });

  it('renders at desktop and phone widths (screenshots in test-results/visual/), the selected mark in sight above the panel', async () => {
    for (const [label, size] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await open(size);
      await page.evaluate("document.querySelector('[data-explore]').scrollIntoView({ behavior: 'instant' })");
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(screenshots, `explore-${label}.png`) });
      expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth'), label).toBe(true);
      await page.evaluate("[...document.querySelectorAll('[data-explore] mark[data-record-id][tabindex]')].find((m) => m.textContent.startsWith('Because of the cold')).click()");
      await page.waitForTimeout(900);
      await page.screenshot({ path: join(screenshots, `explore-${label}-panel.png`) });
      const [markBottom, panelTop] = (await page.evaluate(
        "[document.querySelector('[data-explore] mark.x-sel').getBoundingClientRect().top + 20, document.querySelector('.x-panel').getBoundingClientRect().top]",
      )) as number[];
      expect(markBottom, label).toBeLessThan(panelTop as number);
    }
  });
});
