/**
 * Engine worker (dist/worker.js): holds the corpus and the checkers so that indexing and checking never
 * run on the extension host's main thread. Requests are validated; a bad one gets an error reply.
 * Requests are answered one at a time, in order, except `cancel`, which is answered at once: a check runs
 * one block of paragraphs per turn of the worker's event loop, so a cancel arrives between two blocks and
 * the check stops there; after each block but the last it posts the findings so far.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { EngineSession } from './engineSession';
import { buildId, snapshotFile } from './indexStore';
import { CANCELLED, requestSchema, type PartialMessage, type ProgressMessage, type Request, type Response } from './protocol';
import { checkInBlocks } from './chunks';

const session = new EngineSession();
/** Checks asked to stop (ids), until they do. */
const cancelled = new Set<number>();

/** How much draft text the worker checks between two looks at its messages (UTF-16 units). */
const BLOCK_CHARS = 2_000;

function check(request: Extract<Request, { kind: 'check' }>): Promise<unknown> {
  // Each report carries only the findings found since the one before; the host adds them up.
  let reported = 0;
  return checkInBlocks(request.text, BLOCK_CHARS, (block) => session.check(block, request.format, request.options, request.exclude), async () => {
    await new Promise((resolve) => setImmediate(resolve));
    if (cancelled.has(request.id)) throw new Error(CANCELLED);
  }, (findings) => {
    parentPort?.postMessage({ id: request.id, partial: JSON.stringify(findings.slice(reported)) } satisfies PartialMessage);
    reported = findings.length;
  });
}

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
      return check(request);
    case 'search':
      return session.search(request.query, request.limit);
    case 'cancel':
      cancelled.add(request.target);
      return true;
  }
}

async function reply(message: unknown): Promise<Response> {
  const parsed = requestSchema.safeParse(message);
  const id = typeof (message as { id?: unknown })?.id === 'number' ? (message as { id: number }).id : -1;
  if (!parsed.success) return { id, ok: false, error: `invalid request: ${z.prettifyError(parsed.error)}` };
  try {
    return { id, ok: true, json: JSON.stringify(await handle(parsed.data)) };
  } catch (e) {
    return { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    cancelled.delete(id);
  }
}

/** The requests in hand, answered in order. */
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (message: unknown) => {
  const cancel = requestSchema.safeParse(message);
  if (cancel.success && cancel.data.kind === 'cancel') {
    void reply(message).then((r) => parentPort?.postMessage(r));
    return;
  }
  queue = queue.then(async () => parentPort?.postMessage(await reply(message)));
});
