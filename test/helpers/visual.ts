/**
 * Helpers for the tests of the HTML score report and the explore view: the predictions they score
 * (the baseline extractor's, a hand-made one with known outcomes, a hostile one), a count of the
 * marks by kind and outcome read from the page's markup, and the parts of Playwright's page the
 * browser tests use beyond test/helpers/browser.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Prediction, ScoreKind, ScoreReport } from '../../src/score/types.js';
import type { Page } from './browser.js';
import { root } from './consumer.js';

export const KINDS: readonly ScoreKind[] = ['statements', 'actors', 'events', 'figures', 'times'];
export const STRICT_OUTCOMES = ['COR', 'INC', 'MIS', 'SPU'] as const;
export type StrictCounts = Record<ScoreKind, Record<(typeof STRICT_OUTCOMES)[number], number>>;

/** Whether `examples/baseline-extractor.mjs` can run: it imports the built package by its name. */
export const baselineRuns = (): boolean => ['dist/index.js', 'dist/score.js'].every((file) => existsSync(join(root, file)));

/** The baseline extractor's prediction (needs `npm run build`). */
export function baselinePrediction(): Promise<Prediction> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['examples/baseline-extractor.mjs'], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`the baseline extractor failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as Prediction);
    });
  });
}

/**
 * A prediction with outcomes known by construction, against the package's own article: statements
 * 1 COR (Trump's exact quote) and 1 INC (an overlap with the wrong speaker); actors 2 SPU (a quote
 * that occurs eight times, so unusable, and a mention where the gold has none); figures 1 COR; times
 * 1 COR; events none. Every other gold unit is MIS.
 */
export const handMadePrediction: Prediction = {
  statements: [
    { speaker: 'Donald Trump', mode: 'direct', span: { quote: 'record-setting' } },
    { speaker: 'Vladimir Putin', mode: 'indirect', span: { quote: 'Putin ultimately agreed' } },
  ],
  actors: [
    { actor: 'Kyiv', span: { quote: 'Kyiv' } },
    { actor: 'Donald Trump', span: { quote: 'extreme cold' } },
  ],
  figures: [{ span: { quote: 'for a week' }, value: 7, unit: 'd' }],
  times: [{ span: { quote: 'Thursday', prefix: 'phone call on ' }, value: '2026-01-29', type: 'DATE' }],
};

/** The hand-made prediction's strict counts, apart from MIS (every gold unit not matched). */
export const handMadeExpected: Readonly<Record<ScoreKind, { cor: number; inc: number; spu: number }>> = {
  statements: { cor: 1, inc: 1, spu: 0 },
  actors: { cor: 0, inc: 0, spu: 2 },
  events: { cor: 0, inc: 0, spu: 0 },
  figures: { cor: 1, inc: 0, spu: 0 },
  times: { cor: 1, inc: 0, spu: 0 },
};

/** Strings with every character HTML treats specially, as a hostile prediction would put them. */
export const HOSTILE = {
  speaker: `<script>alert("speaker & 'co'")</script>`,
  actor: `O'Brien & "Sons" <i>x</i>`,
  eventTime: `</mark><script>alert('time')</script>&amp;"`,
  timeValue: `"><img src=x onerror=alert(1)>'&`,
  unit: `{"a"&<b>'b'</b>}`,
  title: `<script>alert('title')</script> & "report"`,
} as const;

/** A prediction whose speaker, actor, time values and unit are {@link HOSTILE}: each reaches the page, in a reason or a type. */
export const hostilePrediction: Prediction = {
  statements: [{ speaker: HOSTILE.speaker, mode: 'direct', span: { quote: 'record-setting' } }],
  actors: [{ actor: HOSTILE.actor, span: { quote: 'record-setting' } }],
  events: [{ span: { quote: 'he personally raised the issue' }, time: HOSTILE.eventTime }],
  figures: [{ span: { quote: 'for a week' }, value: 7, unit: HOSTILE.unit }],
  times: [{ span: { quote: 'on Thursday', prefix: 'phone call ' }, value: HOSTILE.timeValue }],
};

/** The strict counts of a report, by kind and outcome. */
export function strictCounts(report: ScoreReport): StrictCounts {
  return Object.fromEntries(
    KINDS.map((kind) => {
      const { cor, inc, mis, spu } = report[kind].strict;
      return [kind, { COR: cor, INC: inc, MIS: mis, SPU: spu }];
    }),
  ) as StrictCounts;
}

/** The elements of a page's markup with `data-kind` and `data-outcome`, counted by kind and outcome. */
export function markCounts(html: string): StrictCounts {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, { COR: 0, INC: 0, MIS: 0, SPU: 0 }])) as StrictCounts;
  for (const tag of html.match(/<[a-z]+\s[^>]*\bdata-outcome="[^"]*"[^>]*>/g) ?? []) {
    const kind = /\bdata-kind="([^"]*)"/.exec(tag)?.[1] as ScoreKind;
    const outcome = /\bdata-outcome="([^"]*)"/.exec(tag)?.[1] as (typeof STRICT_OUTCOMES)[number];
    counts[kind][outcome]++;
  }
  return counts;
}

/** The parts of Playwright's page the visual tests use, beyond {@link Page}. */
export interface VisualPage extends Page {
  setViewportSize(size: { readonly width: number; readonly height: number }): Promise<void>;
  screenshot(options: { readonly path: string; readonly fullPage?: boolean }): Promise<unknown>;
  route(url: string, handler: (route: Route) => unknown): Promise<void>;
  unroute(url: string): Promise<void>;
  on(event: 'dialog', handler: (dialog: { dismiss(): Promise<void>; message(): string }) => unknown): void;
  on(event: 'pageerror', handler: (error: Error) => unknown): void;
  focus(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void> };
  waitForTimeout(ms: number): Promise<void>;
  close(): Promise<void>;
}

export interface Route {
  request(): { url(): string };
  continue(): Promise<void>;
  abort(): Promise<void>;
}

/** Which elements are focused after each Tab, from the current focus: a description of each. */
export async function tabTo(page: VisualPage, matches: string, limit = 60): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(matches)}) ?? false`)) return true;
  }
  return false;
}
