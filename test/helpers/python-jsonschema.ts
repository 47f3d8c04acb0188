/**
 * Python's `jsonschema` as a third validator for the differential tests: it reads JSON with
 * `json.loads` and matches patterns with `re.search`, which differ from JavaScript's in ways a
 * schema generated for JavaScript does not foresee (`$` before a final newline, Unicode `\d`).
 */
import { spawnSync } from 'node:child_process';

const SCRIPT = `
import json, sys
from jsonschema import Draft202012Validator
lines = sys.stdin.read().split("\\n")
validator = Draft202012Validator(json.loads(lines[0]))
print(json.dumps([validator.is_valid(json.loads(line)) for line in lines[1:] if line != ""]))
`;

/** Whether `python3` with `jsonschema` can be run here. */
export const hasPythonJsonSchema: boolean = (() => {
  try {
    return spawnSync('python3', ['-c', 'import jsonschema'], { stdio: 'ignore', timeout: 30_000 }).status === 0;
  } catch {
    return false;
  }
})();

/**
 * Python's verdict on each document, given as JSON text (one line each, so that `1e400` reaches
 * Python as written), against `schema` with Draft 2020-12 (formats annotate, as in ajv's default).
 */
export function pythonVerdicts(schema: object, documents: readonly string[]): boolean[] {
  for (const document of documents) if (document.includes('\n')) throw new Error('a document must be one line of JSON text');
  const result = spawnSync('python3', ['-c', SCRIPT], { input: `${[JSON.stringify(schema), ...documents].join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as boolean[];
}
