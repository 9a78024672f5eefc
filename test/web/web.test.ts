// The web extension (package.json `browser`) in the real workbench's web worker extension host: the runner's
// web session opens test/fixtures/workspace with extensionDevelopmentKind=web, so the extension is loaded from
// dist/web/extension.js and starts its engine in a web worker. Files come through vscode.workspace.fs
// (vscode-remote: here), with no node API. Expected verdicts are the fixture's EXPECTED.md.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/extension/constants';
import { activatedApi, closeAllEditors, EXTENSION_ID, waitFor, workspaceUri } from '../vscode/util';

suite('web extension: web worker extension host', () => {
  suiteTeardown(closeAllEditors);

  test('runs in a web worker extension host without node, its engine in a web worker of its own', async () => {
    const scope = globalThis as { importScripts?: unknown; require?: unknown };
    assert.strictEqual(typeof scope.importScripts, 'function', 'this suite runs in a web worker');
    const api = await activatedApi();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.strictEqual(extension?.extensionKind, vscode.ExtensionKind.UI, 'loaded by the browser-side (web worker) extension host');
    assert.strictEqual(api.engineMode(), 'worker', 'the engine runs in a web worker, not on the extension host thread');
    await api.corpus.whenLoaded();
    assert.strictEqual(api.corpus.status.sources, 4, 'the four fixture sources are read through vscode.workspace.fs');
  });

  test('checks the draft: verdicts, highlights, diagnostics and the hover, as on the desktop', async () => {
    const api = await activatedApi();
    const uri = workspaceUri('draft.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const entry = await waitFor(() => {
      const e = api.store.get(uri);
      return e && !e.partial && e.version === editor.document.version && e.findings.length === 6 ? e : undefined;
    }, 'six findings for draft.md');
    const verdicts = (text: string) => entry.findings.find((f) => f.claim.text.includes(text))?.verdict;
    assert.strictEqual(verdicts('7-2 vote'), 'supported');
    assert.strictEqual(verdicts('$12.4 million'), 'supported');
    assert.strictEqual(verdicts('9,000 passengers'), 'contested');
    assert.strictEqual(verdicts('east branch library'), 'contested');
    assert.strictEqual(verdicts('March 2026'), 'contested');
    assert.strictEqual(verdicts('Lena Voss'), 'unverified');
    const decorated = await waitFor(() => (api.decorations(uri).contested.length === 3 ? api.decorations(uri) : undefined), 'three contested highlights');
    assert.strictEqual(decorated.supported.length, 2);
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Corroborate');
    assert.ok(diagnostics.length >= 3, `diagnostics for the contested claims (${diagnostics.length})`);
    const passengers = entry.findings.find((f) => f.claim.text.includes('9,000 passengers'))!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(passengers.claim.start + 3));
    const shown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(shown, /4\\?,000/, 'the hover shows the conflicting figure (Markdown-escaped)');
  });

  test('Accept writes the decision through vscode.workspace.fs, the reviewer named by the setting (no operating system to ask)', async () => {
    const api = await activatedApi();
    const uri = workspaceUri('draft.md');
    const annotations = workspaceUri('.corroborate', 'annotations.json');
    // An application setting: the user's settings, in the session's private user-data folder.
    const config = vscode.workspace.getConfiguration('corroborate');
    await config.update('reviewer', 'Web Reviewer', vscode.ConfigurationTarget.Global);
    try {
      const claim = await waitFor(() => api.store.get(uri)?.findings.find((f) => f.claim.text.includes('9,000 passengers')), 'the contested passenger claim');
      assert.strictEqual(await vscode.commands.executeCommand('corroborate.accept', { uri: uri.toString(), claimId: claim.claim.id }), true, 'the decision is recorded');
      const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(annotations))) as { entries: Record<string, { quote: string; history: { status: string; by: string }[] }> };
      const entry = Object.values(saved.entries).find((e) => e.quote === claim.claim.text);
      assert.ok(entry, 'the claim has an entry');
      assert.strictEqual(entry.history[0].status, 'accepted');
      assert.strictEqual(entry.history[0].by, 'Web Reviewer');
      await waitFor(() => api.store.get(uri)?.findings.find((f) => f.claim.id === claim.claim.id)?.review, 'the decision to reach the findings');
    } finally {
      await config.update('reviewer', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(workspaceUri('.corroborate'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  test('one fact stated differently in two drafts is flagged in both, the pair judged in the web worker', async () => {
    const api = await activatedApi();
    const draft = workspaceUri('draft.md');
    const other = workspaceUri('zz-web-other.md');
    const flags = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'inconsistent-across-drafts');
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode('# Roundup\n\nThe Brookhaven town council approved the ferry terminal by a 6-3 vote.\n'));
    try {
      for (const uri of [draft, other]) {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
        await api.whenIdle(uri);
      }
      const [mine] = await waitFor(() => (flags(draft).length > 0 ? flags(draft) : undefined), 'the flag on the fixture draft');
      assert.match(mine.message, /^Stated differently in zz-web-other\.md:3: /);
      await waitFor(() => flags(other).length > 0, 'the flag on the other draft');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(other, { useTrash: false }).then(undefined, () => undefined);
      api.store.delete(other);
      await waitFor(() => flags(draft).length === 0, 'the flag to leave with the other draft');
    }
  });

  test('Search Sources runs in the web worker', async () => {
    const api = await activatedApi();
    const hits = await api.corpus.search('ferry passengers a day', 5);
    assert.ok(hits.length > 0, 'passages found');
    assert.ok(hits.some((h) => h.source.id === 'ferry-forecast.md'), `ferry-forecast.md among ${hits.map((h) => h.source.id).join(', ')}`);
  });

  test('the archive commands say the archive needs the desktop or remote extension', async () => {
    await activatedApi();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(COMMANDS.connectDatabase) && commands.includes(COMMANDS.retryDatabase), 'both archive commands exist');
    await vscode.commands.executeCommand(COMMANDS.retryDatabase);
  });
});
