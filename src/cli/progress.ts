/** Progress lines on stderr for long runs: redrawn in place on a terminal, one per stage with --verbose. */
import type { OutputStream } from './io';

export interface Progress {
  update(message: string): void;
  /** Clears the progress line so later output starts on a clean line. */
  done(): void;
}

/** Redraw at most this often on a terminal, so progress never slows the work it reports. */
const REDRAW_MS = 100;

export function createProgress(stderr: OutputStream, verbose: boolean, now: () => number = Date.now): Progress {
  if (stderr.isTTY) {
    let last = -Infinity;
    let drawn = false;
    return {
      update(message) {
        if (now() - last < REDRAW_MS) return;
        last = now();
        drawn = true;
        stderr.write(`\r\x1b[K${message}`);
      },
      done() {
        if (drawn) stderr.write('\r\x1b[K');
        drawn = false;
        last = -Infinity;
      },
    };
  }
  if (!verbose) return { update() {}, done() {} };
  let stage = '';
  return {
    update(message) {
      // Counters change on every file; print a line only when the stage (the words before them) does.
      const next = message.replace(/\d+\/\d+/, '').trim();
      if (next !== stage) stderr.write(`corroborate: ${message}\n`);
      stage = next;
    },
    done() {
      stage = '';
    },
  };
}
