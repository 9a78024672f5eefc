/**
 * The core commands, as one typed map from id to handler. Claim commands take `ClaimArgs` (from hover
 * links, code actions and the tree); run from the palette they act on the claim under the cursor.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Evidence } from '../engine';
import type { Annotations } from './annotations';
import { citedEvidence, conflictingEvidence } from './codeActions';
import { claimArgsSchema } from './commandArgs';
import { toRange } from './convert';
import { COMMANDS, CONFIG_SECTION, SAMPLE_DRAFT } from './constants';
import type { CorpusService } from './corpusService';
import type { EngineClient } from './engineClient';
import type { DocumentFindings, FindingsStore, ReviewDecision, ReviewedFinding, ReviewScope } from './findingsStore';
import type { Reveal } from './reveal';
import type { Scheduler } from './scheduler';

export interface CommandDeps {
  context: vscode.ExtensionContext;
  store: FindingsStore;
  corpus: CorpusService;
  engine: EngineClient;
  scheduler: Scheduler;
  annotations: Annotations;
  reveal: Reveal;
  log: vscode.LogOutputChannel;
}

type CoreCommand =
  | 'accept'
  | 'dismiss'
  | 'markNeedsSource'
  | 'reopen'
  | 'openPassage'
  | 'insertCitation'
  | 'checkDocument'
  | 'checkWorkspace'
  | 'rebuildIndex'
  | 'showLog'
  | 'chooseCorpusFolder'
  | 'openSample';
type Handler = (...args: unknown[]) => unknown;

/** Draft files `Check Workspace` looks at. */
const DRAFT_GLOB = '**/*.{md,markdown,txt,html,htm}';
const DRAFT_EXCLUDE = '{**/node_modules/**,**/.git/**,**/.corroborate/**}';

/** A claim picked by command arguments or by the cursor. */
interface Target {
  uri: vscode.Uri;
  entry: DocumentFindings;
  finding: ReviewedFinding;
  /** The evidence index the arguments named, if any. */
  evidence?: number;
  scope?: ReviewScope;
  note?: string;
  /** Ask for what the arguments leave out (the sidebar's menu), as from the palette. */
  prompt?: boolean;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable {
  const handlers = {
    accept: (args?: unknown) => decide(deps, args, 'accepted'),
    dismiss: (args?: unknown) => decide(deps, args, 'dismissed'),
    markNeedsSource: (args?: unknown) => decide(deps, args, 'needs-source'),
    reopen: (args?: unknown) => decide(deps, args, 'open'),
    openPassage: (args?: unknown) => openPassage(deps, args),
    insertCitation: (args?: unknown) => insertCitation(deps, args),
    checkDocument: () => checkDocument(deps),
    checkWorkspace: () => checkWorkspace(deps),
    rebuildIndex: () => rebuildIndex(deps),
    showLog: () => deps.log.show(),
    chooseCorpusFolder: (folder?: unknown) => chooseCorpusFolder(folder),
    openSample: () => openSample(deps),
  } as const satisfies Record<CoreCommand, Handler>;
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([name, handler]) => vscode.commands.registerCommand(COMMANDS[name as CoreCommand], handler)),
  );
}

/** Finds the claim the arguments (or, without arguments, the cursor) point at; tells the user when none. */
function resolveTarget(store: FindingsStore, args: unknown): Target | undefined {
  if (args === undefined) {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && store.get(editor.document.uri);
    const finding = editor && store.findingAt(editor.document.uri, editor.document.offsetAt(editor.selection.active));
    if (!editor || !entry || !finding) {
      void vscode.window.showInformationMessage('Corroborate: put the cursor on a highlighted claim first.');
      return undefined;
    }
    return { uri: editor.document.uri, entry, finding };
  }
  const parsed = claimArgsSchema.safeParse(args);
  if (!parsed.success) {
    void vscode.window.showErrorMessage('Corroborate: this command needs a claim (a document URI and a claim id).');
    return undefined;
  }
  const uri = vscode.Uri.parse(parsed.data.uri);
  const entry = store.get(uri);
  const finding = entry?.findings.find((f) => f.claim.id === parsed.data.claimId);
  if (!entry || !finding) {
    void vscode.window.showWarningMessage('Corroborate: that claim is no longer in the document (it was edited or re-checked).');
    return undefined;
  }
  return { uri, entry, finding, evidence: parsed.data.evidence, scope: parsed.data.scope, note: parsed.data.note, prompt: parsed.data.prompt };
}

