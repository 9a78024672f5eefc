/**
 * "Corroborate: Export Report": writes three files for the current draft, side by side:
 * `<name>.md` (the readable report), `<name>.json` (the report contract, `reportSchema`) and
 * `<name>.jsonld` (ClaimReview JSON-LD for its contested and supported claims).
 *
 * `executeCommand('corroborate.exportReport', folder?: Uri, draft?: Uri)`: with a folder, the files go there
 * as `<draft>.corroborate.*` without any dialog; otherwise a save dialog picks the Markdown file's place and
 * name. The draft defaults to the active editor's document. Resolves with the written files, or undefined.
 *
 * The JSON keeps every claim (it is the check's output, the same contract the CLI prints) with the editor's
 * decision on it (`review`: status, scope, note, who and when) and the draft's review progress; the Markdown
 * says how far the review got and marks each decision; the ClaimReview leaves out dismissed claims, whose rating the editor rejected.
 */
import * as vscode from 'vscode';
import { toClaimReviews, toMarkdownReport, toReport, type Finding, type ReportReview } from '../engine';
import { COMMANDS } from './constants';
import type { ViewDeps } from './deps';
import type { DocumentFindings, Review } from './findingsStore';

/** How long an export waits for a check that is still running on the draft. */
const FRESH_FINDINGS_TIMEOUT_MS = 15_000;
/** Default name of the exported files, after the draft's own name. */
const EXPORT_SUFFIX = '.corroborate';

export interface ExportedReport {
  markdown: vscode.Uri;
  json: vscode.Uri;
  jsonld: vscode.Uri;
}

export function registerExportReport(deps: ViewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.exportReport, (folder?: unknown, draft?: unknown) => exportReport(deps, folder, draft));
}

async function exportReport(deps: ViewDeps, folder: unknown, draft: unknown): Promise<ExportedReport | undefined> {
  if ((folder !== undefined && !(folder instanceof vscode.Uri)) || (draft !== undefined && !(draft instanceof vscode.Uri))) {
    void vscode.window.showErrorMessage('Corroborate: Export Report takes an optional target folder and draft, both as URIs.');
    return undefined;
  }
  const doc = draft ? await vscode.workspace.openTextDocument(draft) : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage('Corroborate: open the draft to export its report.');
    return undefined;
  }
  const entry = await currentFindings(deps, doc);
  if (!entry) return undefined;

  const base = folder ? vscode.Uri.joinPath(folder, stem(doc.uri) + EXPORT_SUFFIX) : await askBase(doc.uri);
  if (!base) return undefined;
  const files = { markdown: withSuffix(base, '.md'), json: withSuffix(base, '.json'), jsonld: withSuffix(base, '.jsonld') };
  const contents = renderReport(deps, doc, entry);
  try {
    await write(files.json, JSON.stringify(contents.json, null, 2));
    await write(files.jsonld, JSON.stringify(contents.jsonld, null, 2));
    await write(files.markdown, contents.markdown);
  } catch (e) {
    const message = `could not write the report next to ${base.toString(true)}: ${e instanceof Error ? e.message : String(e)}`;
    deps.log.error(`Export Report ${message}`);
    void vscode.window.showErrorMessage(`Corroborate: ${message}`);
    return undefined;
  }
  deps.log.info(`Report exported: ${files.markdown.toString(true)} (+ .json, .jsonld).`);
  if (!folder) void announce(files.markdown);
  return files;
}

/** The three renderings of one draft's findings. */
function renderReport(deps: ViewDeps, doc: vscode.TextDocument, entry: DocumentFindings) {
  const date = new Date().toISOString().slice(0, 10);
  const path = vscode.workspace.asRelativePath(doc.uri, false);
  const text = doc.getText();
  const context = {
    tool: { name: 'corroborate', version: String(deps.context.extension.packageJSON.version) },
    roots: deps.corpus.folders().map((root) => vscode.workspace.asRelativePath(root, false)),
  };
  const reviews = new Map(entry.findings.flatMap((f) => (f.review ? [[f.claim.id, toReportReview(f.review)] as const] : [])));
  const report = (findings: Finding[]) => toReport([{ path, text, findings: findings.map(withoutReview), reviews }], context);
  const json = report(entry.findings);
  const published = report(entry.findings.filter((f) => f.review?.decision !== 'dismissed'));
  const author = deps.settings.get(doc.uri).organization;
  return {
    json,
    markdown: toMarkdownReport(json, { date }),
    jsonld: toClaimReviews(published, { author, datePublished: date }),
  };
}

/** The draft's findings for its current version, waiting for a check in flight; undefined (and a message) when there are none. */
async function currentFindings(deps: ViewDeps, doc: vscode.TextDocument): Promise<DocumentFindings | undefined> {
  const name = vscode.workspace.asRelativePath(doc.uri, false);
  const fresh = () => {
    const entry = deps.store.get(doc.uri);
    return entry && entry.version === doc.version ? entry : undefined;
  };
  const now = fresh();
  if (now) return now;
  if (!deps.store.get(doc.uri) && !deps.corpus.isConfigured()) {
    void vscode.window.showWarningMessage(`Corroborate: ${name} has not been checked: no corpus folder is configured.`);
    return undefined;
  }
  const entry = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: `Corroborate: waiting for the check of ${name}` },
    () => waitForStore(deps, fresh),
  );
  if (!entry) void vscode.window.showWarningMessage(`Corroborate: ${name} has no current findings (is it a Markdown, plain-text or HTML draft?). Check it, then export again.`);
  return entry;
}

/** Resolves with `fresh()` once the store makes it defined, or with undefined after the timeout. */
function waitForStore(deps: ViewDeps, fresh: () => DocumentFindings | undefined): Promise<DocumentFindings | undefined> {
  return new Promise((resolve) => {
    const done = (entry: DocumentFindings | undefined) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(entry);
    };
    const listener = deps.store.onDidChange(() => {
      const entry = fresh();
      if (entry) done(entry);
    });
    const timer = setTimeout(() => done(fresh()), FRESH_FINDINGS_TIMEOUT_MS);
  });
}

function toReportReview(review: Review): ReportReview {
  const { decision, scope, note, by, at, decisions } = review;
  return { status: decision, scope, ...(note !== undefined && { note }), by, at, decisions };
}

/** The store's findings carry the editor's review; the report gets it through `reviews`, by claim id. */
function withoutReview(finding: Finding): Finding {
  return { claim: finding.claim, verdict: finding.verdict, evidence: finding.evidence };
}

/** Asks where the Markdown report goes; the result has no extension, the three files add theirs. */
async function askBase(draft: vscode.Uri): Promise<vscode.Uri | undefined> {
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(draft, '..', `${stem(draft)}${EXPORT_SUFFIX}.md`),
    filters: { Markdown: ['md'] },
    saveLabel: 'Export Report',
    title: 'Export Report (the .json and .jsonld files are written next to it)',
  });
  return target && target.with({ path: target.path.replace(/\.md$/i, '') });
}

function withSuffix(uri: vscode.Uri, suffix: string): vscode.Uri {
  return uri.with({ path: uri.path + suffix });
}

function stem(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return name.replace(/\.[^.]*$/, '') || name;
}

function write(uri: vscode.Uri, text: string): Thenable<void> {
  return vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text.endsWith('\n') ? text : `${text}\n`));
}

async function announce(markdown: vscode.Uri): Promise<void> {
  const choice = await vscode.window.showInformationMessage(`Corroborate: report exported to ${vscode.workspace.asRelativePath(markdown, false)}.`, 'Open Report');
  if (choice) await vscode.commands.executeCommand('markdown.showPreview', markdown);
}
