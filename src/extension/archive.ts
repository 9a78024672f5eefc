/**
 * The shared PostgreSQL archive in the editor: connects from the `corroborate.database` setting (a URL
 * without a password) and the password kept in SecretStorage, shows the connection in the status bar
 * (connecting, connected, unreachable; a click retries), and checks drafts through it. When it is down or
 * slow, checks fall back to the local corpus folders if there are any, and a message says so once per
 * outage with a Retry button; without local folders a draft is left unchecked rather than shown as
 * supported by nothing. Retrieval happens in the database; claims, stance and verdicts in the engine here.
 */
import * as vscode from 'vscode';
import { createRetrievingChecker, searchPassages, type DocumentFormat, type Finding, type RetrievingChecker } from '../engine';
import { DATABASE_URL_ENV, redactUrl } from '../backends/postgres/config';
import { openArchive, type Archive } from '../backends/postgres/connection';
import { PostgresRetriever } from '../backends/postgres/retriever';
import { contentHash } from '../backends/postgres/sync';
import { COMMANDS } from './constants';
import type { CheckOptions, SearchHit } from './protocol';
import type { SettingsService } from './settings';

/** SecretStorage key of the archive password. */
export const PASSWORD_SECRET = 'corroborate.databasePassword';
/** Connect and statement timeout: a slow archive falls back instead of holding a check. */
const TIMEOUT_MS = 5_000;
/** An unreachable archive is tried again on a check at most this often. */
const RETRY_AFTER_MS = 30_000;

export type ArchiveState = 'off' | 'connecting' | 'connected' | 'unreachable';

