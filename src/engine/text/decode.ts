/**
 * Turns a corpus file's bytes into text, refusing what is not text. Runs
 * before anything is decoded, so a 50 MB file is refused by its size alone.
 */
import type { CorpusProblem } from '../types';

/** Default largest corpus file accepted: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Share of control characters (besides tab, CR, LF, FF) above which a file is treated as binary. */
const MAX_CONTROL_RATIO = 0.02;
/** How much of a file is sampled for binary detection. */
const SNIFF_BYTES = 8192;

/** Outcome of decoding one file. */
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: CorpusProblem };

/**
 * Decodes UTF-8 bytes. A leading BOM is removed, as VS Code does, so offsets
 * count from the first character after it; everything else is kept exactly.
 * @param opts.maxBytes largest size accepted, in bytes (default 5 MB).
 */
export function decodeSourceBytes(path: string, bytes: Uint8Array, opts: { maxBytes?: number } = {}): DecodeResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return fail(path, `file is too large (${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)})`);
  }
  if (looksBinary(bytes)) return fail(path, 'file looks binary (it contains NUL or control bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(path, `file is not valid UTF-8 (first bad byte near offset ${firstInvalidUtf8(bytes)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function fail(path: string, message: string): DecodeResult {
  return { ok: false, problem: { path, message } };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_RATIO;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += extra;
  }
  return bytes.length;
}

function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
