/**
 * The single source of findings: one entry per checked document. Decorations, diagnostics, hovers, code
 * actions, the status bar and the tree all render from here and nothing else.
 */
import * as vscode from 'vscode';
import type { Claim, Finding, UncheckedRun } from '../engine';

/** A decision on a claim. `open` takes a decision back (the claim is up for review again). */
export type ReviewDecision = 'accepted' | 'dismissed' | 'needs-source' | 'open';
export type ReviewScope = 'occurrence' | 'file' | 'workspace';

/** The decision that stands on a claim (the last one recorded), with who made it and when. */
export interface Review {
  decision: Exclude<ReviewDecision, 'open'>;
  scope: ReviewScope;
  note?: string;
  by: string;
  at: string;
  /** How many decisions the claim's history holds (this one included). */
  decisions: number;
}

/** A finding with the reviewer's decision about it, when there is one. */
export type ReviewedFinding = Finding & { review?: Review };

export interface DocumentFindings {
  uri: vscode.Uri;
  /** The document version the findings were computed for. */
  version: number;
  /** The text that was checked (offsets point into it); for drafts that are not open in an editor. */
  text: string;
  findings: ReviewedFinding[];
  /** Why the document has no findings although it is a draft: its check was stopped as too complex. */
  unchecked?: string;
  /** Set while a check of a document with no whole result yet is running: the findings of the part checked so far. */
  partial?: true;
  /** While partial: the claims found but not judged yet (shown as being checked). */
  pending?: Claim[];
  /** Runs of the draft left out of the check as too long to be one statement. */
  skipped?: UncheckedRun[];
}

/** While a first check runs: how many of the draft's claims are judged, of all it found. */
export function judgedSoFar(entry: DocumentFindings): { judged: number; total: number } {
  return { judged: entry.findings.length, total: entry.findings.length + (entry.pending?.length ?? 0) };
}

/** Attaches review decisions to a document's findings. */
export type ApplyReviews = (uri: vscode.Uri, text: string, findings: Finding[]) => ReviewedFinding[];

interface Entry extends DocumentFindings {
  /** Kept so reviews can be re-applied when decisions change, without checking again. */
  raw: Finding[];
}

export class FindingsStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  /** Fires with the documents whose findings changed (or were removed). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly applyReviews: ApplyReviews) {}

  get(uri: vscode.Uri): DocumentFindings | undefined {
    return this.entries.get(uri.toString());
  }

  all(): DocumentFindings[] {
    return [...this.entries.values()];
  }

  /** The unreviewed or reviewed finding whose claim covers `offset` (ends inclusive, for a cursor at the end). */
  findingAt(uri: vscode.Uri, offset: number): ReviewedFinding | undefined {
    return this.get(uri)?.findings.find((f) => f.claim.start <= offset && offset <= f.claim.end);
  }

  /**
   * Stores a check's result for `version` of the document with `text`; while the check goes on, `pending` (the
   * claims not judged yet) is given and the entry is partial. `skipped` are the runs the check left out.
   */
  set(uri: vscode.Uri, version: number, text: string, raw: Finding[], { pending, skipped }: { pending?: Claim[]; skipped?: UncheckedRun[] } = {}): void {
    const extra = { ...(pending && { partial: true as const, pending }), ...(skipped?.length && { skipped }) };
    this.entries.set(uri.toString(), { uri, version, text, raw, findings: this.applyReviews(uri, text, raw), ...extra });
    this.changed.fire([uri]);
  }

  /** The claim being checked (found, not judged yet) that covers `offset`, while a first check is partial. */
  pendingAt(uri: vscode.Uri, offset: number): Claim | undefined {
    return this.get(uri)?.pending?.find((c) => c.start <= offset && offset <= c.end);
  }

  /** Records that `version` of the document could not be checked, and why (shown instead of findings). */
  setUnchecked(uri: vscode.Uri, version: number, text: string, reason: string): void {
    this.entries.set(uri.toString(), { uri, version, text, raw: [], findings: [], unchecked: reason });
    this.changed.fire([uri]);
  }

  delete(uri: vscode.Uri): void {
    if (this.entries.delete(uri.toString())) this.changed.fire([uri]);
  }

  clear(): void {
    const uris = [...this.entries.values()].map((e) => e.uri);
    this.entries.clear();
    if (uris.length > 0) this.changed.fire(uris);
  }

  /** Re-applies review decisions to every document (after the annotations changed). */
  refreshReviews(): void {
    const uris: vscode.Uri[] = [];
    for (const entry of this.entries.values()) {
      entry.findings = this.applyReviews(entry.uri, entry.text, entry.raw);
      uris.push(entry.uri);
    }
    if (uris.length > 0) this.changed.fire(uris);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Findings that still need attention: undecided, or marked as needing a source (not accepted, not dismissed). */
export function openFindings(findings: readonly ReviewedFinding[]): ReviewedFinding[] {
  return findings.filter((f) => !f.review || f.review.decision === 'needs-source');
}
