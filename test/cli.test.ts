/**
 * The `kyiv-strike-pause` command's dispatcher: usage, unknown commands and one-line failures,
 * through `main` with captured streams and through the built bin as a process.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

async function capture(args: readonly string[]) {
  let [stdout, stderr] = ['', ''];
  const code = await main(args, { cwd: process.cwd(), stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function runBin(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('the command line', () => {
  test('without a command it prints the usage to standard error and exits with 2', async () => {
    const { code, stdout, stderr } = await capture([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: kyiv-strike-pause <command> \[options\]/);
  });

  test('--help prints the usage to standard output and exits with 0', async () => {
    const { code, stdout } = await capture(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: kyiv-strike-pause/);
  });

  test('an unknown command is one line on standard error and exit code 2', async () => {
    const { code, stdout, stderr } = await capture(['frobnicate']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^kyiv-strike-pause: unknown command "frobnicate"/);
  });

  test.skipIf(!existsSync(bin))('the built bin runs as a process, with the same exit codes', async () => {
    const unknown = await runBin(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^kyiv-strike-pause: unknown command "frobnicate"[^\n]*\n$/);
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kyiv-strike-pause/);
  });
});

describe('the command line in a pipe', () => {
  test.skipIf(!existsSync(bin))('a reader that closes the pipe early ends the command quietly, with exit code 0', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\(/);
    expect(code).toBe(0);
  });
});
