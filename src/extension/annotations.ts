/**
 * Review decisions (accept / dismiss, with an optional note) kept in `<workspace folder>/.corroborate/
 * annotations.json`. The file is meant to be committed: keys and fields are written in a stable order,
 * there is one entry per claim, and each says who decided and when.
 *
 * An entry is anchored by the claim's quote plus a little context on each side. Matching needs the same
 * quote, so an edit elsewhere keeps the decision while a changed claim comes back for review; the
 * context only picks between identical quotes in one file. An unreadable or invalid file is reported
 * and never overwritten: decisions are refused until it is fixed.
 */
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { z } from 'zod';
import type { Finding } from '../engine/types';
import { ANNOTATIONS_DIR, ANNOTATIONS_FILE } from './constants';
import { messageOf } from './corpusService';
import type { ReviewDecision, ReviewedFinding, ReviewScope } from './findingsStore';
import type { SettingsService } from './settings';

/** Characters of context kept on each side of a quote. */
const CONTEXT_CHARS = 40;
const FILE_VERSION = 1;

const entrySchema = z
  .object({
    quote: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
    /** Path relative to the workspace folder; absent for workspace-wide decisions. */
    file: z.string().min(1).optional(),
    decision: z.enum(['accepted', 'dismissed']),
    scope: z.enum(['occurrence', 'file', 'workspace']),
    note: z.string().optional(),
    by: z.string(),
    at: z.iso.datetime(),
  })
  .strict()
  .refine((e) => e.scope === 'workspace' || e.file !== undefined, { message: 'an occurrence or file decision needs "file"' });

// Strict: a field this version does not know would be lost on the next write, so it makes the file invalid.
const fileSchema = z.object({ version: z.literal(FILE_VERSION), entries: z.record(z.string(), entrySchema) }).strict();

export type AnnotationEntry = z.infer<typeof entrySchema>;
/** The order fields are written in, so diffs stay small. */
const FIELD_ORDER: (keyof AnnotationEntry)[] = ['quote', 'prefix', 'suffix', 'file', 'decision', 'scope', 'note', 'by', 'at'];

