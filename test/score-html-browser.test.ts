/**
 * The HTML score report as a reader sees it, in headless Chromium: opened from a file with every
 * request routed (none may leave the file), its marks counted in the DOM against the report, its
 * filters worked from the keyboard, its popover, escaping as the browser parses it, axe-core's
 * accessibility rules, and screenshots at desktop and phone widths under test-results/visual/.
 *
 * Without /usr/bin/chromium (or CHROMIUM_PATH) the browser tests are skipped with the reason, unless
 * REQUIRE_BROWSER=1 is set, which turns the missing browser into a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, score, type ScoreReport } from '../src/score.js';
import { need, onDemand } from './helpers/tools.js';
import { launchChromium, type Browser } from './helpers/browser.js';
import { packageName, root } from './helpers/consumer.js';
import {
  baselinePrediction,
  baselineRuns,
  handMadePrediction,
  HOSTILE,
  hostilePrediction,
  strictCounts,
  tabTo,
  type StrictCounts,
  type VisualPage,
} from './helpers/visual.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasBrowser = existsSync(chromiumPath);
const driver = await onDemand('playwright-core');
const required = process.env['REQUIRE_BROWSER'] === '1';
/** Where the screenshots go, for a person (or CI's artefacts) to look at. */
const screenshots = join(root, 'test-results', 'visual');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

it('a headless browser is there to check the HTML report in', (context) => {
  if (!hasBrowser && !required) context.skip(`${chromiumPath} is missing (apt-get install chromium, or set CHROMIUM_PATH); REQUIRE_BROWSER=1 makes this a failure`);
  expect(hasBrowser, `${chromiumPath} is missing and REQUIRE_BROWSER=1 is set`).toBe(true);
  expect(need(context, driver)).toMatch(/playwright-core$/);
});

/** The counts of the elements with `data-kind` and `data-outcome`, as the DOM has them. */
const DOM_COUNTS = `(() => {
  const counts = {};
  for (const kind of ['statements', 'actors', 'events', 'figures', 'times']) counts[kind] = { COR: 0, INC: 0, MIS: 0, SPU: 0 };
  for (const element of document.querySelectorAll('[data-outcome]')) counts[element.dataset.kind][element.dataset.outcome]++;
  return counts;
})()`;

/** axe-core's violations of impact serious or critical, one line each. */
const AXE_SERIOUS = `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations
  .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  .map((violation) => violation.id + ' (' + violation.impact + '): ' + violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')))`;

