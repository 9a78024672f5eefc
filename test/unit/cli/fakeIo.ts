/** An in-memory {@link CliIo} for driving `run()` without touching the disk. */
import * as path from 'node:path';
import type { CliIo, DirEntry, PathInfo } from '../../../src/cli/io';

/** A file's content, or only a size for files that must never be read (the 50 MB case). */
export type FakeFile = string | Uint8Array | { size: number };

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
  /** Paths `readFile` was called with, in order. */
  reads: string[];
}

function norm(p: string): string {
  const n = path.posix.normalize(p.replace(/\\/g, '/'));
  return n.length > 1 ? n.replace(/\/+$/, '') : n;
}

function enoent(p: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
}

function eacces(p: string): Error {
  return Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
}

/** `denied`: paths (files or folders) whose reading or listing fails with EACCES, as for another user's files. */
export function fakeIo(files: Record<string, FakeFile>, options: { tty?: boolean; stdin?: string; denied?: string[]; build?: string } = {}): FakeIo {
  const denied = new Set((options.denied ?? []).map(norm));
  const table = new Map(Object.entries(files).map(([p, f]) => [norm(p), f]));
  const isDir = (p: string) => p === '.' || [...table.keys()].some((f) => f.startsWith(p === '/' ? '/' : `${p}/`));
  let stdout = '';
  let stderr = '';
  const reads: string[] = [];
  return {
    reads,
    out: () => stdout,
    err: () => stderr,
    async readFile(p) {
      const key = norm(p);
      reads.push(key);
      if (denied.has(key)) throw eacces(p);
      const f = table.get(key);
      if (f === undefined) throw enoent(p);
      if (typeof f === 'string') return new TextEncoder().encode(f);
      if (f instanceof Uint8Array) return f;
      throw new Error(`test fake: ${p} must not be read (size-only file)`);
    },
    async stat(p): Promise<PathInfo | undefined> {
      const key = norm(p);
      const f = table.get(key);
      if (f !== undefined) {
        const size = typeof f === 'string' ? new TextEncoder().encode(f).length : f instanceof Uint8Array ? f.length : f.size;
        return { kind: 'file', size };
      }
      return isDir(key) ? { kind: 'directory', size: 0 } : undefined;
    },
    async readdir(p): Promise<DirEntry[]> {
      const key = norm(p);
      if (!isDir(key)) throw enoent(p);
      if (denied.has(key)) throw eacces(p);
      const prefix = key === '.' ? '' : `${key}/`;
      const entries = new Map<string, DirEntry['kind']>();
      for (const f of table.keys()) {
        if (!f.startsWith(prefix)) continue;
        const [name, ...more] = f.slice(prefix.length).split('/');
        entries.set(name, more.length > 0 ? 'directory' : 'file');
      }
      return [...entries].map(([name, kind]) => ({ name, kind }));
    },
    async realpath(p) {
      const key = norm(p);
      if (!table.has(key) && !isDir(key)) throw enoent(p);
      return path.posix.resolve('/fake', key);
    },
    async writeFileAtomic(p, bytes) {
      table.set(norm(p), bytes.slice());
    },
    async buildId() {
      return options.build ?? 'test-build';
    },
    async readStdin() {
      return new TextEncoder().encode(options.stdin ?? '');
    },
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t), isTTY: options.tty ?? false },
  };
}
