/**
 * Sentence splitting with compromise (see README for why compromise rather than
 * wink-nlp: it is pure JS with no model download). Only compromise's sentence
 * splitter runs, the step its tokenizer starts with: the words it would go on to
 * build are not needed here, and skipping them makes splitting a corpus about
 * twenty times faster with the same sentences. compromise only cuts its input
 * and joins the pieces, so its sentences laid end to end are the input itself:
 * each sentence's span is the running sum of the lengths before it, exact
 * whatever the input contains (tabs, CRLF, emoji, non-Latin scripts).
 */
import nlp from 'compromise';
import type { Span } from '../types';
import { SENTENCE_OPENERS } from '../lexicon';

/**
 * Sentence spans inside `text[start, end)`. Line breaks inside a block that
 * look like hard breaks between separate lines (a line without closing
 * punctuation followed by a capitalised line) also end a sentence, because
 * scraped pages put headlines and captions on their own lines.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  for (const line of splitHardLines(text, start, end)) {
    for (const s of compromiseSentences(text, line.start, line.end)) spans.push(...splitMissedEnds(text, s));
  }
  return joinNumbered(text, spans);
}

/**
 * "No." after a lower-case word and before a figure is a rank, not a sentence end: "ranked at No. 248 on its list".
 * Inside a name ("Guangzhou No. 8 People's Hospital") the split stays, as the name is read in its two parts.
 */
const NUMBER_LABEL_RE = /(?:^|\s)\p{Ll}[\p{L}'’-]*\s+No\.$/u;

/**
 * Joins a sentence that ends in a rank's "No." to the next when that one opens with a digit, on the same line. The
 * spans are the caller's own, fresh from the splitter: the joined one is extended in place.
 */
function joinNumbered(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && /^\d/.test(text.slice(s.start, s.start + 1)) && /^[ \t]+$/.test(text.slice(last.end, s.start))
      && NUMBER_LABEL_RE.test(text.slice(Math.max(last.start, last.end - 40), last.end))) {
      last.end = s.end;
    } else out.push(s);
  }
  return out;
}

/**
 * Sentence-final punctuation inside closing quotation marks, then a capitalised
 * word: `He said, "Stop." Then he left.` compromise keeps such sentences together.
 */
const QUOTE_END_RE = /[.!?]["”’']+(\s+)(?=[\p{Lu}"“‘])/gu;
/**
 * A full stop after a dotted abbreviation, a time ("p.m."), a plural initialism ("MPs") or a capital letter
 * standing alone (an initial, a Roman numeral: "after World War I"), then a word that only opens a sentence:
 * compromise keeps the two sentences together ("at 5:30 p.m. The account said", "after World War I. The
 * Nation failed"). The full stop is matched before the look-behind: a look-behind tried at every position
 * costs seconds on a corpus.
 */
