// A multi-root workspace inside a real VS Code (the runner's second session opens
// test/fixtures/multi-root/multi.code-workspace and runs only these suites): each workspace folder checks
// its drafts against its own corpus folders (folder `a` its `corpus/`, folder `b` the `sources/` its own
// settings name), never against the other folder's, and keeps its own annotations file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, closeAllEditors, waitFor } from './util';

suite('multi-root: each workspace folder checks against its own corpus (real VS Code)', function () {
  let api: CorroborateApi;
  const folder = (name: string) => {
    const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
    assert.ok(found, `workspace folder ${name}`);
    return found.uri;
  };
  const inside = (uri: vscode.Uri, dir: vscode.Uri) => uri.toString().startsWith(`${dir.toString()}/`);

  async function checked(uri: vscode.Uri) {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenIdle(uri);
    return waitFor(() => (api.store.get(uri)?.version === doc.version ? api.store.get(uri) : undefined), `findings for ${uri.path}`);
  }

  suiteSetup(async function () {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) this.skip();
    api = await activatedApi();
  });

  suiteTeardown(async () => {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) return;
    await closeAllEditors();
    for (const name of ['a', 'b']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(name), '.corroborate'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('both folders’ corpus folders are found, each from its own settings', async () => {
    await api.whenIdle();
    await api.corpus.whenLoaded();
    const roots = api.corpus.folders().map((u) => u.toString());
    assert.ok(roots.includes(vscode.Uri.joinPath(folder('a'), 'corpus').toString()), `a/corpus among ${roots}`);
    assert.ok(roots.includes(vscode.Uri.joinPath(folder('b'), 'sources').toString()), `b/sources (from b's settings) among ${roots}`);
  });

  for (const [name, own] of [['a', 'corpus'], ['b', 'sources']] as const) {
    test(`a draft in ${name} is supported by ${name}/${own} and never contested by the other folder's corpus`, async () => {
      const entry = await checked(vscode.Uri.joinPath(folder(name), 'draft.md'));
      assert.strictEqual(entry.findings.length, 1);
      const [finding] = entry.findings;
      assert.strictEqual(finding.verdict, 'supported', `verdict of "${finding.claim.text}"`);
      assert.ok(finding.evidence.length > 0);
      for (const e of finding.evidence) {
        const source = api.corpus.sourceUri(e.source);
        assert.ok(inside(source, vscode.Uri.joinPath(folder(name), own)), `evidence from ${source.toString()} is in ${name}/${own}`);
      }
    });
  }

  test('a decision goes to the annotations file of the draft’s own folder', async () => {
    const draft = vscode.Uri.joinPath(folder('b'), 'draft.md');
    const entry = await checked(draft);
    assert.strictEqual(await vscode.commands.executeCommand('corroborate.accept', { uri: draft.toString(), claimId: entry.findings[0].claim.id }), true);
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder('b'), '.corroborate', 'annotations.json'));
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder('a'), '.corroborate', 'annotations.json'))), 'folder a has no annotations file');
    await waitFor(() => api.statusText().endsWith('$(checklist) 1/1'), 'the status bar to count the decision');
  });
});
