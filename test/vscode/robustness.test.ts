// Bad input and races inside a real VS Code: overlapping review decisions, a claim whose text breaks a
// naive command link, a draft too complex to check in time, a run too long to be one statement, a draft
// that is itself in the corpus, and a corpus folder with a symbolic-link loop. Everything is created in the run's temporary workspace copy and
// removed again; settings are reset.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, closeAllEditors, waitFor, workspaceUri } from './util';

const config = () => vscode.workspace.getConfiguration('corroborate');

suite('robustness: races and hostile input (real VS Code)', () => {
  let api: CorroborateApi;

  async function openChecked(uri: vscode.Uri): Promise<vscode.TextDocument> {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenIdle(uri);
    await waitFor(() => api.store.get(uri)?.version === doc.version, `findings for ${uri.path} at version ${doc.version}`);
    return doc;
  }

  suiteSetup(async () => {
    api = await activatedApi();
  });

  teardown(async () => {
    await closeAllEditors();
    for (const entry of api.store.all()) api.store.delete(entry.uri);
  });

  test('three overlapping accept and dismiss decisions are all kept', async () => {
    const uri = workspaceUri('draft.md');
    await openChecked(uri);
    const findings = api.store.get(uri)?.findings ?? [];
    assert.ok(findings.length >= 3, 'the draft has at least three claims');
    const [a, b, c] = findings;
    const file = workspaceUri('.corroborate', 'annotations.json');
    try {
      const results = await Promise.all([
        vscode.commands.executeCommand<boolean>('corroborate.accept', { uri: uri.toString(), claimId: a.claim.id }),
        vscode.commands.executeCommand<boolean>('corroborate.dismiss', { uri: uri.toString(), claimId: b.claim.id, scope: 'occurrence' }),
        vscode.commands.executeCommand<boolean>('corroborate.dismiss', { uri: uri.toString(), claimId: c.claim.id, scope: 'file' }),
      ]);
      assert.deepStrictEqual(results, [true, true, true], 'each decision is reported saved');
      const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      const kept = Object.values(saved.entries as Record<string, { quote: string; history: { status: string }[] }>).map((e) => [e.quote, e.history.map((h) => h.status).join()]).sort();
      assert.deepStrictEqual(kept, [[a.claim.text, 'accepted'], [b.claim.text, 'dismissed'], [c.claim.text, 'dismissed']].sort());
      await waitFor(() => api.store.get(uri)?.findings.filter((f) => f.review).length === 3, 'all three decisions to apply');
      assert.deepStrictEqual(fs.readdirSync(workspaceUri('.corroborate').fsPath), ['annotations.json'], 'no temporary or lock file is left');
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('.corroborate'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      // Later suites expect the draft's claims undecided again: the folder's deletion must reach the extension.
      await waitFor(() => !api.store.get(uri)?.findings.some((f) => f.review), 'the decisions to go with the .corroborate folder');
    }
  });

  test("the hover's Search sources link carries a claim with parentheses intact", async () => {
    const claim = 'Treasurer Maria Okafor (the council’s treasurer) said the project will cost $12.4 million.';
    const uri = workspaceUri('zz-parentheses.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`# Note\n\n${claim}\n`));
    try {
      const doc = await openChecked(uri);
      const finding = api.store.get(uri)?.findings.find((f) => f.claim.text === claim);
      assert.ok(finding, 'the sentence is a claim');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(finding.claim.start + 3));
      const markdown = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
      const link = /\[Search sources\]\(command:corroborate\.searchSources\?([^()\s]*)\)/.exec(markdown);
      assert.ok(link, `a well-formed Search sources link in: ${markdown}`);
      assert.deepStrictEqual(JSON.parse(decodeURIComponent(link[1])), [claim]);
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    }
  });

  test('a draft that takes longer than the time limit is reported as not checked, and checked once the limit allows', async () => {
    // 300 distinct claims take far longer than 0.1 s to check on any machine.
    const sentences = Array.from({ length: 300 }, (_, i) => `The Brookhaven council approved plan ${i} by a ${(i % 7) + 3}-2 vote on Tuesday, Mayor Daniel Reyes said.`);
    let doc: vscode.TextDocument | undefined;
    try {
      await config().update('checkTimeLimitMs', 100, vscode.ConfigurationTarget.Global);
      doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `${sentences.join(' ')}\n` });
      await vscode.window.showTextDocument(doc, { preview: false });
      const draft = doc;
      const unchecked = await waitFor(() => api.store.get(draft.uri)?.unchecked, 'the check to be stopped as too complex');
      assert.match(unchecked, /took longer than 0\.1 s and was stopped: the input is too complex/);
      const diagnostics = vscode.languages.getDiagnostics(draft.uri).filter((d) => d.source === 'Corroborate');
      assert.deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.severity]), [['not-checked', 0, vscode.DiagnosticSeverity.Warning]]);
      await waitFor(() => api.statusText().includes('not checked'), 'the status bar to say the draft is not checked');
    } finally {
      await config().update('checkTimeLimitMs', undefined, vscode.ConfigurationTarget.Global);
    }
    const draft = doc;
    await waitFor(() => (api.store.get(draft.uri)?.findings.length ?? 0) >= 100 && !api.store.get(draft.uri)?.unchecked, 'the draft to be checked with the default limit');
  });

  test('a run too long to be one statement is named in the Problems panel as not checked, and the rest is checked', async () => {
    const clause = 'the Brookhaven council voted 7 to 2 on Tuesday to raise the harbour levy by 4 percent';
    const runOn = Array.from({ length: 8 }, () => clause).join(' and ');
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `The Brookhaven council approved the plan by a 7-2 vote on Tuesday.\n\n${runOn}\n` });
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor(() => api.store.get(doc.uri)?.version === doc.version && !api.store.get(doc.uri)?.partial, 'the draft to be checked');
    const entry = api.store.get(doc.uri);
    assert.deepStrictEqual(entry?.findings.map((f) => f.claim.line), [1], 'the short sentence is checked, the run is not');
    const skipped = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'too-long-to-check'), 'the not-checked note');
    assert.deepStrictEqual([skipped.source, skipped.severity, skipped.range.start.line, skipped.range.end.character], ['Corroborate', vscode.DiagnosticSeverity.Information, 2, runOn.length]);
    assert.match(skipped.message, /^Not checked: \d+ words without a sentence end; .*Split it into sentences to have it checked\.$/);
  });

  test('a draft inside the corpus is checked against the other files, never against itself', async () => {
    const uri = workspaceUri('draft.md');
    try {
      // The whole workspace folder is the corpus: every Markdown file is a source and a draft at once.
      await config().update('corpusFolders', ['.'], vscode.ConfigurationTarget.Global);
      await waitFor(() => api.corpus.status.state === 'ready' && api.corpus.folders()[0]?.toString() === workspaceUri().toString(), 'the workspace folder to be the corpus');
      await api.corpus.whenLoaded();
      const doc = await openChecked(uri);
      const findings = api.store.get(uri)?.findings ?? [];
      assert.ok(findings.length >= 6, `the draft is checked (${findings.length} claims at version ${doc.version})`);
      const sources = new Set(findings.flatMap((f) => f.evidence.map((e) => e.source.id)));
      assert.ok(!sources.has('draft.md'), `the draft is not its own evidence: ${[...sources].join(', ')}`);
      assert.ok(sources.has('corpus/council-vote.md'), 'the other files are evidence');
    } finally {
      await config().update('corpusFolders', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => api.corpus.folders()[0]?.path.endsWith('/corpus'), 'the default corpus/ folder again');
  });

  test('a corpus folder with a symbolic-link loop is read once per file', async () => {
    await api.corpus.whenLoaded();
    const sources = api.corpus.status.sources;
    const loop = workspaceUri('corpus', 'zz-loop');
    fs.mkdirSync(loop.fsPath);
    fs.symlinkSync('..', `${loop.fsPath}/up`);
    fs.symlinkSync('../zz-loop', `${loop.fsPath}/self`);
    try {
      await vscode.commands.executeCommand('corroborate.rebuildIndex');
      await api.corpus.whenLoaded();
      assert.strictEqual(api.corpus.status.state, 'ready');
      assert.strictEqual(api.corpus.status.sources, sources, 'no source is read twice through the links');
    } finally {
      fs.rmSync(loop.fsPath, { recursive: true, force: true });
    }
    await vscode.commands.executeCommand('corroborate.rebuildIndex');
    await api.corpus.whenLoaded();
  });

  test('a folder of sources moved into the corpus is indexed whole', async () => {
    await api.corpus.whenLoaded();
    const sources = api.corpus.status.sources;
    // Written outside the corpus, then moved in at once: the watcher sees the folder arrive, not its files.
    const staging = workspaceUri('zz-staging');
    const moved = workspaceUri('corpus', 'zz-moved');
    fs.mkdirSync(`${staging.fsPath}/inner`, { recursive: true });
    fs.writeFileSync(`${staging.fsPath}/a.md`, '# Ferry\n\nThe harbour ferry carried 640 passengers on Sunday.\n');
    fs.writeFileSync(`${staging.fsPath}/inner/b.md`, '# Bridge\n\nThe bridge reopened to cars on Monday after repairs.\n');
    try {
      fs.renameSync(staging.fsPath, moved.fsPath);
      await waitFor(() => api.corpus.status.sources === sources + 2, 'both moved sources to be indexed');
    } finally {
      fs.rmSync(staging.fsPath, { recursive: true, force: true });
      fs.rmSync(moved.fsPath, { recursive: true, force: true });
    }
    await waitFor(() => api.corpus.status.sources === sources, 'the moved sources to leave the index');
  });
});
