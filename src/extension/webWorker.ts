/**
 * The engine in a web worker (dist/web/worker.js): the web extension's backend. The web extension host
 * can start a worker only from an address the browser can fetch, and the extension's own files may live
 * behind another scheme (vscode-remote: in a remote browser workbench), so the script is read through
 * `vscode.workspace.fs` and started from a blob address, unless it is on http(s) already. Messages sent
 * before the worker has started wait for it.
 */
import * as vscode from 'vscode';
import { WorkerBackend, type EngineWorker } from './engineBackends';

/** The browser's Worker, as far as this module uses it. */
interface BrowserWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}
declare const Worker: (new (url: string) => BrowserWorker) | undefined;

export function startWebWorker(extensionUri: vscode.Uri, onFailure: (error: Error) => void, timeLimitMs: () => number): WorkerBackend | Error {
  if (typeof Worker !== 'function') return new Error('this extension host cannot start web workers');
  // Read once: a worker replaced after a time-out starts from the same address.
  const address = scriptAddress(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js'));
  return new WorkerBackend(() => pending(address), onFailure, timeLimitMs, 'a web worker');
}

async function scriptAddress(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'http' || script.scheme === 'https') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}

/** A worker that starts once its script is read; until then messages wait, and a failure to start is its error. */
function pending(address: Promise<string>): EngineWorker {
  const started = address.then((url) => new Worker!(url));
  let stopped = false;
  return {
    postMessage: (message) => void started.then((worker) => worker.postMessage(message), () => undefined),
    terminate: () => {
      stopped = true;
      void started.then((worker) => worker.terminate(), () => undefined);
    },
    listen: (on) => {
      started.then(
        (worker) => {
          if (stopped) return worker.terminate();
          worker.addEventListener('message', (event) => on.message(event.data));
          worker.addEventListener('error', (event) => on.error(new Error(`engine web worker error: ${event.message ?? 'unknown'}`)));
        },
        (e: unknown) => on.error(new Error(`the engine web worker could not start: ${e instanceof Error ? e.message : String(e)}`)),
      );
    },
  };
}
