// Search Sources driven through the real QuickPick inside a real VS Code: typing runs the search, Enter
// opens the passage in its source, and the item's quote button inserts a citation at the cursor of the
// draft. The runner performs the keystrokes and the click (see UiStep in util.ts); the draft is reverted.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, closeAllEditors, ui, uiBridge, waitFor, workspaceUri } from './util';

const PICKER = '.quick-input-widget input[placeholder^="Search "]';

suite('search: Search Sources typed into, Enter and the citation button (real VS Code)', function () {
  let api: CorroborateApi;
  const draft = () => workspaceUri('draft.md');

  /** Opens the picker from the palette command and types `query` into it, as a user would. */
  async function typeQuery(query: string): Promise<string[]> {
    await vscode.commands.executeCommand('corroborate.searchSources');
    ui({ waitFor: PICKER, type: query });
    const state = await waitFor(() => {
      const s = api.searchPicker();
      return s && s.itemsFor === query && !s.busy && s.items.length > 0 ? s : undefined;
    }, `hits for the typed query "${query}" (picker: ${JSON.stringify(api.searchPicker())})`);
    return state.items;
  }

  suiteSetup(async function () {
    if (!uiBridge) this.skip();
    api = await activatedApi();
    await api.corpus.whenLoaded();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
  });

  test('typing searches the corpus, and Enter opens the first passage in its source with it selected', async () => {
    const items = await typeQuery('ferry terminal passengers');
    assert.ok(items.some((label) => /passengers/i.test(label)), `a passage about passengers: ${JSON.stringify(items)}`);
    ui({ press: 'Enter' });
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.includes('/corpus/') && !e.selection.isEmpty ? e : undefined;
    }, 'the passage to open in its source, selected');
    assert.ok(editor.document.getText(editor.selection).trim().length > 0, 'a passage is selected in the source');
    await waitFor(() => api.searchPicker() === undefined, 'the picker to close');
  });

  test('the quote button of a hit inserts a citation at the cursor of the draft', async () => {
    const doc = await vscode.workspace.openTextDocument(draft());
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const end = doc.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    const before = doc.getText();
    await typeQuery('council vote ferry terminal');
    ui({ hover: '.quick-input-list .monaco-list-row[data-index="0"]', click: '.quick-input-list .monaco-list-row[data-index="0"] .codicon-quote' });
    await waitFor(() => doc.getText() !== before, 'the citation to be inserted');
    const line = doc.lineAt(0).text;
    assert.match(line, /^# .+ \[[^\]]+\]\([^)]+\)$/, `a Markdown link at the end of the heading: ${line}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !doc.isDirty, 'the draft reverted');
  });
});
