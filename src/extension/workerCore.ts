/**
 * The engine worker's request loop, shared by the node worker thread (worker.ts) and the web worker
 * (workerWeb.ts): holds the corpus and the checkers so that indexing and checking never run on the
 * extension host's thread. Requests are validated; a bad one gets an error reply. Requests are answered
 * one at a time, in order, except `cancel`, which is answered at once: a check runs one block of
 * paragraphs per turn of the worker's event loop, so a cancel arrives between two blocks and the check
 * stops there. A draft of several blocks first gets its claims posted as pending; after each block but the
 * last the worker posts the findings that block added and the claims still pending.
 */
import { z } from 'zod';
import { checkInBlocks, nextTurn } from './chunks';
import { EngineSession, type CorpusHooks, type LocalReader, type SnapshotStore } from './engineSession';
import { CANCELLED, requestSchema, type PartialMessage, type ProgressMessage, type Request, type Response } from './protocol';

/** How the worker talks to the extension host. */
export interface WorkerPort {
  post(message: Response | ProgressMessage | PartialMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** How much draft text the worker checks between two looks at its messages (UTF-16 units). */
const BLOCK_CHARS = 2_000;

/** Where and how a worker saves its index and reads corpus files: node only, as the web worker has no disk of its own. */
export interface Saving {
  store: SnapshotStore;
  /** The snapshot of a set of corpus folders inside the storage folder. */
  at(storageDir: string, roots: string[]): NonNullable<CorpusHooks['snapshot']>;
  /** Reads a corpus file the host sent by its path and stamp. */
  read: LocalReader;
}

/** Serves requests arriving on `port`; without `saving`, a corpus is indexed afresh each time the worker starts. */
export function serveEngine(port: WorkerPort, saving?: Saving): void {
  const session = new EngineSession(saving?.store, saving?.read);
  /** Checks asked to stop (ids), until they do. */
  const cancelled = new Set<number>();

  const check = (request: Extract<Request, { kind: 'check' }>): Promise<unknown> => {
    // Each report carries only the findings found since the one before; the host adds them up.
    let reported = 0;
    return checkInBlocks(request.text, BLOCK_CHARS, (block) => session.check(block, request.format, request.options, request.exclude), async () => {
      await nextTurn();
      if (cancelled.has(request.id)) throw new Error(CANCELLED);
    }, {
      claims: (text) => session.claims(text, request.format, request.options),
      hear: (findings, pending) => {
        port.post({ id: request.id, partial: JSON.stringify(findings.slice(reported)), pending: JSON.stringify(pending) });
        reported = findings.length;
      },
    });
  };

  const handle = (request: Request): unknown => {
    switch (request.kind) {
      case 'setCorpus': {
        const total = request.files.length;
        // About a hundred progress messages for a large corpus, each file for a small one.
        const every = Math.max(1, Math.floor(total / 100));
        const saved = request.storageDir !== undefined ? saving?.at(request.storageDir, request.roots) : undefined;
        return session.setCorpus(request.files, request.roots, {
          ...(saved && { snapshot: saved }),
          progress: (done) => {
            if (done % every === 0 || done === total) port.post({ id: request.id, progress: { done, total } });
          },
        });
      }
      case 'check':
        return check(request);
      case 'search':
        return session.search(request.query, request.limit);
      case 'judgePairs':
        return session.judgePairs(request.pairs);
      case 'unchecked':
        return session.unchecked(request.text, request.format);
      case 'claims':
        return session.claims(request.text, request.format, request.options);
      case 'cancel':
        cancelled.add(request.target);
        return true;
    }
  };

  const reply = async (message: unknown): Promise<Response> => {
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
  };

  /** The requests in hand, answered in order. */
  let queue: Promise<void> = Promise.resolve();
  port.onMessage((message) => {
    const cancel = requestSchema.safeParse(message);
    if (cancel.success && cancel.data.kind === 'cancel') {
      void reply(message).then((r) => port.post(r));
      return;
    }
    queue = queue.then(async () => port.post(await reply(message)));
  });
}