describe.skipIf(!hasBrowser || driver.dir === undefined)('the HTML report in headless Chromium', () => {
  let dir = '';
  let profile = '';
  let browser: Browser | undefined;
  let page: VisualPage;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  const reports: Record<string, ScoreReport> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `${packageName}-html-report-`));
    profile = mkdtempSync(join(tmpdir(), `${packageName}-chromium-profile-`));
    mkdirSync(screenshots, { recursive: true });
    reports['hand-made'] = score(handMadePrediction);
    reports['hostile'] = score(hostilePrediction);
    if (baselineRuns()) reports['baseline'] = score(await baselinePrediction());
    for (const [name, report] of Object.entries(reports)) {
      writeFileSync(join(dir, `${name}.html`), formatReport(report, { format: 'html', title: name === 'hostile' ? HOSTILE.title : `Score of ${name}.json` }));
    }
    browser = await launchChromium(chromiumPath, profile, driver.dir!);
    page = (await browser.newPage()) as VisualPage;
    // Every request is recorded; only the report's own file may load.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith(pathToFileURL(dir).href) ? route.continue() : route.abort();
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      return dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    for (const folder of [dir, profile]) if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const open = async (name: string, size = { width: 1280, height: 800 }) => {
    await page.setViewportSize(size);
    const response = await page.goto(pathToFileURL(join(dir, `${name}.html`)).href, { waitUntil: 'load' });
    expect(response?.status() ?? 200).toBe(200);
  };

  it('loads nothing but its own file, and runs without a script error', async () => {
    requests.length = 0;
    await open('hand-made');
    await page.waitForTimeout(200);
    expect(requests).toEqual([pathToFileURL(join(dir, 'hand-made.html')).href]);
    expect(errors).toEqual([]);
  });

  it('has as many marks of each kind and outcome as the report counts, for the hand-made prediction', async () => {
    await open('hand-made');
    expect((await page.evaluate(DOM_COUNTS)) as StrictCounts).toEqual(strictCounts(reports['hand-made'] as ScoreReport));
    const total = Object.values(strictCounts(reports['hand-made'] as ScoreReport)).reduce((sum, counts) => sum + counts.COR + counts.INC + counts.MIS + counts.SPU, 0);
    expect(await page.locator('#shown').innerText()).toBe(`Showing all ${total} marks.`);
  });

  it.skipIf(!baselineRuns())('has as many marks of each kind and outcome as the report counts, for the baseline', async () => {
    await open('baseline');
    expect((await page.evaluate(DOM_COUNTS)) as StrictCounts).toEqual(strictCounts(reports['baseline'] as ScoreReport));
  });

  it('shows what the hostile prediction holds as text, never as markup', async () => {
    dialogs.length = 0;
    await open('hostile');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate('document.title')).toBe(HOSTILE.title);
    expect(await page.evaluate('document.scripts.length')).toBe(1);
    expect(await page.evaluate("document.querySelectorAll('img, b, i').length")).toBe(0);
    const text = (await page.evaluate('document.body.textContent')) as string;
    // The unknown speaker and actor are quoted as JSON in their reasons; the time values and the unit are types.
    const shown = [JSON.stringify(HOSTILE.speaker), JSON.stringify(HOSTILE.actor), HOSTILE.eventTime, HOSTILE.timeValue, HOSTILE.unit];
    expect(shown.filter((value) => !text.includes(value))).toEqual([]);
  });

  it('toggles a filter from the keyboard: Tab to it, Space hides the marks of its kind, Enter shows them again', async () => {
    await open('hand-made');
    const shown = (kind: string) => page.evaluate(`document.querySelectorAll('mark.m[data-k="${kind}"]:not(.off)').length`);
    const actors = (await shown('actors')) as number;
    expect(actors).toBeGreaterThan(100);
    expect(await tabTo(page, 'input[data-filter="kind"][value="actors"]')).toBe(true);
    await page.keyboard.press('Space');
    expect(await shown('actors')).toBe(0);
    expect(await shown('statements')).toBeGreaterThan(50);
    expect(await page.evaluate(`document.querySelectorAll('mark.m[data-k="actors"][data-outcome][tabindex="0"]').length`)).toBe(0);
    expect(await page.locator('#shown').innerText()).toMatch(/^Showing \d+ of \d+ marks\.$/);
    await page.keyboard.press('Enter');
    expect(await shown('actors')).toBe(actors);
    // The outcome filters work the same way; the unusable entries listed below the text follow them.
    expect(await tabTo(page, 'input[data-filter="outcome"][value="SPU"]')).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.evaluate(`document.querySelectorAll('mark.m[data-o="SPU"]:not(.off)').length`)).toBe(0);
    expect(await page.evaluate(`[...document.querySelectorAll('li[data-outcome]')].every((item) => item.hidden)`)).toBe(true);
    await page.keyboard.press('Space');
  });

  it('shows a mark\'s details on keyboard focus and on hover, and Escape hides them', async () => {
    await open('hand-made');
    expect(await tabTo(page, 'mark.m[data-outcome]', 80)).toBe(true);
    const described = (await page.evaluate("document.getElementById(document.activeElement.getAttribute('aria-describedby'))?.textContent ?? ''")) as string;
    expect(described).toMatch(/Outcomes/);
    expect(await page.evaluate("getComputedStyle(document.getElementById('tip')).display")).not.toBe('none');
    expect(await page.evaluate("document.getElementById('tip').textContent")).toBe(described);
    await page.keyboard.press('Escape');
    expect(await page.evaluate("document.getElementById('tip').hidden")).toBe(true);
    const box = (await page.evaluate(
      "(() => { const m = document.querySelector('mark.m[data-kind=statements][data-outcome=INC]'); m.scrollIntoView({ block: 'center' }); const r = m.getClientRects()[0]; return { x: r.left + 4, y: r.bottom - 1 }; })()",
    )) as { x: number; y: number };
    // On its underline, below the marks nested in it.
    await page.mouse.move(box.x, box.y);
    expect(await page.locator('#tip').innerText()).toMatch(/statement, incorrect in strict mode[^]*Putin ultimately agreed to the pause[^]*partial PAR/);
  });

  it('has no serious or critical axe-core violation, with the popover closed and open', async () => {
    for (const name of baselineRuns() ? ['baseline', 'hostile'] : ['hand-made', 'hostile']) {
      await open(name);
      await page.evaluate(axeSource);
      expect(await page.evaluate(AXE_SERIOUS), name).toEqual([]);
      await page.focus('mark.m[data-outcome]');
      expect(await page.evaluate(AXE_SERIOUS), `${name}, popover open`).toEqual([]);
    }
  });

  it('renders at desktop and phone widths (screenshots in test-results/visual/)', async () => {
    const name = baselineRuns() ? 'baseline' : 'hand-made';
    for (const [label, size] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await open(name, size);
      await page.screenshot({ path: join(screenshots, `report-${label}-top.png`) });
      // No horizontal scrolling of the page itself: wide tables scroll in their own region.
      expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth'), label).toBe(true);
      await page.evaluate("document.getElementById('text-heading').scrollIntoView()");
      await page.screenshot({ path: join(screenshots, `report-${label}-text.png`) });
      await page.focus('mark.m[data-kind="statements"][data-outcome="INC"]');
      await page.waitForTimeout(100);
      await page.screenshot({ path: join(screenshots, `report-${label}-popover.png`) });
      // The popover stays within the window's width.
      const edges = (await page.evaluate("(() => { const r = document.getElementById('tip').getBoundingClientRect(); return [r.left, r.right, document.documentElement.clientWidth]; })()")) as number[];
      expect(edges[0], label).toBeGreaterThanOrEqual(0);
      expect(edges[1], label).toBeLessThanOrEqual(edges[2] as number);
    }
  });
});
