/**
 * The "Contested statements" sidebar: file → claim → evidence, rendered from the findings store and
 * filtered by verdict (contested only by default). Claims an editor has accepted or dismissed are left
 * out: they no longer need attention; claims marked as needing a source stay, marked so. Each draft says
 * how many of its claims are reviewed ("2 · 3 of 8 reviewed").
 */
import * as vscode from 'vscode';
import { loadingText } from '../loadingText';
import { z } from 'zod';
import { VERDICTS, type Evidence, type Stance, type Verdict } from '../../engine';
import { COMMANDS, CONTESTED_VIEW_ID, TREE_ITEM_CONTEXT } from '../constants';
import type { ClaimArgs } from '../commandArgs';
import { VERDICT_ICONS, VERDICT_LABELS } from '../convert';
import type { ViewDeps } from '../deps';
import { openFindings } from '../findingsStore';
import { DECISION_LABELS, progressDetail, reviewProgress } from '../reviewProgress';
import { tierText, verdictText } from '../reliabilityText';
import type { ReviewedFinding } from '../findingsStore';

// Claim and evidence nodes are also valid `ClaimArgs` (uri, claimId, evidence index): the item context
// menus pass the node itself, so the claim commands (accept, dismiss, open passage, insert citation) take it as is.
interface FileNode {
  kind: 'file';
  doc: vscode.Uri;
}
interface ClaimNode extends ClaimArgs {
  kind: 'claim';
  doc: vscode.Uri;
  finding: ReviewedFinding;
}
interface EvidenceNode extends ClaimArgs {
  kind: 'evidence';
  claim: ClaimNode;
  /** Index into the claim's ranked evidence. */
  evidence: number;
  passage: Evidence;
}
export type TreeNode = FileNode | ClaimNode | EvidenceNode;

/** What `registerContestedTree` returns: the registration, plus read access for the real-VS-Code tests. */
export interface ContestedTree extends vscode.Disposable {
  readonly view: vscode.TreeView<TreeNode>;
  /** The items under `element` (a node or an item this method returned; top level when omitted), as the view shows them. */
  children(element?: unknown): Promise<vscode.TreeItem[]>;
  /** Reveals and selects `element` (a node or an item returned by `children`). */
  reveal(element: unknown): Promise<void>;
  /** Ids of the selected items. */
  selectedIds(): string[];
  /** The element an item's menus pass to their commands (for an item `children` returned). */
  nodeOf(item: vscode.TreeItem): TreeNode | undefined;
  /** The number on the view's badge; 0 when it shows none. */
  badgeCount(): number;
  /** The verdicts the tree currently shows. */
  verdicts(): readonly Verdict[];
}

/** Where the verdict filter is remembered (per workspace). */
const FILTER_STATE_KEY = 'corroborate.tree.verdicts';
const DEFAULT_FILTER: readonly Verdict[] = ['contested'];
const filterSchema = z.array(z.enum(VERDICTS)).min(1);

const VERDICT_ICON_COLOR: Record<Verdict, string> = {
  contested: 'problemsErrorIcon.foreground',
  unverified: 'problemsInfoIcon.foreground',
  supported: 'testing.iconPassed',
};
const verdictIcon = (v: Verdict) => new vscode.ThemeIcon(VERDICT_ICONS[v], new vscode.ThemeColor(VERDICT_ICON_COLOR[v]));

const STANCE_VIEW: Record<Stance, { label: string; icon: vscode.ThemeIcon }> = {
  conflicts: { label: 'conflicting', icon: new vscode.ThemeIcon('close', new vscode.ThemeColor('problemsErrorIcon.foreground')) },
  supports: { label: 'supporting', icon: new vscode.ThemeIcon('check', new vscode.ThemeColor('testing.iconPassed')) },
  mentions: { label: 'mentioning', icon: new vscode.ThemeIcon('quote') },
  unrelated: { label: 'unrelated', icon: new vscode.ThemeIcon('circle-slash') },
};

