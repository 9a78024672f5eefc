/**
 * The composition root, shared by the desktop or remote extension (extension.ts) and the web extension
 * (extensionWeb.ts): builds every service once, hands each its dependencies, and pushes each disposable
 * exactly once (VS Code disposes `context.subscriptions` in reverse order). What differs between the two
 * comes in a {@link Platform}. Activation stays synchronous; the corpus loads in the background and
 * checks wait for it.
 */
import * as vscode from 'vscode';
import { Annotations } from './annotations';
import type { ArchiveService, ArchiveState } from './archive';
import { CodeActionProvider } from './codeActions';
import { registerCommands } from './commands';
import { COMMANDS } from './constants';
import { CorpusService } from './corpusService';
import { Decorations, type AppliedDecorations } from './decorations';
import type { ViewDeps } from './deps';
import { CrossDraftDiagnostics } from './crossDraft';
import { Diagnostics } from './diagnostics';
import { EngineClient } from './engineClient';
import { registerExportReport } from './exportReport';
import { FindingsStore } from './findingsStore';
import { HoverProvider } from './hover';
import type { Platform } from './platform';
import { createReveal } from './reveal';
import { RoutedEngine } from './routedEngine';
import { Scheduler } from './scheduler';
import { SettingsService } from './settings';
import { registerSearchSources, type SearchPickerState } from './searchSources';
import { StatusBar } from './statusBar';
import { registerContestedTree, type ContestedTree } from './tree/contestedTree';

/** The small, typed API that `activate` returns; the real-VS-Code tests read it. */
export interface CorroborateApi {
  readonly version: string;
  store: FindingsStore;
  corpus: CorpusService;
  /** Offsets currently decorated in `uri`'s visible editors, per verdict. */
  decorations(uri: vscode.Uri): AppliedDecorations;
  /** Resolves once no check is waiting or running (for `uri`, or for any document). */
  whenIdle(uri?: vscode.Uri): Promise<void>;
  /** The sidebar tree's items under `element` (top level when omitted). */
  treeChildren(element?: unknown): Promise<vscode.TreeItem[]>;
  /** The sidebar tree itself: its view, badge, filter, selection and reveal. */
  tree: ContestedTree;
  /** Where the engine runs: a worker (thread or web worker), in-process chunks, or nowhere (a web host without workers). */
  engineMode(): 'worker' | 'in-process' | 'none';
  /** The status-bar text for the active editor. */
  statusText(): string;
  /** The PostgreSQL archive's connection state, and a way to reconnect after a settings change. */
  archive: { state(): ArchiveState; reconnect(): Promise<ArchiveState>; statusText(): string };
  /** Why a workspace folder's .corroborate/annotations.json is invalid; undefined when it is valid or absent. */
  annotationsProblem(folder: vscode.Uri): string | undefined;
  /** What the open Search Sources picker shows, if one is open. */
  searchPicker(): SearchPickerState | undefined;
}

export function activateWith(context: vscode.ExtensionContext, platform: Platform): CorroborateApi {
  const own = <T extends vscode.Disposable>(disposable: T): T => {
    context.subscriptions.push(disposable);
    return disposable;
  };

  // Services
  const log = own(vscode.window.createOutputChannel('Corroborate', { log: true }));
  const settings = own(new SettingsService(log));
  const engine = own(new EngineClient(platform.startWorker(context.extensionUri), log, () => settings.get().checkTimeLimitMs, platform.startInProcess));
  // The archive and the local corpus refer to each other only through these closures, called after both exist.
  const archive: ArchiveService | undefined = platform.archive?.({
    context,
    settings,
    log,
    hasLocalCorpus: (): boolean => corpus.isConfigured(),
    localRootFor: (label: string): number | undefined => {
      const i = corpus.folders().findIndex((root: vscode.Uri) => vscode.workspace.asRelativePath(root, false) === label);
      return i >= 0 ? i : undefined;
    },
  });
  if (archive) own(archive);
  else own(registerNoArchive());
  const routed: RoutedEngine = new RoutedEngine(engine, archive, (): CorpusService => corpus);
  const corpus: CorpusService = own(new CorpusService(routed, settings, log, context.extensionUri, platform.storageDir(context), platform.disk));
  corpus.externalSourceUri = archive && ((source) => archive.sourceUri(source));
  const annotations = own(new Annotations(settings, log, platform.userName));
  const store = own(new FindingsStore((uri, text, findings) => annotations.apply(uri, text, findings)));
  own(annotations.onDidChange(() => store.refreshReviews()));
  const scheduler = own(new Scheduler(store, routed, corpus, settings, log));
  if (archive) own(archive.onDidChange((state) => state === 'connected' && scheduler.checkAllOpen()));
  const reveal = createReveal(corpus);

  // Presentation, all rendered from the store
  const decorations = own(new Decorations(store, settings));
  own(new Diagnostics(store, settings));
  own(new CrossDraftDiagnostics(store, (pairs) => engine.judgePairs(pairs)));
  const statusBar = own(new StatusBar(store, corpus));
  // Every language: only checked drafts are in the store, and `corroborate.languages` may change at run time.
  own(vscode.languages.registerHoverProvider('*', new HoverProvider(store)));
  own(vscode.languages.registerCodeActionsProvider('*', new CodeActionProvider(store), CodeActionProvider.metadata));

  // Commands and views
  own(registerCommands({ context, store, corpus, engine, scheduler, annotations, reveal, log }));
  const viewDeps: ViewDeps = { context, store, corpus, settings, log, reveal };
  const tree = own(registerContestedTree(viewDeps));
  const search = own(registerSearchSources(viewDeps));
  own(registerExportReport(viewDeps));

  // Start. Checks wait for the corpus, whose first index re-checks every open draft; decisions that load
  // later are applied to findings already stored.
  const started = Promise.all([annotations.loadAll(), corpus.rebuild()]).catch((e: unknown) =>
    log.error(`Start-up failed: ${e instanceof Error ? e.message : String(e)}`),
  );
  // Drafts already open show their claims while the corpus loads (the worker is idle until it arrives).
  scheduler.checkAllOpen();

  return {
    version: String(context.extension.packageJSON.version),
    store,
    corpus,
    decorations: (uri) => decorations.decorations(uri),
    whenIdle: async (uri) => {
      await started;
      await scheduler.whenIdle(uri);
    },
    treeChildren: (element) => tree.children(element),
    tree,
    engineMode: () => engine.mode,
    statusText: () => statusBar.text,
    annotationsProblem: (folder) => annotations.problem(folder),
    archive: {
      state: () => archive?.state ?? 'off',
      reconnect: async () => (archive ? archive.reconnect() : 'off'),
      statusText: () => archive?.statusText ?? '',
    },
    searchPicker: () => search.current(),
  };
}

/** Where there is no archive (the web extension), its commands say so instead of failing as unknown. */
function registerNoArchive(): vscode.Disposable {
  const explain = (): void =>
    void vscode.window.showInformationMessage('Corroborate: the PostgreSQL archive needs the desktop or remote extension; in the browser, sources come from the corpus folders.');
  return vscode.Disposable.from(vscode.commands.registerCommand(COMMANDS.connectDatabase, explain), vscode.commands.registerCommand(COMMANDS.retryDatabase, explain));
}
