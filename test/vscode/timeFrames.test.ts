// Time frames inside a real VS Code: a source dated by its front matter or its own "Published" line reads its relative dates ("on
// Thursday", "last week") as the days they stand for, so a claim that gives another day is contested with a reason that
// quotes the source's own words and date, in the hover and in Problems. The source and the draft are created
// in the run's temporary workspace copy and removed again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, addSources, closeAllEditors, removeSources, waitFor, workspaceUri } from './util';

const RIGHT = 'The Kellner footbridge reopened to walkers on October 23 after repairs.';
const WRONG = 'The Kellner footbridge reopened to walkers on October 21 after repairs.';
const SOURCE = ['---', 'title: Footbridge notes', 'date: 2014-10-24', '---', '', 'The Kellner footbridge reopened to walkers on Thursday after repairs, officials said.', ''].join('\n');
// No front matter: the page's own "Published" line dates it.
const FERRY_WRONG = 'The Marden ferry resumed its crossings on October 21, the operator said.';
const FERRY = ['Ferry update', '', 'Published: Friday, 24 October 2014', '', 'The Marden ferry resumed its crossings on Thursday, the operator said.', ''].join('\n');
// "last week" in a source dated Friday 24 October 2014 is Monday 13 to Sunday 19 October.
const SLUICE_WRONG = 'Engineers replaced the Hollin sluice gates on October 21.';
const SLUICE = ['---', 'title: Sluice works', 'date: 2014-10-24', '---', '', 'Engineers replaced the Hollin sluice gates last week.', ''].join('\n');

suite('time frames: relative dates read against the source date (real VS Code)', () => {
  let api: CorroborateApi;
  /** Sources indexed before this suite added its own. */
  let before = 0;
  const draft = () => workspaceUri('zz-footbridge.md');
  const source = () => workspaceUri('corpus', 'dated', 'footbridge.md');
  const ferry = () => workspaceUri('corpus', 'dated', 'ferry.md');
  const sluice = () => workspaceUri('corpus', 'dated', 'sluice.md');
  const finding = (text: string) => api.store.get(draft())?.findings.find((f) => f.claim.text === text);

  suiteSetup(async () => {
    api = await activatedApi();
    await api.whenIdle();
    await api.corpus.whenLoaded();
    before = await addSources(api, [[source(), SOURCE], [ferry(), FERRY], [sluice(), SLUICE]]);
    await vscode.workspace.fs.writeFile(draft(), new TextEncoder().encode(`# Footbridge\n\n${RIGHT}\n\n${WRONG}\n\n${FERRY_WRONG}\n\n${SLUICE_WRONG}\n`));
    const doc = await vscode.workspace.openTextDocument(draft());
    await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenIdle(draft());
    await waitFor(() => finding(WRONG)?.verdict === 'contested', 'the October 21 claim to be contested by "on Thursday"');
    await waitFor(() => finding(FERRY_WRONG)?.verdict === 'contested', 'the ferry claim to be contested by the dateline-dated source');
    await waitFor(() => finding(SLUICE_WRONG)?.verdict === 'contested', 'the sluice claim to be contested by "last week"');
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    await removeSources(api, [draft(), workspaceUri('corpus', 'dated')], before);
    api.store.delete(draft());
  });

  test('"on Thursday" in a source dated Friday 24 October 2014 supports October 23 and contests October 21, saying why', async () => {
    assert.strictEqual(finding(RIGHT)?.verdict, 'supported');
    const conflict = finding(WRONG)?.evidence.find((e) => e.stance === 'conflicts');
    assert.strictEqual(conflict?.reasons[0], 'date: October 21 vs "on Thursday" (23 October 2014, in a source dated 2014-10-24)');

    const doc = await vscode.workspace.openTextDocument(draft());
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft(), doc.positionAt(doc.getText().indexOf(WRONG) + 3));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    // The hover escapes Markdown punctuation of corpus-derived text; the words are what matters.
    assert.ok(text.replace(/\\/g, '').includes('date: October 21 vs "on Thursday" (23 October 2014, in a source dated 2014-10-24)'), text);

    const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(draft()).find((d) => d.source === 'Corroborate' && d.code === 'contested'), 'the contested Problems entry');
    assert.match(diagnostic.message, /on Thursday/, diagnostic.message);
  });

  test('"last week" in a source dated Friday 24 October 2014 is 13–19 October: October 21 is contested, saying which week', () => {
    const conflict = finding(SLUICE_WRONG)?.evidence.find((e) => e.stance === 'conflicts');
    assert.strictEqual(conflict?.reasons[0], 'date: October 21 vs "last week" (the week of 13–19 October 2014, in a source dated 2014-10-24)');
  });

  test('a source with no front matter is dated by its "Published" line, and its "on Thursday" read against it', () => {
    const conflict = finding(FERRY_WRONG)?.evidence.find((e) => e.stance === 'conflicts');
    assert.strictEqual(conflict?.source.meta.date, '2014-10-24');
    assert.match(String(conflict?.reasons[0]), /"on Thursday" \(23 October 2014, in a source dated 2014-10-24\)$/);
  });
});
