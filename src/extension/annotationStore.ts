/**
 * Reading and changing `.corroborate/annotations.json` safely when several decisions, and several VS Code
 * windows, write at once. Pure apart from the small {@link AnnotationFs} it is given (vscode.workspace.fs
 * in the extension, node:fs in the unit tests), so the concurrency is tested directly.
 *
 * - Within a window, changes are queued: each one starts after the previous one has been written.
 * - Across windows, a change holds a lock file (`annotations.json.lock`, created only if absent) while it
 *   reads what is on disk, applies its one decision to that, and writes the result. A lock left behind by
 *   a window that died is taken over once it is older than {@link LockOptions.staleMs}.
 * - The file is written to a uniquely named temporary file, then renamed over the target.
 * - A change may only append: one that would drop an entry or rewrite a recorded decision is refused.
 */
import { z } from 'zod';
import { fileSchema, onlyAppended, serialize, type AnnotationEntry } from './annotationFile';

/** The file operations the store needs, on names inside the annotations folder. */
export interface AnnotationFs {
  /** The file's bytes, or undefined when it does not exist. */
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Creates the file only if nothing exists at `name`; false when something does. */
  createExclusive(name: string, bytes: Uint8Array): Promise<boolean>;
  /** Renames, replacing the target. */
  replace(from: string, to: string): Promise<void>;
  delete(name: string): Promise<void>;
  /** Last modification time (ms since the epoch), or undefined when the file does not exist. */
  modified(name: string): Promise<number | undefined>;
  /** Creates the annotations folder if needed. */
  ensureFolder(): Promise<void>;
}

export type AnnotationState =
  | { kind: 'missing' }
  | { kind: 'valid'; entries: Record<string, AnnotationEntry> }
  | { kind: 'invalid'; message: string };

/** Reads and validates the file's bytes. */
export function parseAnnotations(bytes: Uint8Array | undefined): AnnotationState {
  if (bytes === undefined) return { kind: 'missing' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return { kind: 'invalid', message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (hasProtoKey(json)) {
    // zod leaves such a key out of what it returns, so without this the entry would vanish on the next write.
    return { kind: 'invalid', message: 'an entry is keyed "__proto__", which cannot be kept; give it another key (Corroborate writes 16 hex digits)' };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { kind: 'invalid', message: z.prettifyError(parsed.error).replace(/\n/g, ' ') };
  return { kind: 'valid', entries: parsed.data.entries };
}

function hasProtoKey(json: unknown): boolean {
  const entries = (json as { entries?: unknown } | null)?.entries;
  return typeof entries === 'object' && entries !== null && Object.prototype.hasOwnProperty.call(entries, '__proto__');
}

export interface LockOptions {
  /** A lock older than this is from a window that stopped mid-write, and is taken over. */
  staleMs: number;
  /** How long a change waits for another window's lock before giving up. */
  timeoutMs: number;
  /** Pause between attempts to take the lock. */
  retryMs: number;
}

const DEFAULT_LOCK: LockOptions = { staleMs: 10_000, timeoutMs: 15_000, retryMs: 25 };

/** What a change produced: the entries now on disk, or why nothing was written. */
export type UpdateResult = { ok: true; entries: Record<string, AnnotationEntry> } | { ok: false; invalid: boolean; message: string };

let tempCounter = 0;

/** A name no other write (in this window or another) uses: process, counter, time and randomness. */
function uniqueName(base: string, suffix: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${base}.${typeof process === 'object' ? process.pid : 0}.${++tempCounter}.${Date.now().toString(36)}.${random}.${suffix}`;
}

export class AnnotationWriter {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly lock: LockOptions;

  constructor(
    private readonly fs: AnnotationFs,
    private readonly fileName: string,
    lock: Partial<LockOptions> = {},
  ) {
    this.lock = { ...DEFAULT_LOCK, ...lock };
  }

  /**
   * Applies `change` to the entries on disk and writes them; queued behind this window's earlier
   * changes and locked against other windows'. An invalid file is never overwritten.
   */
  update(change: (entries: Record<string, AnnotationEntry>) => void): Promise<UpdateResult> {
    const run = this.queue.then(() => this.locked(change));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async locked(change: (entries: Record<string, AnnotationEntry>) => void): Promise<UpdateResult> {
    await this.fs.ensureFolder();
    const lockName = `${this.fileName}.lock`;
    const token = new TextEncoder().encode(uniqueName('lock', 'owner'));
    if (!(await this.acquire(lockName, token))) {
      return { ok: false, invalid: false, message: `another window kept ${lockName} for over ${this.lock.timeoutMs / 1000} s` };
    }
    try {
      const state = parseAnnotations(await this.fs.read(this.fileName));
      if (state.kind === 'invalid') return { ok: false, invalid: true, message: state.message };
      // A deep copy: the change must not be able to alter the recorded decisions it is compared with.
      const entries = structuredClone(state.kind === 'valid' ? state.entries : {});
      change(entries);
      if (!onlyAppended(state.kind === 'valid' ? state.entries : {}, entries)) {
        return { ok: false, invalid: false, message: 'the change would remove or rewrite recorded decisions, and the history only grows' };
      }
      const temp = uniqueName(this.fileName, 'tmp');
      await this.fs.write(temp, new TextEncoder().encode(serialize(entries)));
      try {
        await this.fs.replace(temp, this.fileName);
      } catch (e) {
        await this.fs.delete(temp).catch(() => undefined);
        throw e;
      }
      return { ok: true, entries };
    } finally {
      await this.release(lockName, token);
    }
  }

  private async acquire(lockName: string, token: Uint8Array): Promise<boolean> {
    const deadline = Date.now() + this.lock.timeoutMs;
    for (;;) {
      if (await this.fs.createExclusive(lockName, token)) return true;
      const since = await this.fs.modified(lockName);
      if (since !== undefined && Date.now() - since > this.lock.staleMs) {
        // Left by a window that stopped while writing: take it over (another waiter may win that race).
        await this.fs.delete(lockName).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, this.lock.retryMs));
    }
  }

  /** Removes the lock only if it is still ours (a stale-lock takeover may have replaced it). */
  private async release(lockName: string, token: Uint8Array): Promise<void> {
    const held = await this.fs.read(lockName).catch(() => undefined);
    if (held && sameBytes(held, token)) await this.fs.delete(lockName).catch(() => undefined);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
