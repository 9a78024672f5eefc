/**
 * Review decisions (accept, dismiss, needs a source, reopen; each with an optional note) kept in
 * `<workspace folder>/.corroborate/annotations.json`. The file is meant to be committed: keys and fields are
 * written in a stable order, there is one entry per claim, and its history lists every decision with who
 * made it and when, appended and never rewritten.
 *
 * An entry is anchored by the claim's quote plus a little context on each side. Matching needs the same
 * quote, so an edit elsewhere keeps the decision while a changed claim comes back for review; the
 * context only picks between identical quotes in one file. An unreadable or invalid file is reported
 * and never overwritten: decisions are refused until it is fixed. Writes go through an
 * {@link AnnotationWriter}: queued within this window, locked against other windows, and each applied to
 * what is on disk at that moment, so overlapping decisions are all kept.
 */
import * as vscode from 'vscode';
import type { Finding } from '../engine';
import { appendDecision, CONTEXT_CHARS, matchEntries, type AnnotationAnchor, type AnnotationEvent } from './annotationFile';
import { AnnotationWriter, parseAnnotations, type AnnotationFs, type AnnotationState } from './annotationStore';
import { ANNOTATIONS_DIR, ANNOTATIONS_FILE } from './constants';
import { messageOf, relativePath } from './corpusService';
import type { ReviewDecision, ReviewedFinding, ReviewScope } from './findingsStore';
import type { SettingsService } from './settings';

type FolderState = AnnotationState;

const DECISION_LOG: Record<ReviewDecision, string> = { accepted: 'Accepted', dismissed: 'Dismissed', 'needs-source': 'Marked as needing a source', open: 'Reopened' };

/** What a decision is about. */
export interface DecisionRequest {
  uri: vscode.Uri;
  text: string;
  finding: Finding;
  decision: ReviewDecision;
  scope: ReviewScope;
  note?: string;
}

