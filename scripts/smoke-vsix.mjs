#!/usr/bin/env node
// Smoke test of the artifact users get: `node scripts/smoke-vsix.mjs [corroborate.vsix]` (after
// `npm run package`; `.ci/run` runs both).
//
// 1. Reads the .vsix (a zip) and prints its size and file list; fails if the bundles, the manifest, the
//    README or an image the README shows are missing, or if sources, tests or node_modules slipped in.
// 2. Installs it into a private extensions folder with code-server's `--install-extension`, as a user would.
// 3. Opens a temporary copy of test/fixtures/workspace in the real workbench WITHOUT the development
//    path, so only the installed extension can run, opens draft.md, and waits for the status bar to show
//    the verdict counts test/fixtures/workspace/EXPECTED.md lists, and for the extension's log to say the
//    engine runs in its worker thread (dist/worker.js from the package).
// Prints one line per check and "smoke: N passed, N failed"; exits non-zero on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { HostSession, checkPrerequisites, root } from './vscode-host.mjs';
import { listZip } from './zip.mjs';

const vsix = path.resolve(process.argv[2] || path.join(root, 'corroborate.vsix'));
const STEP_TIMEOUT_MS = 120_000;
const t0 = Date.now();
const say = (...a) => console.log(`[smoke +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = [];

function check(name, ok, detail = '') {
  results.push(ok);
  say(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

/** The verdict counts EXPECTED.md's table gives, by its Verdict column. */
function expectedCounts(markdown) {
  const rows = markdown.split(/\r?\n/).filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l)).map((l) => l.split('|').map((c) => c.trim()));
  const at = rows[0].findIndex((h) => /^verdict/i.test(h));
  const counts = { contested: 0, unverified: 0, supported: 0 };
  for (const row of rows.slice(1)) counts[row[at]]++;
  return counts;
}

// 1. The package's contents.
if (!fs.existsSync(vsix)) {
  console.error(`[smoke] ${vsix} not found; run npm run package first`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const entries = listZip(fs.readFileSync(vsix));
const size = fs.statSync(vsix).size;
say(`${path.relative(process.cwd(), vsix)}: ${(size / 1024).toFixed(0)} KB, ${entries.length} files`);
for (const e of entries) console.log(`    ${String(e.size).padStart(9)}  ${e.name}`);
const names = new Set(entries.map((e) => e.name));
const required = ['extension/package.json', 'extension/readme.md', 'extension/dist/extension.js', 'extension/dist/worker.js', 'extension/dist/engine.js', 'extension/dist/web/extension.js', 'extension/dist/web/worker.js', 'extension/dist/THIRD-PARTY-NOTICES.md', `extension/${manifest.icon}`];
const missing = required.filter((n) => !names.has(n));
check('the package holds the bundles, the manifest, the README, the third-party notices and the icon', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : '');
const stray = entries.map((e) => e.name).filter((n) => /^extension\/(src|test|out|node_modules|scripts|eval)\//.test(n) || /\.(ts|map)$/.test(n));
check('no sources, tests, source maps or node_modules in the package', stray.length === 0, stray.slice(0, 5).join(', '));

// 2 and 3. Installed and running in the real workbench.
let session;
try {
  checkPrerequisites();
  session = new HostSession({ logFile: path.join(root, '.vscode-test/smoke-vsix.log') });
  process.on('SIGINT', async () => {
    await session.close();
    process.exit(130);
  });
  const installed = await session.installExtension(vsix);
  const folder = path.join(session.dir('extensions'), `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  check('code-server installs the .vsix', fs.existsSync(path.join(folder, 'dist/worker.js')), installed.trim().split('\n').pop());

  session.writeUserSettings({ 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'extensions.ignoreRecommendations': true });
  const workspace = session.copyWorkspace(path.join(root, 'test/fixtures/workspace'));
  const endpoint = await session.startServer();
  const page = await session.openWorkbench(endpoint, { folder: workspace });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.locator('.monaco-workbench .part.editor').waitFor();
  say('workbench open (no development path: only installed extensions run)');

  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('draft.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'draft.md' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: 'Ferry terminal update' }).waitFor();

  const want = expectedCounts(fs.readFileSync(path.join(workspace, 'EXPECTED.md'), 'utf8'));
  const label = `Corroborate: ${want.contested} contested, ${want.unverified} unverified, ${want.supported} supported`;
  const status = page.locator(`.statusbar-item[aria-label*="${label}"]`).first();
  const shown = await status.waitFor().then(() => true, () => false);
  check('findings appear for draft.md: the status bar shows the expected verdict counts', shown, label);

  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Corroborate: Show Log');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Corroborate: Show Log' }).first().waitFor();
  await page.keyboard.press('Enter');
  const worker = await page.locator('.part.panel .view-lines', { hasText: 'Engine running in a worker thread' }).waitFor().then(() => true, () => false);
  check("the installed extension's log says the engine runs in its worker thread", worker);

  // The extension's page: its README rendered, and no image in it broken (VS Code drops relative ones).
  await page.keyboard.press('Control+Shift+X');
  await page.locator('.extensions-viewlet input, .extensions-viewlet textarea').first().waitFor();
  await page.keyboard.type(`@installed ${manifest.displayName}`);
  await page.locator('.extensions-viewlet .monaco-list-row', { hasText: manifest.displayName }).first().click();
  const hasHeading = (title) => [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === title);
  const details = await waitForFrame(page, hasHeading, manifest.displayName);
  const broken = await details.evaluate(() => [...document.querySelectorAll('img')].filter((i) => !i.getAttribute('src') || i.naturalWidth === 0).map((i) => i.alt || i.outerHTML.slice(0, 80)));
  check("the extension's Details page shows its README with no broken image", broken.length === 0, broken.join('; '));
} catch (err) {
  check('smoke run', false, err?.stack || String(err));
} finally {
  await session?.close();
}

/** The frame (the README is in a webview, frames deep) where `test(arg)` holds, polled until it does. */
async function waitForFrame(page, test, arg) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.evaluate(test, arg).catch(() => false)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no frame showed "${arg}" within ${STEP_TIMEOUT_MS / 1000} s`);
}

const failed = results.filter((ok) => !ok).length;
console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
