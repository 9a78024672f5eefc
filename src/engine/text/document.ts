/**
 * Draft and source documents: which characters are prose. Non-prose (front
 * matter, code, link targets, markup) is blanked out with spaces in a copy of
 * the text of the SAME length, so every offset found in the copy is also an
 * offset into the original. Newlines are kept so paragraphs stay apart.
 */
import type { Span } from '../types';

/** How a document is written. */
export type DocumentFormat = 'markdown' | 'plaintext' | 'html';

/** Picks a format from a file name; unknown extensions are read as plain text. */
export function formatForPath(path: string): DocumentFormat {
  const lower = path.toLowerCase();
  if (/\.(md|markdown|mdx|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  return 'plaintext';
}

/** A block of prose (a paragraph or a heading) in the masked text. */
export interface ProseBlock extends Span {
  /** Headings are shown but never yield claims. */
  heading: boolean;
}

/** The result of reading a document. */
export interface ReadDocument {
  /** Same length as the input; skipped characters are spaces (newlines kept). */
  masked: string;
  blocks: ProseBlock[];
}

/** Ranges `[start, end)` of the text to blank out; collected by the masks, applied once at the end. */
type Blanks = [number, number][];

/** Marks `[start, end)` to be replaced with spaces (line breaks are kept). */
function blank(blanks: Blanks, start: number, end: number): void {
  if (end > start) blanks.push([start, end]);
}

function blankMatches(blanks: Blanks, source: string, re: RegExp): void {
  for (const m of source.matchAll(re)) blank(blanks, m.index ?? 0, (m.index ?? 0) + m[0].length);
}

/** The text with every blank range replaced by spaces, line breaks kept: same length, one pass. */
function applyBlanks(text: string, blanks: Blanks): string {
  if (blanks.length === 0) return text;
  blanks.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let at = 0;
  for (const [start, end] of blanks) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out.push(text.slice(at, from), text.slice(from, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** Length of a leading `---` front-matter block (0 when there is none). Any line ending counts (CRLF, LF, CR). */
export function frontMatterLength(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const m = /^---[ \t]*(?:\r\n?|\n)[\s\S]*?(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/.exec(text.slice(start));
  return m ? start + m[0].length : 0;
}

/**
 * Invisible format characters: soft hyphen, zero-width space, non-joiner and joiner, word joiner and the
 * invisible operators, and a zero-width no-break space (a BOM) inside the text. A reader does not see them,
 * so "21\u00AD8" must read as 218.
 */
const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200D\\u2060-\\u2064\\uFEFF';
const HAS_INVISIBLE_RE = new RegExp(`[${INVISIBLE_CHARS}]`);
/** Punctuation that closes a word ("214." or "214),"): kept at its own offsets when a word is compacted. */
const WORD_TAIL = new Set('.,;:!?\'"\u2019\u201D)]}\u2026');

/**
 * The text with its invisible format characters taken out of words, at the SAME length: each word (a run
 * without whitespace) that holds some is compacted, and the spaces that make up the length go after the
 * word's core, before its closing punctuation. So "21\u00AD8-214." reads "218-214 .": the word's first
 * character and its closing punctuation keep their offsets, which are the ones sentence and passage
 * boundaries fall on. Line breaks never move. Text without such characters is returned as it is.
 */
export function hideInvisibles(text: string): string {
  if (!HAS_INVISIBLE_RE.test(text)) return text;
  const invisible = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
  const out: string[] = [];
  let done = 0;
  for (let m = invisible.exec(text); m; m = invisible.exec(text)) {
    let start = m.index;
    while (start > done && !isSpace(text[start - 1])) start--;
    let end = m.index + 1;
    while (end < text.length && !isSpace(text[end])) end++;
    const word = text.slice(start, end);
    const visible = word.replace(invisible, '');
    let core = visible.length;
    while (core > 0 && WORD_TAIL.has(visible[core - 1])) core--;
    out.push(text.slice(done, start), visible.slice(0, core), ' '.repeat(word.length - visible.length), visible.slice(core));
    done = end;
    invisible.lastIndex = end;
  }
  out.push(text.slice(done));
  return out.join('');
}

/** Whitespace that ends a word; U+FEFF counts as whitespace for `\s` but is invisible here. */
function isSpace(c: string): boolean {
  return c !== '\uFEFF' && /\s/.test(c);
}

/**
 * The text the masks work on, at the same length as `text`: a BOM blanked, a lone CR (old Mac line
 * endings) read as LF so every line rule sees its lines, and invisible format characters out of words.
 */
function workingCopy(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  return hideInvisibles(unmarked.replace(/\r(?!\n)/g, '\n'));
}

/*
 * Every pattern below runs in time linear in the text: a repeated part never spans the character that
 * starts another match (a link label stops at "[", a tag at "<"), and a block that is never closed is
 * found once, not once per opener. 200 KB of "[" or "<" is then as quick to read as prose.
 */

/** A link target: no line break, parentheses only in balanced pairs one deep (`wiki/Foo_(bar)`). */
const LINK_TARGET = String.raw`[^()\n]*(?:\([^()\n]*\)[^()\n]*)*`;

/** Masks Markdown syntax that is not prose. */
function maskMarkdown(text: string, blanks: Blanks, headings: number[]): void {
  blank(blanks, 0, frontMatterLength(text));
  blankMatches(blanks, text, /<!--[\s\S]*?(?:-->|$)/g);
  maskCodeBlocks(text, blanks);
  // Images first (whole thing goes), then links keep their text only.
  blankMatches(blanks, text, new RegExp(String.raw`!\[[^[\]\n]*\]\(${LINK_TARGET}\)`, 'g'));
  for (const m of text.matchAll(new RegExp(String.raw`\[([^[\]\n]*)\]\((${LINK_TARGET})\)|\[([^[\]\n]*)\]\[[^[\]\n]*\]`, 'g'))) {
    const at = m.index ?? 0;
    blank(blanks, at, at + 1);
    const labelEnd = at + 1 + (m[1] ?? m[3] ?? '').length;
    blank(blanks, labelEnd, at + m[0].length);
  }
  blankMatches(blanks, text, /^[ \t]{0,3}\[[^[\]\n]+\]:.*$/gm);
  blankMatches(blanks, text, /<\/?[A-Za-z][^<>\n]*>/g);
  blankMatches(blanks, text, /`[^`\n]*`/g);
  blankMatches(blanks, text, /https?:\/\/[^\s<>()[\]]*[^\s<>()[\].,;:!?'"]/g);
  // Emphasis and list/quote markers are markup, not words.
  blankMatches(blanks, text, /^[ \t]*(?:[-*+]|\d+[.)]|>)+[ \t]+/gm);
  // A mark before a word, or after one: the mark is matched before the look-behind checks what precedes it,
  // so that the search skips to the next mark instead of trying the look-behind at every character.
  blankMatches(blanks, text, /(?:\*\*|__|\*|~~)(?=\S)|(\*\*|__|\*|~~)(?<=\S\1)/g);
  for (const m of text.matchAll(/^[ \t]{0,3}(#{1,6})[ \t]+.*$/gm)) {
    const at = m.index ?? 0;
    blank(blanks, at, at + m[0].indexOf(m[1]) + m[1].length);
    headings.push(at);
  }
  // Setext headings: a line underlined with === or ---. Most drafts have no line that starts so, and the
  // quick test spares them the full pattern, which re-reads every line.
  for (const m of UNDERLINE_RE.test(text) ? text.matchAll(/^([^\n]+)\r?\n[ \t]*(=+|-+)[ \t]*\r?$/gm) : []) {
    if (!m[1].trim()) continue;
    const at = m.index ?? 0;
    headings.push(at);
    const underline = at + m[0].length - m[2].length;
    blank(blanks, underline - 1, at + m[0].length);
  }
  blankMatches(blanks, text, /^[ \t]*(?:[-*_][ \t]*){3,}$/gm);
}

/** A line that opens with = or - after a line break: every setext underline does. */
const UNDERLINE_RE = /\n[ \t]*[=-]/;

/** Fenced (``` or ~~~) and indented code blocks. */
function maskCodeBlocks(text: string, blanks: Blanks): void {
  blankMatches(blanks, text, /^[ \t]{0,3}(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[^\n]*$|(?![\s\S]))/gm);
  // Indented code: 4+ spaces or a tab after a blank line (not a list continuation).
  blankMatches(blanks, text, /(?:^|\n[ \t]*\r?\n)((?:(?: {4}|\t)[^\n]*(?:\r?\n|$))+)/g);
}

/** Elements whose whole content is not prose. */
const SKIPPED_ELEMENTS = /<(script|style|head|nav|footer|pre|code)\b/gi;

/** Masks HTML: comments, script/style bodies, tags and entities. */
function maskHtml(text: string, blanks: Blanks, headings: number[]): void {
  blankMatches(blanks, text, /<!--[\s\S]*?(?:-->|$)/g);
  blankSkippedElements(text, blanks);
  // A heading block starts at the first character of the heading's text.
  for (const m of text.matchAll(/<h[1-6]\b[^<>]*>\s*/gi)) headings.push((m.index ?? 0) + m[0].length);
  blankMatches(blanks, text, /<[^<>]*>/g);
  blankMatches(blanks, text, /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi);
}

/**
 * `<script>…</script>` and the like. An element that is never closed is left to the tag mask: it has no
 * end to blank to, and looking for one again from every later opener would take quadratic time.
 */
function blankSkippedElements(text: string, blanks: Blanks): void {
  const lower = text.toLowerCase();
  const unclosed = new Set<string>();
  const opener = new RegExp(SKIPPED_ELEMENTS);
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const name = m[1].toLowerCase();
    if (unclosed.has(name)) continue;
    const close = new RegExp(`</${name}\\s*>`, 'g');
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(lower);
    if (!end) {
      unclosed.add(name);
      continue;
    }
    blank(blanks, m.index, end.index + end[0].length);
    opener.lastIndex = end.index + end[0].length;
  }
}

/**
 * Reads a document into prose blocks. Blocks are separated by blank lines
 * (and, for HTML, by block-level tags, which mask to blank space).
 */
export function readDocument(text: string, format: DocumentFormat = 'plaintext'): ReadDocument {
  const work = workingCopy(text);
  const blanks: Blanks = [];
  const headingStarts: number[] = [];
  if (format === 'markdown') maskMarkdown(work, blanks, headingStarts);
  else if (format === 'html') maskHtml(work, blanks, headingStarts);
  const masked = applyBlanks(work, blanks);
  const headings = [...new Set(headingStarts)].sort((a, b) => a - b);
  return { masked, blocks: splitBlocks(masked, work, format, headings) };
}

function splitBlocks(masked: string, text: string, format: DocumentFormat, headings: number[]): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const separator = format === 'html' ? /(?:\r?\n[ \t]*){2,}|\s{3,}/g : /(?:\r?\n[ \t]*){2,}/g;
  let cursor = 0;
  const push = (start: number, end: number): void => {
    const lead = masked.slice(start, end).search(/\S/);
    if (lead < 0) return;
    const s = start + lead;
    const e = start + masked.slice(start, end).trimEnd().length;
    blocks.push({ start: s, end: e, heading: isHeading(text, s, end, format, headings) });
  };
  for (const m of masked.matchAll(separator)) {
    push(cursor, m.index ?? 0);
    cursor = (m.index ?? 0) + m[0].length;
  }
  push(cursor, masked.length);
  return format === 'markdown' ? splitHeadingLines(blocks.map((b) => ({ ...b, heading: false })), masked, text, headings) : blocks;
}

/** A Markdown heading may sit directly above its paragraph without a blank line: give it its own block. */
function splitHeadingLines(blocks: ProseBlock[], masked: string, text: string, headings: number[]): ProseBlock[] {
  const out: ProseBlock[] = [];
  for (const b of blocks) {
    let runStart = b.start;
    let lineStart = lineStartOf(text, b.start);
    // Only blocks with a heading inside need their lines walked.
    if (!hasHeadingIn(headings, lineStart, b.end)) {
      pushTrimmed(out, masked, b.start, b.end, false);
      continue;
    }
    while (lineStart < b.end) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl === -1 || nl > b.end ? b.end : nl;
      if (hasHeadingIn(headings, lineStart, lineStart + 1)) {
        pushTrimmed(out, masked, runStart, lineStart, false);
        pushTrimmed(out, masked, Math.max(lineStart, b.start), lineEnd, true);
        runStart = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    pushTrimmed(out, masked, runStart, b.end, false);
  }
  return out;
}

function pushTrimmed(out: ProseBlock[], masked: string, start: number, end: number, heading: boolean): void {
  if (end <= start) return;
  const slice = masked.slice(start, end);
  const lead = slice.search(/\S/);
  if (lead < 0) return;
  out.push({ start: start + lead, end: start + slice.trimEnd().length, heading });
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** True when a heading starts in `[from, to)`; `headings` is sorted, so this is a binary search. */
function hasHeadingIn(headings: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < headings.length && headings[lo] < to;
}

function isHeading(text: string, start: number, end: number, format: DocumentFormat, headings: number[]): boolean {
  if (format === 'plaintext') return false;
  if (format === 'html') return hasHeadingIn(headings, start, start + 1);
  return hasHeadingIn(headings, lineStartOf(text, start), end);
}
