// HTML drafts and per-language settings inside a real VS Code: an .html file is checked by default (its claim
// found in the page's text, at its offset in the file), and a `"[html]"` override of a language-overridable
// setting applies to HTML drafts only. The page is created in the run's temporary workspace copy and removed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, closeAllEditors, waitFor, workspaceUri } from './util';

const CLAIM = 'Mayor Daniel Reyes said the terminal would carry about 9,000 passengers a day.';

suite('languages: HTML drafts and per-language settings (real VS Code)', () => {
  let api: CorroborateApi;
  const page = () => workspaceUri('zz-page.html');
  const draft = () => workspaceUri('draft.md');
  const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Corroborate' && d.code !== 'inconsistent-across-drafts');

  suiteSetup(async () => {
    api = await activatedApi();
    await vscode.workspace.fs.writeFile(page(), new TextEncoder().encode(`<!doctype html>\n<html><body>\n<h1>Ferry terminal</h1>\n<p>${CLAIM}</p>\n</body></html>\n`));
    for (const uri of [draft(), page()]) {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('corroborate.checkDocument');
      await api.whenIdle(uri);
    }
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('corroborate', { languageId: 'html' }).update('diagnosticSeverity', undefined, vscode.ConfigurationTarget.Workspace, true);
    await closeAllEditors();
    await vscode.workspace.fs.delete(page(), { useTrash: false }).then(undefined, () => undefined);
    api.store.delete(page());
  });

  test('an .html draft is checked by default, its claim at its offset in the file', async () => {
    const doc = await vscode.workspace.openTextDocument(page());
    assert.strictEqual(doc.languageId, 'html');
    const entry = await waitFor(() => api.store.get(page()), 'findings for the HTML page');
    const finding = entry.findings.find((f) => f.claim.text === CLAIM);
    assert.ok(finding, `the claim is found in the page: ${JSON.stringify(entry.findings.map((f) => f.claim.text))}`);
    assert.strictEqual(finding.claim.start, doc.getText().indexOf(CLAIM));
    assert.strictEqual(finding.verdict, 'contested');
    await waitFor(() => ours(page()).some((d) => d.code === 'contested'), 'a Problems entry on the page');
  });

  test('a "[html]" override applies to HTML drafts only', async () => {
    const html = vscode.workspace.getConfiguration('corroborate', { languageId: 'html' });
    await html.update('diagnosticSeverity', 'error', vscode.ConfigurationTarget.Workspace, true);
    await waitFor(() => ours(page()).length > 0 && ours(page()).every((d) => d.severity === vscode.DiagnosticSeverity.Error), 'error severity on the HTML draft');
    assert.ok(ours(draft()).length > 0 && ours(draft()).every((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'the Markdown draft keeps the default');
  });
});
