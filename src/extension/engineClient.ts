/**
 * The extension host's handle on the engine. The engine normally runs in a worker thread (dist/worker.js);
 * when no worker can be started (a non-file extension location, a host without worker_threads) or the
 * worker dies, it falls back to running in-process, checking in chunks and yielding between them so the
 * host's event loop keeps turning.
 */
import * as vscode from 'vscode';
import { z } from 'zod';
import type { DocumentFormat } from '../engine/document';
import type { Finding, InputFile } from '../engine/types';
import { blankOutside, paragraphChunks } from './chunks';
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
interface Backend extends vscode.Disposable {
  setCorpus(files: InputFile[], roots: string[]): Promise<CorpusSummary>;
  check(text: string, format: DocumentFormat, options: CheckOptions): Promise<Finding[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
}

interface Pending {
  kind: RequestKind;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Runs the engine in a worker thread; messages both ways are validated. */
class WorkerBackend implements Backend {
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

  /** Starts a worker, or returns the reason it cannot be started. */
  static start(workerUri: vscode.Uri, onFailure: (error: Error) => void): WorkerBackend | Error {
    if (workerUri.scheme !== 'file') return new Error(`the worker script is not on a local disk (${workerUri.scheme}:)`);
    try {
      // Required lazily: a host without worker_threads must still load the extension.
      const threads = require('node:worker_threads') as typeof import('node:worker_threads');
      return new WorkerBackend(new threads.Worker(workerUri.fsPath), onFailure);
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
const CHUNK_CHARS = 2_000;

/** Runs the engine on the host thread, one block of paragraphs at a time. */
class InProcessBackend implements Backend {
  // Loaded on first use: the engine's start-up cost is only paid when there is no worker.
  private readonly session: Promise<EngineSession> = import('./engineSession').then((m) => new m.EngineSession());

  async setCorpus(files: InputFile[], roots: string[]): Promise<CorpusSummary> {
    await yieldToEventLoop();
    return (await this.session).setCorpus(files, roots);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    await yieldToEventLoop();
    return (await this.session).search(query, limit);
  }

  /**
   * Each chunk is checked in a copy of the whole text where everything outside the chunk is blanked
   * (newlines kept), so offsets, lines and columns come out right without any rebasing.
   */
  async check(text: string, format: DocumentFormat, options: CheckOptions): Promise<Finding[]> {
    const session = await this.session;
    const findings: Finding[] = [];
    for (const chunk of paragraphChunks(text, CHUNK_CHARS)) {
      findings.push(...session.check(blankOutside(text, chunk.start, chunk.end), format, options));
      await yieldToEventLoop();
    }
    return findings.sort((a, b) => a.claim.start - b.claim.start);
  }

  dispose(): void {}
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The engine, wherever it runs. Replays the corpus to the fallback if the worker fails. */
export class EngineClient implements vscode.Disposable {
  private backend: Backend;
  private lastCorpus: { files: InputFile[]; roots: string[] } | undefined;

  constructor(
    workerUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const started = WorkerBackend.start(workerUri, (error) => this.fallBack(error));
    if (started instanceof Error) {
      this.log.warn(`Engine worker unavailable (${started.message}); checking in-process in small chunks.`);
      this.backend = new InProcessBackend();
    } else {
      this.backend = started;
      this.log.info('Engine running in a worker thread.');
    }
  }

  /** Where the engine runs now; reported in the log and readable by tests. */
  get mode(): 'worker' | 'in-process' {
    return this.backend instanceof WorkerBackend ? 'worker' : 'in-process';
  }

  setCorpus(files: InputFile[], roots: string[]): Promise<CorpusSummary> {
    this.lastCorpus = { files, roots };
    return this.withRetry(() => this.backend.setCorpus(files, roots));
  }

  check(text: string, format: DocumentFormat, options: CheckOptions): Promise<Finding[]> {
    return this.withRetry(() => this.backend.check(text, format, options));
  }

  search(query: string, limit: number): Promise<SearchHit[]> {
    return this.withRetry(() => this.backend.search(query, limit));
  }

  /** A request that failed because the worker died is retried once on the fallback. */
  private async withRetry<T>(run: () => Promise<T>): Promise<T> {
    const backend = this.backend;
    try {
      return await run();
    } catch (e) {
      if (backend === this.backend) throw e;
      return run();
    }
  }

  private fallBack(error: Error): void {
    this.log.error(`Engine worker failed (${error.message}); continuing in-process.`);
    this.backend.dispose();
    const fallback = new InProcessBackend();
    this.backend = fallback;
    if (this.lastCorpus) void fallback.setCorpus(this.lastCorpus.files, this.lastCorpus.roots);
  }

  dispose(): void {
    this.backend.dispose();
  }
}
