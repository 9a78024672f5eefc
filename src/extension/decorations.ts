/**
 * Highlights claims in visible editors, one decoration type per verdict, coloured by contributed theme
 * colours: contested strong (background and border), supported subtle (background), unverified dotted
 * (underline). Each also marks the overview ruler. Reviewed claims are not highlighted. While a draft's
 * first check runs, the claims found but not judged yet get a faint dashed underline of their own.
 */
import * as vscode from 'vscode';
import { VERDICTS, type Span, type Verdict } from '../engine';
import { COLORS, PENDING_COLOR } from './constants';
import { toRange } from './convert';
import { openFindings, type FindingsStore } from './findingsStore';
import type { SettingsService } from './settings';

/** Spans decorated per verdict, and `pending`: claims being checked. */
export type AppliedDecorations = Record<Verdict | 'pending', Span[]>;

/** A contributed theme colour; every id used here is declared in `COLORS`. */
function color(id: string | undefined): vscode.ThemeColor {
  if (!id) throw new Error('missing theme colour id');
  return new vscode.ThemeColor(id);
}

function createTypes(): Record<Verdict | 'pending', vscode.TextEditorDecorationType> {
  const ruler = vscode.OverviewRulerLane.Right;
  return {
    contested: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.contested.background),
      border: '1px solid',
      borderColor: color(COLORS.contested.border),
      borderRadius: '2px',
      overviewRulerColor: color(COLORS.contested.ruler),
      overviewRulerLane: ruler,
    }),
    supported: vscode.window.createTextEditorDecorationType({
      backgroundColor: color(COLORS.supported.background),
      overviewRulerColor: color(COLORS.supported.ruler),
      overviewRulerLane: ruler,
    }),
    unverified: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
      borderColor: color(COLORS.unverified.border),
      overviewRulerColor: color(COLORS.unverified.ruler),
      overviewRulerLane: ruler,
    }),
    pending: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dashed none',
      borderWidth: '0 0 1px 0',
      borderColor: color(PENDING_COLOR),
    }),
  };
}

const NONE = (): AppliedDecorations => ({ contested: [], supported: [], unverified: [], pending: [] });

export class Decorations implements vscode.Disposable {
  private readonly types = createTypes();
  /** What is currently applied, per document: read by the test API. */
  private readonly applied = new Map<string, AppliedDecorations>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly settings: SettingsService,
  ) {
    this.subscriptions = [
      store.onDidChange((uris) => this.refresh(uris)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      settings.onDidChange(() => this.refreshAll()),
    ];
    this.refreshAll();
  }

  /** Offsets decorated for `uri`, per verdict (empty lists when none). */
  decorations(uri: vscode.Uri): AppliedDecorations {
    return this.applied.get(uri.toString()) ?? NONE();
  }

  private refreshAll(): void {
    this.refresh(vscode.window.visibleTextEditors.map((e) => e.document.uri));
  }

  private refresh(uris: vscode.Uri[]): void {
    const keys = new Set(uris.map((u) => u.toString()));
    const visible = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      visible.add(key);
      if (keys.has(key)) this.decorate(editor);
    }
    for (const key of this.applied.keys()) if (!visible.has(key)) this.applied.delete(key);
  }

  private decorate(editor: vscode.TextEditor): void {
    const entry = this.store.get(editor.document.uri);
    // Offsets from an older version would land on the wrong text. VS Code moves the decorations already
    // drawn along with edits, so they stay until the pending check redraws.
    if (entry && entry.version !== editor.document.version) return;
    const current = entry ? openFindings(entry.findings) : [];
    const wanted = new Set(this.settings.get(editor.document.uri).decorate);
    const spans = NONE();
    for (const finding of current) {
      if (wanted.has(finding.verdict)) spans[finding.verdict].push({ start: finding.claim.start, end: finding.claim.end });
    }
    spans.pending = (entry?.pending ?? []).map(({ start, end }) => ({ start, end }));
    for (const kind of [...VERDICTS, 'pending'] as const) {
      editor.setDecorations(this.types[kind], spans[kind].map((span) => toRange(editor.document, span)));
    }
    this.applied.set(editor.document.uri.toString(), spans);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    for (const type of Object.values(this.types)) type.dispose();
  }
}
