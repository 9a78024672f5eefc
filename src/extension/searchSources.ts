/**
 * "Corroborate: Search Sources": a live QuickPick over the corpus passages. Enter opens the passage in its
 * source; the item button inserts a citation of it at the cursor of the editor that was active.
 *
 * Called with a query (a string, as hover links do, or a claim as `ClaimArgs`, as the tree's menu does),
 * the command opens the picker filled in with that query and resolves with the hits of that first search,
 * without waiting for a pick. So `executeCommand('corroborate.searchSources', 'query')` returns the
 * passages (the real-VS-Code tests rely on this) and a user clicking a hover link still sees the picker.
 */
import * as vscode from 'vscode';
import { focusWithin } from '../engine';
import { claimArgsSchema } from './commandArgs';
import { citationText } from './commands';
import { COMMANDS } from './constants';
import type { ViewDeps } from './deps';
import type { SearchHit } from './protocol';

/** Typing pauses shorter than this are one query. */
const SEARCH_DEBOUNCE_MS = 120;
/** Hits listed per query. */
const SEARCH_LIMIT = 30;

const INSERT_CITATION: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('quote'), tooltip: 'Insert citation at the cursor' };

interface HitItem extends vscode.QuickPickItem {
  hit: SearchHit;
}

/** What the open picker shows (read by the real-VS-Code tests). */
export interface SearchPickerState {
  value: string;
  /** Item labels, in order. */
  items: string[];
  /** The query the items are the hits of (the value may be newer, while typing). */
  itemsFor: string | undefined;
  busy: boolean;
}

/** The registration, plus read access to the open picker for tests. */
export interface SearchSourcesRegistration extends vscode.Disposable {
  current(): SearchPickerState | undefined;
}

export function registerSearchSources(deps: ViewDeps): SearchSourcesRegistration {
  const open = new Set<SourcePicker>();
  const command = vscode.commands.registerCommand(COMMANDS.searchSources, (arg?: unknown) => searchSources(deps, initialQuery(deps, arg), open));
  return {
    current: () => [...open].pop()?.state(),
    dispose: () => command.dispose(),
  };
}

/** Opens the picker; resolves with the hits for `query` (none when it is empty). */
async function searchSources(deps: ViewDeps, query: string, open: Set<SourcePicker>): Promise<SearchHit[]> {
  await deps.corpus.whenLoaded();
  if (!deps.corpus.isConfigured()) {
    void vscode.window.showWarningMessage('Corroborate: no corpus folder is configured, so there are no sources to search.', 'Choose Folder').then((choice) => {
      if (choice) void vscode.commands.executeCommand(COMMANDS.chooseCorpusFolder);
    });
    return [];
  }
  const picker = new SourcePicker(deps, vscode.window.activeTextEditor, () => open.delete(picker));
  open.add(picker);
  return picker.open(query);
}

/** One open QuickPick; it disposes itself when hidden. */
class SourcePicker {
  private readonly pick = vscode.window.createQuickPick<HitItem>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Only the newest query's results are shown; slower, older searches are dropped. */
  private generation = 0;
  /** The query last searched; setting the value programmatically echoes back as a change event. */
  private lastQuery: string | undefined;
  /** The query whose hits the picker shows. */
  private shownQuery: string | undefined;

  constructor(
    private readonly deps: ViewDeps,
    /** The editor a citation goes into (the QuickPick does not change the active editor, but the user may). */
    private readonly editor: vscode.TextEditor | undefined,
    private readonly onClosed: () => void,
  ) {
    const { passages, sources } = deps.corpus.status;
    this.pick.title = 'Corroborate: Search Sources';
    this.pick.placeholder = `Search ${passages} passages in ${sources} sources`;
    this.pick.matchOnDescription = false;
    this.pick.matchOnDetail = false;
    this.subscriptions.push(
      this.pick.onDidChangeValue((value) => this.schedule(value)),
      this.pick.onDidAccept(() => this.accept()),
      this.pick.onDidTriggerItemButton((e) => this.cite(e.item.hit)),
      this.pick.onDidHide(() => this.dispose()),
    );
  }

  async open(query: string): Promise<SearchHit[]> {
    this.pick.value = query;
    this.pick.show();
    return this.search(query);
  }

  state(): SearchPickerState {
    return { value: this.pick.value, items: this.pick.items.map((i) => i.label), itemsFor: this.shownQuery, busy: this.pick.busy };
  }

  private schedule(value: string): void {
    clearTimeout(this.timer);
    if (value === this.lastQuery) return;
    this.timer = setTimeout(() => void this.search(value), SEARCH_DEBOUNCE_MS);
  }

  private async search(query: string): Promise<SearchHit[]> {
    const generation = ++this.generation;
    this.lastQuery = query;
    this.pick.busy = true;
    let hits: SearchHit[];
    try {
      hits = await this.deps.corpus.search(query, SEARCH_LIMIT);
    } catch (e) {
      this.deps.log.error(`Search Sources failed for "${query}": ${e instanceof Error ? e.message : String(e)}`);
      hits = [];
    }
    if (generation === this.generation) {
      this.pick.items = hits.map((hit) => toItem(hit, this.editor !== undefined));
      this.shownQuery = query;
      this.pick.busy = false;
    }
    return hits;
  }

  private accept(): void {
    const item = this.pick.selectedItems[0];
    if (!item) return;
    this.pick.hide();
    void this.deps.reveal.passage(item.hit);
  }

  private async cite(hit: SearchHit): Promise<void> {
    const editor = this.editor;
    if (!editor || editor.document.isClosed) {
      void vscode.window.showInformationMessage('Corroborate: open a draft to insert a citation into it.');
      return;
    }
    this.pick.hide();
    const text = citationText(this.deps.corpus, editor.document.uri, hit);
    const inserted = await editor.edit((edit) => edit.insert(editor.selection.active, text));
    if (!inserted) void vscode.window.showWarningMessage('Corroborate: the citation could not be inserted (the editor changed).');
  }

  private dispose(): void {
    this.onClosed();
    clearTimeout(this.timer);
    this.generation++;
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.pick.dispose();
  }
}

function toItem(hit: SearchHit, canCite: boolean): HitItem {
  const { passage, source } = hit;
  const within = focusWithin(passage);
  const focus = passage.text.slice(within.start, within.end);
  return {
    hit,
    label: plainLabel(focus || passage.text),
    // The excerpt usually fills the row and a description would be cut off, so the source goes on the detail line.
    detail: plainLabel([source.meta.title, source.meta.outlet, source.meta.date].filter(Boolean).join(' · ')),
    description: plainLabel(source.id),
    // The engine ranks the hits; QuickPick's own filter on the label would hide most of them.
    alwaysShow: true,
    buttons: canCite ? [INSERT_CITATION] : [],
  };
}

/** Corpus text on one line, with `$(name)` escaped so the QuickPick does not render it as an icon. */
function plainLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\$\(/g, '\\$(');
}

/** The query the command was given: a string, or a claim (`ClaimArgs`) whose text becomes the query. */
function initialQuery(deps: ViewDeps, arg: unknown): string {
  if (typeof arg === 'string') return arg;
  const claim = claimArgsSchema.safeParse(arg);
  if (!claim.success) return '';
  const entry = deps.store.get(vscode.Uri.parse(claim.data.uri));
  return entry?.findings.find((f) => f.claim.id === claim.data.claimId)?.claim.text ?? '';
}
