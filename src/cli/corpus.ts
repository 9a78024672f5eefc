/** Loads `--corpus` folders into an engine corpus, skipping (and reporting) files that cannot be used. */
import * as path from 'node:path';
import { buildCorpus, contentHash, decodeSourceBytes, type Corpus, type InputFile, type SourceSegment } from '../engine';
import { InputError, describeFsError } from './errors';
import { MAX_FILE_BYTES, TEXT_EXTENSIONS, TextFileWalker, readTextFile } from './files';
import type { FileProblem } from './files';
import type { CliIo, PathInfo } from './io';
import type { Progress } from './progress';
import { openCache, saveCache, segmentKey } from './indexCache';

export interface LoadedCorpus {
  corpus: Corpus;
  /** Files skipped, with paths as the user would type them (root joined with the relative path). */
  problems: FileProblem[];
  /** What the walk did that the user may not expect: links followed out of a folder, duplicates read once. */
  notes: string[];
  /** Real path of every loaded source → its root and id, so a draft that is also a source can be told. */
  sourceAt: Map<string, { root: number; id: string }>;
  /** Milliseconds from the start of the walk until the index was ready (reading included). */
  indexMs: number;
  /** Files whose segment came from the cache (0 without one), of `indexed` files analysed or reused. */
  reused: number;
  indexed: number;
}

/** Files read at once: enough to keep the file system busy, few enough to stay far from open-file limits. */
const READ_CONCURRENCY = 32;

type SourceRead = { ok: true; file: InputFile; stamp?: string } | { ok: false; problem: FileProblem };

/**
 * One corpus file. With a cache, the file's stamp is taken first; when it is the stamp its cached segment
 * was saved with, and old enough to trust, the file is not read now: its text is read when first needed.
 */
async function readSource(io: CliIo, file: string, relative: string, root: number, cache: { segment?: SourceSegment; loadStart: number } | undefined): Promise<SourceRead> {
  let stamp: string | undefined;
  let info: PathInfo | undefined;
  if (cache) {
    info = await io.stat(file).catch(() => undefined);
    // A file changed within a clock tick of the load could change again unseen: its stamp is not kept.
    if (info?.stamp && info.stamp.settledMs <= cache.loadStart) stamp = info.stamp.key;
    const { segment } = cache;
    if (stamp !== undefined && segment?.stamp === stamp && io.readFileNow) return { ok: true, stamp, file: readLater(io.readFileNow, file, relative, root, segment.hash) };
  }
  // The stat just taken serves the read too; a file it could not stat is stat'ed again there, to say why.
  const read = await readTextFile(io, file, MAX_FILE_BYTES, info);
  return read.ok ? { ok: true, stamp, file: { path: relative, root, text: read.text } } : read;
}

/** A corpus file whose text is read on first use and must still have `hash`; anything else stops the run. */
function readLater(readNow: (path: string) => Uint8Array, file: string, relative: string, root: number, hash: string): InputFile {
  return {
    path: relative,
    root,
    hash,
    get text(): string {
      let bytes: Uint8Array;
      try {
        bytes = readNow(file);
      } catch (error) {
        throw new InputError(`${file} can no longer be read (${describeFsError(error)}); run again`);
      }
      const decoded = decodeSourceBytes(file, bytes, { maxBytes: MAX_FILE_BYTES });
      if (!decoded.ok || contentHash(decoded.text) !== hash) throw new InputError(`${file} changed while its index was in use; run again (if this repeats, delete the index cache)`);
      return decoded.text;
    },
  };
}

/** `run` over every item with at most `limit` at once; results in item order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** `--cache <dir>`: where the index is persisted between runs. */
export interface LoadOptions {
  cache?: string;
}

/**
 * Walks every root for text files and builds the corpus. A missing or non-folder root, or a corpus
 * with no usable source at all, is an {@link InputError}; a bad file only becomes a problem. Files are
 * known by their real paths, so a link loop, two links to one file or a folder given twice read once.
 */
export async function loadCorpus(io: CliIo, roots: readonly string[], progress: Progress, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const started = performance.now();
  const problems: FileProblem[] = [];
  const inputs: InputFile[] = [];
  const listed: { root: number; relative: string; real: string }[] = [];
  const walker = new TextFileWalker(io, problems);
  const notes: string[] = [];
  for (const [root, dir] of roots.entries()) {
    const info = await io.stat(dir).catch(() => undefined);
    if (!info) throw new InputError(`corpus folder not found: ${dir}`);
    if (info.kind !== 'directory') throw new InputError(`corpus must be a folder, but ${dir} is a file`);
    for (const file of await walker.walk(dir)) listed.push({ root, ...file });
  }
  const sourceAt = new Map<string, { root: number; id: string }>();
  const cache = options.cache === undefined ? undefined : await openCache(io, options.cache, roots);
  if (cache?.notice) notes.push(cache.notice);
  const loadStart = Date.now();
  // Read a window of files at once (the file system answers in parallel), then use them in walk order.
  let done = 0;
  const reads = await mapLimited(listed, READ_CONCURRENCY, async ({ root, relative }) => {
    const segment = cache?.segments.get(segmentKey(root, relative));
    const read = await readSource(io, path.join(roots[root], relative), relative, root, cache && { segment, loadStart });
    progress.update(`reading corpus ${++done}/${listed.length}`);
    return read;
  });
  const stamps = new Map<string, string>();
  for (const [i, { root, relative, real }] of listed.entries()) {
    const read = reads[i];
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    inputs.push(read.file);
    if (read.stamp !== undefined) stamps.set(segmentKey(root, relative), read.stamp);
    sourceAt.set(real, { root, id: relative });
  }
  const built = buildCorpus(inputs, [...roots], {
    cached: cache && ((relative, root) => cache.segments.get(segmentKey(root, relative))),
    progress: (done, total) => progress.update(`indexing ${done}/${total} sources`),
  });
  const indexMs = performance.now() - started;
  if (cache) {
    const problem = await saveCache(io, cache, built.segments, built.corpus.index, built.reused, (segment) => stamps.get(segmentKey(segment.root, segment.path)));
    if (problem) notes.push(problem);
  }
  // The engine already names its problems root-joined, the way the user typed the folder.
  problems.push(...built.problems);
  progress.done();
  if (built.corpus.sources.length === 0) {
    const where = roots.join(', ');
    // Nothing else will be printed, so the reasons travel with the error.
    const reasons = problems.map((p) => `\n  skipped ${p.path}: ${p.message}`).join('');
    if (listed.length === 0 && problems.length === 0) throw new InputError(`the corpus is empty: no ${TEXT_EXTENSIONS.join('/')} files in ${where}`);
    if (listed.length === 0) throw new InputError(`the corpus is empty: nothing in ${where} could be read${reasons}`);
    throw new InputError(`the corpus is empty: none of the ${listed.length} files in ${where} could be loaded${reasons}`);
  }
  return { corpus: built.corpus, problems, notes: [...walker.notes, ...notes], sourceAt, indexMs, reused: built.reused, indexed: built.segments.length };
}
