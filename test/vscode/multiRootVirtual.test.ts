// A virtual workspace folder inside a real VS Code: the test registers an in-memory FileSystemProvider
// (`corrofs:`) holding a draft and a corpus, and adds it as a third folder of the runner's multi-root
// workspace (adding a folder to a saved multi-root workspace keeps the extension host running). The draft is
// checked against that folder's corpus, read through vscode.workspace.fs, and a decision is written there.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorroborateApi } from '../../src/extension/extension';
import { activatedApi, closeAllEditors, waitFor } from './util';

const SCHEME = 'corrofs';
const ROOT = vscode.Uri.from({ scheme: SCHEME, path: '/news' });
const CLAIM = 'The Harbourside pool will reopen after repairs costing $1.9 million, the parks office said.';
const SOURCE = ['---', 'title: Pool repairs', 'outlet: Harbourside Herald', '---', '', 'The Harbourside pool will reopen after repairs costing $4.2 million, the parks office said.', ''].join('\n');

/** A small in-memory file system: folders and files by path, with the errors VS Code expects. */
class MemoryFs implements vscode.FileSystemProvider {
  private readonly nodes = new Map<string, { type: vscode.FileType; data: Uint8Array; mtime: number }>([['/', { type: vscode.FileType.Directory, data: new Uint8Array(), mtime: Date.now() }]]);
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const node = this.get(uri);
    return { type: node.type, ctime: node.mtime, mtime: node.mtime, size: node.data.length };
  }
  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    this.get(uri);
    const prefix = uri.path.replace(/\/$/, '') + '/';
    return [...this.nodes.entries()].filter(([p]) => p.startsWith(prefix) && p !== prefix && !p.slice(prefix.length).includes('/')).map(([p, n]) => [p.slice(prefix.length), n.type]);
  }
  createDirectory(uri: vscode.Uri): void {
    this.parent(uri);
    this.nodes.set(uri.path, { type: vscode.FileType.Directory, data: new Uint8Array(), mtime: Date.now() });
  }
  readFile(uri: vscode.Uri): Uint8Array {
    const node = this.get(uri);
    if (node.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return node.data;
  }
  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const exists = this.nodes.has(uri.path);
    if (!exists && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (exists && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.parent(uri);
    this.nodes.set(uri.path, { type: vscode.FileType.File, data: content, mtime: Date.now() });
    this.changed.fire([{ type: exists ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }
  delete(uri: vscode.Uri): void {
    this.get(uri);
    for (const p of [...this.nodes.keys()]) if (p === uri.path || p.startsWith(`${uri.path}/`)) this.nodes.delete(p);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }
  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    const node = this.get(from);
    if (this.nodes.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.parent(to);
    this.nodes.delete(from.path);
    this.nodes.set(to.path, node);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri: from }, { type: vscode.FileChangeType.Created, uri: to }]);
  }
  private get(uri: vscode.Uri) {
    const node = this.nodes.get(uri.path.replace(/(.)\/$/, '$1'));
    if (!node) throw vscode.FileSystemError.FileNotFound(uri);
    return node;
  }
  private parent(uri: vscode.Uri): void {
    const parent = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    if (this.nodes.get(parent)?.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotFound(uri.with({ path: parent }));
  }
}

suite('multi-root: a virtual workspace folder from a FileSystemProvider (real VS Code)', function () {
  let api: CorroborateApi;
  let registration: vscode.Disposable | undefined;
  const at = (...segments: string[]) => vscode.Uri.joinPath(ROOT, ...segments);
  const bytes = (text: string) => new TextEncoder().encode(text);

  suiteSetup(async function () {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) this.skip();
    api = await activatedApi();
    const fs = new MemoryFs();
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, fs, { isCaseSensitive: true });
    for (const dir of [ROOT, at('corpus')]) fs.createDirectory(dir);
    fs.writeFile(at('corpus', 'pool.md'), bytes(SOURCE), { create: true, overwrite: false });
    fs.writeFile(at('draft.md'), bytes(`# Pool\n\n${CLAIM}\n`), { create: true, overwrite: false });
    const count = vscode.workspace.workspaceFolders?.length ?? 0;
    const added = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => {
        listener.dispose();
        resolve();
      });
    });
    assert.ok(vscode.workspace.updateWorkspaceFolders(count, 0, { uri: ROOT, name: 'news' }), 'the virtual folder can be added');
    await added;
    await waitFor(() => api.corpus.folders().some((f) => f.toString() === at('corpus').toString()), 'the virtual corpus folder to be found');
    await api.corpus.whenLoaded();
  });

  suiteTeardown(async () => {
    if (!registration) return;
    await closeAllEditors();
    const index = vscode.workspace.workspaceFolders?.findIndex((f) => f.uri.scheme === SCHEME) ?? -1;
    if (index >= 0) vscode.workspace.updateWorkspaceFolders(index, 1);
    registration.dispose();
  });

  test('a draft in the virtual folder is checked against the corpus read through the provider', async () => {
    const uri = at('draft.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    await api.whenIdle(uri);
    const finding = await waitFor(() => api.store.get(uri)?.findings.find((f) => f.claim.text === CLAIM), 'the virtual draft to be checked');
    assert.strictEqual(finding.verdict, 'contested');
    const conflict = finding.evidence.find((e) => e.stance === 'conflicts');
    assert.ok(conflict, 'a conflicting passage');
    assert.strictEqual(api.corpus.sourceUri(conflict.source).toString(), at('corpus', 'pool.md').toString());
  });

  test('a decision is written into the virtual folder’s annotations file', async () => {
    const uri = at('draft.md');
    const finding = api.store.get(uri)?.findings.find((f) => f.claim.text === CLAIM);
    assert.ok(finding);
    assert.strictEqual(await vscode.commands.executeCommand('corroborate.dismiss', { uri: uri.toString(), claimId: finding.claim.id, scope: 'file', note: 'virtual' }), true);
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(at('.corroborate', 'annotations.json'))));
    assert.deepStrictEqual(Object.values(saved.entries as Record<string, { history: { status: string; note?: string }[] }>).map((e) => e.history.map((h) => `${h.status}:${h.note}`)), [['dismissed:virtual']]);
  });
});
