/**
 * What the views (tree, source search, report export) receive from the composition root.
 */
import type * as vscode from 'vscode';
import type { CorpusService } from './corpusService';
import type { FindingsStore } from './findingsStore';
import type { Reveal } from './reveal';
import type { SettingsService } from './settings';

export interface ViewDeps {
  context: vscode.ExtensionContext;
  store: FindingsStore;
  corpus: CorpusService;
  settings: SettingsService;
  log: vscode.LogOutputChannel;
  reveal: Reveal;
}
