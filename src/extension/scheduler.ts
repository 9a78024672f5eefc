/**
 * Decides when documents are checked: on open, and after edits once the debounce has passed. A result
 * is stored only if the document is still at the version that was checked; otherwise it is dropped
 * (the edit that made it stale has already scheduled the next check). A check still running when the
 * next one is due is cancelled: it stops at its next block of paragraphs, and the next starts then.
 */
import * as vscode from 'vscode';
import { decodeSourceBytes, formatForPath, type Claim, type DocumentFormat, type Finding, type UncheckedRun } from '../engine';
import { ANNOTATIONS_DIR } from './constants';
import type { CorpusService } from './corpusService';
import { messageOf } from './corpusService';
import { CheckCancelledError, EngineTimeoutError } from './engineBackends';
import type { FindingsStore } from './findingsStore';
import type { CheckOptions } from './protocol';
import type { DraftChecker } from './routedEngine';
import type { SettingKey, SettingsService } from './settings';

/** Schemes of documents that can be drafts, besides those of the workspace folders (virtual workspaces). */
const DRAFT_SCHEMES = ['file', 'untitled'];

/** Settings whose change alters what a check finds (a corpus change re-checks through the corpus). */
const CHECK_SETTINGS: SettingKey[] = ['languages', 'minCheckworthiness', 'maxEvidence', 'checkTimeLimitMs', 'sourceReliability'];

interface DocumentState {
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  /** Stops the running check. */
  cancel?: AbortController;
  /** An edit arrived while a check was running: check again when it ends. */
  again?: boolean;
}

