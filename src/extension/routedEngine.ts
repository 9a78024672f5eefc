/**
 * Where the scheduler's checks go: the PostgreSQL archive when one is configured and answering, else the
 * local corpus through the engine worker. A check never comes back empty because the archive failed: it
 * falls back to the local corpus, or fails (the draft keeps no new findings) when there is none.
 */
import type { Claim, DocumentFormat, Finding, UncheckedRun } from '../engine';
import type { ArchiveService } from './archive';
import type { CorpusService } from './corpusService';
import type { EngineClient } from './engineClient';
import type { ExcludedSource, PartialFindings } from './engineBackends';
import type { CheckOptions, CorpusSummary, SearchHit } from './protocol';

/** What the scheduler needs of an engine. */
export interface DraftChecker {
  /**
   * `signal` stops a local check early, and `partial` hears a long local check's findings so far (see
   * Backend.check); an archive check runs to its end and reports only then.
   */
  check(text: string, format: DocumentFormat, options: CheckOptions, exclude?: ExcludedSource, signal?: AbortSignal, partial?: PartialFindings): Promise<Finding[]>;
  /** The runs of a draft too long to be checked as one statement (judged locally: no corpus is needed). */
  unchecked(text: string, format: DocumentFormat): Promise<UncheckedRun[]>;
  /** A draft's claims without evidence (found locally: no corpus is needed). */
  claims(text: string, format: DocumentFormat, options: Pick<CheckOptions, 'minCheckworthiness'>): Promise<Claim[]>;
  /** True when there are sources to check against besides the local corpus folders. */
  hasSources?(): boolean;
}

export class RoutedEngine implements DraftChecker {
  constructor(
    private readonly engine: EngineClient,
    /** None in the web extension. */
    private readonly archive: Pick<ArchiveService, 'isConfigured' | 'search' | 'check'> | undefined,
    private readonly corpus: () => Pick<CorpusService, 'isConfigured'>,
  ) {}

  setCorpus(...args: Parameters<EngineClient['setCorpus']>): Promise<CorpusSummary> {
    return this.engine.setCorpus(...args);
  }

  /** Search through the archive when it answers, else the local corpus. */
  async search(query: string, limit: number): Promise<SearchHit[]> {
    if (this.archive?.isConfigured()) {
      const found = await this.archive.search(query, limit);
      if (found) return found;
    }
    return this.engine.search(query, limit);
  }

  hasSources(): boolean {
    return this.archive?.isConfigured() ?? false;
  }

  unchecked(text: string, format: DocumentFormat): Promise<UncheckedRun[]> {
    return this.engine.unchecked(text, format);
  }

  claims(text: string, format: DocumentFormat, options: Pick<CheckOptions, 'minCheckworthiness'>): Promise<Claim[]> {
    return this.engine.claims(text, format, options);
  }

  async check(text: string, format: DocumentFormat, options: CheckOptions, exclude?: ExcludedSource, signal?: AbortSignal, partial?: PartialFindings): Promise<Finding[]> {
    if (this.archive?.isConfigured()) {
      const found = await this.archive.check(text, format, options);
      if (found) return found;
      if (!this.corpus().isConfigured()) throw new Error('the archive is unavailable and no local corpus folder is configured; not checked');
    }
    return this.engine.check(text, format, options, exclude, signal, partial);
  }
}