type FolderState =
  | { kind: 'missing' }
  | { kind: 'valid'; entries: Record<string, AnnotationEntry> }
  | { kind: 'invalid'; message: string };

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
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after decisions were loaded, written or changed on disk. */
  readonly onDidChange = this.changed.event;
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly settings: SettingsService,
    private readonly log: vscode.LogOutputChannel,
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
    const file = relativeFile(folder, uri);
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
    const state = await this.load(folder);
    if (state.kind === 'invalid') {
      const message = `Corroborate: the decision was not saved because ${this.fileUri(folder).toString(true)} is invalid (${state.message}). Fix or remove the file first.`;
      this.log.error(message);
      void vscode.window.showErrorMessage(message);
      return false;
    }
    const entries = { ...(state.kind === 'valid' ? state.entries : {}) };
    const file = relativeFile(folder, request.uri);
    const entry = this.entryFor(request, file);
    entries[entryKey(entry)] = entry;
    try {
      await this.write(folder, entries);
    } catch (e) {
      const message = `Corroborate: cannot write ${this.fileUri(folder).toString(true)}: ${messageOf(e)}`;
      this.log.error(message);
      void vscode.window.showErrorMessage(message);
      return false;
    }
    this.states.set(folder.uri.toString(), { kind: 'valid', entries });
    this.log.info(`${request.decision === 'accepted' ? 'Accepted' : 'Dismissed'} (${request.scope}) "${entry.quote}" in ${file}.`);
    this.changed.fire();
    return true;
  }

  private entryFor(request: DecisionRequest, file: string): AnnotationEntry {
    const { start, end, text: quote } = request.finding.claim;
    return {
      quote,
      prefix: request.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: request.text.slice(end, end + CONTEXT_CHARS),
      file: request.scope === 'workspace' ? undefined : file,
      decision: request.decision,
      scope: request.scope,
      note: request.note?.trim() || undefined,
      by: this.reviewer(),
      at: new Date().toISOString(),
    };
  }

  private reviewer(): string {
    const configured = this.settings.get().reviewer.trim();
    if (configured) return configured;
    try {
      return os.userInfo().username;
    } catch {
      return 'unknown';
    }
  }

  /** Reads a folder's file into the cache; a bad file is reported once per distinct problem. */
  private async load(folder: vscode.WorkspaceFolder): Promise<FolderState> {
    const state = await this.read(this.fileUri(folder));
    const key = folder.uri.toString();
    const previous = this.states.get(key);
    if (state.kind === 'invalid' && (previous?.kind !== 'invalid' || previous.message !== state.message)) {
      const message = `Corroborate: ${this.fileUri(folder).toString(true)} is invalid and will not be changed: ${state.message}`;
      this.log.error(message);
      void vscode.window.showErrorMessage(message);
    }
    this.states.set(key, state);
    return state;
  }

  private async read(uri: vscode.Uri): Promise<FolderState> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { kind: 'missing' };
      return { kind: 'invalid', message: `cannot read it (${messageOf(e)})` };
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (e) {
      return { kind: 'invalid', message: `not valid JSON (${messageOf(e)})` };
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) return { kind: 'invalid', message: z.prettifyError(parsed.error).replace(/\n/g, ' ') };
    return { kind: 'valid', entries: parsed.data.entries };
  }

  /** Writes to a temporary file next to the target, then renames it over the target. */
  private async write(folder: vscode.WorkspaceFolder, entries: Record<string, AnnotationEntry>): Promise<void> {
    const target = this.fileUri(folder);
    const dir = vscode.Uri.joinPath(folder.uri, ANNOTATIONS_DIR);
    await vscode.workspace.fs.createDirectory(dir);
    const temp = vscode.Uri.joinPath(dir, `${ANNOTATIONS_FILE}.${process.pid}.${Date.now()}.tmp`);
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(serialize(entries)));
    try {
      await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (e) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      throw e;
    }
  }

  private watch(folder: vscode.WorkspaceFolder): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${ANNOTATIONS_DIR}/${ANNOTATIONS_FILE}`));
    const reload = async () => {
      await this.load(folder);
      this.changed.fire();
    };
    return vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
  }

  dispose(): void {
    for (const d of this.watchers.splice(0)) d.dispose();
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}

/** The file's text: entries sorted by key, fields in `FIELD_ORDER`, a trailing newline. */
export function serialize(entries: Record<string, AnnotationEntry>): string {
  const sorted: Record<string, Record<string, unknown>> = {};
  for (const key of Object.keys(entries).sort()) {
    const entry = entries[key];
    const ordered: Record<string, unknown> = {};
    for (const field of FIELD_ORDER) if (entry[field] !== undefined) ordered[field] = entry[field];
    sorted[key] = ordered;
  }
  return `${JSON.stringify({ version: FILE_VERSION, entries: sorted }, null, 2)}\n`;
}

/** One key per claim: the quote, plus the file unless the decision is workspace-wide. */
export function entryKey(entry: Pick<AnnotationEntry, 'quote' | 'file' | 'scope'>): string {
  const owner = entry.scope === 'workspace' ? '*' : (entry.file ?? '');
  return createHash('sha256').update(`${owner}\n${normalizeQuote(entry.quote)}`).digest('hex').slice(0, 16);
}

/** Line wrapping and spacing do not change what a claim says. */
function normalizeQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function relativeFile(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
}

type Review = NonNullable<ReviewedFinding['review']>;

/**
 * The review for each finding (by index). An occurrence decision goes to the one finding with its quote
 * whose surroundings look most like the recorded context; file and workspace decisions go to every
 * finding with the quote. The narrowest scope wins.
 */
export function matchEntries(entries: AnnotationEntry[], file: string, text: string, findings: Finding[]): (Review | undefined)[] {
  const reviews: (Review | undefined)[] = findings.map(() => undefined);
  const rank: Record<ReviewScope, number> = { occurrence: 3, file: 2, workspace: 1 };
  const given = findings.map(() => 0);
  const assign = (index: number, entry: AnnotationEntry) => {
    if (rank[entry.scope] <= given[index]) return;
    given[index] = rank[entry.scope];
    reviews[index] = { decision: entry.decision, scope: entry.scope, ...(entry.note ? { note: entry.note } : {}) };
  };
  const byQuote = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const quote = normalizeQuote(f.claim.text);
    byQuote.set(quote, [...(byQuote.get(quote) ?? []), i]);
  });
  for (const entry of entries) {
    if (entry.scope !== 'workspace' && entry.file !== file) continue;
    const candidates = byQuote.get(normalizeQuote(entry.quote)) ?? [];
    if (candidates.length === 0) continue;
    if (entry.scope === 'occurrence') assign(bestByContext(candidates, findings, text, entry), entry);
    else for (const index of candidates) assign(index, entry);
  }
  return reviews;
}

function bestByContext(candidates: number[], findings: Finding[], text: string, entry: AnnotationEntry): number {
  let best = candidates[0];
  let bestScore = -1;
  for (const index of candidates) {
    const { start, end } = findings[index].claim;
    const score =
      commonSuffixLength(text.slice(Math.max(0, start - CONTEXT_CHARS), start), entry.prefix) +
      commonPrefixLength(text.slice(end, end + CONTEXT_CHARS), entry.suffix);
    if (score > bestScore) [best, bestScore] = [index, score];
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
