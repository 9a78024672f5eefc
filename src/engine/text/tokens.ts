/**
 * Shared text helpers: word tokens with offsets, a light stemmer and stop
 * words. Every detector builds on these so that claims and passages are
 * compared on the same footing.
 */
import type { Span } from '../types';

/**
 * Most text a memo keeps as keys, in UTF-16 units (about 16 MB). The results kept are many times the size of
 * their texts (an analysis holds every word with its WordNet keys), so this bounds a memo's memory too.
 */
const MEMO_MAX_CHARS = 8_000_000;

/**
 * Longest single text a memo keeps by default (UTF-16 units). A sentence, a passage or a block of a draft is
 * far shorter; a longer text is a pathological input that is seldom met twice, and its analysis (many times
 * its size) would stay in memory until enough other texts pushed it out.
 */
const MEMO_MAX_TEXT = 100_000;

/** A word of the text with its UTF-16 span. */
export interface Token extends Span {
  /** The word as written. */
  raw: string;
  /** Lower-cased, quote-normalised, stemmed form used for matching. */
  norm: string;
}

/** Curly quotes and dashes are folded so that typography never decides a match. */
export function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * A dotted abbreviation ("U.S."), and an initialism with or without its last dot ("u.s", "u.k."). Patterns with
 * \p{…} are kept in constants: the bundler compiles such a literal to a RegExp built anew each time it is
 * evaluated, and these are read for every word.
 */
const DOTTED_RE = /^(?:\p{L}\.)+$/u;
const INITIALISM_RE = /^(?:\p{L}\.)+\p{L}?$/u;
/** A capital opening a word (kept in a constant for the same reason). */
const CAPITAL_RE = /^\p{Lu}/u;

/** Does the text open with a capital letter? */
export function capitalised(text: string): boolean {
  return CAPITAL_RE.test(text);
}

/**
 * Splits text into word tokens. Abbreviations like "U.S." stay one token, and a
 * possessive "'s" is dropped so "Russia's" matches "Russia".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end) => {
    const raw = text.slice(start, end);
    tokens.push({ raw, start, end, norm: normalizeWord(raw) });
  });
  return tokens;
}

/**
 * Calls `visit` with the span of each word of the text, in order: the matches of `[\p{L}\p{M}\p{N}]+` followed
 * by any number of `[.'’][\p{L}\p{N}]+` and perhaps a full stop, the full stop then kept only by a dotted
 * abbreviation ("U.S."). Scanned character by character rather than by a regular expression: indexing a corpus
 * visits every word, and a match object per word cost more than the rest of the scan.
 */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = classAt(text, i);
    if (first < MARK) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i += widthAt(text, i);
    while (i < n && classAt(text, i) >= MARK) i += widthAt(text, i);
    while (i + 1 < n && JOINERS.has(text.charCodeAt(i)) && classAt(text, i + 1) === LETTER_OR_NUMBER) {
      i++;
      while (i < n && classAt(text, i) === LETTER_OR_NUMBER) i += widthAt(text, i);
    }
    if (i < n && text.charCodeAt(i) === FULL_STOP) i++;
    // A trailing dot belongs to the word only for dotted abbreviations ("U.S.").
    const dotted = text.charCodeAt(i - 1) === FULL_STOP && !DOTTED_RE.test(text.slice(start, i));
    visit(start, dotted ? i - 1 : i);
  }
}

const FULL_STOP = 0x2e;
/** What may join the parts of one word: a full stop, an apostrophe, a right single quotation mark. */
const JOINERS = new Set([FULL_STOP, 0x27, 0x2019]);
/** Classes of a character: neither letter, mark nor number; a mark; a letter or number. */
const OTHER = 1;
const MARK = 2;
const LETTER_OR_NUMBER = 3;
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /^\p{M}$/u;
/** The class of each UTF-16 code unit, filled in as met (0: not yet known). */
const BMP_CLASS = new Uint8Array(0x10000);

/** The class of the character (a whole surrogate pair) at `i`. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(String.fromCharCode(c, d));
  }
  let k = BMP_CLASS[c];
  if (k === 0) BMP_CLASS[c] = k = classOf(String.fromCharCode(c));
  return k;
}

function classOf(char: string): number {
  return LETTER_OR_NUMBER_RE.test(char) ? LETTER_OR_NUMBER : MARK_RE.test(char) ? MARK : OTHER;
}

/** 2 for a surrogate pair at `i`, else 1. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * Lower-cases, folds quotes, drops possessives and the dots of abbreviations, and stems. Remembered per word as
 * written: a corpus has a small vocabulary, and indexing normalises each of its words many times.
 */
