/**
 * A file's stamp: what a host reads from the file system (size, inode, modification and change times) to tell
 * that a file is as it was when its segment's hash was taken, without reading it. Pure: the host passes the
 * numbers its file system gave.
 */

/** What a stamp is made of, as node's `fs.Stats` gives it. */
export interface FileTimes {
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** Longest tick of the clock that stamps files, on file systems that keep fractions of a second, and on those that do not. */
const CLOCK_TICK_MS = 100;
const WHOLE_SECONDS_TICK_MS = 2000;

/**
 * The stamp's key, and from when (epoch milliseconds) it can be trusted: a write in the same tick of the file
 * system's clock leaves the times as they were (a tick of the kernel's coarse clock, a few milliseconds, or two
 * seconds where times are kept in whole seconds, as on FAT). Any write moves the change time, which no tool can
 * set back; the modification time and inode catch a file replaced by another.
 */
export function fileStamp(info: FileTimes): { key: string; settledMs: number } {
  const key = `${info.size}:${info.ino}:${info.mtimeMs}:${info.ctimeMs}`;
  const changed = Math.max(info.mtimeMs, info.ctimeMs);
  const tick = info.mtimeMs % 1000 === 0 && info.ctimeMs % 1000 === 0 ? WHOLE_SECONDS_TICK_MS : CLOCK_TICK_MS;
  return { key, settledMs: changed + tick };
}