export class ArchiveService implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corroborate.archive', vscode.StatusBarAlignment.Left, 99);
  private readonly subscriptions: vscode.Disposable[];
  private stateNow: ArchiveState = 'off';
  private connection: Promise<{ archive: Archive; retriever: PostgresRetriever } | undefined> = Promise.resolve(undefined);
  private checkers = new Map<string, RetrievingChecker>();
  private failedAt = 0;
  private warned = false;
  private lastError = '';
  private readonly changed = new vscode.EventEmitter<ArchiveState>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly settings: SettingsService,
    private readonly log: vscode.LogOutputChannel,
    /** True when local corpus folders can take over. */
    private readonly hasLocalCorpus: () => boolean,
    /** The local corpus folder archived under this label (its index), so evidence opens the local file. */
    private readonly localRootFor: (label: string) => number | undefined = () => undefined,
  ) {
    this.item.name = 'Corroborate archive';
    this.item.command = COMMANDS.retryDatabase;
    this.subscriptions = [
      settings.onDidChange((change) => change.affects('database') && void this.reconnect()),
      context.secrets.onDidChange((e) => e.key === PASSWORD_SECRET && void this.reconnect()),
      vscode.commands.registerCommand(COMMANDS.connectDatabase, () => this.connectCommand()),
      vscode.commands.registerCommand(COMMANDS.retryDatabase, () => this.reconnect()),
      vscode.workspace.registerTextDocumentContentProvider(ARCHIVE_SCHEME, { provideTextDocumentContent: (uri) => this.sourceText(uri) }),
    ];
    void this.reconnect();
  }

  get state(): ArchiveState {
    return this.stateNow;
  }

  /** The archive URL in force: the setting, else CORROBORATE_DATABASE_URL; empty when none. */
  private url(): string {
    return this.settings.get().database || process.env[DATABASE_URL_ENV] || '';
  }

  isConfigured(): boolean {
    return this.url() !== '';
  }

  /** Closes any connection and opens one from the current setting and secret. Resolves when settled. */
  async reconnect(): Promise<ArchiveState> {
    const previous = this.connection;
    this.checkers = new Map();
    const url = this.url();
    if (!url) {
      this.connection = Promise.resolve(undefined);
      this.setState('off');
    } else {
      this.setState('connecting');
      this.connection = this.open(url);
    }
    void previous.then((c) => c?.archive.close());
    await this.connection;
    return this.stateNow;
  }

  private async open(url: string): Promise<{ archive: Archive; retriever: PostgresRetriever } | undefined> {
    const password = await this.context.secrets.get(PASSWORD_SECRET);
    try {
      const archive = await openArchive({ url, ...(password && { password }), timeoutMs: TIMEOUT_MS, maxConnections: 4 });
      const retriever = await new PostgresRetriever(archive).init();
      const { sources, passages } = await retriever.summary();
      this.log.info(`Archive ${archive.where}: connected, ${sources} sources, ${passages} passages.`);
      this.warned = false;
      this.setState('connected', `${sources} sources, ${passages} passages in ${archive.where}`);
      return { archive, retriever };
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  private fail(message: string): void {
    this.failedAt = Date.now();
    this.lastError = message;
    this.log.warn(`Archive: ${message}`);
    this.setState('unreachable', message);
  }

  /**
   * Checks through the archive. Resolves `undefined` when the archive cannot answer, after saying so; the
   * caller then falls back to the local corpus (or leaves the draft unchecked).
   */
  async check(text: string, format: DocumentFormat, options: CheckOptions): Promise<Finding[] | undefined> {
    if (this.stateNow === 'unreachable' && Date.now() - this.failedAt > RETRY_AFTER_MS) void this.reconnect();
    const open = await this.connection;
    if (!open) {
      this.tellFallback();
      return undefined;
    }
    try {
      const itself = await open.retriever.findByHash(contentHash(text));
      const key = JSON.stringify([options, itself ?? null]);
      let checker = this.checkers.get(key);
      if (!checker) this.checkers.set(key, (checker = createRetrievingChecker(open.retriever, options, itself ? { exclude: itself } : {})));
      return toLocalRoots(await checker.check(text, format), (root) => this.localRootFor(open.retriever.roots[root] ?? ''));
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
      this.connection = Promise.resolve(undefined);
      void open.archive.close();
      this.tellFallback();
      return undefined;
    }
  }

  /** Search through the archive; `undefined` when it cannot answer (the caller searches locally). */
  async search(query: string, limit: number): Promise<SearchHit[] | undefined> {
    const open = await this.connection;
    if (!open) return undefined;
    try {
      const hits = await searchPassages(open.retriever, query, limit);
      return hits.map((h) => ({ ...h, source: { ...h.source, root: this.localRootFor(open.retriever.roots[h.source.root] ?? '') ?? ARCHIVE_ONLY_ROOT + h.source.root } }));
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
      this.connection = Promise.resolve(undefined);
      void open.archive.close();
      return undefined;
    }
  }

  /** A read-only document for an archived source that is in no local folder. */
  /** The URI that opens an archive-only source (see {@link ArchiveService.uriOf}). */
  sourceUri(source: { id: string; root: number }): vscode.Uri | undefined {
    return ArchiveService.uriOf(source);
  }

  static uriOf(source: { id: string; root: number }): vscode.Uri | undefined {
    if (source.root < ARCHIVE_ONLY_ROOT) return undefined;
    return vscode.Uri.from({ scheme: ARCHIVE_SCHEME, path: `/${source.root - ARCHIVE_ONLY_ROOT}/${source.id}` });
  }

  private async sourceText(uri: vscode.Uri): Promise<string> {
    const m = /^\/(\d+)\/(.+)$/.exec(uri.path);
    const open = await this.connection;
    if (!m || !open) return `(the archive is not connected: ${this.lastError || 'no archive configured'})`;
    const [found] = await open.retriever.sourceTexts([{ root: Number(m[1]), id: m[2] }]).catch(() => []);
    return found?.text ?? '(this source is no longer in the archive)';
  }

  private tellFallback(): void {
    if (this.warned) return;
    this.warned = true;
    const then = this.hasLocalCorpus()
      ? 'Checking against the local corpus folders instead.'
      : 'No local corpus folder is configured, so drafts are not checked until it is back.';
    void vscode.window.showWarningMessage(`Corroborate: the archive is unavailable (${this.lastError}). ${then}`, 'Retry').then((choice) => {
      if (choice) void this.reconnect();
    });
  }

  /** Asks for the URL and the password; the URL goes to the setting without the password, which goes to SecretStorage. */
  private async connectCommand(): Promise<void> {
    const current = this.settings.get().database;
    const input = await vscode.window.showInputBox({
      title: 'Corroborate: archive database',
      prompt: 'PostgreSQL URL of the shared archive, postgres://user@host:port/database',
      value: current,
      ignoreFocusOut: true,
      validateInput: (v) => (URL.canParse(v.trim()) && /^postgres(?:ql)?:$/.test(new URL(v.trim()).protocol) ? undefined : 'A postgres:// URL'),
    });
    if (input === undefined) return;
    const url = new URL(input.trim());
    let password = decodeURIComponent(url.password);
    url.password = '';
    if (!password) {
      const typed = await vscode.window.showInputBox({ title: 'Corroborate: archive password', prompt: `Password for ${redactUrl(url.toString())} (kept in the secret store; empty for none)`, password: true, ignoreFocusOut: true });
      if (typed === undefined) return;
      password = typed;
    }
    if (password) await this.context.secrets.store(PASSWORD_SECRET, password);
    else await this.context.secrets.delete(PASSWORD_SECRET);
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('corroborate').update('database', url.toString(), target);
    const state = await this.reconnect();
    if (state === 'connected') void vscode.window.showInformationMessage(`Corroborate: connected to the archive at ${redactUrl(url.toString())}.`);
  }

  private setState(state: ArchiveState, detail = ''): void {
    this.stateNow = state;
    if (state === 'off') {
      this.item.hide();
    } else {
      const text = { connecting: '$(sync~spin) Archive: connecting', connected: '$(database) Archive: connected', unreachable: '$(error) Archive: unreachable' }[state];
      const tooltip = `Corroborate archive: ${state}${detail ? ` (${detail})` : ''}.${state === 'connected' ? '' : ' Click to retry.'}`;
      this.item.text = text;
      this.item.tooltip = tooltip;
      this.item.accessibilityInformation = { label: tooltip };
      this.item.show();
    }
    this.changed.fire(state);
  }

  /** The status-bar text (read by tests). */
  get statusText(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    void this.connection.then((c) => c?.archive.close());
    this.item.dispose();
    this.changed.dispose();
  }
}

/**
 * Archived evidence names its folder by the archive's root number. When a local corpus folder is the one
 * archived under that label, evidence points at it (and opens the local file); otherwise the root is moved
 * past every local one, so it can never open the wrong file.
 */
export const ARCHIVE_ONLY_ROOT = 10_000;
/** URI scheme of archived sources opened read-only in the editor. */
export const ARCHIVE_SCHEME = 'corroborate-archive';

function toLocalRoots(findings: Finding[], local: (root: number) => number | undefined): Finding[] {
  // New evidence objects: the checker's cache holds the ones it returned.
  return findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, source: { ...e.source, root: local(e.source.root) ?? ARCHIVE_ONLY_ROOT + e.source.root } })) }));
}
