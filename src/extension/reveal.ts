/**
 * Opens editors at the right place: a claim in its draft, or a passage in its source article.
 */
import * as vscode from 'vscode';
import type { Claim, Evidence } from '../engine';
import type { CorpusService } from './corpusService';
import { passageRange, toRange } from './convert';

export interface Reveal {
  /** Opens the draft with the claim selected. */
  claim(uri: vscode.Uri, claim: Pick<Claim, 'start' | 'end'>): Promise<vscode.TextEditor>;
  /** Opens the evidence's source with the passage's central sentence selected. */
  passage(evidence: Pick<Evidence, 'passage' | 'source'>): Promise<vscode.TextEditor>;
}

export function createReveal(corpus: CorpusService): Reveal {
  const select = async (uri: vscode.Uri, range: (doc: vscode.TextDocument) => vscode.Range, preview: boolean) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const selection = range(doc);
    const editor = await vscode.window.showTextDocument(doc, { selection, preview });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  };
  return {
    claim: (uri, claim) => select(uri, (doc) => toRange(doc, claim), false),
    passage: (evidence) => select(corpus.sourceUri(evidence.source), (doc) => passageRange(doc, evidence.passage), true),
  };
}
