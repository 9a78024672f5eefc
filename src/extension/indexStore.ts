/**
 * The extension's persisted index, kept by the engine worker in the extension's global storage: one
 * snapshot per set of corpus folders, every file's segment keyed by its content hash. Read once when the
 * worker first loads a corpus, written back whenever a file's segment changed. A snapshot that is corrupt
 * or from another build gives a notice (logged once by the host) and is rebuilt; it never gives results.
 * Synchronous file access: this runs in the worker thread, never on the extension host's.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeSnapshot, encodeSnapshot, type RetrievalIndex, type SourceSegment } from '../engine';
import { segmentKey, type SnapshotStore } from './engineSession';

/** The snapshot file for a set of corpus folders (their URIs), inside `storageDir`. */
export function snapshotFile(storageDir: string, roots: readonly string[]): string {
  const name = createHash('sha256').update(roots.join('\n')).digest('hex').slice(0, 16);
  return path.join(storageDir, 'index', `corpus-${name}.idx`);
}

let ownBuild: string | undefined;

/** A hash of the running bundle (dist/worker.js): another build never reads this one's snapshots. */
export function buildId(file: string = __filename): string {
  ownBuild ??= createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 24);
  return ownBuild;
}

/** Segments read from `file`, or none with the reason when it is unusable (nothing when it is absent). */
export function readSnapshot(file: string, build: string): { segments: Map<string, SourceSegment>; notice?: string } {
  const segments = new Map<string, SourceSegment>();
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { segments } : { segments, notice: `the saved index ${file} cannot be read (${code ?? String(error)}); rebuilding it` };
  }
  const read = decodeSnapshot(bytes, build);
  if (!read.ok) return { segments, notice: `the saved index ${file} is ${read.reason} (${read.message}); rebuilding it` };
  for (const s of read.segments) segments.set(segmentKey(s.root, s.path), s);
  return { segments };
}

/** Writes the snapshot atomically (a uniquely named temporary file renamed into place); a problem, or undefined. */
export function writeSnapshot(file: string, segments: readonly SourceSegment[], index: RetrievalIndex, build: string, stampOf: (segment: SourceSegment) => string | undefined): string | undefined {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, encodeSnapshot(segments, index, build, stampOf));
    fs.renameSync(temporary, file);
    return undefined;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    return `the index could not be saved to ${file} (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The snapshot store of the node worker: files on the local disk. */
export const fileSnapshots: SnapshotStore = { read: readSnapshot, write: writeSnapshot };
