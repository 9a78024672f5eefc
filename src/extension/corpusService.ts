/**
 * The corpus of source articles: which folders it comes from, reading them through `vscode.workspace.fs`
 * (so virtual workspaces work; on a local disk, node's file system, and unchanged files not at all: see
 * readSource), and keeping the engine's index current as files change.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { decodeSourceBytes } from '../engine';
import { CONTEXT_CORPUS_CONFIGURED, CONTEXT_CORPUS_STATE, DEFAULT_CORPUS_FOLDER, SAMPLE_SOURCES } from './constants';
import type { EngineClient } from './engineClient';
import type { SearchHit, SourceFile } from './protocol';
import type { SettingsService } from './settings';

/** File names read as sources. */
const SOURCE_FILE = /\.(md|markdown|txt|html?)$/i;
/** Folders never descended into. */
const SKIPPED_FOLDER = /^(\.|node_modules$)/;
/** Reads in flight at once; enough to hide latency without flooding a remote file system. */
const READ_CONCURRENCY = 16;
/** Coalesces bursts of file events (a git checkout, a copy) into one re-index. */
const REINDEX_DELAY_MS = 300;

export interface CorpusStatus {
  /** `loading` from activation until the first index is ready, and during every re-index. */
  state: 'empty' | 'loading' | 'ready';
  roots: number;
  sources: number;
  passages: number;
  problems: number;
  /** While loading: files read or indexed so far, of `total`. */
  progress?: { phase: 'reading' | 'indexing'; done: number; total: number };
}

/** A local disk, through node's file system. */
export interface LocalDisk {
  /** A file's or folder's real path, links resolved, so a link loop in the corpus is read once. */
  realPath(fsPath: string): Promise<string>;
  readFile(fsPath: string): Promise<Uint8Array>;
  /** A file's stamp (fileStamp of the engine), or undefined when it cannot be stat'ed. */
  stamp(fsPath: string): Promise<{ key: string; settledMs: number } | undefined>;
}

/**
 * A source as sent to the engine: its text, or, on a local disk, its path and stamp (the engine's worker then
 * reuses the saved segment of an unchanged file without its text, or reads the file itself).
 */
type LoadedFile = SourceFile & {
  root: number;
  /** The file's real path (links resolved) on a local disk, else its URI: one file reached two ways is one source. */
  real: string;
};

/** What one corpus walk has met, by real path, so link loops and folders given twice are read once. */
interface Walk {
  folders: Map<string, string>;
  files: Set<string>;
}

