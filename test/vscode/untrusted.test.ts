// An untrusted workspace inside a real VS Code: the runner's third session turns workspace trust on and
// leaves the fixture folder untrusted (restricted mode). Corroborate declares untrusted workspaces
// supported, since it runs no workspace code: it activates, checks the draft and records a decision there.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, closeAllEditors, waitFor, workspaceUri } from './util';

suite('untrusted: restricted mode (real VS Code)', function () {
  let api: CorroborateApi;
  const draft = () => workspaceUri('draft.md');

  suiteSetup(async function () {
    if (vscode.workspace.isTrusted) this.skip();
    api = await activatedApi();
  });

  suiteTeardown(async () => {
    if (vscode.workspace.isTrusted) return;
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceUri('.corroborate'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('the workspace is not trusted, and Corroborate still checks the draft with its worker', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const doc = await vscode.workspace.openTextDocument(draft());
    await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenIdle(draft());
    const entry = await waitFor(() => (api.store.get(draft())?.version === doc.version ? api.store.get(draft()) : undefined), 'the draft checked in restricted mode');
    assert.ok(entry.findings.some((f) => f.verdict === 'contested'), 'contested claims are found');
    assert.strictEqual(api.engineMode(), 'worker');
    await waitFor(() => vscode.languages.getDiagnostics(draft()).some((d) => d.source === 'Corroborate'), 'Problems entries');
  });

  test('a review decision is recorded in restricted mode', async () => {
    const finding = api.store.get(draft())?.findings.find((f) => f.verdict === 'contested');
    assert.ok(finding);
    assert.strictEqual(await vscode.commands.executeCommand('corroborate.accept', { uri: draft().toString(), claimId: finding.claim.id }), true);
    await vscode.workspace.fs.stat(workspaceUri('.corroborate', 'annotations.json'));
  });
});
