/**
 * The engine web worker (dist/web/worker.js) of the web extension: the request loop of workerCore.ts on a
 * web worker's messages. Nothing is saved: a browser gives the worker no disk.
 */
import { serveEngine } from './workerCore';

declare const self: { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void };

serveEngine({ post: (message) => self.postMessage(message), onMessage: (listener) => self.addEventListener('message', (event) => listener(event.data)) });
