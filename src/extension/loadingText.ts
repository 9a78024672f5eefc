/** What the status bar and the sidebar say while the corpus loads. No `vscode` here, so it is unit-tested. */

/** The part of the corpus status this reads (see `CorpusStatus` in corpusService.ts). */
export interface LoadingStatus {
  state: 'empty' | 'loading' | 'ready';
  progress?: { phase: 'reading' | 'indexing'; done: number; total: number };
}

/**
 * While the corpus loads: "reading N of M sources", then "indexing N of M sources" (or "loading the
 * corpus" before the folders are known); undefined once it is loaded.
 */
export function loadingText(status: LoadingStatus): string | undefined {
  if (status.state !== 'loading') return undefined;
  const p = status.progress;
  return p && p.total > 0 ? `${p.phase} ${Math.min(p.done, p.total)} of ${p.total} sources` : 'loading the corpus';
}
