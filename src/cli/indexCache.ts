/**
 * `--cache <dir>`: the index of a corpus persisted between runs. One snapshot file per set of corpus
 * folders (named by a hash of their real paths) holds every file's segment keyed by its content hash, so
 * a run re-analyses only the files that changed or appeared, and drops the deleted ones. Each file's stamp (its
 * size and times) is kept with its hash, so a file whose stamp has not moved is not even read until needed. A snapshot that
 * is corrupt or from another build is reported once, rebuilt and overwritten; it never yields results.
 */
import * as path from 'node:path';
import { decodeSnapshot, encodeSnapshot, type RetrievalIndex, type SourceSegment } from '../engine';
import type { CliIo } from './io';

export interface OpenedCache {
  file: string;
  build: string;
  /** Segments read from the snapshot, by root and path. */
  segments: Map<string, SourceSegment>;
  /** A line to print once: why the snapshot could not be used (absent when fine or when there was none). */
  notice?: string;
}

export function segmentKey(root: number, relative: string): string {
  return `${root}\u0000${relative}`;
}

/** Reads the snapshot for these corpus folders, if any. Never throws: an unusable cache is an empty one. */
export async function openCache(io: CliIo, dir: string, roots: readonly string[]): Promise<OpenedCache> {
  const real = await Promise.all(roots.map((r) => io.realpath(r).catch(() => path.resolve(r))));
  const file = path.join(dir, `corpus-${shortHash(real.join('\n'))}.idx`);
  const build = await io.buildId();
  const segments = new Map<string, SourceSegment>();
  const info = await io.stat(file).catch(() => undefined);
  if (!info) return { file, build, segments };
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return { file, build, segments, notice: `index cache ${file} cannot be read (${error instanceof Error ? error.message : String(error)}); rebuilding it` };
  }
  const read = decodeSnapshot(bytes, build);
  if (!read.ok) return { file, build, segments, notice: `index cache ${file} is ${read.reason} (${read.message}); rebuilding it` };
  for (const s of read.segments) segments.set(segmentKey(s.root, s.path), s);
  return { file, build, segments };
}

/**
 * Writes the corpus's segments and their index back when they differ from what was read (a file changed,
 * appeared or went, or its stamp is not the one kept). Returns a problem to print, or undefined.
 */
export async function saveCache(io: CliIo, cache: OpenedCache, segments: readonly SourceSegment[], index: RetrievalIndex, reused: number, stampOf: (segment: SourceSegment) => string | undefined): Promise<string | undefined> {
  const same = reused === segments.length && segments.length === cache.segments.size && segments.every((s) => s.stamp === stampOf(s));
  if (same && cache.notice === undefined) return undefined;
  try {
    await io.writeFileAtomic(cache.file, encodeSnapshot(segments, index, cache.build, stampOf));
    return undefined;
  } catch (error) {
    return `index cache ${cache.file} could not be written (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** FNV-1a of a string, in base 36: names a cache file after its corpus folders. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
