/**
 * The tools some tests need and the repository does not install (Deno, Bun, playwright-core),
 * installed on demand by scripts/tools.ts. Where one cannot be installed (offline, say), the tests
 * that need it are skipped with the reason; when `CI` is set they fail instead, so CI always runs
 * them.
 */
import type { TestContext } from 'vitest';
import { ensureTool, TOOLS, type ToolName } from '../../scripts/tools.js';

/** Whether this is a CI run (`CI` set to anything but empty, `0` or `false`), where a missing tool is a failure. */
export const inCI = (): boolean => !['', '0', 'false'].includes((process.env['CI'] ?? '').trim().toLowerCase());

/** A tool installed on demand: its package folder, or why it could not be installed. */
export type OnDemand = { readonly name: ToolName; readonly dir: string; readonly missing?: undefined } | { readonly name: ToolName; readonly dir?: undefined; readonly missing: string };

/** Installs the pinned `name` (see scripts/tools.ts) unless it is there already. Never rejects: a failure is returned as `missing`. */
export async function onDemand(name: ToolName): Promise<OnDemand> {
  try {
    return { name, dir: await ensureTool(name, TOOLS[name]) };
  } catch (error) {
    return { name, missing: `${TOOLS[name]} could not be installed on demand: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The tool's package folder. When it is missing, skips the test with the reason, or, when `CI` is
 * set, fails it.
 */
export function need(context: Pick<TestContext, 'skip'>, tool: OnDemand): string {
  if (tool.dir !== undefined) return tool.dir;
  if (inCI()) throw new Error(`${tool.missing}\n(CI is set, so a missing tool fails the test rather than skips it)`);
  context.skip(`${tool.missing} (skipped; with CI set this fails)`);
}