/** Registers the view, its commands and its badge. */
export function registerContestedTree(deps: ViewDeps): ContestedTree {
  const filter = new VerdictFilter(deps.context.workspaceState, deps.log);
  const provider = new ContestedTreeProvider(deps, filter);
  const view = vscode.window.createTreeView(CONTESTED_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const itemNodes = new WeakMap<vscode.TreeItem, TreeNode>();

  const update = () => {
    provider.refresh();
    const shown = provider.shownFindings();
    view.badge = shown.length > 0 ? { value: shown.length, tooltip: badgeTooltip(shown) } : undefined;
    view.description = filter.get().join(', ');
  };
  update();

  // Tests hand back either a node or an item `children` returned; anything else means the top level.
  const asNode = (element: unknown): TreeNode | undefined => {
    if (element instanceof vscode.TreeItem) return itemNodes.get(element);
    return isTreeNode(element) ? element : undefined;
  };

  // While the corpus loads, the view says how far it is (the status bar says the same).
  const showLoading = () => {
    const loading = loadingText(deps.corpus.status);
    view.message = loading ? `Corroborate is ${loading}…` : undefined;
  };
  showLoading();

  const disposables: vscode.Disposable[] = [
    view,
    provider,
    deps.corpus.onDidChangeStatus(showLoading),
    deps.store.onDidChange(update),
    vscode.commands.registerCommand(COMMANDS.refreshTree, update),
    vscode.commands.registerCommand(COMMANDS.filterTree, async (verdicts?: unknown) => {
      const chosen = verdicts === undefined ? await pickVerdicts(filter.get()) : parseFilterArgument(verdicts);
      if (chosen) {
        await filter.set(chosen);
        update();
      }
      return filter.get();
    }),
    vscode.commands.registerCommand(COMMANDS.revealTreeItem, (node?: TreeNode) => openNode(deps, node ?? view.selection[0])),
  ];

  return {
    view,
    async children(element) {
      const nodes = await provider.getChildren(asNode(element));
      return nodes.map((node) => {
        const item = provider.getTreeItem(node);
        itemNodes.set(item, node);
        return item;
      });
    },
    async reveal(element) {
      const node = asNode(element);
      if (node) await view.reveal(node, { select: true, focus: false, expand: false });
    },
    selectedIds: () => view.selection.map((node) => nodeId(node)),
    nodeOf: (item) => itemNodes.get(item),
    badgeCount: () => view.badge?.value ?? 0,
    verdicts: () => filter.get(),
    dispose: () => vscode.Disposable.from(...disposables).dispose(),
  };
}

class ContestedTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly deps: ViewDeps,
    private readonly filter: VerdictFilter,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Every finding the tree shows, across files. */
  shownFindings(): ReviewedFinding[] {
    return this.deps.store.all().flatMap((doc) => this.shownIn(doc.uri));
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.files();
    if (node.kind === 'file') return this.shownIn(node.doc).map((finding) => claimNode(node.doc, finding));
    if (node.kind === 'claim') {
      return node.finding.evidence.map((passage, evidence) => ({ ...claimArgs(node), kind: 'evidence', claim: node, evidence, passage }));
    }
    return [];
  }

  // Nodes are rebuilt on every refresh; `reveal` finds them again through their ids.
  getParent(node: TreeNode): TreeNode | undefined {
    if (node.kind === 'evidence') return node.claim;
    if (node.kind === 'claim') return { kind: 'file', doc: node.doc };
    return undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'file':
        return this.fileItem(node);
      case 'claim':
        return claimItem(node);
      case 'evidence':
        return evidenceItem(node);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** Drafts with statements to show, and drafts whose review has started (so their progress stays in view). */
  private files(): FileNode[] {
    return this.deps.store
      .all()
      .filter((doc) => this.shownIn(doc.uri).length > 0 || doc.findings.some((f) => f.review))
      .map((doc): FileNode => ({ kind: 'file', doc: doc.uri }))
      .sort((a, b) => relativePath(a.doc).localeCompare(relativePath(b.doc)));
  }

  private shownIn(uri: vscode.Uri): ReviewedFinding[] {
    const verdicts = new Set(this.filter.get());
    const findings = openFindings(this.deps.store.get(uri)?.findings ?? []);
    return findings.filter((f) => verdicts.has(f.verdict)).sort((a, b) => a.claim.start - b.claim.start);
  }

  private fileItem(node: FileNode): vscode.TreeItem {
    const shown = this.shownIn(node.doc).length;
    const item = new vscode.TreeItem(node.doc, shown > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = nodeId(node);
    item.label = relativePath(node.doc);
    const progress = reviewProgress(this.deps.store.get(node.doc)?.findings ?? []);
    item.description = `${shown} · ${progress.reviewed} of ${progress.total} reviewed`;
    item.tooltip = `${relativePath(node.doc)}: ${shown} ${shown === 1 ? 'statement' : 'statements'} shown; ${progressDetail(progress)}`;
    item.contextValue = TREE_ITEM_CONTEXT.file;
    item.command = { command: COMMANDS.revealTreeItem, title: 'Open Draft', arguments: [node] };
    return item;
  }
}

function claimNode(doc: vscode.Uri, finding: ReviewedFinding): ClaimNode {
  // `prompt`: the item menu's Dismiss asks for the scope and the note, as the palette does.
  return { kind: 'claim', uri: doc.toString(), claimId: finding.claim.id, prompt: true, doc, finding };
}

function claimArgs(node: ClaimNode): ClaimArgs {
  return { uri: node.uri, claimId: node.claimId };
}

function claimItem(node: ClaimNode): vscode.TreeItem {
  const { claim, verdict, evidence } = node.finding;
  const state = evidence.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  const item = new vscode.TreeItem(oneLine(claim.text), state);
  item.id = nodeId(node);
  const needsSource = node.finding.review?.decision === 'needs-source' ? ` · ${DECISION_LABELS['needs-source'].toLowerCase()}` : '';
  item.description = `${verdictText(node.finding)} · line ${claim.line}${needsSource}`;
  item.iconPath = verdictIcon(verdict);
  item.contextValue = needsSource ? `${TREE_ITEM_CONTEXT.claim}.needsSource` : TREE_ITEM_CONTEXT.claim;
  item.tooltip = claimTooltip(node.finding);
  item.command = { command: COMMANDS.revealTreeItem, title: 'Reveal Claim', arguments: [node] };
  return item;
}

function evidenceItem(node: EvidenceNode): vscode.TreeItem {
  const { stance, source, reasons } = node.passage;
  const view = STANCE_VIEW[stance];
  const item = new vscode.TreeItem(`${view.label}: ${oneLine(source.meta.title)}`, vscode.TreeItemCollapsibleState.None);
  item.id = nodeId(node);
  const tier = tierText(node.passage);
  item.description = oneLine([tier, reasons[0] ?? byline(node.passage)].filter(Boolean).join(' · '));
  item.iconPath = view.icon;
  item.contextValue = `${TREE_ITEM_CONTEXT.evidence}.${stance}`;
  item.tooltip = evidenceTooltip(node.passage);
  item.command = { command: COMMANDS.revealTreeItem, title: 'Open Passage', arguments: [node] };
  return item;
}

function isTreeNode(value: unknown): value is TreeNode {
  const kind = (value as { kind?: unknown } | undefined)?.kind;
  return kind === 'file' || kind === 'claim' || kind === 'evidence';
}

/** Ids keep the expansion state across refreshes and let `reveal` find rebuilt nodes. */
function nodeId(node: TreeNode): string {
  switch (node.kind) {
    case 'file':
      return `file:${node.doc.toString()}`;
    case 'claim':
      return `claim:${node.uri}#${node.claimId}`;
    case 'evidence':
      return `${nodeId(node.claim)}/evidence:${node.evidence}`;
  }
}

async function openNode(deps: ViewDeps, node: TreeNode | undefined): Promise<void> {
  if (!node) return;
  if (node.kind === 'file') await vscode.window.showTextDocument(node.doc, { preview: true });
  else if (node.kind === 'claim') await deps.reveal.claim(node.doc, node.finding.claim);
  else await deps.reveal.passage(node.passage);
}

// Tooltips are built with appendText wherever draft or corpus text goes in, so it is shown, never interpreted.
function claimTooltip(finding: ReviewedFinding): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${verdictText(finding)}**`);
  if (finding.claim.reasons.length > 0) md.appendText(` — ${finding.claim.reasons.join('; ')}`);
  md.appendMarkdown('\n\n');
  md.appendText(finding.claim.text);
  return md;
}

function evidenceTooltip(e: Evidence): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${STANCE_VIEW[e.stance].label}**: `);
  md.appendText(e.source.meta.title);
  const by = byline(e);
  if (by) md.appendText(` (${by})`);
  md.appendMarkdown('\n\n');
  md.appendText(oneLine(e.passage.text));
  if (e.reasons.length > 0) {
    md.appendMarkdown('\n\n');
    md.appendText(e.reasons.join('; '));
  }
  return md;
}

