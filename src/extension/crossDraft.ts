/**
 * Consistency across drafts, in the Problems panel: when two checked drafts state the same fact differently,
 * both statements get an entry (code `inconsistent-across-drafts`) that links the other place and says which
 * corpus passage, if any, settles it. Rendered from the findings store, like every other view; the pairs are
 * found by the engine (findInconsistencies) and judged in the engine's worker, each pair once.
 */
import * as vscode from 'vscode';
import { findInconsistencies, type Inconsistency, type PairVerdict } from '../engine';
import { DIAGNOSTIC_SOURCE } from './constants';
import { textPositions, toRange, type PositionSource } from './convert';
import type { DocumentFindings, FindingsStore } from './findingsStore';

export const INCONSISTENT_CODE = 'inconsistent-across-drafts';
/** Quiet time after a store change before the drafts are compared again. */
const UPDATE_DELAY_MS = 250;
/** Pair verdicts remembered (claim texts rarely change all at once). */
const MEMO_LIMIT = 20_000;
/** What a pair not judged yet counts as. */
const NOT_JUDGED: PairVerdict = { conflicts: false, reasons: [] };

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

export class CrossDraftDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corroborate-consistency');
  private readonly memo = new Map<string, PairVerdict>();
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts updates, so that one overtaken while its pairs were judged renders nothing. */
  private generation = 0;

  /** `judgePairs` asks the engine (in its worker) whether the second claim of each pair states the first's fact differently. */
  constructor(
    private readonly store: FindingsStore,
    private readonly judgePairs: (pairs: [string, string][]) => Promise<PairVerdict[]>,
  ) {
    this.subscription = store.onDidChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
    });
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const entries = this.store.all().filter((e) => e.unchecked === undefined);
    const drafts = entries.map((e) => ({ key: e.uri.toString(), findings: e.findings }));
    // Pairs not judged before are judged together, and only then are the drafts compared again.
    const unknown: [string, string][] = [];
    let found = findInconsistencies(drafts, (a, b) => this.memo.get(pairKey(a, b)) ?? (unknown.push([a, b]), NOT_JUDGED));
    if (unknown.length > 0) {
      let verdicts: PairVerdict[];
      try {
        verdicts = await this.judgePairs(unknown);
      } catch {
        return;
      }
      if (this.memo.size + unknown.length > MEMO_LIMIT) this.memo.clear();
      unknown.forEach(([a, b], i) => this.memo.set(pairKey(a, b), verdicts[i]));
      if (generation !== this.generation) return;
      found = findInconsistencies(drafts, (a, b) => this.memo.get(pairKey(a, b)) ?? NOT_JUDGED);
    }
    const byKey = new Map(entries.map((e) => [e.uri.toString(), e]));
    const diagnostics = new Map<string, vscode.Diagnostic[]>();
    for (const item of found) {
      for (const side of ['a', 'b'] as const) {
        const here = byKey.get(item[side].draft);
        const there = byKey.get(item[side === 'a' ? 'b' : 'a'].draft);
        const diagnostic = here && there && toDiagnostic(item, side, here, there);
        if (!diagnostic || !here) continue;
        diagnostics.set(here.uri.toString(), [...(diagnostics.get(here.uri.toString()) ?? []), diagnostic]);
      }
    }
    this.collection.clear();
    for (const [key, list] of diagnostics) this.collection.set(byKey.get(key)!.uri, list);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.collection.dispose();
  }
}

/** The entry on `side`'s statement, linking the other; undefined while a draft's editor is ahead of its findings. */
function toDiagnostic(item: Inconsistency, side: 'a' | 'b', here: DocumentFindings, there: DocumentFindings): vscode.Diagnostic | undefined {
  const other = side === 'a' ? item.b : item.a;
  const own = item[side];
  const [herePositions, therePositions] = [positionsFor(here), positionsFor(there)];
  if (!herePositions || !therePositions) return undefined;
  const otherRange = toRange(therePositions, other.claim);
  const where = `${vscode.workspace.asRelativePath(there.uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1)}:${other.claim.line}`;
  const why = item.reasons.length > 0 ? ` (${item.reasons.join('; ')})` : '';
  const settled = item.settledBy
    ? ` The corpus backs ${item.settledBy.side === side ? 'this statement' : 'the other one'}: "${item.settledBy.evidence.source.meta.title}" says "${oneLine(item.settledBy.evidence.passage.text)}".`
    : ' No corpus passage settles it.';
  const diagnostic = new vscode.Diagnostic(toRange(herePositions, own.claim), `Stated differently in ${where}: "${oneLine(other.claim.text)}"${why}.${settled}`, vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = INCONSISTENT_CODE;
  diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(there.uri, otherRange), `The other statement: ${oneLine(other.claim.text)}`)];
  return diagnostic;
}

function positionsFor(entry: DocumentFindings): PositionSource | undefined {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entry.uri.toString());
  if (doc) return doc.version === entry.version ? doc : undefined;
  return textPositions(entry.text);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
