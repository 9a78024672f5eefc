/**
 * The engine worker thread (dist/worker.js) of the desktop and remote extension: the request loop of
 * workerCore.ts on node's worker_threads, saving the index in the extension's global storage.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { buildId, fileSnapshots, snapshotFile } from './indexStore';
import { serveEngine } from './workerCore';

const port = parentPort;
if (port) {
  serveEngine({ post: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', listener) }, {
    store: fileSnapshots,
    at: (storageDir, roots) => ({ file: snapshotFile(storageDir, roots), build: buildId() }),
    read: (fsPath) => readFileSync(fsPath),
  });
}
