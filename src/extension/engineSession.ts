/**
 * The engine state one host keeps: the corpus, each file's analysed segment and a checker per option set.
 * The worker runs one of these; so does the in-process fallback. No `vscode` here, so the worker bundle
 * stays free of it. A new corpus reuses the segments of files whose text is unchanged, so a file event
 * re-analyses only that file; with a snapshot store (the node worker's, indexStore.ts), segments also
 * survive a restart. No `node:` module here either: the web worker runs it too.
 */
import { buildCorpus, createChecker, detectClaims, onlyRoots, searchCorpus, statesDifferently, uncheckedRuns, withoutSource, type Claim, type PairVerdict, type UncheckedRun, type Corpus, type DocumentFormat, type Finding, type InputFile, type RetrievalIndex, type SourceSegment } from '../engine';
import type { CheckOptions, CheckRequestExclude, CorpusSummary, SearchHit } from './protocol';

type Checker = ReturnType<typeof createChecker>;

/** The key a segment is kept under. */
export function segmentKey(root: number, relative: string): string {
  return `${root}\u0000${relative}`;
}

/** Reads and writes saved indexes, one file per set of corpus folders. */
export interface SnapshotStore {
  read(file: string, build: string): { segments: Map<string, SourceSegment>; notice?: string };
  /** A problem, or undefined once saved. */
  write(file: string, segments: readonly SourceSegment[], index: RetrievalIndex, build: string): string | undefined;
}

/** Where a session persists its index (with a snapshot store), and what it calls as files are indexed. */
export interface CorpusHooks {
  snapshot?: { file: string; build: string };
  progress?: (done: number, total: number) => void;
}

export class EngineSession {
  private corpus: Corpus = buildCorpus([]).corpus;
  /** The last corpus's segments, by root and path. */
  private segments = new Map<string, SourceSegment>();
  /** The snapshot file read into `segments` (it is read once per file). */
  private snapshotRead: string | undefined;
  /**
   * Keyed by the options' JSON (and the source left out, for a draft that is in the corpus); a checker's
   * per-sentence cache is what keeps re-checks after a keystroke cheap.
   */
  private checkers = new Map<string, Checker>();

  constructor(private readonly snapshots?: SnapshotStore) {}

  setCorpus(files: InputFile[], roots: string[], hooks: CorpusHooks = {}): CorpusSummary {
    let notice: string | undefined;
    const store = this.snapshots;
    const snapshot = store && hooks.snapshot;
    if (snapshot && this.snapshotRead !== snapshot.file) {
      const read = store.read(snapshot.file, snapshot.build);
      notice = read.notice;
      for (const [key, segment] of read.segments) if (!this.segments.has(key)) this.segments.set(key, segment);
      this.snapshotRead = snapshot.file;
    }
    const known = this.segments;
    const { corpus, problems, segments, reused } = buildCorpus(files, roots, {
      cached: (path, root) => known.get(segmentKey(root, path)),
      progress: hooks.progress,
    });
    this.corpus = corpus;
    this.checkers = new Map();
    this.segments = new Map(segments.map((s) => [segmentKey(s.root, s.path), s]));
    const changed = reused !== segments.length || known.size !== segments.length || notice !== undefined;
    if (snapshot && changed) {
      const problem = store.write(snapshot.file, segments, corpus.index, snapshot.build);
      if (problem) notice = notice ? `${notice}; ${problem}` : problem;
    }
    return { sources: corpus.sources.length, passages: corpus.passages.length, problems, reused, ...(notice !== undefined && { notice }) };
  }

  check(text: string, format: DocumentFormat, options: CheckOptions, exclude?: CheckRequestExclude): Finding[] {
    const key = JSON.stringify([options, exclude ?? null]);
    let checker = this.checkers.get(key);
    if (!checker) {
      const { roots, ...engineOptions } = options;
      const scoped = roots ? onlyRoots(this.corpus, roots) : this.corpus;
      checker = createChecker(exclude ? withoutSource(scoped, exclude) : scoped, engineOptions);
      this.checkers.set(key, checker);
    }
    return checker.check(text, format);
  }

  /** The draft's claims alone, with the check's threshold: fast, as no evidence is gathered. */
  claims(text: string, format: DocumentFormat, options: Pick<CheckOptions, 'minCheckworthiness'>): Claim[] {
    return detectClaims(text, format, { ...(options.minCheckworthiness !== undefined && { minCheckworthiness: options.minCheckworthiness }) });
  }

  unchecked(text: string, format: DocumentFormat): UncheckedRun[] {
    return uncheckedRuns(text, format);
  }

  /** For consistency across drafts: whether the second claim of each pair states the first's fact differently. */
  judgePairs(pairs: readonly (readonly [string, string])[]): PairVerdict[] {
    return pairs.map(([a, b]) => statesDifferently(a, b));
  }

  search(query: string, limit: number): SearchHit[] {
    return searchCorpus(this.corpus, query, limit).map(({ passage, source, score }) => ({
      passage,
      source: { id: source.id, root: source.root, meta: source.meta },
      score,
    }));
  }
}