export class Annotations implements vscode.Disposable {
  private readonly states = new Map<string, FolderState>();
  private readonly writers = new Map<string, AnnotationWriter>();
  /** The newest read started for each folder: an older read that finishes later is dropped. */
  private readonly reads = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after decisions were loaded, written or changed on disk. */
  readonly onDidChange = this.changed.event;
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly settings: SettingsService,
    private readonly log: vscode.LogOutputChannel,
    /** The operating system's name for the user, where the platform can tell (not on the web). */
    private readonly userName: () => string | undefined = () => undefined,
  ) {
    this.subscriptions = [vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll())];
  }

  /** Reads every workspace folder's file and watches them. */
  async loadAll(): Promise<void> {
    for (const d of this.watchers.splice(0)) d.dispose();
    this.states.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      await this.load(folder);
      this.watchers.push(this.watch(folder));
    }
    this.changed.fire();
  }

  /** Why a workspace folder's annotations file is invalid, or undefined when it is fine or absent. */
  problem(folder: vscode.Uri): string | undefined {
    const state = this.states.get(folder.toString());
    return state?.kind === 'invalid' ? state.message : undefined;
  }

  /** The file for a workspace folder. */
  fileUri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, ANNOTATIONS_DIR, ANNOTATIONS_FILE);
  }

  /** Attaches the decisions that apply to a document's findings. */
  apply(uri: vscode.Uri, text: string, findings: Finding[]): ReviewedFinding[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const state = folder && this.states.get(folder.uri.toString());
    if (!folder || state?.kind !== 'valid') return findings;
    const file = relativePath(folder.uri, uri);
    const reviews = matchEntries(Object.values(state.entries), file, text, findings);
    return findings.map((f, i) => (reviews[i] ? { ...f, review: reviews[i] } : f));
  }

  /** Records a decision; resolves false (after telling the user why) when it cannot be stored. */
  async decide(request: DecisionRequest): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(request.uri);
    if (!folder) {
      void vscode.window.showWarningMessage('Corroborate: save the draft inside a workspace folder to record review decisions.');
      return false;
    }
    const file = relativePath(folder.uri, request.uri);
    const { anchor, event } = this.decisionFor(request, file);
    let result;
    try {
      result = await this.writerFor(folder).update((entries) => {
        appendDecision(entries, anchor, event);
      });
    } catch (e) {
      result = { ok: false as const, invalid: false, message: messageOf(e) };
    }
    if (!result.ok) {
      if (result.invalid) this.states.set(folder.uri.toString(), { kind: 'invalid', message: result.message });
      const message = result.invalid
        ? `Corroborate: the decision was not saved because ${this.fileUri(folder).toString(true)} is invalid (${result.message}). Fix or remove the file first.`
        : `Corroborate: cannot write ${this.fileUri(folder).toString(true)}: ${result.message}`;
      this.log.error(message);
      void vscode.window.showErrorMessage(message);
      return false;
    }
    const key = folder.uri.toString();
    // What was just written is newer than any read still under way.
    this.reads.set(key, (this.reads.get(key) ?? 0) + 1);
    this.states.set(key, { kind: 'valid', entries: result.entries });
    this.log.info(`${DECISION_LOG[request.decision]} (${request.scope}) "${anchor.quote}" in ${file} by ${event.by}.`);
    this.changed.fire();
    return true;
  }

  /** One writer per workspace folder, so that folder's decisions are queued one after another. */
  private writerFor(folder: vscode.WorkspaceFolder): AnnotationWriter {
    const key = folder.uri.toString();
    let writer = this.writers.get(key);
    if (!writer) {
      writer = new AnnotationWriter(workspaceFs(vscode.Uri.joinPath(folder.uri, ANNOTATIONS_DIR)), ANNOTATIONS_FILE);
      this.writers.set(key, writer);
    }
    return writer;
  }

  private decisionFor(request: DecisionRequest, file: string): { anchor: AnnotationAnchor; event: AnnotationEvent } {
    const { start, end, text: quote } = request.finding.claim;
    const anchor: AnnotationAnchor = {
      quote,
      prefix: request.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: request.text.slice(end, end + CONTEXT_CHARS),
      file: request.scope === 'workspace' ? undefined : file,
    };
    const note = request.note?.trim();
    const event: AnnotationEvent = {
      status: request.decision,
      scope: request.scope,
      ...(note ? { note } : {}),
      by: this.reviewer(),
      at: new Date().toISOString(),
    };
    return { anchor, event };
  }

  private reviewer(): string {
    const configured = this.settings.get().reviewer.trim();
    if (configured) return configured;
    return this.userName() || 'unknown';
  }

  /**
   * Reads a folder's file into the cache; a bad file is reported once per distinct problem. Watcher events
   * can start reads that overlap (a write, then a delete): only the newest read's result is kept.
   */
  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const ticket = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, ticket);
    const state = await this.read(this.fileUri(folder));
    if (this.reads.get(key) !== ticket) return;
    const previous = this.states.get(key);
    if (state.kind === 'invalid' && (previous?.kind !== 'invalid' || previous.message !== state.message)) {
      const message = `Corroborate: ${this.fileUri(folder).toString(true)} is invalid and will not be changed: ${state.message}`;
      this.log.error(message);
      void vscode.window.showErrorMessage(message);
    }
    this.states.set(key, state);
  }

  private async read(uri: vscode.Uri): Promise<FolderState> {
    try {
      return parseAnnotations(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { kind: 'missing' };
      return { kind: 'invalid', message: `cannot read it (${messageOf(e)})` };
    }
  }

  private watch(folder: vscode.WorkspaceFolder): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${ANNOTATIONS_DIR}/${ANNOTATIONS_FILE}`));
    // Deleting the whole `.corroborate` folder does not always report its file as deleted: watch the folder too.
    const folderWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, ANNOTATIONS_DIR), true, true, false);
    const reload = async () => {
      await this.load(folder);
      this.changed.fire();
    };
    return vscode.Disposable.from(
      watcher,
      folderWatcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      folderWatcher.onDidDelete(reload),
    );
  }

  dispose(): void {
    for (const d of this.watchers.splice(0)) d.dispose();
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}

/** {@link AnnotationFs} over `vscode.workspace.fs`, so remote and virtual workspaces work as well. */
function workspaceFs(dir: vscode.Uri): AnnotationFs {
  const at = (name: string) => vscode.Uri.joinPath(dir, name);
  const isCode = (e: unknown, code: string) => e instanceof vscode.FileSystemError && e.code === code;
  return {
    async read(name) {
      try {
        return await vscode.workspace.fs.readFile(at(name));
      } catch (e) {
        if (isCode(e, 'FileNotFound')) return undefined;
        throw e;
      }
    },
    write: (name, bytes) => Promise.resolve(vscode.workspace.fs.writeFile(at(name), bytes)),
    async createExclusive(name, bytes) {
      // Written under a name of its own, then renamed into place only if nothing is there yet.
      const temp = at(`${name}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}.new`);
      await vscode.workspace.fs.writeFile(temp, bytes);
      try {
        await vscode.workspace.fs.rename(temp, at(name), { overwrite: false });
        return true;
      } catch (e) {
        await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
        if (isCode(e, 'FileExists')) return false;
        throw e;
      }
    },
    replace: (from, to) => Promise.resolve(vscode.workspace.fs.rename(at(from), at(to), { overwrite: true })),
    delete: (name) => Promise.resolve(vscode.workspace.fs.delete(at(name))),
    async modified(name) {
      try {
        return (await vscode.workspace.fs.stat(at(name))).mtime;
      } catch {
        return undefined;
      }
    },
    ensureFolder: () => Promise.resolve(vscode.workspace.fs.createDirectory(dir)),
  };
}
