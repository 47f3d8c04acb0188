import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { actorIds, eventIds } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const virtual = join(root, 'test', '__completions__.ts');

let code = '';
let version = 0;

/** One language service over one virtual consumer file in test/, as an editor would hold it. */
function createService(): ts.LanguageService {
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [virtual],
    getScriptVersion: (file) => (file === virtual ? String(version) : '1'),
    getScriptSnapshot: (file) => {
      const text = file === virtual ? code : ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (file) => file === virtual || ts.sys.fileExists(file),
    readFile: (file) => (file === virtual ? code : ts.sys.readFile(file)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host);
}

let service: ts.LanguageService | undefined;

/** The string completions an editor offers at the end of `text`. */
function completionsAt(text: string): string[] {
  [code, version] = [text, version + 1];
  service ??= createService();
  const completions = service.getCompletionsAtPosition(virtual, text.length, {});
  return (completions?.entries ?? []).map((entry) => entry.name);
}

const header = "import { accountsOf, createQueries, dataset, getActor, statementsBy } from '../src/index.js';\n";

describe('editor completions', () => {
  test('statementsBy offers every actor id, and only actor ids', () => {
    const names = completionsAt(`${header}statementsBy('`);
    expect(actorIds.filter((id) => !names.includes(id))).toEqual([]);
    expect(names.filter((name) => !(actorIds as readonly string[]).includes(name))).toEqual([]);
  });

  test('accountsOf offers every event id', () => {
    const names = completionsAt(`${header}accountsOf('`);
    expect(eventIds.filter((id) => !names.includes(id))).toEqual([]);
  });

  test('getActor offers every actor id although it accepts any string', () => {
    const names = completionsAt(`${header}getActor('`);
    expect(actorIds.filter((id) => !names.includes(id))).toEqual([]);
  });

  test('createQueries(dataset) keeps the completions', () => {
    const names = completionsAt(`${header}createQueries(dataset).statementsBy('`);
    expect(actorIds.filter((id) => !names.includes(id))).toEqual([]);
  });
});
