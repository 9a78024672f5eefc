/**
 * Problems-panel entries for the verdicts named in `corroborate.diagnose` (contested by default), with
 * the severity from `corroborate.diagnosticSeverity` (`corroborate.lowReliabilitySeverity` for a claim contested
 * only by low-reliability sources, which has its own wording and code). Accepted and dismissed claims are left out.
 */
import * as vscode from 'vscode';
import type { Finding, UncheckedRun } from '../engine';
import { DIAGNOSTIC_SOURCE, SKIPPED_CODE } from './constants';
import { textPositions, toRange, toSeverity, type PositionSource } from './convert';
import { diagnosticCode, tierText, verdictText } from './reliabilityText';
import { openFindings, type DocumentFindings, type FindingsStore } from './findingsStore';
import type { SettingsService } from './settings';

export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corroborate');
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly settings: SettingsService,
  ) {
    this.subscriptions = [store.onDidChange((uris) => uris.forEach((u) => this.update(u))), settings.onDidChange(() => this.updateAll())];
  }

  /**
   * Re-renders every stored document without clearing first: a document being edited (its findings a
   * version behind) keeps its entries until its next check, instead of losing them to a settings change.
   */
  private updateAll(): void {
    const stored = new Set(this.store.all().map((entry) => entry.uri.toString()));
    this.collection.forEach((uri) => {
      if (!stored.has(uri.toString())) this.collection.delete(uri);
    });
    for (const entry of this.store.all()) this.update(entry.uri);
  }

  private update(uri: vscode.Uri): void {
    const entry = this.store.get(uri);
    if (!entry) return this.collection.delete(uri);
    const settings = this.settings.get(uri);
    const wanted = new Set(settings.diagnose);
    const positions = positionsFor(entry);
    if (!positions) return;
    if (entry.unchecked !== undefined) return this.collection.set(uri, [uncheckedDiagnostic(entry.unchecked)]);
    const diagnostics = openFindings(entry.findings)
      .filter((f) => wanted.has(f.verdict))
      .map((f) => toDiagnostic(positions, f, toSeverity(f.lowReliability ? settings.lowReliabilitySeverity : settings.diagnosticSeverity[f.verdict])));
    this.collection.set(uri, [...diagnostics, ...(entry.skipped ?? []).map((run) => skippedDiagnostic(positions, run))]);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.collection.dispose();
  }
}

/** The open document at the findings' version, or the checked text for a draft that is not open. */
function positionsFor(entry: DocumentFindings): PositionSource | undefined {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.uri.toString());
  if (doc) return doc.version === entry.version ? doc : undefined;
  return textPositions(entry.text);
}

function toDiagnostic(positions: PositionSource, finding: Finding, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(positions, finding.claim), diagnosticMessage(finding), severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = diagnosticCode(finding);
  return diagnostic;
}

/** One warning at the top of a draft whose check was stopped, so the user knows it was not checked. */
function uncheckedDiagnostic(reason: string): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `Not checked: ${reason}.`, vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = 'not-checked';
  return diagnostic;
}

/** A note on a run the check left out, so that the user knows its statements were not checked, and why. */
function skippedDiagnostic(positions: PositionSource, run: UncheckedRun): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(positions, run), `Not checked: ${run.reason}. Split it into sentences to have it checked.`, vscode.DiagnosticSeverity.Information);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = SKIPPED_CODE;
  return diagnostic;
}

/** "Contested claim: number: 40 vs 400 (Source title)", or why nothing was found; the tier when the source is rated. */
export function diagnosticMessage(finding: Finding): string {
  const label = verdictText(finding);
  const best = finding.evidence[0];
  if (!best) return `${label} claim: no passage in the corpus addresses it.`;
  const why = best.reasons.length > 0 ? best.reasons.join('; ') : best.stance;
  const tier = tierText(best);
  return `${label} claim: ${why} (${best.source.meta.title}${tier ? `; ${tier}` : ''})`;
}