async function decide(deps: CommandDeps, args: unknown, decision: ReviewDecision): Promise<boolean> {
  const target = resolveTarget(deps.store, args);
  if (!target) return false;
  const interactive = args === undefined || target.prompt === true;
  const current = target.finding.review;
  if (decision === 'open' && !current) {
    void vscode.window.showInformationMessage('Corroborate: this claim is already open for review.');
    return false;
  }
  // Reopening appends to the entry of the decision it takes back, so it uses that decision's scope.
  const scope = decision === 'open' ? current?.scope : (target.scope ?? (interactive && decision === 'dismissed' ? await pickScope() : 'occurrence'));
  if (!scope) return false;
  const note = target.note ?? (interactive ? await vscode.window.showInputBox({ prompt: NOTE_PROMPT[decision], placeHolder: 'e.g. confirmed with the press office' }) : undefined);
  if (interactive && note === undefined) return false;
  return deps.annotations.decide({ uri: target.uri, text: target.entry.text, finding: target.finding, decision, scope, note });
}

/** The note prompt per decision (its text is also how the real-VS-Code tests recognise the box). */
const NOTE_PROMPT: Record<ReviewDecision, string> = {
  accepted: 'Optional note for this decision (accepted as checked)',
  dismissed: 'Optional note for this decision (dismissed)',
  'needs-source': 'Optional note for this decision (what source is needed?)',
  open: 'Optional note for this decision (why reopen it?)',
};

