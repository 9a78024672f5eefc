/** Finding and reading the files named on the command line, with every failure turned into a message. */
import * as path from 'node:path';
import { DEFAULT_MAX_BYTES, decodeSourceBytes } from '../engine';
import { describeFsError } from './errors';
import { globToRegExp, hasGlobSyntax, splitGlob } from './glob';
import type { CliIo, PathInfo } from './io';

/** Extensions loaded from corpus folders and picked up when a folder or glob names drafts. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Files larger than this are refused from their size alone, before any byte is read. */
export const MAX_FILE_BYTES = DEFAULT_MAX_BYTES;

/** Folders never walked: version control, dependencies and other hidden folders. */
const SKIPPED_FOLDER = /^(?:\..*|node_modules)$/;

/** Deep enough for any real corpus; a last guard after the real-path checks below. */
const MAX_DEPTH = 32;

export interface FileProblem {
  path: string;
  message: string;
}

export function hasTextExtension(file: string): boolean {
  return TEXT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Paths converted to forward slashes, the form the report and the engine use. */
export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** A text file found by a walk: its path relative to the walked folder, and its real path. */
export interface WalkedFile {
  relative: string;
  real: string;
}

/**
 * Walks folders for text files, remembering every folder and file by its real path across walks: a
 * symbolic-link loop is walked once, two links to one file yield it once, and a folder given twice (or
 * inside another one given) is read once. What it skips or follows out of the folder is said in `notes`;
 * what it cannot read goes to `problems`.
 */
export class TextFileWalker {
  private readonly folders = new Map<string, string>();
  private readonly files = new Map<string, string>();
  readonly notes: string[] = [];

  constructor(
    private readonly io: CliIo,
    private readonly problems: FileProblem[],
  ) {}

  /** The text files below `dir` not met before, sorted by relative path (forward slashes). */
  async walk(dir: string): Promise<WalkedFile[]> {
    const found: WalkedFile[] = [];
    let rootReal: string;
    try {
      rootReal = await this.io.realpath(dir);
    } catch (error) {
      this.problems.push({ path: dir, message: `cannot open folder: ${describeFsError(error)}` });
      return found;
    }
    const seenAs = this.folders.get(rootReal);
    if (seenAs !== undefined) {
      this.notes.push(`${dir} was already read (as ${seenAs}); read once`);
      return found;
    }
    let repeated = 0;
    const visit = async (relative: string, real: string, depth: number): Promise<void> => {
      const full = relative ? path.join(dir, relative) : dir;
      if (depth > MAX_DEPTH) {
        this.problems.push({ path: full, message: `nested more than ${MAX_DEPTH} folders deep; not walked` });
        return;
      }
      this.folders.set(real, full);
      let entries;
      try {
        entries = await this.io.readdir(full);
      } catch (error) {
        this.problems.push({ path: full, message: `cannot list folder: ${describeFsError(error)}` });
        return;
      }
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        const childFull = path.join(dir, child);
        const isFolder = entry.kind === 'directory' && !SKIPPED_FOLDER.test(entry.name);
        const isText = entry.kind === 'file' && hasTextExtension(entry.name);
        if (entry.link && entry.kind === 'other' && hasTextExtension(entry.name)) {
          this.problems.push({ path: childFull, message: 'broken symbolic link (its target does not exist)' });
        }
        if (!isFolder && !isText) continue;
        const childReal = entry.link ? await this.realpath(childFull) : path.join(real, entry.name);
        if (childReal === undefined) continue;
        if (entry.link && !isInside(childReal, rootReal)) this.notes.push(`${childFull} is a link to ${childReal}, outside ${dir}; followed`);
        if (isFolder) {
          const before = this.folders.get(childReal);
          if (before === undefined) await visit(child, childReal, depth + 1);
          else if (entry.link) this.notes.push(`${childFull} leads back to ${before} (a link loop or a second link); walked once`);
          else this.notes.push(`${childFull} was already read (as ${before}); read once`);
        } else if (this.files.has(childReal)) {
          repeated++;
        } else {
          this.files.set(childReal, childFull);
          found.push({ relative: child, real: childReal });
        }
      }
    };
    await visit('', rootReal, 0);
    if (repeated > 0) this.notes.push(`${dir}: ${repeated} file${repeated === 1 ? '' : 's'} already reached another way (a link or another folder given) read once`);
    return found;
  }

  private async realpath(file: string): Promise<string | undefined> {
    try {
      return await this.io.realpath(file);
    } catch (error) {
      this.problems.push({ path: file, message: `cannot resolve link: ${describeFsError(error)}` });
      return undefined;
    }
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Expands the draft arguments of `check`: plain paths are taken as given, folders and globs are
 * expanded to their text files. Arguments that name nothing, or are not valid patterns, become
 * problems; the other arguments are still expanded.
 */
export async function expandDraftArgs(io: CliIo, args: readonly string[]): Promise<{ files: string[]; problems: FileProblem[]; notes: string[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const notes: string[] = [];
  for (const arg of args) {
    // One walk per argument: two patterns over one folder must both see its files.
    const walker = new TextFileWalker(io, problems);
    const pattern = toPosix(arg);
    if (hasGlobSyntax(pattern)) {
      const { base, rest } = splitGlob(pattern);
      const matcher = compileGlob(rest);
      if (typeof matcher === 'string') {
        problems.push({ path: arg, message: `not a valid pattern: ${matcher}` });
        continue;
      }
      const info = await io.stat(base);
      const walked = info?.kind === 'directory' ? await walker.walk(base) : [];
      const matched = walked.map((f) => f.relative).filter((f) => matcher.test(f));
      if (matched.length === 0) problems.push({ path: arg, message: 'no text files match this pattern' });
      files.push(...matched.map((f) => (base === '.' ? f : path.posix.join(base, f))));
      notes.push(...walker.notes);
      continue;
    }
    const info = await io.stat(arg);
    if (!info) problems.push({ path: arg, message: 'file not found' });
    else if (info.kind === 'directory') {
      const inside = await walker.walk(arg);
      if (inside.length === 0) problems.push({ path: arg, message: `folder has no ${TEXT_EXTENSIONS.join('/')} files` });
      files.push(...inside.map((f) => path.posix.join(pattern, f.relative)));
      notes.push(...walker.notes);
    } else files.push(arg);
  }
  return { files: [...new Set(files)], problems, notes };
}

/** The glob's regular expression, or why the pattern is not valid. */
function compileGlob(glob: string): RegExp | string {
  try {
    return globToRegExp(glob);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '').replace(/^./, (c) => c.toLowerCase());
  }
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: FileProblem };

/**
 * Reads and decodes one text file (`known`: its `stat`, when the caller has just taken it). Oversized files are refused from `stat` alone; binary files and
 * broken UTF-8 are refused by the engine's decoder. A leading BOM is removed, so offsets count the
 * way VS Code's `TextDocument` counts.
 */
export async function readTextFile(io: CliIo, file: string, maxBytes = MAX_FILE_BYTES, known?: PathInfo): Promise<ReadResult> {
  const fail = (message: string): ReadResult => ({ ok: false, problem: { path: file, message } });
  let bytes: Uint8Array;
  try {
    const info = known ?? (await io.stat(file));
    if (!info) return fail('file not found');
    if (info.kind !== 'file') return fail(info.kind === 'directory' ? 'is a folder, not a file' : 'is not a regular file');
    if (info.size > maxBytes) return fail(`file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit; skipped without reading`);
    bytes = await io.readFile(file);
  } catch (error) {
    return fail(`cannot read: ${describeFsError(error)}`);
  }
  const decoded = decodeSourceBytes(file, bytes, { maxBytes });
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, problem: { path: file, message: decoded.problem.message } };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
