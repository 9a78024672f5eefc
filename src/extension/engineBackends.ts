/**
 * The two ways of running the engine for the extension host. `WorkerBackend` runs it in a worker thread
 * (dist/worker.js) and validates every reply; `InProcessBackend` runs it on the calling thread, checking
 * a draft one block of paragraphs at a time and yielding in between. No `vscode` here, so both are
 * unit-tested in plain Node.
 */
import { z } from 'zod';
import type { DocumentFormat, Finding, InputFile } from '../engine';
import { linesBefore, paragraphChunks, rebaseFinding } from './chunks';
import type { EngineSession } from './engineSession';
import {
  responseSchema,
  resultSchemas,
  type CheckOptions,
  type CorpusSummary,
  type Request,
  type RequestKind,
  type SearchHit,
} from './protocol';

/** A request without its id (the backend numbers them). */
type RequestBody = Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** One way of running the engine. */
export interface Backend {
  setCorpus(files: InputFile[], roots: string[]): Promise<CorpusSummary>;
  check(text: string, format: DocumentFormat, options: CheckOptions): Promise<Finding[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  dispose(): void;
}

interface Pending {
  kind: RequestKind;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Runs the engine in a worker thread; messages both ways are validated. */
export class WorkerBackend implements Backend {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private failed: Error | undefined;

  private constructor(
    private readonly worker: import('node:worker_threads').Worker,
    private readonly onFailure: (error: Error) => void,
  ) {
    worker.on('message', (message: unknown) => this.receive(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`engine worker exited with code ${code}`)));
  }

  /** Starts a worker running the script at `workerPath`, or returns the reason it cannot be started. */
  static start(workerPath: string, onFailure: (error: Error) => void): WorkerBackend | Error {
    try {
      // Required lazily: a host without worker_threads must still load the extension.
      const threads = require('node:worker_threads') as typeof import('node:worker_threads');
      return new WorkerBackend(new threads.Worker(workerPath), onFailure);
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }

  setCorpus(files: InputFile[], roots: string[]): Promise<CorpusSummary> {
    return this.call({ kind: 'setCorpus', files, roots }) as Promise<CorpusSummary>;
  }

  check(text: string, format: DocumentFormat, options: CheckOptions): Promise<Finding[]> {
    return this.call({ kind: 'check', text, format, options }) as Promise<Finding[]>;
  }

  search(query: string, limit: number): Promise<SearchHit[]> {
    return this.call({ kind: 'search', query, limit }) as Promise<SearchHit[]>;
  }

  /** Posts a request; the reply's result is validated against its kind's schema before it resolves. */
  private call(body: RequestBody): Promise<unknown> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { kind: body.kind, resolve, reject });
      this.worker.postMessage({ ...body, id });
    });
  }

  private receive(message: unknown): void {
    const response = responseSchema.safeParse(message);
    if (!response.success) return this.fail(new Error(`invalid reply from the engine worker: ${z.prettifyError(response.error)}`));
    const pending = this.pending.get(response.data.id);
    if (!pending) return;
    this.pending.delete(response.data.id);
    if (!response.data.ok) return pending.reject(new Error(response.data.error));
    validateResult(pending.kind, response.data.json).then(pending.resolve, pending.reject);
  }

  private fail(error: Error): void {
    if (this.failed) return;
    this.failed = error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    this.onFailure(error);
  }

  dispose(): void {
    this.failed ??= new Error('the engine worker was stopped');
    this.pending.clear();
    void this.worker.terminate();
  }
}

/** Validation work done in one turn of the host's event loop before yielding (ms). */
const VALIDATION_SLICE_MS = 4;

/**
 * Parses and validates a worker result. Lists are validated item by item, yielding to the event loop
 * whenever a slice of time is used up, so a long result never stalls typing.
 */
async function validateResult(kind: RequestKind, json: string): Promise<unknown> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`unreadable ${kind} result from the engine worker: ${e instanceof Error ? e.message : String(e)}`);
  }
  const rule = resultSchemas[kind];
  if ('one' in rule) return parseOrThrow(kind, rule.one, data);
  if (!Array.isArray(data)) throw new Error(`invalid ${kind} result from the engine worker: expected a list`);
  const items: unknown[] = [];
  let sliceStart = performance.now();
  for (const item of data) {
    items.push(parseOrThrow(kind, rule.each, item));
    if (performance.now() - sliceStart > VALIDATION_SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return items;
}

function parseOrThrow(kind: RequestKind, schema: z.ZodType, data: unknown): unknown {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`invalid ${kind} result from the engine worker: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** How much draft text one in-process chunk covers before yielding (UTF-16 units). */
const CHUNK_CHARS = 1_000;

/** Runs the engine on the host thread, one block of paragraphs at a time. */
export class InProcessBackend implements Backend {
  // Loaded on first use: the engine's start-up cost is only paid when there is no worker.
  private readonly session: Promise<EngineSession> = import('./engineSession').then((m) => new m.EngineSession());
  /** The latest corpus load: searches and checks wait for it, so they never run against an older corpus. */
  private corpusLoaded: Promise<unknown> = Promise.resolve();

  setCorpus(files: InputFile[], roots: string[]): Promise<CorpusSummary> {
    const loading = (async () => {
      await yieldToEventLoop();
      return (await this.session).setCorpus(files, roots);
    })();
    this.corpusLoaded = loading.catch(() => undefined);
    return loading;
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    await this.corpusLoaded;
    await yieldToEventLoop();
    return (await this.session).search(query, limit);
  }

  /** Checks one block of paragraphs per turn of the event loop, so the work per turn stays small. */
  async check(text: string, format: DocumentFormat, options: CheckOptions): Promise<Finding[]> {
    await this.corpusLoaded;
    const session = await this.session;
    const findings: Finding[] = [];
    for (const chunk of paragraphChunks(text, CHUNK_CHARS)) {
      const lines = linesBefore(text, chunk.start);
      for (const f of session.check(text.slice(chunk.start, chunk.end), format, options)) findings.push(rebaseFinding(f, chunk.start, lines));
      await yieldToEventLoop();
    }
    return findings;
  }

  dispose(): void {}
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
