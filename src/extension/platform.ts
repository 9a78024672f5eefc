/**
 * What differs between the desktop or remote extension (node, extension.ts) and the web extension
 * (browser, extensionWeb.ts). Everything else is built once, by `activateWith` (activate.ts).
 */
import type * as vscode from 'vscode';
import type { ArchiveService } from './archive';
import type { StartInProcess, StartWorker } from './engineClient';
import type { LocalDisk } from './corpusService';
import type { SettingsService } from './settings';

/** What the archive needs from the rest of the extension. */
export interface ArchiveDeps {
  context: vscode.ExtensionContext;
  settings: SettingsService;
  log: vscode.LogOutputChannel;
  /** True when local corpus folders can take over. */
  hasLocalCorpus(): boolean;
  /** The local corpus folder archived under this label (its index), so evidence opens the local file. */
  localRootFor(label: string): number | undefined;
}

export interface Platform {
  /** How to start the engine's worker, from the extension's own folder. */
  startWorker(extensionUri: vscode.Uri): StartWorker;
  /**
   * The engine on the extension host's thread, when no worker can run (node only: on the web the host bundle
   * leaves the engine's tables out, and a browser without workers checks nothing).
   */
  startInProcess?: StartInProcess;
  /** The PostgreSQL archive; absent on the web, where no database can be reached. */
  archive?(deps: ArchiveDeps): ArchiveService;
  /** A folder on a local disk where the worker saves the index between sessions, if there is one. */
  storageDir(context: vscode.ExtensionContext): string | undefined;
  /** The operating system's name for the user (the reviewer when no setting names one). */
  userName(): string | undefined;
  /** Node's access to local files (real paths, and reads faster than workspace.fs); absent on the web. */
  disk?: LocalDisk;
}
