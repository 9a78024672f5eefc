/**
 * The desktop and remote extension's entry point (package.json `main`, dist/extension.js): the engine in a
 * node worker thread, the index saved in global storage, the PostgreSQL archive, and the user's name from
 * the operating system.
 */
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { fileStamp } from '../engine';
import { activateWith, type CorroborateApi } from './activate';
import { ArchiveService } from './archive';
import { InProcessBackend } from './engineBackends';
import type { Platform } from './platform';
import { startWorkerThread } from './workerThread';

export type { CorroborateApi } from './activate';

const node: Platform = {
  startWorker: (extensionUri) => {
    const script = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js');
    return (onFailure, timeLimitMs) =>
      script.scheme === 'file' ? startWorkerThread(script.fsPath, onFailure, timeLimitMs) : new Error(`the worker script is not on a local disk (${script.scheme}:)`);
  },
  startInProcess: (timeLimitMs) => new InProcessBackend(timeLimitMs, (fsPath) => readFileSync(fsPath)),
  archive: (deps) => new ArchiveService(deps.context, deps.settings, deps.log, deps.hasLocalCorpus, deps.localRootFor),
  // The worker reads and writes the saved index with node's file system, so only a local folder will do.
  storageDir: (context) => (context.globalStorageUri.scheme === 'file' ? context.globalStorageUri.fsPath : undefined),
  userName: () => {
    try {
      return os.userInfo().username;
    } catch {
      return undefined;
    }
  },
  disk: {
    realPath: (fsPath) => fs.realpath(fsPath),
    readFile: (fsPath) => fs.readFile(fsPath),
    stamp: (fsPath) => fs.stat(fsPath).then((info) => (info.isFile() ? fileStamp(info) : undefined), () => undefined),
  },
};

export function activate(context: vscode.ExtensionContext): CorroborateApi {
  return activateWith(context, node);
}

export function deactivate(): void {}