async function pickScope(): Promise<ReviewScope | undefined> {
  const items: (vscode.QuickPickItem & { scope: ReviewScope })[] = [
    { label: 'This occurrence', scope: 'occurrence' },
    { label: 'Everywhere in this file', scope: 'file' },
    { label: 'Everywhere in the workspace', scope: 'workspace' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Dismiss this claim where?' }))?.scope;
}

/** The named evidence, else the best conflicting passage, else the best passage. */
function pickEvidence(target: Target, fallback: (finding: ReviewedFinding) => number): Evidence | undefined {
  const index = target.evidence ?? fallback(target.finding);
  const evidence = target.finding.evidence[index];
  if (!evidence) void vscode.window.showInformationMessage('Corroborate: no passage in the corpus addresses this claim.');
  return evidence;
}

function firstConflicting(finding: ReviewedFinding): number {
  return Math.max(conflictingEvidence(finding), 0);
}

async function openPassage(deps: CommandDeps, args: unknown): Promise<void> {
  const target = resolveTarget(deps.store, args);
  const evidence = target && pickEvidence(target, firstConflicting);
  if (evidence) await deps.reveal.passage(evidence);
}

async function insertCitation(deps: CommandDeps, args: unknown): Promise<boolean> {
  const target = resolveTarget(deps.store, args);
  const evidence = target && pickEvidence(target, citedEvidence);
  if (!target || !evidence) return false;
  const doc = await vscode.workspace.openTextDocument(target.uri);
  if (doc.version !== target.entry.version) {
    void vscode.window.showWarningMessage('Corroborate: the document changed since it was checked; try again in a moment.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  const offset = citationOffset(target.finding.claim.text, target.finding.claim.start);
  edit.insert(doc.uri, toRange(doc, { start: offset, end: offset }).start, citationText(deps.corpus, doc.uri, evidence));
  return vscode.workspace.applyEdit(edit);
}

/** Before the claim's closing punctuation, so the citation stays inside its sentence. */
function citationOffset(claimText: string, claimStart: number): number {
  const closing = /[.!?]["'”’)\]]*\s*$/.exec(claimText);
  return claimStart + (closing ? closing.index : claimText.trimEnd().length);
}

/** ` [Title, Outlet, date](url)`, linking the file relative to the draft when the source has no URL. */
export function citationText(corpus: CorpusService, draft: vscode.Uri, evidence: Pick<Evidence, 'source'>): string {
  const { title, outlet, date, url } = evidence.source.meta;
  const label = [title, outlet, date].filter(Boolean).join(', ').replace(/([[\]\\])/g, '\\$1');
  const source = corpus.sourceUri(evidence.source);
  const sameSpace = source.scheme === draft.scheme && source.authority === draft.authority;
  const target = url ?? (sameSpace ? path.posix.relative(path.posix.dirname(draft.path), source.path) : source.toString());
  return ` [${label}](${encodeURI(target).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

async function checkDocument(deps: CommandDeps): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !deps.scheduler.isDraft(doc)) {
    void vscode.window.showInformationMessage('Corroborate: open a Markdown, plain-text or HTML draft to check it.');
    return;
  }
  if (!deps.corpus.isConfigured()) {
    void vscode.window.showWarningMessage('Corroborate: no corpus folder is configured.', 'Choose Folder').then((choice) => {
      if (choice) void vscode.commands.executeCommand(COMMANDS.chooseCorpusFolder);
    });
    return;
  }
  await deps.scheduler.checkNow(doc);
}

/** Checks every draft in the workspace (open ones through the scheduler, the rest from disk). */
async function checkWorkspace(deps: CommandDeps): Promise<number> {
  await deps.corpus.whenLoaded();
  if (!deps.corpus.isConfigured()) {
    void vscode.window.showWarningMessage('Corroborate: no corpus folder is configured.');
    return 0;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Corroborate: checking the workspace', cancellable: true },
    async (progress, token) => {
      const files = (await vscode.workspace.findFiles(DRAFT_GLOB, DRAFT_EXCLUDE, undefined, token)).filter((uri) => !deps.corpus.isSourceOnly(uri));
      let checked = 0;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        await deps.scheduler.checkFile(uri);
        checked++;
      }
      deps.log.info(`Check Workspace: ${checked} of ${files.length} draft(s) checked${token.isCancellationRequested ? ' (cancelled)' : ''}.`);
      return checked;
    },
  );
}

async function rebuildIndex(deps: CommandDeps): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Corroborate: rebuilding the index' }, () => deps.corpus.rebuild());
  const { sources, passages } = deps.corpus.status;
  void vscode.window.setStatusBarMessage(`Corroborate: indexed ${sources} sources, ${passages} passages`, 5_000);
}

/** Sets `corroborate.corpusFolders` to a folder (given, or picked), relative to its workspace folder. */
async function chooseCorpusFolder(given?: unknown): Promise<void> {
  const picked =
    given instanceof vscode.Uri
      ? given
      : (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Use as Corpus' }))?.[0];
  if (!picked) return;
  const folder = vscode.workspace.getWorkspaceFolder(picked);
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, folder?.uri);
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const value = folder ? path.posix.relative(folder.uri.path, picked.path) || '.' : picked.fsPath;
  const target = !vscode.workspace.workspaceFolders
    ? vscode.ConfigurationTarget.Global
    : multiRoot && folder
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : vscode.ConfigurationTarget.Workspace;
  await config.update('corpusFolders', [value], target);
}

/** Opens the bundled sample draft, with the bundled sample sources added to the corpus. */
async function openSample(deps: CommandDeps): Promise<vscode.TextEditor> {
  await deps.corpus.useSample();
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(deps.context.extensionUri, ...SAMPLE_DRAFT));
  return vscode.window.showTextDocument(doc);
}
