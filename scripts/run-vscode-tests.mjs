#!/usr/bin/env node
// Runs the real-VS-Code suite (out/test/vscode/index.js) inside code-server's extension host, headless.
// Prints the suite's mocha output and exits with the code the extension host reports.
//
// UI steps: a test that must drive the real workbench UI (type into a QuickPick or an input box, press a key,
// click an item's button) prints `[ui] {"waitFor"?, "hover"?, "click"?, "type"?, "press"?}` through the suite's console;
// this runner performs the steps in order with Playwright's keyboard and mouse, in the page, as a user would.
// The tests then wait for the effect. CORROBORATE_UI_BRIDGE=1 tells the suite this runner is present.
//
// Env: MOCHA_GREP=<regex> filters tests; VSCODE_TEST_TIMEOUT_MS (default 600000) bounds the whole run (all sessions);
//      VSCODE_TEST_VERBOSE=1 also prints workbench and server logs; VSCODE_TEST_KEEP_TMP=1 keeps user data.
// Everything the workbench and server print goes to .vscode-test/last-run.log.
//
// Four sessions: the whole suite on test/fixtures/workspace; the `multi-root` suites on the two-folder
// workspace test/fixtures/multi-root/multi.code-workspace; the `untrusted` suites on test/fixtures/workspace
// with workspace trust on and the folder left untrusted (restricted mode); and the `web` suite
// (test/web/, bundled here for the browser) on test/fixtures/workspace with the extension loaded as a web
// extension (the `remote.extensionKind` setting) in the workbench's web worker extension host. MOCHA_GREP
// leaves the other suites out of the last three.
// Each runs on a fresh temporary copy of its fixture, so no test can change a tracked
// file or leave something behind for the next run; the run fails if test/fixtures changed all the same.
// It also fails if the workbench was asked to show a dialog: in smoke-test mode VS Code answers
// confirmations itself and refuses prompts, so a test that raises one passes or fails by accident.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HostSession, checkPrerequisites, root, snapshotTree, vscodeVersion } from './vscode-host.mjs';

