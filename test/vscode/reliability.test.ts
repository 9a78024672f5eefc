// Source reliability inside a real VS Code: `corroborate.sourceReliability` rates a corpus folder low, and a
// claim that only a source there contradicts reads "Contested (low-reliability sources only)" in the hover,
// the tree and Problems, with `corroborate.lowReliabilitySeverity`; without the rule it is plain contested.
// The sources and the draft are created in the run's temporary workspace copy and removed again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, addSources, closeAllEditors, removeSources, waitFor, workspaceUri } from './util';

const CLAIM = 'City engineer Ana Ruiz said the Westfield bridge repair will cost $3.2 million.';
const RUMOUR = ['---', 'title: Bridge rumours', 'outlet: Harbour Chatter', 'reliability: 1', '---', '', 'City engineer Ana Ruiz said the Westfield bridge repair will cost $4.8 million.', ''].join('\n');
const config = () => vscode.workspace.getConfiguration('corroborate');

suite('reliability: tiers and low-reliability conflicts (real VS Code)', () => {
  let api: CorroborateApi;
  const draft = () => workspaceUri('zz-bridge.md');
  const source = () => workspaceUri('corpus', 'blogs', 'rumour.md');
  const finding = () => api.store.get(draft())?.findings.find((f) => f.claim.text === CLAIM);
  const ours = () => vscode.languages.getDiagnostics(draft()).filter((d) => d.source === 'Corroborate');

  /** Sources indexed before this suite added its own. */
  let before = 0;
  suiteSetup(async () => {
    api = await activatedApi();
    await api.whenIdle();
    await api.corpus.whenLoaded();
    before = await addSources(api, [[source(), RUMOUR]]);
    await vscode.workspace.fs.writeFile(draft(), new TextEncoder().encode(`# Bridge\n\n${CLAIM}\n`));
    const doc = await vscode.workspace.openTextDocument(draft());
    await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenIdle(draft());
    await waitFor(() => finding()?.verdict === 'contested', 'the bridge claim to be contested by the blog');
  });

  suiteTeardown(async () => {
    for (const key of ['sourceReliability', 'lowReliabilitySeverity']) await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    await removeSources(api, [draft(), workspaceUri('corpus', 'blogs')], before);
    api.store.delete(draft());
  });

  test('without a rule the front matter rates the source, and the claim is plain contested', async () => {
    const f = finding();
    assert.ok(f);
    assert.strictEqual(f.lowReliability, undefined);
    assert.strictEqual(f.evidence.find((e) => e.stance === 'conflicts')?.tier, 1, 'the source rates itself 1');
    await waitFor(() => ours().some((d) => d.code === 'contested' && d.severity === vscode.DiagnosticSeverity.Warning), 'a plain contested warning');
  });

  test('a folder rated low makes it "contested by low-reliability sources only" everywhere, with its own severity', async () => {
    await config().update('lowReliabilitySeverity', 'hint', vscode.ConfigurationTarget.Workspace);
    await config().update('sourceReliability', { 'corpus/blogs': 3 }, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => finding()?.lowReliability === true, 'the claim to be marked low-reliability');
    const f = finding();
    assert.ok(f);
    assert.strictEqual(f.verdict, 'contested');
    assert.strictEqual(f.evidence.find((e) => e.stance === 'conflicts')?.tier, 3, 'the setting wins over the front matter');

    const diagnostic = await waitFor(() => ours().find((d) => d.code === 'contested-low-reliability'), 'the low-reliability Problems entry');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Hint, 'corroborate.lowReliabilitySeverity applies');
    assert.match(diagnostic.message, /^Contested \(low-reliability sources only\) claim: .*Bridge rumours; tier 3, low reliability\)$/);

    const doc = await vscode.workspace.openTextDocument(draft());
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft(), doc.positionAt(doc.getText().indexOf(CLAIM) + 3));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /\*\*Corroborate: Contested \(low-reliability sources only\)\*\*/);
    assert.match(text, /tier 3\\?, low reliability/, "the conflicting passage shows its tier (escaped like all corpus metadata)");

    await vscode.commands.executeCommand('corroborate.filterTree', ['contested']);
    const file = await waitFor(async () => (await api.treeChildren()).find((i) => i.resourceUri?.toString() === draft().toString()), 'the draft in the tree');
    const claim = await waitFor(async () => (await api.treeChildren(file)).find((i) => String(i.description).startsWith('Contested (low-reliability sources only) · line 3')), 'the low-reliability wording in the tree');
    const evidence = await api.treeChildren(claim);
    assert.ok(evidence.some((e) => String(e.description).startsWith('tier 3, low reliability')), 'the passage shows its tier');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft(), diagnostic.range);
    assert.ok(actions.some((a) => a.command?.command === 'corroborate.dismiss'), 'the review quick fixes are offered on it');
  });
});
