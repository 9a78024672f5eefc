/**
 * Words as written, mapped to their normalised content form, looked up by their characters in place: indexing
 * a corpus meets millions of words, and cutting each out of its text to look it up in a Map cost more than the
 * rest of the indexing of its tokens. Shared by every build in the process, up to a bound.
 */
import { isContentNorm, normalizeWord } from '../text/tokens';

/** Slots of the open-addressing table (a power of two); it takes words until half full. */
const SLOTS = 1 << 20;
const MASK = SLOTS - 1;
const MOST_WORDS = SLOTS >> 1;

/** Entry number + 1 in each slot, 0 for an empty slot. */
const slots = new Int32Array(SLOTS);
/** Each entry's hash and length, in typed arrays: compared before its string is touched. */
const hashes = new Int32Array(MOST_WORDS);
const lengths = new Int32Array(MOST_WORDS);
const raws: string[] = [];
/** The normalised form of each word, or '' for a word that is no content word. */
const norms: string[] = [];

/**
 * The normalised form of `text[start, end)` when it is a content word (the same string object each time the
 * word is met, so that maps keyed by it need not hash it again), else ''.
 */
export function contentNormAt(text: string, start: number, end: number): string {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const length = end - start;
  for (let j = h & MASK; ; j = (j + 1) & MASK) {
    const k = slots[j] - 1;
    if (k < 0) {
      const raw = text.slice(start, end);
      const norm = normalizeWord(raw);
      const content = isContentNorm(norm) ? norm : '';
      if (raws.length < MOST_WORDS) {
        slots[j] = raws.length + 1;
        hashes[raws.length] = h;
        lengths[raws.length] = length;
        raws.push(raw);
        norms.push(content);
      }
      return content;
    }
    if (hashes[k] === h && lengths[k] === length && text.startsWith(raws[k], start)) return norms[k];
  }
}
