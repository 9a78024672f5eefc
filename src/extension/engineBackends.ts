/**
 * The two ways of running the engine for the extension host. `WorkerBackend` runs it in a worker (a
 * node worker thread, dist/worker.js, or a web worker, dist/web/worker.js) and validates every reply;
 * `InProcessBackend` runs it on the calling thread, checking a draft one block of paragraphs at a time
 * and yielding in between. No `vscode` and no `node:` module here, so both are unit-tested in plain Node
 * and both run in the web extension host.
 */
import { z } from 'zod';
import type { Claim, DocumentFormat, Finding, PairVerdict, UncheckedRun } from '../engine';
import { checkInBlocks, nextTurn } from './chunks';
import type { EngineSession, LocalReader } from './engineSession';
import {
  CANCELLED,
  claimSchema,
  partialSchema,
  progressSchema,
  responseSchema,
  resultSchemas,
  type CheckOptions,
  type CheckRequestExclude,
  type CorpusSummary,
  type Request,
  type RequestKind,
  type SearchHit,
  type SourceFile,
} from './protocol';

/** A request without its id (the backend numbers them). */
type RequestBody = Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** The source a draft is itself, left out of the corpus it is checked against. */
export type ExcludedSource = CheckRequestExclude;

/** Hears, before a check ends, the findings of its blocks checked so far and the claims not judged yet. */
export type PartialFindings = (findings: Finding[], pending: Claim[]) => void;

/** Where the index is saved between sessions, and who hears how indexing goes. */
export interface CorpusLoadOptions {
  /** A folder on a local disk for the saved index (only the worker saves one). */
  storageDir?: string;
  onProgress?: (done: number, total: number) => void;
}

/** One way of running the engine. */
export interface Backend {
  setCorpus(files: SourceFile[], roots: string[], options?: CorpusLoadOptions): Promise<CorpusSummary>;
  /**
   * A check whose `signal` aborts stops at its next block of paragraphs and fails with {@link CheckCancelledError}.
   * `partial` hears, while a long draft is checked, the findings of the blocks checked so far.
   */
  check(text: string, format: DocumentFormat, options: CheckOptions, exclude?: ExcludedSource, signal?: AbortSignal, partial?: PartialFindings): Promise<Finding[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** Whether the second claim of each pair states the first's fact differently (consistency across drafts). */
  judgePairs(pairs: [string, string][]): Promise<PairVerdict[]>;
  /** The runs of a draft too long to be checked as one statement. */
  unchecked(text: string, format: DocumentFormat): Promise<UncheckedRun[]>;
  /** A draft's claims, without evidence: quick, and needs no corpus. */
  claims(text: string, format: DocumentFormat, options: Pick<CheckOptions, 'minCheckworthiness'>): Promise<Claim[]>;
  dispose(): void;
}

/**
 * Longest a check or a search may take before it is stopped and the input reported as too complex. Far
 * above a normal check (a 5,000-word draft takes about 5 s cold), so only a pathological input reaches it.
 */
export const DEFAULT_TIME_LIMIT_MS = 30_000;

/** A check or search stopped at the time limit; the input is too complex to check, not the engine broken. */
export class EngineTimeoutError extends Error {
  constructor(kind: RequestKind, limitMs: number) {
    super(`the ${kind === 'search' ? 'search' : 'check'} took longer than ${limitMs / 1000} s and was stopped: the input is too complex to check (very long passages without sentence punctuation, for example)`);
    this.name = 'EngineTimeoutError';
  }
}

/** A check stopped because its caller no longer wanted it (the draft changed while it ran). */
export class CheckCancelledError extends Error {
  constructor() {
    super('the check was cancelled');
    this.name = 'CheckCancelledError';
  }
}

interface Pending {
  kind: RequestKind;
  onProgress?: (done: number, total: number) => void;
  partial?: PartialFindings;
  /** The reports of findings so far being validated and delivered, in the order they came; the result waits for them. */
  reports?: Promise<void>;
  /** The findings the reports delivered so far have added up to. */
  soFar?: Finding[];
  message: Request;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * What the backend needs of a worker, whichever kind it is: see workerThread.ts (node) and webWorker.ts
 * (browser) for the two adapters.
 */
export interface EngineWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  /** Hears each message the worker posts, an error it raised, and (node only) its exit. */
  listen(on: { message(data: unknown): void; error(error: Error): void; exit(code: number): void }): void;
}

/**
 * Runs the engine in a worker (a thread or a web worker); messages both ways are validated. The worker answers requests one
 * at a time, in order; the one it is working on has a time limit (corpus loads excepted). When that
 * passes, the request fails with an {@link EngineTimeoutError}, the stuck worker is ended, and a fresh
 * one is given the corpus again and the requests that were waiting.
 */
export class WorkerBackend implements Backend {
  private nextId = 1;
  /** In the order they were posted, which is the order the worker answers them. */
  private pending = new Map<number, Pending>();
  private failed: Error | undefined;
  private worker: EngineWorker;
  private timer: { id: number; handle: ReturnType<typeof setTimeout> } | undefined;
  private lastCorpus: Request | undefined;

