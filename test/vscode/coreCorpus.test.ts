// The corpus and settings side of the core, inside a real VS Code: a source added to corpus/ is indexed
// by the file watcher and re-checks the open draft; settings choose what is decorated and diagnosed;
// Check Workspace checks drafts that are not open. Everything created here is removed again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Verdict } from '../../src/engine/types';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, closeAllEditors, waitFor, workspaceUri } from './util';

const DRAFT = 'draft.md';

suite('core: corpus, settings and workspace checks (real VS Code)', () => {
  let api: CorroborateApi;
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;

  const verdictOf = (claimText: string): Verdict | undefined => {
    const start = doc.getText().indexOf(claimText);
    return api.store.get(uri)?.findings.find((f) => f.claim.start === start)?.verdict;
  };

  /** The draft's unverified claim, from the findings (EXPECTED.md lists one). */
  const unverifiedClaim = () => {
    const finding = api.store.get(uri)?.findings.find((f) => f.verdict === 'unverified');
    assert.ok(finding, `${DRAFT} has an unverified claim`);
    return finding.claim.text;
  };

  suiteSetup(async () => {
    api = await activatedApi();
    uri = workspaceUri(DRAFT);
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await api.whenIdle(uri);
    await waitFor(() => api.store.get(uri)?.version === doc.version, `${DRAFT} checked`);
  });

  suiteTeardown(closeAllEditors);

  test('while the corpus loads, a draft opened shows its claims at once as being checked, then their verdicts', async () => {
    // The corpus service is held in its loading state (its status and its wait for the load): the scheduler,
    // the engine worker, the store and the decorations are the real ones.
    const corpus = api.corpus;
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loading = { ...corpus.status, state: 'loading' as const };
    Object.defineProperty(corpus, 'status', { configurable: true, get: () => loading });
    Object.defineProperty(corpus, 'whenLoaded', { configurable: true, value: async () => { await gate; } });
    const early = workspaceUri('early-draft.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    try {
      await vscode.workspace.fs.writeFile(early, new TextEncoder().encode(text));
      const opened = await vscode.workspace.openTextDocument(early);
      await vscode.window.showTextDocument(opened);
      const first = await waitFor(() => api.store.get(early), 'the claims of the draft while the corpus loads');
      assert.ok(first.partial && first.findings.length === 0 && (first.pending?.length ?? 0) > 0, `claims only, none judged: ${JSON.stringify({ findings: first.findings.length, pending: first.pending?.length })}`);
      await waitFor(() => api.decorations(early).pending.length === first.pending?.length, 'the claims underlined as being checked');
      assert.strictEqual(api.decorations(early).contested.length + api.decorations(early).supported.length + api.decorations(early).unverified.length, 0, 'no verdict is shown before the corpus is loaded');
      const claims = first.pending?.length;
      delete (corpus as { status?: unknown }).status;
      delete (corpus as { whenLoaded?: unknown }).whenLoaded;
      release();
      const done = await waitFor(() => { const e = api.store.get(early); return e && !e.partial ? e : undefined; }, 'the verdicts once the corpus is loaded');
      assert.strictEqual(done.findings.length, claims, 'every claim shown early gets its verdict');
      assert.strictEqual(api.decorations(early).pending.length, 0, 'no claim is left underlined as pending');
    } finally {
      delete (corpus as { status?: unknown }).status;
      delete (corpus as { whenLoaded?: unknown }).whenLoaded;
      release();
      await closeAllEditors();
      await vscode.workspace.fs.delete(early, { useTrash: false }).then(undefined, () => undefined);
      await vscode.window.showTextDocument(doc);
    }
  });

  test('a source added to corpus/ is indexed and re-checks the open draft; removing it undoes that', async () => {
    const claim = unverifiedClaim();
    const sources = api.corpus.status.sources;
    const added = workspaceUri('corpus', 'zz-added-by-test.md');
    // A source that states the unverified claim, written the way a wire story would.
    const article = ['---', 'title: Port staff news', 'outlet: Test Wire', 'date: 2026-04-01', '---', '', `${claim} The port authority confirmed the date.`, ''].join('\n');
    try {
      await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(article));
      await waitFor(() => api.corpus.status.sources === sources + 1, 'the new source to be indexed');
      await api.whenIdle(uri);
      await waitFor(() => verdictOf(claim) === 'supported', 'the claim to become supported');
    } finally {
      await vscode.workspace.fs.delete(added, { useTrash: false }).then(undefined, () => undefined);
    }
    await waitFor(() => api.corpus.status.sources === sources, 'the removed source to leave the index');
    await api.whenIdle(uri);
    await waitFor(() => verdictOf(claim) === 'unverified', 'the claim to be unverified again');
  });

  test('settings choose the decorated verdicts and the diagnosed ones with their severity; invalid values fall back', async () => {
    const config = () => vscode.workspace.getConfiguration('corroborate');
    const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Corroborate' && d.code !== 'inconsistent-across-drafts');
    const count = (v: Verdict) => api.store.get(uri)?.findings.filter((f) => f.verdict === v).length ?? 0;
    try {
      await config().update('decorate', ['contested'], vscode.ConfigurationTarget.Global);
      await waitFor(() => api.decorations(uri).supported.length === 0 && api.decorations(uri).unverified.length === 0, 'only contested claims decorated');
      assert.strictEqual(api.decorations(uri).contested.length, count('contested'));

      await config().update('diagnose', ['contested', 'unverified'], vscode.ConfigurationTarget.Global);
      await config().update('diagnosticSeverity', 'error', vscode.ConfigurationTarget.Global);
      await waitFor(() => ours().length === count('contested') + count('unverified'), 'contested and unverified diagnostics');
      assert.ok(ours().every((d) => d.severity === vscode.DiagnosticSeverity.Error), 'one severity for all');
      assert.deepStrictEqual([...new Set(ours().map((d) => d.code))].sort(), ['contested', 'unverified']);

      // Not a list of verdicts: the default (every verdict) applies, with a warning.
      await config().update('decorate', 'contested', vscode.ConfigurationTarget.Global);
      await waitFor(() => api.decorations(uri).supported.length === count('supported'), 'the default decorations after an invalid value');
    } finally {
      for (const key of ['decorate', 'diagnose', 'diagnosticSeverity']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => ours().length === count('contested'), 'the default diagnostics again');
  });

  test('Check Workspace checks drafts that are not open, but not the corpus', async () => {
    const closed = workspaceUri('zz-closed-draft.md');
    const claim = unverifiedClaim();
    await vscode.workspace.fs.writeFile(closed, new TextEncoder().encode(`# Another draft\n\n${claim}\n`));
    try {
      const checked = await vscode.commands.executeCommand<number>('corroborate.checkWorkspace');
      assert.ok(checked >= 2, `at least the two drafts were checked (got ${checked})`);
      const entry = api.store.get(closed);
      assert.ok(entry, 'the closed draft has findings');
      assert.deepStrictEqual(entry.findings.map((f) => [f.claim.text, f.verdict]), [[claim, 'unverified']]);
      assert.ok(
        api.store.all().every((e) => !e.uri.path.includes('/corpus/')),
        'no corpus source was checked as a draft',
      );
    } finally {
      await vscode.workspace.fs.delete(closed, { useTrash: false }).then(undefined, () => undefined);
      // Drafts checked from disk stay listed until they change; the views' tests expect only the open draft.
      for (const entry of api.store.all()) if (entry.uri.toString() !== uri.toString()) api.store.delete(entry.uri);
    }
  });
});
