/**
 * The web extension's entry point (package.json `browser`, dist/web/extension.js) for vscode.dev,
 * github.dev and other browser workbenches: the engine in a web worker, every file read through
 * `vscode.workspace.fs`, nothing saved between sessions, no archive, and the reviewer's name from the
 * `corroborate.reviewer` setting only.
 */
import type * as vscode from 'vscode';
import { activateWith, type CorroborateApi } from './activate';
import type { Platform } from './platform';
import { startWebWorker } from './webWorker';

const web: Platform = {
  startWorker: (extensionUri) => (onFailure, timeLimitMs) => startWebWorker(extensionUri, onFailure, timeLimitMs),
  storageDir: () => undefined,
  userName: () => undefined,
};

export function activate(context: vscode.ExtensionContext): CorroborateApi {
  return activateWith(context, web);
}

export function deactivate(): void {}