export class CorpusService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the engine holds a new index. */
  readonly onDidChange = this.changed.event;
  private readonly statusChanged = new vscode.EventEmitter<CorpusStatus>();
  /** Fires whenever {@link status} changes, progress included. */
  readonly onDidChangeStatus = this.statusChanged.event;

  private roots: vscode.Uri[] = [];
  /** The workspace folders (URI strings) that named each root; undefined for the sample, which serves all. */
  private rootOwners: (Set<string> | undefined)[] = [];
  private files = new Map<string, LoadedFile>();
  private watchers: vscode.Disposable[] = [];
  private sampleRoot: vscode.Uri | undefined;
  private reindexTimer: NodeJS.Timeout | undefined;
  /** File events seen but not yet indexed: their reads, and a promise settled once they are indexed. */
  private readonly pendingReads = new Set<Promise<void>>();
  private pendingReindex: { promise: Promise<void>; resolve: () => void } | undefined;
  private loading: Promise<void> = Promise.resolve();
  // Loading until the first load says otherwise: "no corpus" is only ever said once the folders are known.
  private currentStatus: CorpusStatus = { state: 'loading', roots: 0, sources: 0, passages: 0, problems: 0 };
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly engine: Pick<EngineClient, 'setCorpus' | 'search'>,
    private readonly settings: SettingsService,
    private readonly log: vscode.LogOutputChannel,
    private readonly extensionUri: vscode.Uri,
    /** A folder on a local disk where the engine worker saves the index between sessions. */
    private readonly storageDir?: string,
    /** Node's access to a local disk (absent on the web, where a URI is its own key and workspace.fs reads). */
    private readonly disk?: LocalDisk,
  ) {
    this.subscriptions = [
      settings.onDidChange((change) => {
        if (change.affects('corpusFolders')) void this.rebuild();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuild()),
    ];
  }

  get status(): CorpusStatus {
    return this.currentStatus;
  }

  isConfigured(): boolean {
    return this.roots.length > 0;
  }

  /**
   * The corpus roots a draft is checked against: those of its own workspace folder plus the bundled
   * sample's; undefined (every root) for a document outside the workspace folders.
   */
  rootsFor(uri: vscode.Uri): number[] | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || (vscode.workspace.workspaceFolders?.length ?? 0) < 2) return undefined;
    const key = folder.uri.toString();
    return this.roots.flatMap((_root, i) => (this.rootOwners[i] === undefined || this.rootOwners[i].has(key) ? [i] : []));
  }

  /** The corpus folders in root order: `Source.root` indexes this list. */
  folders(): readonly vscode.Uri[] {
    return this.roots;
  }

  /** Resolves once the latest (re)build, including a re-index waiting on file events, has reached the engine. */
  async whenLoaded(): Promise<void> {
    while (this.pendingReindex) await this.pendingReindex.promise;
    await this.loading;
  }

  /** The file a source came from. */
  sourceUri(source: { id: string; root: number }): vscode.Uri {
    const elsewhere = this.externalSourceUri?.(source);
    if (elsewhere) return elsewhere;
    const root = this.roots[source.root];
    if (!root) throw new Error(`no corpus folder number ${source.root}`);
    return vscode.Uri.joinPath(root, ...source.id.split('/'));
  }

  /** Where a source that is in no local corpus folder lives (the archive's read-only documents). */
  externalSourceUri: ((source: { id: string; root: number }) => vscode.Uri | undefined) | undefined;

  /** True for files inside a corpus folder. */
  contains(uri: vscode.Uri): boolean {
    return this.roots.some((root) => isInside(uri, root));
  }

  /**
   * True for files that are sources and never drafts: inside a corpus folder of their own (`corpus/`). When
   * a corpus folder holds a whole workspace folder (`corroborate.corpusFolders: ["."]`), its files are
   * drafts as well, each checked against the other files.
   */
  isSourceOnly(uri: vscode.Uri): boolean {
    const folders = vscode.workspace.workspaceFolders ?? [];
    return this.roots.some((root) => isInside(uri, root) && !folders.some((f) => f.uri.toString() === root.toString() || isInside(f.uri, root)));
  }

  /**
   * The loaded source that is this very file (also when reached through a link), so a draft in the corpus
   * is never checked against itself.
   */
  async sourceFor(uri: vscode.Uri): Promise<{ root: number; id: string } | undefined> {
    const direct = this.files.get(uri.toString());
    if (direct) return { root: direct.root, id: direct.path };
    const real = await this.realKey(uri);
    for (const file of this.files.values()) if (file.real === real) return { root: file.root, id: file.path };
    return undefined;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    await this.whenLoaded();
    return query.trim() ? this.engine.search(query, limit) : [];
  }

  /** Adds the bundled sample sources to the corpus (for the bundled sample draft). */
  async useSample(): Promise<void> {
    this.sampleRoot = vscode.Uri.joinPath(this.extensionUri, ...SAMPLE_SOURCES);
    await this.rebuild();
  }

  /** Re-finds the corpus folders and re-reads every source. */
  rebuild(): Promise<void> {
    this.loading = this.loading.then(() => this.load(), () => this.load());
    return this.loading;
  }

  private async load(): Promise<void> {
    this.setStatus({ ...this.currentStatus, state: 'loading', progress: undefined });
    const { roots, owners, missing } = await this.findRoots();
    this.roots = roots;
    this.rootOwners = owners;
    void vscode.commands.executeCommand('setContext', CONTEXT_CORPUS_CONFIGURED, this.roots.length > 0);
    this.watch(missing);
    this.files = new Map();
    const uris: { uri: vscode.Uri; root: number; real: string }[] = [];
    const walk: Walk = { folders: new Map(), files: new Set() };
    for (const [root, rootUri] of this.roots.entries()) {
      const rootReal = await this.realKey(rootUri);
      const seenAs = walk.folders.get(rootReal);
      if (seenAs !== undefined) {
        this.log.info(`Corpus folder ${rootUri.toString(true)} was already read (as ${seenAs}); read once.`);
        continue;
      }
      for (const found of await this.listSources(rootUri, rootReal, rootReal, walk)) uris.push({ ...found, root });
    }
    let read = 0;
    const step = Math.max(1, Math.floor(uris.length / 100));
    await forEachLimited(uris, READ_CONCURRENCY, async ({ uri, root, real }) => {
      await this.readSource(uri, root, real);
      if (++read % step === 0 || read === uris.length) this.setProgress('reading', read, uris.length);
    });
    await this.pushToEngine();
  }

  /**
   * Configured folders (relative to each workspace folder), else each folder's `corpus/`, plus the sample;
   * and the folders looked for but absent, so that creating one is noticed.
   */
  private async findRoots(): Promise<{ roots: vscode.Uri[]; owners: (Set<string> | undefined)[]; missing: vscode.Uri[] }> {
    const roots: vscode.Uri[] = [];
    const owned = new Map<string, Set<string>>();
    const missing: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const configured = this.settings.get(folder.uri).corpusFolders;
      const candidates = configured.length > 0 ? configured.map((p) => resolveFolder(folder.uri, p)) : [vscode.Uri.joinPath(folder.uri, DEFAULT_CORPUS_FOLDER)];
      for (const candidate of candidates) {
        if (await isDirectory(candidate)) {
          roots.push(candidate);
          const owners = owned.get(candidate.toString()) ?? new Set<string>();
          owners.add(folder.uri.toString());
          owned.set(candidate.toString(), owners);
          continue;
        }
        missing.push(candidate);
        if (configured.length > 0) this.log.warn(`Corpus folder not found: ${candidate.toString(true)}`);
      }
    }
    if (this.sampleRoot) roots.push(this.sampleRoot);
    const unique = dedupe(roots);
    return { roots: unique, owners: unique.map((r) => owned.get(r.toString())), missing };
  }

  /**
   * The source files below `folder` not met before in this walk. Folders and files are known by their real
   * paths, so a link loop or a second link to a folder is walked once, and a link that leaves the corpus
   * folder is followed and logged. Off a local disk, where links cannot be resolved, linked folders are
   * not followed.
   */
  private async listSources(folder: vscode.Uri, real: string, rootReal: string, walk: Walk): Promise<{ uri: vscode.Uri; real: string }[]> {
    walk.folders.set(real, folder.toString(true));
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch (e) {
      this.log.warn(`Cannot list corpus folder ${folder.toString(true)}: ${messageOf(e)}`);
      return [];
    }
    const found: { uri: vscode.Uri; real: string }[] = [];
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      const uri = vscode.Uri.joinPath(folder, name);
      const link = (type & vscode.FileType.SymbolicLink) !== 0;
      const isFolder = (type & vscode.FileType.Directory) !== 0 && !SKIPPED_FOLDER.test(name);
      const isSource = (type & vscode.FileType.File) !== 0 && SOURCE_FILE.test(name);
      if (link && !isFolder && !isSource && SOURCE_FILE.test(name)) this.log.warn(`Skipped source ${uri.toString(true)}: broken symbolic link (its target does not exist).`);
      if (!isFolder && !isSource) continue;
      if (link && isFolder && uri.scheme !== 'file') {
        this.log.info(`Not following the linked folder ${uri.toString(true)}: links are only resolved on a local disk.`);
        continue;
      }
      const childReal = link ? await this.realKey(uri) : uri.scheme === 'file' ? path.join(real, name) : uri.toString();
      if (link && !isInsideKey(childReal, rootReal)) this.log.info(`${uri.toString(true)} is a link to ${childReal}, outside the corpus folder; followed.`);
      if (isFolder) {
        const before = walk.folders.get(childReal);
        if (before === undefined) found.push(...(await this.listSources(uri, childReal, rootReal, walk)));
        else this.log.info(`${uri.toString(true)} leads to ${before}, already read (a link loop, a second link or a folder given twice); read once.`);
      } else if (!walk.files.has(childReal)) {
        walk.files.add(childReal);
        found.push({ uri, real: childReal });
      }
    }
    return found;
  }

  /**
   * Reads one source into `files`; a bad file is logged and left out. A file on a local disk whose stamp has
   * settled (no write can have left it unmoved) is not read here: the engine gets its path and stamp.
   */
  private async readSource(uri: vscode.Uri, root: number, real: string): Promise<void> {
    const path = relativePath(this.roots[root], uri);
    const local = uri.scheme === 'file' ? this.disk : undefined;
    const stamp = await local?.stamp(uri.fsPath);
    if (stamp && stamp.settledMs <= Date.now()) {
      this.files.set(uri.toString(), { path, root, real, fsPath: uri.fsPath, stamp: stamp.key });
      return;
    }
    let bytes: Uint8Array;
    try {
      // workspace.fs answers each read through the workbench: a local disk read directly is many times faster
      // for a corpus of thousands of files.
      bytes = local ? await local.readFile(uri.fsPath) : await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      this.log.warn(`Skipped source ${uri.toString(true)}: cannot read it (${messageOf(e)}).`);
      this.files.delete(uri.toString());
      return;
    }
    const decoded = decodeSourceBytes(path, bytes);
    if (!decoded.ok) {
      this.log.warn(`Skipped source ${uri.toString(true)}: ${decoded.problem.message}`);
      this.files.delete(uri.toString());
      return;
    }
    this.files.set(uri.toString(), { path, root, real, text: decoded.text });
  }

  private async pushToEngine(): Promise<void> {
    const files = [...this.files.values()].sort((a, b) => a.root - b.root || a.path.localeCompare(b.path))
      .map(({ real: _real, ...file }): SourceFile => file);
    try {
      const started = Date.now();
      this.setProgress('indexing', 0, files.length);
      const summary = await this.engine.setCorpus(files, this.roots.map((r) => r.toString()), {
        ...(this.storageDir !== undefined && { storageDir: this.storageDir }),
        onProgress: (done, total) => this.setProgress('indexing', done, total),
      });
      if (summary.notice) this.log.warn(`Saved index: ${summary.notice}`);
      for (const problem of summary.problems) this.log.warn(`Skipped part of source ${problem.path}: ${problem.message}`);
      this.log.info(`Corpus indexed in ${Date.now() - started} ms: ${summary.sources} sources, ${summary.passages} passages from ${this.roots.length} folder(s); ${summary.reused} of ${files.length} files unchanged since they were last indexed.`);
      this.setStatus({
        state: this.roots.length > 0 ? 'ready' : 'empty',
        roots: this.roots.length,
        sources: summary.sources,
        passages: summary.passages,
        problems: summary.problems.length,
      });
    } catch (e) {
      this.log.error(`Indexing the corpus failed: ${messageOf(e)}`);
      this.setStatus({ state: 'empty', roots: this.roots.length, sources: 0, passages: 0, problems: 0 });
    }
    this.changed.fire();
  }

  private setStatus(status: CorpusStatus): void {
    this.currentStatus = status;
    void vscode.commands.executeCommand('setContext', CONTEXT_CORPUS_STATE, status.state === 'loading' || this.roots.length > 0 ? status.state : 'empty');
    this.statusChanged.fire(status);
  }

  private setProgress(phase: 'reading' | 'indexing', done: number, total: number): void {
    if (this.currentStatus.state !== 'loading') return;
    this.setStatus({ ...this.currentStatus, progress: { phase, done, total } });
  }

  /**
   * One watcher per root: a change re-reads just that file, then re-indexes once the burst settles.
   * A corpus folder that appears later (a new `corpus/`) triggers a full rebuild.
   */
  private watch(missing: vscode.Uri[]): void {
    disposeAll(this.watchers);
    this.watchers = missing.map((folder) => {
      const name = folder.path.slice(folder.path.lastIndexOf('/') + 1);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(folder, '..'), name), false, true, true);
      return vscode.Disposable.from(watcher, watcher.onDidCreate(() => void this.rebuild()));
    });
    this.watchers.push(...this.roots.map((root, index) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*'));
      const reread = (uri: vscode.Uri) => {
        if (SOURCE_FILE.test(uri.path)) this.scheduleReindex(this.realKey(uri).then((real) => this.readSource(uri, index, real)));
      };
      // A folder that appears (copied in, or made with files at once) is read whole: a recursive watcher
      // may report the folder and miss the files written into it before it watched them.
      const created = (uri: vscode.Uri) => {
        if (SOURCE_FILE.test(uri.path)) reread(uri);
        else this.scheduleReindex(this.readFolder(uri, index));
      };
      const removed = (uri: vscode.Uri) => {
        const prefix = uri.toString();
        for (const key of [...this.files.keys()]) if (key === prefix || key.startsWith(`${prefix}/`)) this.files.delete(key);
        this.scheduleReindex(Promise.resolve());
      };
      return vscode.Disposable.from(watcher, watcher.onDidCreate(created), watcher.onDidChange(reread), watcher.onDidDelete(removed));
    }));
  }

  /**
   * Reads every source below `folder` of root `index`, if it is a folder and not a link, as one more step of
   * the walk that read the corpus: the root and the files already read count as met, so a link inside it
   * back into the corpus (a loop) reads nothing twice.
   */
  private async readFolder(folder: vscode.Uri, index: number): Promise<void> {
    // A link that appears is left to the next full walk, which knows every folder it has met.
    const type = await vscode.workspace.fs.stat(folder).then((s) => s.type, () => vscode.FileType.Unknown);
    if ((type & vscode.FileType.Directory) === 0 || (type & vscode.FileType.SymbolicLink) !== 0) return;
    const rootReal = await this.realKey(this.roots[index]);
    const walk: Walk = { folders: new Map([[rootReal, this.roots[index].toString(true)]]), files: new Set([...this.files.values()].map((f) => f.real)) };
    const found = await this.listSources(folder, await this.realKey(folder), rootReal, walk);
    await forEachLimited(found, READ_CONCURRENCY, ({ uri, real }) => this.readSource(uri, index, real));
  }

  private scheduleReindex(read: Promise<void>): void {
    this.pendingReads.add(read);
    this.pendingReindex ??= deferred();
    if (this.reindexTimer) clearTimeout(this.reindexTimer);
    this.reindexTimer = setTimeout(() => {
      this.reindexTimer = undefined;
      const reads = [...this.pendingReads];
      this.pendingReads.clear();
      const done = this.pendingReindex;
      this.pendingReindex = undefined;
      this.loading = this.loading.then(() => Promise.all(reads)).then(() => this.pushToEngine());
      void this.loading.then(done?.resolve, done?.resolve);
    }, REINDEX_DELAY_MS);
  }

  dispose(): void {
    if (this.reindexTimer) clearTimeout(this.reindexTimer);
    this.pendingReindex?.resolve();
    disposeAll(this.watchers);
    disposeAll(this.subscriptions);
    this.changed.dispose();
    this.statusChanged.dispose();
  }

  /** The real path of a local file or folder (links resolved), else its URI; what one walk de-duplicates by. */
  private async realKey(uri: vscode.Uri): Promise<string> {
    if (uri.scheme !== 'file') return uri.toString();
    if (!this.disk) return uri.fsPath;
    try {
      return await this.disk.realPath(uri.fsPath);
    } catch {
      return uri.fsPath;
    }
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function resolveFolder(base: vscode.Uri, setting: string): vscode.Uri {
  const isAbsolute = setting.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(setting);
  if (isAbsolute && base.scheme === 'file') return vscode.Uri.file(setting);
  return vscode.Uri.joinPath(base, ...setting.split(/[\\/]/).filter(Boolean));
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

function isInsideKey(key: string, folderKey: string): boolean {
  const sep = folderKey.includes('://') ? '/' : path.sep;
  return key === folderKey || key.startsWith(folderKey.endsWith(sep) ? folderKey : `${folderKey}${sep}`);
}

function isInside(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(base);
}

/** `uri`'s path below `root`, with forward slashes (`uri` is assumed to be inside `root`). */
export function relativePath(root: vscode.Uri, uri: vscode.Uri): string {
  return uri.path.slice(root.path.replace(/\/$/, '').length + 1);
}

function dedupe(uris: vscode.Uri[]): vscode.Uri[] {
  const seen = new Set<string>();
  return uris.filter((u) => !seen.has(u.toString()) && seen.add(u.toString()));
}

async function forEachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function disposeAll(disposables: vscode.Disposable[]): void {
  for (const d of disposables.splice(0).reverse()) d.dispose();
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
