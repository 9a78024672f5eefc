import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|mts|cts|js)$/.test(entry.name) ? [rel] : [];
  });
}

/** Module specifiers of static imports, `import type`, re-exports, `require()` and dynamic `import()`. */
function importedModules(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[\w*{}\s,]+\s+from\s+['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]);
  return found;
}

const FORBIDDEN_IN_ENGINE = /^(?:node:)?(?:fs|fs\/promises|child_process|net|http|https|worker_threads|crypto)$|^vscode$|^pg(?:\/|$)|^pg-native$/;

describe('layer boundaries', () => {
  it('finds every import form (self-check of the scanner)', () => {
    const sample = [
      "import * as vscode from 'vscode';",
      "import type { Uri } from 'vscode';",
      "import { readFile } from 'node:fs';",
      "export { x } from 'fs/promises';",
      "const cp = require('child_process');",
      "const m = await import('vscode');",
    ].join('\n');
    assert.deepStrictEqual(importedModules(sample).sort(), ['child_process', 'fs/promises', 'node:fs', 'vscode', 'vscode', 'vscode'].sort());
  });

  it('src/engine imports neither vscode nor the file system', () => {
    const offenders = sourceFiles('src/engine').flatMap((file) =>
      importedModules(fs.readFileSync(path.join(root, file), 'utf8'))
        .filter((m) => FORBIDDEN_IN_ENGINE.test(m))
        .map((m) => `${file} imports ${m}`),
    );
    assert.deepStrictEqual(offenders, []);
  });

  it('src/engine imports no backend (the database adapters live in src/backends/<name>/)', () => {
    const offenders = sourceFiles('src/engine').flatMap((file) =>
      importedModules(fs.readFileSync(path.join(root, file), 'utf8'))
        .filter((m) => /(?:^|\/)backends(?:\/|$)/.test(m))
        .map((m) => `${file} imports ${m}`),
    );
    assert.deepStrictEqual(offenders, []);
  });

  it('only src/backends/postgres/ imports the pg client, and backends import neither vscode nor a host', () => {
    const all = [...sourceFiles('src/engine'), ...sourceFiles('src/cli'), ...sourceFiles('src/extension'), ...sourceFiles('src/backends')];
    const pgOutside = all.filter((file) => !file.startsWith(path.join('src', 'backends', 'postgres')) && importedModules(fs.readFileSync(path.join(root, file), 'utf8')).some((m) => /^pg(?:\/|$)/.test(m)));
    assert.deepStrictEqual(pgOutside, []);
    const hostImports = sourceFiles('src/backends').flatMap((file) =>
      importedModules(fs.readFileSync(path.join(root, file), 'utf8'))
        .filter((m) => m === 'vscode' || /(?:^|\/)(?:cli|extension)(?:\/|$)/.test(m))
        .map((m) => `${file} imports ${m}`),
    );
    assert.deepStrictEqual(hostImports, []);
  });

  it('the hosts import the engine through its public face only (src/engine/index.ts)', () => {
    const offenders = [...sourceFiles('src/cli'), ...sourceFiles('src/extension'), ...sourceFiles('src/backends')].flatMap((file) =>
      importedModules(fs.readFileSync(path.join(root, file), 'utf8'))
        .filter((m) => /(?:^|\/)engine\/./.test(m))
        .map((m) => `${file} imports ${m}`),
    );
    assert.deepStrictEqual(offenders, []);
  });

  it('src/cli does not import vscode', () => {
    const offenders = sourceFiles('src/cli').filter((file) =>
      importedModules(fs.readFileSync(path.join(root, file), 'utf8')).includes('vscode'),
    );
    assert.deepStrictEqual(offenders, []);
  });
});
