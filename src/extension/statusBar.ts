/**
 * The status-bar entry: counts of open contested, unverified and supported claims in the active draft,
 * or "ready" when nothing is contested or unverified, then how many of its claims are reviewed (`$(checklist) 3/8`,
 * "3 of 8 claims reviewed" in the tooltip). A click focuses the Corroborate sidebar.
 */
import * as vscode from 'vscode';
import type { Verdict } from '../engine';
import { FOCUS_SIDEBAR_COMMAND } from './constants';
import type { CorpusService } from './corpusService';
import { loadingText } from './loadingText';
import { judgedSoFar, openFindings, type FindingsStore } from './findingsStore';
import { progressDetail, reviewProgress } from './reviewProgress';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly corpus: CorpusService,
  ) {
    this.item.name = 'Corroborate';
    this.item.command = FOCUS_SIDEBAR_COMMAND;
    this.subscriptions = [
      store.onDidChange(() => this.update()),
      corpus.onDidChange(() => this.update()),
      corpus.onDidChangeStatus(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  /** The text shown now (read by tests). */
  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && this.store.get(editor.document.uri);
    if (!entry) {
      const loading = loadingText(this.corpus.status);
      if (loading) this.show(`$(sync~spin) Corroborate: ${loading}`, `Corroborate is ${loading}; drafts are checked as soon as it is done.`);
      else if (editor && !this.corpus.isConfigured()) this.show('$(circle-slash) Corroborate: no corpus', 'No corpus folder found. Click to open the Corroborate sidebar.');
      else this.item.hide();
      return;
    }
    if (entry.unchecked !== undefined) return this.show('$(warning) Corroborate: not checked', `Corroborate: ${entry.unchecked}. Click to open the sidebar.`);
    if (entry.partial) {
      const { judged, total } = judgedSoFar(entry);
      return this.show(
        `$(sync~spin) Corroborate: checking (${judged} of ${total} claim${total === 1 ? '' : 's'} judged)`,
        'Corroborate is checking this draft: every claim found is underlined, and verdicts appear as the evidence for each part is gathered.',
      );
    }
    const counts: Record<Verdict, number> = { contested: 0, unverified: 0, supported: 0 };
    for (const f of openFindings(entry.findings)) counts[f.verdict]++;
    const summary = `${counts.contested} contested, ${counts.unverified} unverified, ${counts.supported} supported`;
    const progress = reviewProgress(entry.findings);
    const reviewed = progress.total > 0 ? ` $(checklist) ${progress.reviewed}/${progress.total}` : '';
    const detail = progress.total > 0 ? ` ${progressDetail(progress)}.` : '';
    if (counts.contested === 0 && counts.unverified === 0) {
      this.show(`$(check) Corroborate: ready${reviewed}`, `Nothing contested or unverified (${counts.supported} supported).${detail} Click to open the Corroborate sidebar.`);
    } else {
      this.show(`$(warning) ${counts.contested} $(question) ${counts.unverified} $(pass) ${counts.supported}${reviewed}`, `Corroborate: ${summary}.${detail} Click to open the sidebar.`);
    }
  }

  private show(text: string, tooltip: string): void {
    if (this.item.text === text && this.item.tooltip === tooltip) return;
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.item.dispose();
  }
}