export class Scheduler implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly settled = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly engine: DraftChecker,
    private readonly corpus: CorpusService,
    private readonly settings: SettingsService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((doc) => this.handleOpen(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.handleChange(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.handleClose(doc)),
      corpus.onDidChange(() => this.checkAllOpen()),
      settings.onDidChange((change) => {
        if (CHECK_SETTINGS.some((key) => change.affects(key))) this.checkAllOpen();
      }),
      this.watchClosedDrafts(),
      this.settled,
    ];
  }

  /** True for documents Corroborate checks: a configured language, a real scheme, not a source itself. */
  isDraft(doc: vscode.TextDocument): boolean {
    // Chat inputs, output panes, diff sides and the like are Markdown too, but never drafts.
    const schemes = new Set([...DRAFT_SCHEMES, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)]);
    if (!schemes.has(doc.uri.scheme)) return false;
    if (!this.settings.get(doc.uri).languages.includes(doc.languageId)) return false;
    if (doc.uri.path.includes(`/${ANNOTATIONS_DIR}/`)) return false;
    return !this.corpus.isSourceOnly(doc.uri);
  }

  /** Checks every open draft now, and closed ones checked before (after a corpus or settings change). */
  checkAllOpen(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isDraft(doc)) this.request(doc, 0);
      else this.store.delete(doc.uri);
    }
    for (const entry of this.store.all()) if (!this.openDocument(entry.uri)) void this.checkFile(entry.uri);
  }

  /** Checks `doc` after `delayMs`, replacing any check already waiting. */
  request(doc: vscode.TextDocument, delayMs: number): void {
    const key = doc.uri.toString();
    const state = this.stateOf(key);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (state.running) {
        state.again = true;
        state.cancel?.abort();
      } else this.run(doc, state);
    }, delayMs);
  }

  /** Checks `doc` now and resolves when its findings are stored. */
  async checkNow(doc: vscode.TextDocument): Promise<void> {
    this.request(doc, 0);
    await this.whenIdle(doc.uri);
  }

  /**
   * While the corpus loads, a draft with no findings yet shows its claims at once, marked as being checked
   * (the engine finds them without the corpus); the check that follows fills in their verdicts.
   */
  private async claimsFirst(doc: vscode.TextDocument, signal: AbortSignal): Promise<void> {
    if (!this.isDraft(doc)) return;
    const version = doc.version;
    const text = doc.getText();
    try {
      const claims = await this.engine.claims(text, formatOf(doc), this.optionsFor(doc.uri));
      if (!doc.isClosed && doc.version === version && !signal.aborted && !this.store.get(doc.uri)) this.store.set(doc.uri, version, text, [], { pending: claims });
    } catch (e) {
      this.log.debug(`Finding the claims of ${doc.uri.toString(true)} early failed: ${messageOf(e)}`);
    }
  }

  /** Resolves once no check is waiting or running (for `uri`, or for any document). */
  async whenIdle(uri?: vscode.Uri): Promise<void> {
    await this.corpus.whenLoaded();
    while (!this.isIdle(uri)) {
      await new Promise<void>((resolve) => {
        const listener = this.settled.event(() => {
          listener.dispose();
          resolve();
        });
      });
    }
  }

  private isIdle(uri?: vscode.Uri): boolean {
    const states = uri ? [this.states.get(uri.toString())] : [...this.states.values()];
    return states.every((s) => !s || (!s.timer && !s.running));
  }

  private stateOf(key: string): DocumentState {
    let state = this.states.get(key);
    if (!state) this.states.set(key, (state = {}));
    return state;
  }

  private run(doc: vscode.TextDocument, state: DocumentState): void {
    const cancel = new AbortController();
    state.cancel = cancel;
    state.running = this.check(doc, cancel.signal).finally(() => {
      state.running = undefined;
      state.cancel = undefined;
      if (state.again && !doc.isClosed) {
        state.again = false;
        this.run(doc, state);
      } else {
        state.again = false;
        this.settled.fire();
      }
    });
  }

  private async check(doc: vscode.TextDocument, signal: AbortSignal): Promise<void> {
    if (this.corpus.status.state === 'loading' && !this.store.get(doc.uri)) void this.claimsFirst(doc, signal);
    await this.corpus.whenLoaded();
    if (doc.isClosed || !this.isDraft(doc)) {
      // Claims shown while the corpus loaded, of a file that turned out to be a source, go.
      if (!doc.isClosed && this.store.get(doc.uri)?.partial) this.store.delete(doc.uri);
      return;
    }
    if (!this.corpus.isConfigured() && !this.engine.hasSources?.()) {
      this.store.delete(doc.uri);
      return;
    }
    const version = doc.version;
    const text = doc.getText();
    // Until a draft has a whole result, its check shows the claims of each block of paragraphs as soon as
    // they are judged; later checks keep the previous findings on screen until the whole new result is in.
    const before = this.store.get(doc.uri);
    const partial = before && !before.partial ? undefined : (found: Finding[], pending: Claim[]): void => {
      const current = this.store.get(doc.uri);
      if (!doc.isClosed && doc.version === version && !signal.aborted && (!current || current.partial)) this.store.set(doc.uri, version, text, found, { pending });
    };
    try {
      const started = performance.now();
      const format = formatOf(doc);
      // Asked first: the answer is quick, and it waits in the worker's queue behind the check otherwise.
      const skipped = this.skippedRuns(text, format);
      const findings = await this.engine.check(text, format, this.optionsFor(doc.uri), await this.corpus.sourceFor(doc.uri), signal, partial);
      const checked = performance.now();
      const stale = doc.isClosed || doc.version !== version;
      if (!stale) this.store.set(doc.uri, version, text, findings, { skipped: await skipped });
      const timing = `${Math.round(checked - started)} ms, views updated in ${Math.round(performance.now() - checked)} ms`;
      this.log.debug(`Checked ${doc.uri.toString(true)} v${version}: ${findings.length} claims in ${timing}${stale ? ' (stale, dropped)' : ''}.`);
    } catch (e) {
      if (e instanceof CheckCancelledError) {
        this.log.debug(`Check of ${doc.uri.toString(true)} v${version} cancelled: the draft changed.`);
        return;
      }
      if (e instanceof EngineTimeoutError && !doc.isClosed && doc.version === version) this.store.setUnchecked(doc.uri, version, text, e.message);
      // A first check that failed midway leaves no half result behind as if it were still running.
      else if (this.store.get(doc.uri)?.partial) this.store.delete(doc.uri);
      this.log.error(`Checking ${doc.uri.toString(true)} v${version} failed: ${messageOf(e)}`);
    }
  }

  /**
   * Checks a draft file: through its document when it is open, else from disk. Findings of a closed
   * draft stay in the store until the file changes (re-checked) or is deleted.
   */
  async checkFile(uri: vscode.Uri): Promise<void> {
    const open = this.openDocument(uri);
    if (open) {
      if (this.isDraft(open)) await this.checkNow(open);
      return;
    }
    try {
      const decoded = decodeSourceBytes(uri.path, await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        this.log.warn(`Skipped draft ${uri.toString(true)}: ${decoded.problem.message}`);
        return;
      }
      const format = formatForPath(uri.path);
      const skipped = this.skippedRuns(decoded.text, format);
      const findings = await this.engine.check(decoded.text, format, this.optionsFor(uri), await this.corpus.sourceFor(uri));
      // A closed draft has no editor version; 0 never equals an open document's, so opening it re-checks.
      if (!this.openDocument(uri)) this.store.set(uri, 0, decoded.text, findings, { skipped: await skipped });
    } catch (e) {
      this.log.warn(`Could not check ${uri.toString(true)}: ${messageOf(e)}`);
    }
  }

  /** The runs the check leaves out; a failure to find them is logged and never fails the check itself. */
  private skippedRuns(text: string, format: DocumentFormat): Promise<UncheckedRun[]> {
    return this.engine.unchecked(text, format).catch((e: unknown) => {
      this.log.warn(`Could not find the runs too long to check: ${messageOf(e)}`);
      return [];
    });
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  }

  /** Keeps findings of closed drafts (from Check Workspace) in step with their files. */
  private watchClosedDrafts(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt,html,htm}', true, false, false);
    const known = (uri: vscode.Uri) => this.store.get(uri) !== undefined && !this.openDocument(uri);
    return vscode.Disposable.from(
      watcher,
      watcher.onDidChange((uri) => {
        if (known(uri)) void this.checkFile(uri);
      }),
      watcher.onDidDelete((uri) => {
        if (known(uri)) this.store.delete(uri);
      }),
    );
  }

  /** Engine options from the settings that apply to `uri`. */
  optionsFor(uri: vscode.Uri): CheckOptions {
    const { minCheckworthiness, maxEvidence, sourceReliability } = this.settings.get(uri);
    // Rules in the order the setting lists them; roots named as the report names them (workspace-relative).
    const rules = Object.entries(sourceReliability).map(([pattern, tier]) => ({ pattern, tier }));
    const roots = this.corpus.folders().map((root) => vscode.workspace.asRelativePath(root, false));
    const scope = this.corpus.rootsFor(uri);
    return { minCheckworthiness, maxEvidence, reliability: { rules, roots }, ...(scope && { roots: scope }) };
  }

  private handleOpen(doc: vscode.TextDocument): void {
    if (this.isDraft(doc)) this.request(doc, 0);
  }

  private handleChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || !this.isDraft(e.document)) return;
    this.request(e.document, this.settings.get(e.document.uri).debounceMs);
  }

  private handleClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (state?.timer) clearTimeout(state.timer);
    if (state && !state.running) this.states.delete(key);
    else if (state) state.timer = undefined;
    this.store.delete(doc.uri);
    this.settled.fire();
  }

  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    this.states.clear();
    for (const d of this.subscriptions.reverse()) d.dispose();
  }
}

/** The engine's document format for an editor language, falling back to the file name. */
function formatOf(doc: { languageId: string; uri: vscode.Uri }): DocumentFormat {
  if (doc.languageId === 'markdown') return 'markdown';
  if (doc.languageId === 'plaintext') return 'plaintext';
  if (doc.languageId === 'html') return 'html';
  return formatForPath(doc.uri.path);
}
