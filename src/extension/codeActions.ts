/**
 * Quick fixes on a claim: dismiss it (here, in this file, or everywhere), accept it as checked, open the
 * conflicting passage, or insert a citation of the best source. Each runs one of our commands.
 */
import * as vscode from 'vscode';
import type { Finding } from '../engine';
import type { ClaimArgs } from './commandArgs';
import { COMMANDS, DIAGNOSTIC_SOURCE } from './constants';
import { toRange } from './convert';
import { diagnosticCode } from './reliabilityText';
import type { FindingsStore, ReviewedFinding } from './findingsStore';

export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: FindingsStore) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entry = this.store.get(doc.uri);
    if (!entry || entry.version !== doc.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const finding of entry.findings) {
      const claimRange = toRange(doc, finding.claim);
      if (!claimRange.intersection(range)) continue;
      const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.intersection(claimRange) && d.code === diagnosticCode(finding));
      actions.push(...actionsFor(doc.uri, finding, diagnostics));
    }
    return actions;
  }
}

function actionsFor(uri: vscode.Uri, finding: ReviewedFinding, diagnostics: vscode.Diagnostic[]): vscode.CodeAction[] {
  const args: ClaimArgs = { uri: uri.toString(), claimId: finding.claim.id };
  const actions: vscode.CodeAction[] = [];
  const add = (title: string, command: string, commandArgs: ClaimArgs) => {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.command = { title, command, arguments: [commandArgs] };
    action.diagnostics = diagnostics;
    actions.push(action);
  };
  if (!finding.review && finding.verdict !== 'supported') {
    add('Dismiss this claim (this occurrence)', COMMANDS.dismiss, { ...args, scope: 'occurrence' });
    add('Dismiss this claim everywhere in this file', COMMANDS.dismiss, { ...args, scope: 'file' });
    add('Dismiss this claim in the whole workspace', COMMANDS.dismiss, { ...args, scope: 'workspace' });
    add('Accept this claim as checked', COMMANDS.accept, { ...args, scope: 'occurrence' });
  }
  const conflicting = conflictingEvidence(finding);
  if (conflicting >= 0) {
    add(`Open conflicting passage (${finding.evidence[conflicting].source.meta.title})`, COMMANDS.openPassage, { ...args, evidence: conflicting });
  }
  const cited = citedEvidence(finding);
  if (cited >= 0) {
    add(`Insert citation (${finding.evidence[cited].source.meta.title})`, COMMANDS.insertCitation, { ...args, evidence: cited });
  }
  return actions;
}

/** The passage a citation should name: the best supporting one, else the best of any stance. */
/** Index of the first conflicting passage, or -1. */
export function conflictingEvidence(finding: Finding): number {
  return finding.evidence.findIndex((e) => e.stance === 'conflicts');
}

export function citedEvidence(finding: Finding): number {
  const supporting = finding.evidence.findIndex((e) => e.stance === 'supports');
  return supporting >= 0 ? supporting : finding.evidence.length > 0 ? 0 : -1;
}