// Lines the suite prints carry this invisible prefix (see test/vscode/index.ts); everything else the
// workbench forwards is its own logging.
const MARK = '\u2063[corroborate-test] ';
const require = createRequire(import.meta.url);
const timeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS || 600_000);
const verbose = process.env.VSCODE_TEST_VERBOSE === '1';
const t0 = Date.now();
const say = (...a) => console.log(`[vscode-tests +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

const testsPath = path.join(root, 'out/test/vscode/index.js');
const fixtures = path.join(root, 'test/fixtures');
/** What the workbench logs when something asks for a modal dialog. */
const DIALOG_LOG = 'Dialog requested during smoke test';
try {
  checkPrerequisites();
  for (const p of [testsPath, path.join(root, 'dist/extension.js')]) {
    if (!fs.existsSync(p)) throw new Error(`${p} is missing; run npm run build && npm run compile-tests`);
  }
} catch (err) {
  console.error(`[vscode-tests] ${err.message}`);
  process.exit(1);
}

const versions = vscodeVersion();
say(`VS Code ${versions.vscode} (code-server ${versions.codeServer})`);
const fixturesBefore = snapshotTree(fixtures);
const UI_MARK = '[ui] ';
const UI_TIMEOUT_MS = 60_000;
/** The multi-root session runs only the suites named for it, in a workspace of two folders. */
const MULTI_ROOT_GREP = 'multi-root';
/** The untrusted session runs only these suites, with workspace trust on and the folder not trusted. */
const UNTRUSTED_GREP = 'untrusted';
/** The web session runs the suite of test/web/ with the extension as a web extension. */
const WEB_GREP = 'web';
const EXTENSION_ID = 'corroborate.corroborate';
let current;

/**
 * Bundles test/web/ for the web worker extension host (no node there: mocha's browser build, vscode
 * external) into out/test/web/suite.js; returns its path.
 */
function bundleWebSuite() {
  const outfile = path.join(root, 'out/test/web/suite.js');
  const esbuild = require('esbuild');
  esbuild.buildSync({ entryPoints: [path.join(root, 'test/web/index.ts')], bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], alias: { assert: path.join(root, 'test/web/assert.ts') }, outfile, logLevel: 'error' });
  return outfile;
}

/**
 * One workbench session on a fresh copy of a fixture (a folder, or a .code-workspace file inside the copied
 * fixture); resolves with the exit code the extension host reports, after closing the session.
 */
async function runSession({ name, fixture, workspaceFile, env = {}, workspaceTrust = false, tests = testsPath, settings = {} }) {
  const session = new HostSession({ logFile: path.join(root, `.vscode-test/last-run${name === 'main' ? '' : `-${name}`}.log`), verbose });
  const copy = session.copyWorkspace(path.join(fixtures, fixture));
  // The web workbench saves edited files after one second by default (files.autoSave "afterDelay" when isWeb):
  // a test that edits the draft and takes longer than that to revert it would save the edit into the copy.
  session.writeUserSettings({
    'files.autoSave': 'off',
    // With trust on, the folder starts in restricted mode and stays there: no prompt to trust it.
    ...(workspaceTrust && { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' }),
    ...settings,
  });
  let dialogs = 0;
  let resolvePage;
  const pageReady = new Promise((resolve) => (resolvePage = resolve));
  let uiQueue = Promise.resolve();

  /** Performs one UI step the suite asked for; a failure is printed (the test then times out naming what it awaited). */
  const uiStep = (json) => {
    uiQueue = uiQueue.then(async () => {
      const step = JSON.parse(json);
      const page = await pageReady;
      try {
        if (step.waitFor) await page.locator(step.waitFor).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
        if (step.hover) await page.locator(step.hover).first().hover({ timeout: UI_TIMEOUT_MS });
        if (step.click) await page.locator(step.click).first().click({ timeout: UI_TIMEOUT_MS });
        if (step.type) await page.keyboard.type(step.type, { delay: 20 });
        if (step.press) await page.keyboard.press(step.press);
      } catch (err) {
        console.error(`[vscode-tests] UI step ${json} failed: ${err?.message ?? err}`);
      }
    });
  };

  let settle;
  const done = new Promise((resolve) => (settle = resolve));
  let finished = false;
  const finish = async (code, reason) => {
    if (finished) return;
    finished = true;
    say(`[${name}] ${reason}`);
    if (dialogs > 0) {
      say(`FAILED: a test made the workbench ask for a dialog ${dialogs} time(s) ("${DIALOG_LOG}" in the log); answer or avoid it deliberately`);
      code = code || 1;
    }
    if (code !== 0) say(`workbench and server log: ${path.relative(root, session.logFile)}`);
    await session.close({ keep: process.env.VSCODE_TEST_KEEP_TMP === '1' });
    settle(code);
  };
  current = { finish };
  session.onServerExit = (code, signal) => finish(1, `code-server exited early (code ${code}, signal ${signal})`);
  try {
    const endpoint = await session.startServer({ CORROBORATE_UI_BRIDGE: '1', ...env }, { workspaceTrust });
    say(`[${name}] code-server listening on ${endpoint.origin}`);
    const page = await session.openWorkbench(endpoint, {
      ...(workspaceFile ? { workspace: path.join(copy, workspaceFile) } : { folder: copy }),
      payload: [
        ['extensionDevelopmentPath', root],
        ['extensionTestsPath', tests],
      ],
      onLog: (type, text) => {
        if (text.includes(DIALOG_LOG)) dialogs++;
        if (text.startsWith(MARK + UI_MARK)) {
          if (verbose) console.log(text.slice(MARK.length));
          uiStep(text.slice(MARK.length + UI_MARK.length));
        } else if (text.startsWith(MARK)) {
          (type === 'error' ? console.error : console.log)(text.slice(MARK.length));
        } else if (verbose) {
          console.log(`[workbench ${type}] ${text}`);
        }
      },
      onExit: (code) => finish(code, `extension host finished the suite with exit code ${code}`),
    });
    resolvePage(page);
    say(`[${name}] workbench opened; waiting for the suite`);
  } catch (err) {
    await finish(1, `runner error: ${err?.stack || err}`);
  }
  return done;
}

async function exit(code) {
  const changed = snapshotTree(fixtures).changedFrom(fixturesBefore);
  if (changed.length > 0) {
    say(`FAILED: tracked fixtures changed during the run: ${changed.join(', ')}`);
    code = code || 1;
  }
  process.exit(code);
}

const stop = async (code, reason) => {
  await current?.finish(code, reason);
  await exit(code);
};
process.on('SIGINT', () => stop(130, 'interrupted'));
process.on('SIGTERM', () => stop(143, 'terminated'));
setTimeout(() => stop(1, `TIMEOUT: the extension host reported no result within ${timeoutMs} ms`), timeoutMs).unref();

// The main suite on the single-folder fixture, then the multi-root suites on a two-folder workspace (unless
// MOCHA_GREP picks tests that are not among them).
let code = await runSession({ name: 'main', fixture: 'workspace' });
const grep = process.env.MOCHA_GREP;
if (!grep || new RegExp(grep).test(MULTI_ROOT_GREP)) {
  const multi = await runSession({ name: 'multi-root', fixture: 'multi-root', workspaceFile: 'multi.code-workspace', env: { MOCHA_GREP: MULTI_ROOT_GREP } });
  code = code || multi;
}
if (!grep || new RegExp(grep).test(UNTRUSTED_GREP)) {
  const untrusted = await runSession({ name: 'untrusted', fixture: 'workspace', env: { MOCHA_GREP: UNTRUSTED_GREP }, workspaceTrust: true });
  code = code || untrusted;
}
if (!grep || new RegExp(grep).test(WEB_GREP)) {
  // The workbench's own way of running an extension that has both entry points as a web extension.
  const web = await runSession({ name: 'web', fixture: 'workspace', tests: bundleWebSuite(), settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } });
  code = code || web;
}
await exit(code);
