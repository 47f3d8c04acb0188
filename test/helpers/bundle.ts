/**
 * A minified ESM bundle of a few lines of consumer code, as the bundle-size tests build it: what
 * a user's bundler would keep of the package.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `code` (TypeScript, resolved from the repository root) minified for any platform, and returns the output text. */
export async function bundleConsumer(code: string, sourcefile = 'consumer.ts'): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts', sourcefile },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
