/** The engine in a node worker thread (dist/worker.js): the desktop and remote extension's backend. */
import type { Worker } from 'node:worker_threads';
import { DEFAULT_TIME_LIMIT_MS, WorkerBackend, type EngineWorker } from './engineBackends';

/** Starts a worker thread running the script at `workerPath`, or returns the reason it cannot be started. */
export function startWorkerThread(workerPath: string, onFailure: (error: Error) => void, timeLimitMs: () => number = () => DEFAULT_TIME_LIMIT_MS): WorkerBackend | Error {
  try {
    // Required lazily: a host without worker_threads must still load the extension.
    const threads = require('node:worker_threads') as typeof import('node:worker_threads');
    return new WorkerBackend(() => adapt(new threads.Worker(workerPath)), onFailure, timeLimitMs, 'a worker thread');
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function adapt(worker: Worker): EngineWorker {
  return {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => void worker.terminate(),
    listen: (on) => {
      worker.on('message', on.message);
      worker.on('error', on.error);
      worker.on('exit', on.exit);
    },
  };
}
