/**
 * Headless Chromium through playwright-core, typed by the few calls the tests make. Playwright's
 * own declarations need the DOM library, which the repository's tsconfig leaves out on purpose (the
 * sources must not use browser globals), so the module is loaded without its types. playwright-core
 * is not a dev dependency: the tests install it on demand (test/helpers/tools.ts) and pass its
 * folder here.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Response {
  status(): number;
  headers(): Record<string, string>;
}

export interface Locator {
  allInnerTexts(): Promise<string[]>;
  innerText(): Promise<string>;
  first(): Locator;
  locator(selector: string, options?: { readonly hasText?: string | RegExp }): Locator;
  getAttribute(name: string): Promise<string | null>;
}

export interface Page {
  goto(url: string, options?: { readonly waitUntil?: 'load' | 'networkidle' }): Promise<Response | null>;
  locator(selector: string, options?: { readonly has?: Locator; readonly hasText?: string | RegExp }): Locator;
  /** Evaluates a JavaScript expression in the page. */
  evaluate(expression: string): Promise<unknown>;
  readonly request: { get(url: string): Promise<Response> };
}

export interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium's flags for a sandbox-less, offline, headless run. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the Chromium at `executablePath` with a fresh profile in `profileDir`, driven by the playwright-core installed at `driverDir`. */
export async function launchChromium(executablePath: string, profileDir: string, driverDir: string): Promise<Browser> {
  const playwright = (await import(pathToFileURL(join(driverDir, 'index.mjs')).href)) as {
    chromium: { launchPersistentContext(dir: string, options: Record<string, unknown>): Promise<Browser> };
  };
  return playwright.chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs,
  });
}