const OPENER_END_RE = new RegExp(`\\.(?<=(?:\\p{L}\\.)+\\p{L}\\.|\\p{Lu}{2,}s?\\.|\\s\\p{Lu}\\.)(\\s+)(?=(?:${SENTENCE_OPENERS.join('|')})\\s)`, 'gu');
/** Abbreviations that end in a full stop without ending the sentence ("Mr.", "U.S."). */
const ABBREVIATION_RE = /(?:^|[\s"“‘(])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|No|vs|etc|(?:\p{L}\.)*\p{L})$/u;
/** A short clause naming who spoke a quotation that ends in "?" or "!" ("Smith asked."), which belongs to the quote. */
const TRAILING_ATTRIBUTION_RE = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:asked|said|says|added|replied|wrote|told|insisted|shouted|wondered)\b[^.!?]{0,40}[.!?]/u;

/**
 * Splits a sentence span where compromise missed an end: a quotation ends one sentence and a capitalised
 * word opens the next, or a full stop after an abbreviation comes before a word that only opens a sentence.
 */
function splitMissedEnds(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(span.start, span.end);
  const afterQuote = [...slice.matchAll(QUOTE_END_RE)].filter((m) => !ABBREVIATION_RE.test(slice.slice(0, m.index))
    && (m[0][0] === '.' || !TRAILING_ATTRIBUTION_RE.test(slice.slice(m.index + m[0].length))));
  const beforeOpener = slice.matchAll(OPENER_END_RE);
  let cursor = 0;
  for (const m of [...afterQuote, ...beforeOpener].sort((a, b) => a.index - b.index)) {
    const cut = m.index + m[0].length - m[1].length;
    out.push({ start: span.start + cursor, end: span.start + cut });
    cursor = cut + m[1].length;
  }
  out.push({ start: span.start + cursor, end: span.end });
  return out;
}

/** Splits at line breaks where the previous line cannot be continuing a sentence. */
function splitHardLines(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let cursor = start;
  const re = /\r?\n/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const before = text.slice(cursor, m.index).trimEnd();
    const after = text.slice(m.index + m[0].length, end).trimStart();
    if (isHardBreak(before, after)) {
      out.push({ start: cursor, end: m.index });
      cursor = m.index + m[0].length;
    }
  }
  out.push({ start: cursor, end });
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

function isHardBreak(before: string, after: string): boolean {
  if (!before || !after) return true;
  if (/[.!?"”’]$/.test(before)) return true;
  // A line with no sentence punctuation before a capitalised line is a title or caption.
  return /^[\p{Lu}\p{N}"“‘'(\[]/u.test(after) && !/[,;:\-–—]$/.test(before);
}

/** compromise's own sentence splitter (what `nlp.tokenize` runs first), from its plugin API. */
type SplitSentences = (text: string, world: unknown) => string[];
type IsSentence = (chunk: string, abbreviations: Record<string, unknown>) => boolean;
const world = (nlp as unknown as { world(): { methods: { one: { tokenize: { splitSentences: SplitSentences; isSentence: IsSentence } } } } }).world();
export const compromiseSplit: SplitSentences = world.methods.one.tokenize.splitSentences;
/** compromise's test of whether a chunk ends a sentence, kept for the test that holds ours equal to it. */
export const compromiseIsSentence: IsSentence = world.methods.one.tokenize.isSentence;

const HAS_LETTER_RE = /\p{L}/u;
const LEAD_INITIAL_RE = /^[A-Z]\. $/;

/**
 * The same answer as compromise's `isSentence`, read from the chunk's last characters. Its regular
 * expressions anchored at the end (`[ .][A-Z]\.? *$`, `\.{2,} *$`) are tried at every position of the chunk,
 * and it splits the whole chunk into words to take the last one: a third of splitting a corpus. A test holds
 * the two equal on a corpus's chunks and on edge cases.
 */
export function isSentence(chunk: string, abbreviations: Record<string, unknown>): boolean {
  if (!HAS_LETTER_RE.test(chunk)) return false;
  let end = chunk.length;
  while (end > 0 && chunk.charCodeAt(end - 1) === 0x20) end--;
  const last = chunk[end - 1];
  // An initial or an acronym's last letter ("F.B.I.", "U.S. A"): a space or a full stop, a letter, perhaps a full stop.
  const letterAt = last === '.' ? end - 2 : end - 1;
  if (letterAt >= 1 && isAsciiLetter(chunk.charCodeAt(letterAt)) && (chunk[letterAt - 1] === ' ' || chunk[letterAt - 1] === '.')) return false;
  if (chunk.length === 3 && LEAD_INITIAL_RE.test(chunk)) return false;
  if (last === '\u2026' || (last === '.' && chunk[end - 2] === '.')) return false;
  if (last !== '.') return true;
  const words = chunk.slice(0, end - 1);
  const word = words.slice(words.lastIndexOf(' ') + 1).toLowerCase();
  return !Object.prototype.hasOwnProperty.call(abbreviations, word);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
world.methods.one.tokenize.isSentence = isSentence;

/**
 * Longest stretch handed to compromise at once. Its splitter re-reads the sentence it is growing each time
 * it merges a piece into it, so a long run with no sentence end (a flood of "..." or of lines without a
 * letter) costs time and memory quadratic in its length; 200 KB of such text took over a minute and
 * gigabytes. Real sentences are far shorter than this.
 */
const MAX_PIECE = 2_000;
/** A letter, number or symbol: text without any holds no sentence (compromise's own test). */
const HAS_WORD_RE = /[\p{L}\p{N}\p{So}]/u;

/** Runs compromise's sentence splitter on one line, a piece of at most MAX_PIECE characters at a time. */
function compromiseSentences(text: string, start: number, end: number): Span[] {
  if (end - start <= MAX_PIECE) return compromisePiece(text, start, end);
  const spans: Span[] = [];
  for (let at = start; at < end; ) {
    const to = end - at <= MAX_PIECE ? end : pieceEnd(text, at, at + MAX_PIECE);
    if (HAS_WORD_RE.test(text.slice(at, to))) spans.push(...compromisePiece(text, at, to));
    at = to;
  }
  return spans;
}

/**
 * Where to end a piece that starts at `from` and may not pass `limit`: after the last sentence end there
 * (a full stop, question or exclamation mark and a space, not after an abbreviation), else after the last
 * space, else at the limit itself.
 */
function pieceEnd(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  let cut = -1;
  for (const m of window.matchAll(/[.!?]["”’')]*\s+/g)) {
    if (m.index > 0 && !ABBREVIATION_RE.test(tailOf(window, m.index))) cut = m.index + m[0].length;
  }
  if (cut > 0) return from + cut;
  const space = window.search(/\s\S*$/);
  return space > 0 ? from + space + 1 : limit;
}

/** The last few characters before `at`: enough for the abbreviation test, however long the window. */
function tailOf(text: string, at: number): string {
  return text.slice(Math.max(0, at - 24), at);
}

/**
 * Every character at which compromise's splitter can end a sentence (its own list: full stops, question
 * and exclamation marks in several scripts, and line breaks). A piece without any is one sentence.
 */
const SENTENCE_END_RE = /[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002\uFF01\uFF1F\uFF61\r\n]/;

/** Runs compromise's sentence splitter on `text[start, end)`: its sentences' spans in the text. */
function compromisePiece(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  // A heading, a caption or a list line of a long list: no need to ask compromise.
  if (!SENTENCE_END_RE.test(slice)) return [trimSpan(text, start, end)];
  const spans = sliceSpans(slice, compromiseSplit(slice, world), start);
  // No sentence (a piece of spaces and line breaks), or, against compromise's design, sentences that are not the
  // piece laid end to end: the piece is one sentence.
  return spans.length ? spans : [trimSpan(text, start, end)];
}

/**
 * The spans of compromise's sentences of `slice` (at `start` in the text): the running sum of the lengths before
 * each, trimmed of spaces. None when the sentences laid end to end are not the slice.
 */
function sliceSpans(slice: string, sentences: string[], start: number): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const sentence of sentences) {
    if (!slice.startsWith(sentence, at)) return [];
    let from = at;
    let to = at + sentence.length;
    at = to;
    while (from < to && isSpace(slice.charCodeAt(from))) from++;
    while (to > from && isSpace(slice.charCodeAt(to - 1))) to--;
    if (to > from) spans.push({ start: start + from, end: start + to });
  }
  return at === slice.length ? spans : [];
}

/**
 * Is a UTF-16 code unit one that `\s` matches? Tested by code, not by a regular expression per character:
 * trimming reads the ends of every sentence of a corpus.
 */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function trimSpan(text: string, start: number, end: number): Span {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  return { start: start + lead, end: start + slice.trimEnd().length };
}