function badgeTooltip(findings: readonly ReviewedFinding[]): string {
  const counts = VERDICTS.map((v) => [v, findings.filter((f) => f.verdict === v).length] as const).filter(([, n]) => n > 0);
  return counts.map(([v, n]) => `${n} ${v}`).join(', ') + (findings.length === 1 ? ' statement' : ' statements');
}

function byline(e: Evidence): string {
  return [e.source.meta.outlet, e.source.meta.date, tierText(e)].filter(Boolean).join(' · ');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** The verdicts shown, remembered per workspace; a stored value that no longer parses falls back to the default. */
class VerdictFilter {
  constructor(
    private readonly state: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get(): readonly Verdict[] {
    const stored = this.state.get<unknown>(FILTER_STATE_KEY);
    if (stored === undefined) return DEFAULT_FILTER;
    const parsed = filterSchema.safeParse(stored);
    if (!parsed.success) {
      this.log.warn(`Ignoring the stored tree filter ${JSON.stringify(stored)}: not a list of verdicts.`);
      return DEFAULT_FILTER;
    }
    return parsed.data;
  }

  set(verdicts: readonly Verdict[]): Thenable<void> {
    return this.state.update(FILTER_STATE_KEY, VERDICTS.filter((v) => verdicts.includes(v)));
  }
}

/** The multi-select QuickPick of verdicts; undefined when cancelled or nothing was picked. */
async function pickVerdicts(current: readonly Verdict[]): Promise<Verdict[] | undefined> {
  const items = VERDICTS.map((verdict) => ({ label: VERDICT_LABELS[verdict], verdict, picked: current.includes(verdict), iconPath: verdictIcon(verdict) }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Show statements that are…', placeHolder: 'Pick one or more verdicts' });
  if (!picked) return undefined;
  if (picked.length === 0) {
    void vscode.window.showInformationMessage('Corroborate: pick at least one verdict; the filter is unchanged.');
    return undefined;
  }
  return picked.map((p) => p.verdict);
}

/** The filter given to `corroborate.filterTree` by a caller; a bad value is reported and ignored. */
function parseFilterArgument(value: unknown): Verdict[] | undefined {
  const parsed = filterSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  void vscode.window.showErrorMessage(`Corroborate: the tree filter must list one or more of ${VERDICTS.join(', ')}; got ${JSON.stringify(value)}.`);
  return undefined;
}
