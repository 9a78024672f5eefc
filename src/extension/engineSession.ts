/**
 * The engine state one host keeps: the corpus, each file's analysed segment and a checker per option set.
 * The worker runs one of these; so does the in-process fallback. No `vscode` here, so the worker bundle
 * stays free of it. A new corpus reuses the segments of files whose text is unchanged, so a file event
 * re-analyses only that file; with a snapshot store (the node worker's, indexStore.ts), segments also
 * survive a restart. No `node:` module here either: the web worker runs it too.
 */
import { buildCorpus, contentHash, createChecker, decodeSourceBytes, detectClaims, onlyRoots, searchCorpus, statesDifferently, uncheckedRuns, withoutSource, type Claim, type CorpusProblem, type PairVerdict, type UncheckedRun, type Corpus, type DocumentFormat, type Finding, type InputFile, type RetrievalIndex, type SourceSegment } from '../engine';
import type { CheckOptions, CheckRequestExclude, CorpusSummary, LocalSourceFile, SearchHit, SourceFile } from './protocol';

type Checker = ReturnType<typeof createChecker>;

/** The key a segment is kept under. */
export function segmentKey(root: number, relative: string): string {
  return `${root}\u0000${relative}`;
}

/** Reads and writes saved indexes, one file per set of corpus folders. */
export interface SnapshotStore {
  read(file: string, build: string): { segments: Map<string, SourceSegment>; notice?: string };
  /** A problem, or undefined once saved. `stampOf` gives each file's stamp to keep with its segment. */
  write(file: string, segments: readonly SourceSegment[], index: RetrievalIndex, build: string, stampOf: (segment: SourceSegment) => string | undefined): string | undefined;
}

/** Reads a file of the local disk (node hosts); throws as node's file system does. */
export type LocalReader = (fsPath: string) => Uint8Array;

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

  constructor(
    private readonly snapshots?: SnapshotStore,
    /** Node hosts: how corpus files sent by path and stamp are read. */
    private readonly readLocal?: LocalReader,
  ) {}

  setCorpus(sent: SourceFile[], roots: string[], hooks: CorpusHooks = {}): CorpusSummary {
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
    const stamps = new Map<string, string>();
    const unread: CorpusProblem[] = [];
    const files: InputFile[] = [];
    for (const file of sent) {
      if (!('fsPath' in file)) {
        files.push(file);
        continue;
      }
      const key = segmentKey(file.root ?? 0, file.path);
      stamps.set(key, file.stamp);
      const segment = known.get(key);
      const read = segment?.stamp === file.stamp ? this.readLater(file, segment.hash) : this.readNow(file);
      if ('message' in read) unread.push(read);
      else files.push(read);
    }
    const { corpus, problems, segments, reused } = buildCorpus(files, roots, {
      cached: (path, root) => known.get(segmentKey(root, path)),
      progress: hooks.progress,
    });
    this.corpus = corpus;
    this.checkers = new Map();
    // Each segment keeps the stamp its file was sent with, so the next load of an unchanged file reuses it unread.
    const stampOf = (s: SourceSegment): string | undefined => stamps.get(segmentKey(s.root, s.path));
    const restamped = segments.filter((s) => s.stamp !== stampOf(s));
    for (const s of restamped) s.stamp = stampOf(s);
    this.segments = new Map(segments.map((s) => [segmentKey(s.root, s.path), s]));
    const changed = reused !== segments.length || known.size !== segments.length || notice !== undefined || restamped.length > 0;
    if (snapshot && changed) {
      const problem = store.write(snapshot.file, segments, corpus.index, snapshot.build, stampOf);
      if (problem) notice = notice ? `${notice}; ${problem}` : problem;
    }
    return { sources: corpus.sources.length, passages: corpus.passages.length, problems: [...unread, ...problems], reused, ...(notice !== undefined && { notice }) };
  }

  /** A file of the local disk read now (its stamp is new, or its segment unknown); a problem when it cannot be used. */
  private readNow(file: LocalSourceFile): InputFile | CorpusProblem {
    if (!this.readLocal) return { path: file.path, message: 'cannot be read here (no local disk)' };
    let bytes: Uint8Array;
    try {
      bytes = this.readLocal(file.fsPath);
    } catch (e) {
      return { path: file.path, message: `cannot read it (${e instanceof Error ? e.message : String(e)})` };
    }
    const decoded = decodeSourceBytes(file.path, bytes);
    return decoded.ok ? { path: file.path, root: file.root, text: decoded.text } : { path: file.path, message: decoded.problem.message };
  }

  /**
   * An unchanged file of the local disk (its stamp is its saved segment's): its text is read only when a
   * passage of it is first shown or judged, and must still have the segment's hash.
   */
  private readLater(file: LocalSourceFile, hash: string): InputFile {
    const readNow = (): InputFile | CorpusProblem => this.readNow(file);
    return {
      path: file.path,
      root: file.root,
      hash,
      get text(): string {
        const read = readNow();
        if ('message' in read) throw new Error(`${file.path} ${read.message}; it is read again when it changes`);
        if (contentHash(read.text) !== hash) throw new Error(`${file.path} changed while its index was in use; it is read again when it changes`);
        return read.text;
      },
    };
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