  /** `spawn` starts a worker running the engine (worker.ts or workerWeb.ts); it may throw. */
  constructor(
    private readonly spawn: () => EngineWorker,
    private readonly onFailure: (error: Error) => void,
    private readonly timeLimitMs: () => number,
    /** What kind of worker this is, for the log: "a worker thread", "a web worker". */
    readonly where = 'a worker',
  ) {
    this.worker = this.attach(spawn());
  }

  private attach(worker: EngineWorker): EngineWorker {
    worker.listen({
      message: (message) => {
        if (worker === this.worker) this.receive(message);
      },
      error: (error) => {
        if (worker === this.worker) this.fail(error);
      },
      exit: (code) => {
        if (worker === this.worker) this.fail(new Error(`engine worker exited with code ${code}`));
      },
    });
    return worker;
  }

  setCorpus(files: SourceFile[], roots: string[], options: CorpusLoadOptions = {}): Promise<CorpusSummary> {
    const body = { kind: 'setCorpus' as const, files, roots, ...(options.storageDir !== undefined && { storageDir: options.storageDir }) };
    return this.call(body, options.onProgress) as Promise<CorpusSummary>;
  }

  check(text: string, format: DocumentFormat, options: CheckOptions, exclude?: ExcludedSource, signal?: AbortSignal, partial?: PartialFindings): Promise<Finding[]> {
    if (signal?.aborted) return Promise.reject(new CheckCancelledError());
    const id = this.nextId;
    const body = { kind: 'check' as const, text, format, options: { reliability: { rules: [], roots: [] }, ...options }, ...(exclude && { exclude }) };
    const checking = this.call(body, undefined, partial) as Promise<Finding[]>;
    if (!signal) return checking;
    // The worker stops the check between two blocks and answers with CANCELLED; the reply to the cancel
    // request itself has no pending entry and is dropped.
    const cancel = (): void => {
      if (this.pending.has(id) && !this.failed) this.worker.postMessage({ id: this.nextId++, kind: 'cancel', target: id } satisfies Request);
    };
    signal.addEventListener('abort', cancel, { once: true });
    return checking.finally(() => signal.removeEventListener('abort', cancel));
  }

  search(query: string, limit: number): Promise<SearchHit[]> {
    return this.call({ kind: 'search', query, limit }) as Promise<SearchHit[]>;
  }

  judgePairs(pairs: [string, string][]): Promise<PairVerdict[]> {
    return this.call({ kind: 'judgePairs', pairs }) as Promise<PairVerdict[]>;
  }

  unchecked(text: string, format: DocumentFormat): Promise<UncheckedRun[]> {
    return this.call({ kind: 'unchecked', text, format }) as Promise<UncheckedRun[]>;
  }

  claims(text: string, format: DocumentFormat, options: Pick<CheckOptions, 'minCheckworthiness'>): Promise<Claim[]> {
    return this.call({ kind: 'claims', text, format, options }) as Promise<Claim[]>;
  }

