/**
 * The only place engine offsets become editor positions, and verdicts become editor vocabulary
 * (severity, label, icon). Offsets are UTF-16 code units, as `TextDocument.positionAt` counts them.
 */
import * as vscode from 'vscode';
import { lineAndColumn, type Passage, type Span, type Verdict } from '../engine';
import type { SeverityName } from './settings';

/** Anything that maps offsets to positions: an open document, or `textPositions(text)` for a closed one. */
export interface PositionSource {
  positionAt(offset: number): vscode.Position;
}

export function toRange(doc: PositionSource, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

/** The passage's central sentence in its opened source document (the whole passage if it has none). */
export function passageRange(doc: PositionSource, passage: Passage): vscode.Range {
  const focus = passage.focus.end > passage.focus.start ? passage.focus : passage;
  return toRange(doc, focus);
}

/** Positions for text that is not open in an editor (lines split the way VS Code splits them). */
export function textPositions(text: string): PositionSource {
  return {
    positionAt(offset: number): vscode.Position {
      const { line, column } = lineAndColumn(text, Math.max(0, Math.min(offset, text.length)));
      return new vscode.Position(line - 1, column - 1);
    },
  };
}

const SEVERITIES: Record<SeverityName, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toSeverity(name: SeverityName): vscode.DiagnosticSeverity {
  return SEVERITIES[name];
}

/** Labels used in hovers, messages and the status bar. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  contested: 'Contested',
  supported: 'Supported',
  unverified: 'Unverified',
};

/** Codicons per verdict. */
export const VERDICT_ICONS: Record<Verdict, string> = {
  contested: 'warning',
  supported: 'pass',
  unverified: 'question',
};
