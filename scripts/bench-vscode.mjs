// The real-VS-Code figure of `npm run bench` for a large corpus: the first highlights after opening a draft
// when the corpus's index was persisted by an earlier session. Two code-server sessions share one user-data
// folder (so the extension's global storage survives, as it does between two VS Code windows):
//   1. `build`: the workspace is opened, the extension reads and indexes the whole corpus and saves the index;
//   2. `reload`: VS Code starts again on the same workspace, the draft is opened, and the extension-host side
//      (test/vscode-bench/index.ts) times the first highlights, the corpus ready, and the check done.
// Measured, never asserted. Used by scripts/bench.mjs: `vscodeWithIndex(articles, draftText)`.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { HostSession, checkPrerequisites, root } from './vscode-host.mjs';

const require = createRequire(import.meta.url);
/** Lines the bench side prints carry this prefix (test/vscode-bench/index.ts). */
const MARK = '[corroborate-bench] ';
const SESSION_LIMIT_MS = 15 * 60_000;
const EXTENSION_ID = 'corroborate.corroborate';

/** Bundles the extension-host side (vscode external) into out/test/vscode-bench/index.js; returns its path. */
function bundleBenchSide() {
  const outfile = path.join(root, 'out/test/vscode-bench/index.js');
  require('esbuild').buildSync({ entryPoints: [path.join(root, 'test/vscode-bench/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], outfile, logLevel: 'error' });
  return outfile;
}

/**
 * Runs both sessions on a workspace of `articles` ({path, text}) in corpus/ and `draft` in draft.md.
 * Resolves with { build, reload } (each the bench side's figures), or { error } when VS Code cannot run here.
 */
export async function vscodeWithIndex(articles, draft) {
  try {
    checkPrerequisites();
  } catch (err) {
    return { error: err.message.split('\n')[0] };
  }
  const tests = bundleBenchSide();
  const session = new HostSession({ logFile: path.join(root, '.vscode-test/last-bench.log') });
  try {
    const workspace = session.dir('workspaces/bench');
    const corpus = path.join(workspace, 'corpus');
    for (const a of articles) {
      fs.mkdirSync(path.dirname(path.join(corpus, a.path)), { recursive: true });
      fs.writeFileSync(path.join(corpus, a.path), a.text);
    }
    fs.writeFileSync(path.join(workspace, 'draft.md'), draft);
    session.writeUserSettings({ 'files.autoSave': 'off' });
    const build = await phase(session, workspace, tests, 'build');
    const reload = await phase(session, workspace, tests, 'reload');
    const storage = path.join(session.dir('user-data'), 'User/globalStorage', EXTENSION_ID, 'index');
    const saved = fs.existsSync(storage) ? fs.readdirSync(storage).map((f) => fs.statSync(path.join(storage, f)).size).reduce((a, b) => a + b, 0) : 0;
    return { build, reload, savedMB: saved / 1e6 };
  } catch (err) {
    return { error: err?.message ?? String(err) };
  } finally {
    await session.close();
  }
}

/** One workbench session; resolves with the figures the bench side printed. */
async function phase(session, workspace, tests, name) {
  let figures;
  let timer;
  const finished = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: no result within ${SESSION_LIMIT_MS / 60_000} minutes`)), SESSION_LIMIT_MS);
    session.onServerExit = (code, signal) => reject(new Error(`${name}: code-server exited early (code ${code}, signal ${signal})`));
    session.startServer({ CORROBORATE_BENCH_PHASE: name }).then((endpoint) => session.openWorkbench(endpoint, {
      folder: workspace,
      payload: [['extensionDevelopmentPath', root], ['extensionTestsPath', tests]],
      onLog: (_type, text) => {
        const at = text.indexOf(MARK);
        if (at >= 0) figures = JSON.parse(text.slice(at + MARK.length));
      },
      onExit: (code) => (code === 0 && figures ? resolve(figures) : reject(new Error(`${name}: the extension host exited with code ${code}${figures ? '' : ' and no figures'}`))),
    })).catch(reject);
  });
  try {
    return await finished;
  } finally {
    clearTimeout(timer);
    await session.stop();
  }
}
