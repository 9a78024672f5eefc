/**
 * The extension host's handle on the engine. The engine normally runs in a worker (a node worker thread,
 * or a web worker in the web extension: the platform starts it); when no worker can be started (a
 * non-file extension location, a host without worker_threads) or the worker dies, it falls back to
 * running in-process, in chunks that yield to the event loop, where the platform can (node); elsewhere
 * every request fails with the reason.
 */
import * as vscode from 'vscode';
import type { Claim, DocumentFormat, Finding, PairVerdict, UncheckedRun } from '../engine';
import { WorkerBackend, type Backend, type CorpusLoadOptions, type ExcludedSource, type PartialFindings } from './engineBackends';
import type { CheckOptions, CorpusSummary, SearchHit, SourceFile } from './protocol';

/** Starts the engine's worker, or says why it cannot. */
export type StartWorker = (onFailure: (error: Error) => void, timeLimitMs: () => number) => WorkerBackend | Error;

/** The engine on the host's own thread, where a platform has one (node); the web extension has none. */
export type StartInProcess = (timeLimitMs: () => number) => Backend;

/** The engine, wherever it runs. Replays the corpus to the fallback if the worker fails. */
export class EngineClient implements vscode.Disposable {
  private backend: Backend;
  private lastCorpus: { files: SourceFile[]; roots: string[] } | undefined;

  /** @param timeLimitMs the longest a check or search may take (read for each request). */
  constructor(
    startWorker: StartWorker,
    private readonly log: vscode.LogOutputChannel,
    private readonly timeLimitMs: () => number,
    private readonly startInProcess?: StartInProcess,
  ) {
    const started = startWorker((error) => this.fallBack(error), timeLimitMs);
    if (started instanceof Error) {
      this.backend = this.fallbackFor(started);
    } else {
      this.backend = started;
      this.log.info(`Engine running in ${started.where}.`);
    }
  }

  /** Where the engine runs now; reported in the log and readable by tests. */
  get mode(): 'worker' | 'in-process' | 'none' {
    return this.backend instanceof WorkerBackend ? 'worker' : this.backend instanceof NoEngine ? 'none' : 'in-process';
  }

  setCorpus(files: SourceFile[], roots: string[], options: CorpusLoadOptions = {}): Promise<CorpusSummary> {
    this.lastCorpus = { files, roots };
    return this.withRetry(() => this.backend.setCorpus(files, roots, options));
  }

  /**
   * Checks a draft; `exclude` names the source that is this very draft, when it is in the corpus; `partial`
   * hears the findings so far while a long draft is checked.
   */
  check(text: string, format: DocumentFormat, options: CheckOptions, exclude?: ExcludedSource, signal?: AbortSignal, partial?: PartialFindings): Promise<Finding[]> {
    return this.withRetry(() => this.backend.check(text, format, options, exclude, signal, partial));
  }

  search(query: string, limit: number): Promise<SearchHit[]> {
    return this.withRetry(() => this.backend.search(query, limit));
  }

  judgePairs(pairs: [string, string][]): Promise<PairVerdict[]> {
    return this.withRetry(() => this.backend.judgePairs(pairs));
  }

  unchecked(text: string, format: DocumentFormat): Promise<UncheckedRun[]> {
    return this.withRetry(() => this.backend.unchecked(text, format));
  }

  claims(text: string, format: DocumentFormat, options: Pick<CheckOptions, 'minCheckworthiness'>): Promise<Claim[]> {
    return this.withRetry(() => this.backend.claims(text, format, options));
  }

  /** The in-process engine, or, where there is none, a backend that says why nothing can be checked. */
  private fallbackFor(error: Error): Backend {
    if (this.startInProcess) {
      this.log.warn(`Engine worker unavailable (${error.message}); checking in-process in small chunks.`);
      return this.startInProcess(this.timeLimitMs);
    }
    this.log.error(`Engine worker unavailable (${error.message}); drafts cannot be checked here.`);
    return new NoEngine(error);
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
    this.log.error(`Engine worker failed (${error.message}).`);
    this.backend.dispose();
    const fallback = this.fallbackFor(error);
    this.backend = fallback;
    if (this.lastCorpus) void fallback.setCorpus(this.lastCorpus.files, this.lastCorpus.roots).catch(() => undefined);
  }

  dispose(): void {
    this.backend.dispose();
  }
}

/** No engine at all: every request fails with the reason the worker could not run. */
class NoEngine implements Backend {
  private readonly error: Error;

  constructor(cause: Error) {
    this.error = new Error(`the engine cannot run here: ${cause.message}`);
  }

  setCorpus(): Promise<CorpusSummary> {
    return Promise.reject(this.error);
  }

  check(): Promise<Finding[]> {
    return Promise.reject(this.error);
  }

  search(): Promise<SearchHit[]> {
    return Promise.reject(this.error);
  }

  judgePairs(): Promise<PairVerdict[]> {
    return Promise.reject(this.error);
  }

  unchecked(): Promise<UncheckedRun[]> {
    return Promise.reject(this.error);
  }

  claims(): Promise<Claim[]> {
    return Promise.reject(this.error);
  }

  dispose(): void {}
}
