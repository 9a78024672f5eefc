/**
 * Every identifier the extension shares with its manifest (package.json) lives here, so code and
 * `contributes` cannot drift apart silently.
 */
import type { Verdict } from '../engine';

/** `publisher.name` from package.json. */
export const EXTENSION_ID = 'corroborate.corroborate';

/** Configuration section: every setting is `corroborate.<key>`. */
export const CONFIG_SECTION = 'corroborate';

/** Diagnostics' `source`, shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Corroborate';
/** Diagnostics' `code` on a run of a draft left out of the check as too long to be one statement. */
export const SKIPPED_CODE = 'too-long-to-check';

/** Activity-bar container and its views. */
export const VIEW_CONTAINER_ID = 'corroborate';
export const CONTESTED_VIEW_ID = 'corroborate.contested';
/** Built-in command that focuses the view container (used by the status bar). */
export const FOCUS_SIDEBAR_COMMAND = `workbench.view.extension.${VIEW_CONTAINER_ID}`;

/** Commands owned by the core of the extension. */
export const COMMANDS = {
  accept: 'corroborate.accept',
  dismiss: 'corroborate.dismiss',
  markNeedsSource: 'corroborate.markNeedsSource',
  reopen: 'corroborate.reopen',
  openPassage: 'corroborate.openPassage',
  insertCitation: 'corroborate.insertCitation',
  checkDocument: 'corroborate.checkDocument',
  checkWorkspace: 'corroborate.checkWorkspace',
  rebuildIndex: 'corroborate.rebuildIndex',
  showLog: 'corroborate.showLog',
  chooseCorpusFolder: 'corroborate.chooseCorpusFolder',
  openSample: 'corroborate.openSample',
  /** src/extension/archive.ts: the PostgreSQL archive. */
  connectDatabase: 'corroborate.connectDatabase',
  retryDatabase: 'corroborate.retryDatabase',
  /** Contributed by the views (src/extension/searchSources.ts); linked from hovers. */
  searchSources: 'corroborate.searchSources',
  /** Views: src/extension/exportReport.ts. */
  exportReport: 'corroborate.exportReport',
  /** Views: src/extension/tree/contestedTree.ts (view title and item menus). */
  filterTree: 'corroborate.filterTree',
  refreshTree: 'corroborate.refreshTree',
  revealTreeItem: 'corroborate.revealTreeItem',
} as const;

/** The commands a hover may run through its links; nothing else is trusted. */
export const HOVER_COMMANDS: readonly string[] = [
  COMMANDS.openPassage,
  COMMANDS.accept,
  COMMANDS.dismiss,
  COMMANDS.markNeedsSource,
  COMMANDS.reopen,
  COMMANDS.searchSources,
];

/** Where review decisions are kept, relative to a workspace folder. */
export const ANNOTATIONS_DIR = '.corroborate';
export const ANNOTATIONS_FILE = 'annotations.json';

/** Default corpus folder looked for in each workspace folder when no folders are configured. */
export const DEFAULT_CORPUS_FOLDER = 'corpus';

/** The sample shipped inside the extension (relative to its root). */
export const SAMPLE_DRAFT = ['corpus', 'sample-draft.md'] as const;
export const SAMPLE_SOURCES = ['corpus', 'sources'] as const;

/** Theme colour ids per verdict, contributed in package.json `contributes.colors`. */
export const COLORS: Readonly<Record<Verdict, { readonly background?: string; readonly border?: string; readonly ruler: string }>> = {
  contested: { background: 'corroborate.contestedBackground', border: 'corroborate.contestedBorder', ruler: 'corroborate.contestedRuler' },
  supported: { background: 'corroborate.supportedBackground', ruler: 'corroborate.supportedRuler' },
  unverified: { border: 'corroborate.unverifiedUnderline', ruler: 'corroborate.unverifiedRuler' },
};

/** The faint underline of claims found but not judged yet, while a draft's first check runs. */
export const PENDING_COLOR = 'corroborate.pendingUnderline';

/** Context key, true once at least one corpus folder exists (the welcome view shows while it is false). */
export const CONTEXT_CORPUS_CONFIGURED = 'corroborate.corpusConfigured';
/** `loading`, `empty` (no corpus folder) or `ready`: which welcome the sidebar shows. */
export const CONTEXT_CORPUS_STATE = 'corroborate.corpusState';

/** `contextValue`s of the contested tree's items; package.json `view/item/context` menus match them. */
export const TREE_ITEM_CONTEXT = {
  file: 'corroborate.file',
  /** `corroborate.claim.needsSource` for a claim marked as needing a source (the menus offer Reopen). */
  claim: 'corroborate.claim',
  evidence: 'corroborate.evidence',
} as const;
