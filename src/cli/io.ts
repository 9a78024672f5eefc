/**
 * The CLI's only window on the outside world. `run()` receives one of these, so tests drive every
 * command with an in-memory fake while `node-io.ts` adapts the real file system and streams.
 */

/** What a path is; `undefined` from {@link CliIo.stat} means it does not exist. */
export interface PathInfo {
  kind: 'file' | 'directory' | 'other';
  /** Size in bytes (files only; 0 otherwise). */
  size: number;
  /**
   * Files only, where the file system tells: what identifies this state of the file (its size, inode, and
   * modification and change times), and from when any later write is sure to change it (the last change plus
   * the clock's granularity), in milliseconds since the epoch.
   */
  stamp?: { key: string; settledMs: number };
}

export interface DirEntry {
  name: string;
  /** What the entry is; a symbolic link is reported as what it points to ('other' when broken). */
  kind: PathInfo['kind'];
  /** True for a symbolic link. */
  link?: boolean;
}

export interface OutputStream {
  write(text: string): void;
  /** True when attached to a terminal; progress is only drawn then (or with --verbose). */
  readonly isTTY?: boolean;
}

export interface CliIo {
  /** Reads a whole file. Rejects with an `Error` whose `code` is set (ENOENT, EACCES, EISDIR, …). */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Reads a whole file at once, synchronously (throwing as `readFile` rejects): a source whose index came from
   * the cache is read only when a passage of it is first shown or judged. Without it, every source is read as
   * the corpus loads.
   */
  readFileNow?(path: string): Uint8Array;
  /** Follows symbolic links. Resolves `undefined` when nothing exists at `path`. */
  stat(path: string): Promise<PathInfo | undefined>;
  /** Entries of a directory, in any order. */
  readdir(path: string): Promise<DirEntry[]>;
  /** The canonical absolute path (links resolved), so one file reached two ways is read once. */
  realpath(path: string): Promise<string>;
  /** Writes a whole file atomically (a temporary file renamed into place), creating its folder. */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
  /**
   * Identifies the code that is running (a hash of the CLI bundle), so an index cache written by another
   * build is never read as this one's.
   */
  buildId(): Promise<string>;
  /** All of standard input, for `--input -`. */
  readStdin(): Promise<Uint8Array>;
  stdout: OutputStream;
  stderr: OutputStream;
}
