// Review progress and the audit trail inside a real VS Code: "N of M claims reviewed" in the sidebar and the
// status bar, the four statuses (open, accepted, dismissed, needs a source), Dismiss from the sidebar asking
// for the scope and the note through the real QuickPick and input box, the history in
// .corroborate/annotations.json, Export Report's review state, and the status bar's "ready".
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { reportSchema } from '../../src/engine/report/report';
import type { ExportedReport } from '../../src/extension/exportReport';
import type { CorroborateApi } from '../../src/extension/extension';
import type { ReviewedFinding } from '../../src/extension/findingsStore';
import { activatedApi, closeAllEditors, ui, uiBridge, waitFor, workspaceUri } from './util';

const DRAFT = 'draft.md';

interface SavedFile {
  version: number;
  entries: Record<string, { quote: string; file?: string; history: { status: string; scope: string; note?: string; by: string; at: string }[] }>;
}

suite('review: progress, statuses and the audit trail (real VS Code)', () => {
  let api: CorroborateApi;
  let uri: vscode.Uri;

  const findings = (): ReviewedFinding[] => api.store.get(uri)?.findings ?? [];
  const args = (f: ReviewedFinding) => ({ uri: uri.toString(), claimId: f.claim.id });
  const annotations = () => workspaceUri('.corroborate', 'annotations.json');
  const saved = async (): Promise<SavedFile> => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(annotations())));
  const historyOf = async (quote: string) => Object.values((await saved()).entries).find((e) => e.quote === quote)?.history ?? [];

  async function draftItem(): Promise<vscode.TreeItem> {
    return waitFor(async () => (await api.treeChildren()).find((item) => item.resourceUri?.toString() === uri.toString()), `${DRAFT} in the tree`);
  }

  /** Waits until the sidebar and the status bar both say `reviewed` of the draft's claims are reviewed. */
  async function progressIs(reviewed: number): Promise<void> {
    const total = findings().length;
    await waitFor(async () => String((await draftItem()).description).endsWith(`· ${reviewed} of ${total} reviewed`), `the sidebar to say ${reviewed} of ${total} reviewed`);
    await waitFor(() => api.statusText().endsWith(`$(checklist) ${reviewed}/${total}`), `the status bar to say ${reviewed}/${total} (it says ${api.statusText()})`);
  }

  suiteSetup(async () => {
    api = await activatedApi();
    uri = workspaceUri(DRAFT);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('corroborate.checkDocument');
    await api.whenIdle(uri);
    await waitFor(() => api.store.get(uri)?.version === doc.version, `findings for ${DRAFT}`);
    await vscode.commands.executeCommand('corroborate.filterTree', ['contested', 'unverified']);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('corroborate.filterTree', ['contested']);
    // Emptied before it is deleted: VS Code's watcher drops a deletion that closely follows the file's creation
    // (the last decision's atomic replace), whereas a change always arrives.
    const current = await saved().catch(() => undefined);
    if (current) {
      await vscode.workspace.fs.writeFile(annotations(), new TextEncoder().encode(JSON.stringify({ ...current, entries: {} })));
      await waitFor(() => !findings().some((f) => f.review), 'the decisions to be gone with the emptied file');
    }
    await vscode.workspace.fs.delete(workspaceUri('.corroborate'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await closeAllEditors();
  });

  test('a draft starts with none of its claims reviewed, in the sidebar and the status bar', async () => {
    assert.ok(findings().length >= 3, 'the draft has claims');
    await progressIs(0);
    const tooltip = String((await draftItem()).tooltip);
    assert.match(tooltip, new RegExp(`0 of ${findings().length} claims reviewed \\(${findings().length} open\\)`));
  });

  test('Dismiss from the sidebar asks for the scope and the note, as from the palette, and records both', async function () {
    if (!uiBridge) this.skip();
    await vscode.commands.executeCommand('workbench.view.extension.corroborate');
    const item = await waitFor(async () => (await api.treeChildren(await draftItem())).find((i) => String(i.description).startsWith('Contested')), 'a contested claim in the tree');
    const node = api.tree.nodeOf(item);
    assert.ok(node, 'the tree item has its node');
    const quote = String(item.label);
    // What the item's context menu does: run the command with the item's element.
    const decided = vscode.commands.executeCommand<boolean>('corroborate.dismiss', node);
    ui({ waitFor: '.quick-input-widget input[placeholder="Dismiss this claim where?"]', type: 'in this file', press: 'Enter' });
    ui({ waitFor: '.quick-input-widget >> text=Optional note for this decision (dismissed)', type: 'Press office confirmed the older figure', press: 'Enter' });
    assert.strictEqual(await decided, true, 'the decision is recorded');
    const history = await historyOf(quote);
    assert.deepStrictEqual(
      history.map(({ status, scope, note }) => ({ status, scope, note })),
      [{ status: 'dismissed', scope: 'file', note: 'Press office confirmed the older figure' }],
    );
    assert.ok(history[0].by.length > 0 && !Number.isNaN(Date.parse(history[0].at)), 'who and when are recorded');
    await progressIs(1);
  });

  test('Needs a source keeps the claim in view, marked; Accept takes it out; both count as reviewed', async () => {
    const before = findings().filter((f) => f.review).length;
    const [needs, accept] = findings().filter((f) => !f.review && f.verdict !== 'supported');
    assert.ok(needs && accept, 'two undecided claims that are not supported');
    assert.strictEqual(await vscode.commands.executeCommand('corroborate.markNeedsSource', args(needs)), true);
    assert.strictEqual(await vscode.commands.executeCommand('corroborate.accept', args(accept)), true);
    await progressIs(before + 2);
    const claims = await api.treeChildren(await draftItem());
    const marked = claims.find((i) => i.label === needs.claim.text.replace(/\s+/g, ' ').trim());
    assert.ok(marked, 'the claim that needs a source is still in the tree');
    assert.match(String(marked.description), /· needs a source$/);
    assert.strictEqual(marked.contextValue, 'corroborate.claim.needsSource');
    assert.ok(!claims.some((i) => i.label === accept.claim.text.replace(/\s+/g, ' ').trim()), 'the accepted claim left the tree');
    assert.deepStrictEqual((await historyOf(accept.claim.text)).map((h) => h.status), ['accepted']);
    assert.deepStrictEqual((await historyOf(needs.claim.text)).map((h) => h.status), ['needs-source']);

    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Corroborate');
    const doc = await vscode.workspace.openTextDocument(uri);
    if (needs.verdict === 'contested') assert.ok(diagnostics.some((d) => doc.offsetAt(d.range.start) === needs.claim.start), 'a claim that needs a source stays in Problems');
    assert.ok(!diagnostics.some((d) => doc.offsetAt(d.range.start) === accept.claim.start), 'an accepted claim leaves Problems');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(needs.claim.start + 1));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /Needs a source \(occurrence\) by /);
    assert.ok(text.includes('command:corroborate.reopen?'), 'the hover offers Reopen');
  });

  test('Reopen appends to the history instead of rewriting it, and the claim is open again', async () => {
    const dismissed = findings().find((f) => f.review?.decision === 'dismissed');
    assert.ok(dismissed, 'the claim dismissed from the sidebar');
    const reviewed = findings().filter((f) => f.review).length;
    const before = await saved();
    assert.strictEqual(await vscode.commands.executeCommand('corroborate.reopen', { ...args(dismissed), note: 'new figures from the council' }), true);
    await progressIs(reviewed - 1);
    const after = await saved();
    const history = await historyOf(dismissed.claim.text);
    assert.deepStrictEqual(history.map((h) => `${h.status}/${h.scope}`), ['dismissed/file', 'open/file']);
    assert.strictEqual(history[1].note, 'new figures from the council');
    for (const [key, entry] of Object.entries(before.entries)) {
      assert.deepStrictEqual(after.entries[key].history.slice(0, entry.history.length), entry.history, 'earlier decisions are kept as they were');
    }
    assert.strictEqual(findings().find((f) => f.claim.text === dismissed.claim.text)?.review, undefined);
  });

  test('Export Report carries each claim’s review and the draft’s progress', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-review-export-'));
    try {
      const written = await vscode.commands.executeCommand<ExportedReport>('corroborate.exportReport', vscode.Uri.file(folder), uri);
      assert.ok(written);
      const report = reportSchema.parse(JSON.parse(fs.readFileSync(written.json.fsPath, 'utf8')));
      const file = report.files[0];
      const reviewed = findings().filter((f) => f.review);
      assert.deepStrictEqual(file.review, { reviewed: reviewed.length, total: findings().length });
      for (const f of findings()) {
        const claim = file.claims.find((c) => c.id === f.claim.id);
        assert.strictEqual(claim?.review?.status, f.review?.decision, `the review of "${f.claim.text}"`);
      }
      const markdown = fs.readFileSync(written.markdown.fsPath, 'utf8');
      assert.match(markdown, new RegExp(`^Review: ${reviewed.length} of ${findings().length} claims reviewed \\(1 accepted, 0 dismissed, 1 needing a source; ${findings().length - reviewed.length} open\\)\\.$`, 'm'));
      assert.match(markdown, /\*Needs a source by .+ on \d{4}\\?-\d\d\\?-\d\d\*/, 'who and when, escaped like all text');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the status bar says "ready" once nothing is left contested or unverified', async () => {
    for (const f of findings().filter((x) => x.verdict !== 'supported' && (!x.review || x.review.decision === 'needs-source'))) {
      assert.strictEqual(await vscode.commands.executeCommand('corroborate.accept', args(f)), true);
    }
    await waitFor(() => api.statusText().startsWith('$(check) Corroborate: ready'), `"ready" in the status bar (it says ${api.statusText()})`);
    const reviewed = findings().filter((f) => f.review).length;
    assert.ok(api.statusText().endsWith(`$(checklist) ${reviewed}/${findings().length}`), api.statusText());
  });
});
