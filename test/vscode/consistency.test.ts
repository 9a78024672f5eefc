// Consistency across drafts inside a real VS Code: a second draft states the fixture draft's vote
// differently; both statements get a Problems entry that links the other place and names the corpus
// passage that settles it. The second draft is created in the run's temporary workspace copy and removed
// (VS Code may keep its document open a while after; other suites leave these entries out of their counts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, closeAllEditors, waitFor, workspaceUri } from './util';

const CODE = 'inconsistent-across-drafts';

suite('consistency: one fact stated differently in two drafts (real VS Code)', () => {
  let api: CorroborateApi;
  const draft = () => workspaceUri('draft.md');
  const other = () => workspaceUri('zz-other-draft.md');
  const flags = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === CODE);

  suiteSetup(async () => {
    api = await activatedApi();
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(draft()));
    const vote = /The Brookhaven town council approved the ferry terminal by a (\d+-\d+) vote\./.exec(original);
    assert.ok(vote, 'the fixture draft states the vote');
    await vscode.workspace.fs.writeFile(other(), new TextEncoder().encode(`# Council roundup\n\nThe Brookhaven town council approved the ferry terminal by a 6-3 vote.\n`));
    for (const uri of [draft(), other()]) {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('corroborate.checkDocument');
      await api.whenIdle(uri);
    }
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(other(), { useTrash: false }).then(undefined, () => undefined);
    api.store.delete(other());
    await waitFor(() => flags(draft()).length === 0, 'the flag to leave the fixture draft with the other draft');
  });

  test('both statements are flagged, each linking the other and naming the passage that settles it', async () => {
    const [mine] = await waitFor(() => (flags(draft()).length > 0 ? flags(draft()) : undefined), 'the flag on the fixture draft');
    const [theirs] = await waitFor(() => (flags(other()).length > 0 ? flags(other()) : undefined), 'the flag on the other draft');
    assert.strictEqual(mine.relatedInformation?.[0]?.location.uri.toString(), other().toString(), 'the fixture draft’s flag links the other draft');
    assert.strictEqual(theirs.relatedInformation?.[0]?.location.uri.toString(), draft().toString(), 'the other draft’s flag links the fixture draft');
    const text = (await vscode.workspace.openTextDocument(draft())).getText();
    const line = text.slice(0, text.indexOf('The Brookhaven town council approved the ferry terminal by a')).split('\n').length - 1;
    assert.strictEqual(theirs.relatedInformation?.[0]?.location.range.start.line, line, 'at the statement’s line');
    assert.match(mine.message, /^Stated differently in zz-other-draft\.md:3: "The Brookhaven town council approved the ferry terminal by a 6-3 vote\."/);
    assert.match(mine.message, /The corpus backs this statement: "Brookhaven council backs ferry terminal"/);
    assert.match(theirs.message, /The corpus backs the other one: "Brookhaven council backs ferry terminal"/);
  });
});
