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

/** Replaces `[start, end)` of the buffer with spaces, keeping line breaks. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

function blankMatches(chars: string[], source: string, re: RegExp): void {
  for (const m of source.matchAll(re)) blank(chars, m.index ?? 0, (m.index ?? 0) + m[0].length);
}

/** Length of a leading `---` front-matter block (0 when there is none). */
export function frontMatterLength(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(start));
  return m ? start + m[0].length : 0;
}

/** Masks Markdown syntax that is not prose. */
function maskMarkdown(text: string, chars: string[], headings: Set<number>): void {
  blank(chars, 0, frontMatterLength(text));
  blankMatches(chars, text, /<!--[\s\S]*?(?:-->|$)/g);
  maskCodeBlocks(text, chars);
  // Images first (whole thing goes), then links keep their text only.
  blankMatches(chars, text, /!\[[^\]\n]*\]\([^)\n]*\)/g);
  for (const m of text.matchAll(/\[([^\]\n]*)\]\(([^)\n]*)\)|\[([^\]\n]*)\]\[[^\]\n]*\]/g)) {
    const at = m.index ?? 0;
    blank(chars, at, at + 1);
    const labelEnd = at + 1 + (m[1] ?? m[3] ?? '').length;
    blank(chars, labelEnd, at + m[0].length);
  }
  blankMatches(chars, text, /^[ \t]{0,3}\[[^\]\n]+\]:.*$/gm);
  blankMatches(chars, text, /<\/?[A-Za-z][^>\n]*>/g);
  blankMatches(chars, text, /`[^`\n]*`/g);
  blankMatches(chars, text, /https?:\/\/[^\s<>()[\]]*[^\s<>()[\].,;:!?'"]/g);
  // Emphasis and list/quote markers are markup, not words.
  blankMatches(chars, text, /^[ \t]*(?:[-*+]|\d+[.)]|>)+[ \t]+/gm);
  blankMatches(chars, text, /(?:\*\*|__|\*|~~)(?=\S)|(?<=\S)(?:\*\*|__|\*|~~)/g);
  for (const m of text.matchAll(/^[ \t]{0,3}(#{1,6})[ \t]+.*$/gm)) {
    const at = m.index ?? 0;
    blank(chars, at, at + m[0].indexOf(m[1]) + m[1].length);
    headings.add(at);
  }
  // Setext headings: a line underlined with === or ---.
  for (const m of text.matchAll(/^([^\n]+)\r?\n[ \t]*(=+|-+)[ \t]*\r?$/gm)) {
    if (!m[1].trim()) continue;
    const at = m.index ?? 0;
    headings.add(at);
    const underline = at + m[0].length - m[2].length;
    blank(chars, underline - 1, at + m[0].length);
  }
  blankMatches(chars, text, /^[ \t]*(?:[-*_][ \t]*){3,}$/gm);
}

/** Fenced (``` or ~~~) and indented code blocks. */
function maskCodeBlocks(text: string, chars: string[]): void {
  blankMatches(chars, text, /^[ \t]{0,3}(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[^\n]*$|(?![\s\S]))/gm);
  // Indented code: 4+ spaces or a tab after a blank line (not a list continuation).
  blankMatches(chars, text, /(?:^|\n[ \t]*\r?\n)((?:(?: {4}|\t)[^\n]*(?:\r?\n|$))+)/g);
}

/** Masks HTML: comments, script/style bodies, tags and entities. */
function maskHtml(text: string, chars: string[], headings: Set<number>): void {
  blankMatches(chars, text, /<!--[\s\S]*?(?:-->|$)/g);
  blankMatches(chars, text, /<(script|style|head|nav|footer|pre|code)\b[\s\S]*?<\/\1\s*>/gi);
  // A heading block starts at the first character of the heading's text.
  for (const m of text.matchAll(/<h[1-6]\b[^>]*>\s*/gi)) headings.add((m.index ?? 0) + m[0].length);
  blankMatches(chars, text, /<[^>]*>/g);
  blankMatches(chars, text, /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi);
}

/**
 * Reads a document into prose blocks. Blocks are separated by blank lines
 * (and, for HTML, by block-level tags, which mask to blank space).
 */
export function readDocument(text: string, format: DocumentFormat = 'plaintext'): ReadDocument {
  const chars = Array.from({ length: text.length }, (_, i) => text[i]);
  const headingStarts = new Set<number>();
  if (text.charCodeAt(0) === 0xfeff) chars[0] = ' ';
  if (format === 'markdown') maskMarkdown(text, chars, headingStarts);
  else if (format === 'html') maskHtml(text, chars, headingStarts);
  const masked = chars.join('');
  return { masked, blocks: splitBlocks(masked, text, format, headingStarts) };
}

function splitBlocks(masked: string, text: string, format: DocumentFormat, headingStarts: Set<number>): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const separator = format === 'html' ? /(?:\r?\n[ \t]*){2,}|\s{3,}/g : /(?:\r?\n[ \t]*){2,}/g;
  let cursor = 0;
  const push = (start: number, end: number): void => {
    const lead = masked.slice(start, end).search(/\S/);
    if (lead < 0) return;
    const s = start + lead;
    const e = start + masked.slice(start, end).trimEnd().length;
    blocks.push({ start: s, end: e, heading: isHeading(text, s, end, format, headingStarts) });
  };
  for (const m of masked.matchAll(separator)) {
    push(cursor, m.index ?? 0);
    cursor = (m.index ?? 0) + m[0].length;
  }
  push(cursor, masked.length);
  return format === 'markdown' ? splitHeadingLines(blocks.map((b) => ({ ...b, heading: false })), masked, text, headingStarts) : blocks;
}

/** A Markdown heading may sit directly above its paragraph without a blank line: give it its own block. */
function splitHeadingLines(blocks: ProseBlock[], masked: string, text: string, headingStarts: Set<number>): ProseBlock[] {
  const out: ProseBlock[] = [];
  for (const b of blocks) {
    let runStart = b.start;
    let lineStart = lineStartOf(text, b.start);
    while (lineStart < b.end) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl === -1 || nl > b.end ? b.end : nl;
      if (headingStarts.has(lineStart)) {
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

function isHeading(text: string, start: number, end: number, format: DocumentFormat, headingStarts: Set<number>): boolean {
  if (format === 'plaintext') return false;
  if (format === 'html') return headingStarts.has(start);
  for (const h of headingStarts) if (h >= lineStartOf(text, start) && h < end) return true;
  return false;
}
