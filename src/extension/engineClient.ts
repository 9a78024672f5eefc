/**
 * The extension host's handle on the engine. The engine normally runs in a worker (a node worker thread,
 * or a web worker in the web extension: the platform starts it); when no worker can be started (a
 * non-file extension location, a host without worker_threads) or the worker dies, it falls back to
 * running in-process, in chunks that yield to the event loop.
 */
import * as vscode from 'vscode';
import type { DocumentFormat, Finding, InputFile } from '../engine';
import { InProcessBackend, WorkerBackend, type Backend, type CorpusLoadOptions, type ExcludedSource, type PartialFindings } from './engineBackends';

/** Starts the engine's worker, or says why it cannot. */
export type StartWorker = (onFailure: (error: Error) => void, timeLimitMs: () => number) => WorkerBackend | Error;
import type { CheckOptions, CorpusSummary, SearchHit } from './protocol';

/** The engine, wherever it runs. Replays the corpus to the fallback if the worker fails. */
export class EngineClient implements vscode.Disposable {
  private backend: Backend;
  private lastCorpus: { files: InputFile[]; roots: string[] } | undefined;

  /** @param timeLimitMs the longest a check or search may take (read for each request). */
  constructor(
    startWorker: StartWorker,
    private readonly log: vscode.LogOutputChannel,
    private readonly timeLimitMs: () => number,
  ) {
    const started = startWorker((error) => this.fallBack(error), timeLimitMs);
    if (started instanceof Error) {
      this.log.warn(`Engine worker unavailable (${started.message}); checking in-process in small chunks.`);
      this.backend = new InProcessBackend(timeLimitMs);
    } else {
      this.backend = started;
      this.log.info(`Engine running in ${started.where}.`);
    }
  }

  /** Where the engine runs now; reported in the log and readable by tests. */
  get mode(): 'worker' | 'in-process' {
    return this.backend instanceof WorkerBackend ? 'worker' : 'in-process';
  }

  setCorpus(files: InputFile[], roots: string[], options: CorpusLoadOptions = {}): Promise<CorpusSummary> {
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
    const fallback = new InProcessBackend(this.timeLimitMs);
    this.backend = fallback;
    if (this.lastCorpus) void fallback.setCorpus(this.lastCorpus.files, this.lastCorpus.roots);
  }

  dispose(): void {
    this.backend.dispose();
  }
}