export const normalizeWord: (raw: string) => string = memoizeByText(normalizeUncached, 50_000);

function normalizeUncached(raw: string): string {
  let w = foldTypography(raw).toLowerCase();
  w = w.replace(/'s$/, '').replace(/'$/, '');
  // "U.S." and "US", "U.K." and "UK" are one word.
  if (INITIALISM_RE.test(w)) return w.replace(/\./g, '');
  // A site named by its address is the site: "Snopes.com" is "Snopes", "foxnews.es" is "foxnews".
  const site = WEB_ADDRESS.exec(w);
  return stem(site ? site[1] : w);
}

/** A web address of one name and a common or two-letter domain ending. */
const WEB_ADDRESS = /^(\p{L}[\p{L}\p{N}-]{2,})\.(?:com|org|net|gov|edu|info|io|website|news|co\.uk|\p{L}{2})$/u;

/**
 * A deliberately light suffix stripper (not Porter): it only needs to make
 * "summoned"/"summoning", "vote"/"voted" and "losses"/"loss" meet, and must
 * never merge unrelated words.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([^aeiouls])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Function words that carry no content for matching or ranking. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto over under about as is are was were be been being ' +
    'has have had do does did this that these those it its it\'s he she they them his her their our we you your i me my ' +
    'him himself herself itself themselves myself yourself yourselves ourselves hers theirs ours yours ' +
    'who whom whose which what when where why how than then there here so such also too very just only even still ' +
    'will would shall should can could may might must not no never any all both each some more most other another ' +
    'up down out off again further once after before while during until since if unless whether whereas lest because ' +
    'though although per via inside within among across through toward towards upon amid around ' +
    'said say says told tell according mr ms mrs dr one ' +
    // The fillers of unscripted speech ("hasn't been uh - reversed").
    'uh um uhm er erm'
  ).split(/\s+/).map(stem),
);

/** True for a token that carries content (not a stop word, not bare punctuation). */
export function isContent(t: Token): boolean {
  return isContentNorm(t.norm);
}

/** Is a normalised word content (more than one character, no stop word)? */
export function isContentNorm(norm: string): boolean {
  return norm.length > 1 && !STOP_WORDS.has(norm);
}


/**
 * Line (1-based) and column (1-based, UTF-16) of an offset. A line ends at LF, CRLF or a lone CR, as in
 * VS Code. The line starts of the last few texts are kept, so each call is a binary search: a report of
 * every claim of a 200,000-line draft no longer rescans the text per claim.
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** Offsets where each line starts; index 0 is line 1. */
const lineStarts = memoizeByText((text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}, 4, Infinity);

/** What a memo keeps for a result of undefined. */
const NONE: unique symbol = Symbol('none');

/**
 * `compute` memoised by its string argument. Drafts are re-checked after every edit, and most of their
 * text has not changed. Results live in two generations of at most `limit / 2` entries (and half of
 * MEMO_MAX_CHARS of key text) each: when the newer one is full it becomes the older one and the older is
 * dropped, and a hit in the older one moves forward. A text longer than `maxText` is computed and not
 * kept. So at most `limit` results are kept, the least recently used go first, and every call is O(1):
 * evicting one entry at a time from a Map (what this did before) makes V8 skip ever more deleted slots to
 * find the oldest, and 220,000 distinct calls took 3 s. A result of undefined is kept as {@link NONE}, so that
 * one lookup per generation tells a hit from a miss: these maps are large, and each lookup costs.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit: number, maxText = MEMO_MAX_TEXT): (text: string) => T {
  const perGeneration = Math.max(1, Math.floor(limit / 2));
  let current = new Map<string, T | typeof NONE>();
  let previous = new Map<string, T | typeof NONE>();
  let chars = 0;
  return (text) => {
    if (text.length > maxText) return compute(text);
    let kept = current.get(text);
    if (kept === undefined) {
      kept = previous.get(text);
      if (kept === undefined) {
        const value = compute(text);
        kept = value === undefined ? NONE : value;
      }
      if (current.size >= perGeneration || chars + text.length > MEMO_MAX_CHARS / 2) {
        previous = current;
        current = new Map();
        chars = 0;
      }
      current.set(text, kept);
      chars += text.length;
    }
    return (kept === NONE ? undefined : kept) as T;
  };
}
