/**
 * Cutting a draft into blocks of paragraphs for the in-process engine fallback, which checks one block
 * per turn of the event loop. Pure (no `vscode`), so it is unit-tested directly.
 */

/** The text with everything outside `[start, end)` blanked (newlines kept), so offsets stay valid. */
export function blankOutside(text: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

/**
 * Splits text into spans of whole paragraphs of about `size` characters. Splits happen only at blank
 * lines outside fenced code and front matter, so no sentence or Markdown block is cut in two.
 */
export function paragraphChunks(text: string, size: number): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let chunkStart = 0;
  let inFence = false;
  let inFrontMatter = text.startsWith('---');
  let offset = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const trimmed = line.trim();
    if (/^(```|~~~)/.test(trimmed)) inFence = !inFence;
    if (inFrontMatter && offset > 0 && /^(---|\.\.\.)$/.test(trimmed)) inFrontMatter = false;
    offset += line.length;
    const splittable = trimmed === '' && !inFence && !inFrontMatter;
    if (splittable && offset - chunkStart >= size) {
      chunks.push({ start: chunkStart, end: offset });
      chunkStart = offset;
    }
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}
