/**
 * Turns a corpus file's bytes into text, refusing what is not text. Runs
 * before anything is decoded, so a 50 MB file is refused by its size alone.
 */
import type { CorpusProblem } from '../types';

/** Default largest corpus file accepted: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Share of control characters (besides tab, CR, LF, FF) above which a file is treated as binary. */
const MAX_CONTROL_RATIO = 0.02;

/** Outcome of decoding one file. */
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: CorpusProblem };

/**
 * Decodes UTF-8 bytes, or UTF-16 when the file starts with a UTF-16 byte-order mark (as editors save it).
 * A leading BOM is removed, as VS Code does, so offsets count from the first character after it;
 * everything else is kept exactly. The whole file is checked for binary content, not just its start.
 * @param opts.maxBytes largest size accepted, in bytes (default 5 MB).
 */
export function decodeSourceBytes(path: string, bytes: Uint8Array, opts: { maxBytes?: number } = {}): DecodeResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return fail(path, `file is too large (${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)})`);
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeUtf16(path, bytes, utf16);
  const binary = binaryReason(bytes);
  if (binary) return fail(path, binary);
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

/** The UTF-16 flavour named by a leading byte-order mark, if any. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeUtf16(path: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const name = encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
  if (bytes.length % 2 !== 0) return fail(path, `file starts with a ${name} byte-order mark but has an odd number of bytes`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(path, `file starts with a ${name} byte-order mark but is not valid ${name}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const control = controlShare(text.length, (i) => text.charCodeAt(i));
  if (control.nul >= 0 || control.share > MAX_CONTROL_RATIO) return fail(path, `file is ${name} but holds binary data (NUL or control characters), not text`);
  return { ok: true, text };
}

/** Why the bytes are not text (NUL bytes, too many control bytes, UTF-16 without a BOM), or undefined. */
function binaryReason(bytes: Uint8Array): string | undefined {
  const { nul, share } = controlShare(bytes.length, (i) => bytes[i]);
  if (nul >= 0) {
    if (looksLikeBomlessUtf16(bytes)) return 'file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)';
    return `file looks binary (a NUL byte at offset ${nul}), not text`;
  }
  if (share > MAX_CONTROL_RATIO) return `file looks binary (${Math.round(share * 100)}% control bytes), not text`;
  return undefined;
}

/** First NUL's offset (-1 when none) and the share of other control characters besides tab, LF, FF, CR. */
function controlShare(length: number, at: (i: number) => number): { nul: number; share: number } {
  let control = 0;
  for (let i = 0; i < length; i++) {
    const c = at(i);
    if (c === 0) return { nul: i, share: 1 };
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  return { nul: -1, share: length > 0 ? control / length : 0 };
}

/** Mostly-ASCII UTF-16 without a BOM: every other byte is NUL. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return (odd > pairs * 0.9 && even < pairs * 0.1) || (even > pairs * 0.9 && odd < pairs * 0.1);
}

/** Offset of the first byte that breaks UTF-8, for error messages. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
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