  /** Posts a request; the reply's result is validated against its kind's schema before it resolves. */
  private call(body: RequestBody, onProgress?: (done: number, total: number) => void, partial?: PartialFindings): Promise<unknown> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    const message = { ...body, id } as Request;
    if (message.kind === 'setCorpus') this.lastCorpus = message;
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { kind: body.kind, message, resolve, reject, ...(onProgress && { onProgress }), ...(partial && { partial }) });
      this.worker.postMessage(message);
      this.armTimer();
    });
  }

  /** Starts the clock of the request the worker is working on now (the oldest one unanswered). */
  private armTimer(): void {
    const head = this.pending.entries().next().value as [number, Pending] | undefined;
    if (!head || this.timer?.id === head[0]) return;
    if (this.timer) clearTimeout(this.timer.handle);
    this.timer = undefined;
    if (head[1].kind === 'setCorpus') return;
    const [id, { kind }] = head;
    const limit = this.timeLimitMs();
    this.timer = { id, handle: setTimeout(() => this.timeOut(id, kind, limit), limit) };
    (this.timer.handle as { unref?: () => void }).unref?.();
  }

  private timeOut(id: number, kind: RequestKind, limitMs: number): void {
    const stuck = this.pending.get(id);
    this.timer = undefined;
    if (!stuck || this.failed) return;
    this.pending.delete(id);
    stuck.reject(new EngineTimeoutError(kind, limitMs));
    // The worker is busy with that request for as long as it takes: replace it, give the new one the
    // corpus, and post again what was waiting behind the stuck request.
    const old = this.worker;
    try {
      this.worker = this.attach(this.spawn());
    } catch (e) {
      this.fail(e instanceof Error ? e : new Error(String(e)));
      return;
    } finally {
      old.terminate();
    }
    const waiting = [...this.pending.values()].map((p) => p.message);
    if (this.lastCorpus && !waiting.some((m) => m.kind === 'setCorpus')) {
      const replay = { ...this.lastCorpus, id: this.nextId++ } as Request;
      this.pending = new Map([[replay.id, { kind: 'setCorpus', message: replay, resolve: () => undefined, reject: () => undefined }], ...this.pending]);
      this.worker.postMessage(replay);
    }
    for (const message of waiting) this.worker.postMessage(message);
    this.armTimer();
  }

  private receive(message: unknown): void {
    const progress = progressSchema.safeParse(message);
    if (progress.success) {
      this.pending.get(progress.data.id)?.onProgress?.(progress.data.progress.done, progress.data.progress.total);
      return;
    }
    const partial = partialSchema.safeParse(message);
    if (partial.success) {
      const { id, partial: json, pending: waiting } = partial.data;
      // Each report holds the findings since the one before, and the claims still waiting. Validated like a
      // result, one report after the other, added to those before, and delivered before the check's own
      // result (which waits for them): the caller hears every report the worker sent, in order.
      const pending = this.pending.get(id);
      const deliver = pending?.partial;
      if (pending && deliver) {
        pending.reports = (pending.reports ?? Promise.resolve())
          .then(() => Promise.all([validateResult('check', json), validateList('check', claimSchema, waiting)]))
          .then(([found, claims]) => {
            pending.soFar = [...(pending.soFar ?? []), ...(found as Finding[])];
            deliver(pending.soFar.slice(), claims as Claim[]);
          }, (e: Error) => this.fail(e));
      }
      return;
    }
    const response = responseSchema.safeParse(message);
    if (!response.success) return this.fail(new Error(`invalid reply from the engine worker: ${z.prettifyError(response.error)}`));
    const pending = this.pending.get(response.data.id);
    if (!pending) return;
    this.pending.delete(response.data.id);
    this.armTimer();
    const reply = response.data;
    const reported = pending.reports ?? Promise.resolve();
    if (!reply.ok) {
      void reported.then(() => pending.reject(reply.error === CANCELLED ? new CheckCancelledError() : new Error(reply.error)));
      return;
    }
    reported.then(() => validateResult(pending.kind, reply.json)).then(pending.resolve, pending.reject);
  }

  private fail(error: Error): void {
    if (this.failed) return;
    this.failed = error;
    if (this.timer) clearTimeout(this.timer.handle);
    this.timer = undefined;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    this.onFailure(error);
  }

  dispose(): void {
    this.failed ??= new Error('the engine worker was stopped');
    if (this.timer) clearTimeout(this.timer.handle);
    this.timer = undefined;
    this.pending.clear();
    this.worker.terminate();
  }
}

