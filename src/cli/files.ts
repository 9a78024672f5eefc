/** Finding and reading the files named on the command line, with every failure turned into a message. */
import * as path from 'node:path';
import { DEFAULT_MAX_BYTES, decodeSourceBytes } from '../engine';
import { describeFsError } from './errors';
import { globToRegExp, hasGlobSyntax, splitGlob } from './glob';
import type { CliIo } from './io';

/** Extensions loaded from corpus folders and picked up when a folder or glob names drafts. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Files larger than this are refused from their size alone, before any byte is read. */
export const MAX_FILE_BYTES = DEFAULT_MAX_BYTES;

/** Folders never walked: version control, dependencies and other hidden folders. */
const SKIPPED_FOLDER = /^(?:\..*|node_modules)$/;

/** Deep enough for any real corpus; stops a symbolic-link loop from walking forever. */
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

/**
 * Relative paths (forward slashes, sorted) of the text files below `dir`. Unreadable subfolders are
 * reported through `problems` and skipped.
 */
export async function walkTextFiles(io: CliIo, dir: string, problems: FileProblem[]): Promise<string[]> {
  const found: string[] = [];
  async function visit(relative: string, depth: number): Promise<void> {
    const full = relative ? path.join(dir, relative) : dir;
    if (depth > MAX_DEPTH) {
      problems.push({ path: full, message: `nested more than ${MAX_DEPTH} folders deep (a link loop?); not walked` });
      return;
    }
    let entries;
    try {
      entries = await io.readdir(full);
    } catch (error) {
      problems.push({ path: full, message: `cannot list folder: ${describeFsError(error)}` });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.kind === 'directory' && !SKIPPED_FOLDER.test(entry.name)) await visit(child, depth + 1);
      else if (entry.kind === 'file' && hasTextExtension(entry.name)) found.push(child);
    }
  }
  await visit('', 0);
  return found;
}

/**
 * Expands the draft arguments of `check`: plain paths are taken as given, folders and globs are
 * expanded to their text files. Arguments that name nothing become problems.
 */
export async function expandDraftArgs(io: CliIo, args: readonly string[]): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const arg of args) {
    const pattern = toPosix(arg);
    if (hasGlobSyntax(pattern)) {
      const { base, rest } = splitGlob(pattern);
      const info = await io.stat(base);
      const matcher = globToRegExp(rest);
      const matched = info?.kind === 'directory' ? (await walkTextFiles(io, base, problems)).filter((f) => matcher.test(f)) : [];
      if (matched.length === 0) problems.push({ path: arg, message: 'no text files match this pattern' });
      files.push(...matched.map((f) => (base === '.' ? f : path.posix.join(base, f))));
      continue;
    }
    const info = await io.stat(arg);
    if (!info) problems.push({ path: arg, message: 'file not found' });
    else if (info.kind === 'directory') {
      const inside = await walkTextFiles(io, arg, problems);
      if (inside.length === 0) problems.push({ path: arg, message: `folder has no ${TEXT_EXTENSIONS.join('/')} files` });
      files.push(...inside.map((f) => path.posix.join(pattern, f)));
    } else files.push(arg);
  }
  return { files: [...new Set(files)], problems };
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: FileProblem };

/**
 * Reads and decodes one text file. Oversized files are refused from `stat` alone; binary files and
 * broken UTF-8 are refused by the engine's decoder. A leading BOM is removed, so offsets count the
 * way VS Code's `TextDocument` counts.
 */
export async function readTextFile(io: CliIo, file: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  const fail = (message: string): ReadResult => ({ ok: false, problem: { path: file, message } });
  let bytes: Uint8Array;
  try {
    const info = await io.stat(file);
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
