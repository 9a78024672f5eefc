/**
 * Engine worker (dist/worker.js): holds the corpus and the checkers so that indexing and checking never
 * run on the extension host's main thread. Requests are validated; a bad one gets an error reply.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { EngineSession } from './engineSession';
import { buildId, snapshotFile } from './indexStore';
import { requestSchema, type ProgressMessage, type Request, type Response } from './protocol';

const session = new EngineSession();

function handle(request: Request): unknown {
  switch (request.kind) {
    case 'setCorpus': {
      const total = request.files.length;
      // About a hundred progress messages for a large corpus, each file for a small one.
      const every = Math.max(1, Math.floor(total / 100));
      return session.setCorpus(request.files, request.roots, {
        ...(request.storageDir !== undefined && { snapshot: { file: snapshotFile(request.storageDir, request.roots), build: buildId() } }),
        progress: (done) => {
          if (done % every === 0 || done === total) parentPort?.postMessage({ id: request.id, progress: { done, total } } satisfies ProgressMessage);
        },
      });
    }
    case 'check':
      return session.check(request.text, request.format, request.options, request.exclude);
    case 'search':
      return session.search(request.query, request.limit);
  }
}

function reply(message: unknown): Response {
  const parsed = requestSchema.safeParse(message);
  const id = typeof (message as { id?: unknown })?.id === 'number' ? (message as { id: number }).id : -1;
  if (!parsed.success) return { id, ok: false, error: `invalid request: ${z.prettifyError(parsed.error)}` };
  try {
    return { id, ok: true, json: JSON.stringify(handle(parsed.data)) };
  } catch (e) {
    return { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (message: unknown) => parentPort?.postMessage(reply(message)));