/** Validation work done in one turn of the host's event loop before yielding (ms). */
const VALIDATION_SLICE_MS = 4;

/**
 * Parses and validates a worker result. Lists are validated item by item, yielding to the event loop
 * whenever a slice of time is used up, so a long result never stalls typing.
 */
async function validateResult(kind: RequestKind, json: string): Promise<unknown> {
  const rule = resultSchemas[kind];
  return 'one' in rule ? parseOrThrow(kind, rule.one, parseJson(kind, json)) : validateList(kind, rule.each, json);
}

function parseJson(kind: RequestKind, json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new Error(`unreadable ${kind} result from the engine worker: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A list in JSON text, validated item by item against `schema`, yielding as {@link validateResult} does. */
async function validateList(kind: RequestKind, schema: z.ZodType, json: string): Promise<unknown[]> {
  const data = parseJson(kind, json);
  if (!Array.isArray(data)) throw new Error(`invalid ${kind} result from the engine worker: expected a list`);
  const items: unknown[] = [];
  let sliceStart = performance.now();
  for (const item of data) {
    items.push(parseOrThrow(kind, schema, item));
    if (performance.now() - sliceStart > VALIDATION_SLICE_MS) {
      await nextTurn();
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

/**
 * Runs the engine on the host thread, one block of paragraphs at a time. Between blocks it yields and
 * looks for a cancel and at the time limit; it cannot stop a block midway, so the worker is the real guard.
 */
export class InProcessBackend implements Backend {
  constructor(
    private readonly timeLimitMs: () => number = () => DEFAULT_TIME_LIMIT_MS,
    /** Reads corpus files sent by path and stamp (node). */
    private readonly readLocal?: LocalReader,
  ) {}

  // Loaded on first use: the engine's start-up cost is only paid when there is no worker.
  private readonly session: Promise<EngineSession> = import('./engineSession').then((m) => new m.EngineSession(undefined, this.readLocal));
  /** The latest corpus load: searches and checks wait for it, so they never run against an older corpus. */
  private corpusLoaded: Promise<unknown> = Promise.resolve();

  setCorpus(files: SourceFile[], roots: string[]): Promise<CorpusSummary> {
    const loading = (async () => {
      await nextTurn();
      return (await this.session).setCorpus(files, roots);
    })();
    this.corpusLoaded = loading.catch(() => undefined);
    return loading;
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    await this.corpusLoaded;
    await nextTurn();
    return (await this.session).search(query, limit);
  }

  async judgePairs(pairs: [string, string][]): Promise<PairVerdict[]> {
    await nextTurn();
    return (await this.session).judgePairs(pairs);
  }

  async unchecked(text: string, format: DocumentFormat): Promise<UncheckedRun[]> {
    await nextTurn();
    return (await this.session).unchecked(text, format);
  }

  async claims(text: string, format: DocumentFormat, options: Pick<CheckOptions, 'minCheckworthiness'>): Promise<Claim[]> {
    await nextTurn();
    return (await this.session).claims(text, format, options);
  }

  /** Checks one block of paragraphs per turn of the event loop, so the work per turn stays small. */
  async check(text: string, format: DocumentFormat, options: CheckOptions, exclude?: ExcludedSource, signal?: AbortSignal, partial?: PartialFindings): Promise<Finding[]> {
    await this.corpusLoaded;
    const session = await this.session;
    const started = performance.now();
    return checkInBlocks(text, CHUNK_CHARS, (block) => session.check(block, format, options, exclude), async () => {
      await nextTurn();
      if (signal?.aborted) throw new CheckCancelledError();
      const limit = this.timeLimitMs();
      if (performance.now() - started > limit) throw new EngineTimeoutError('check', limit);
    }, partial && { claims: (whole) => session.claims(whole, format, options), hear: partial });
  }

  dispose(): void {}
}

