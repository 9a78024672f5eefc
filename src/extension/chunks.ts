/**
 * Cutting a draft into blocks of paragraphs for the in-process engine fallback, which checks one block
 * per turn of the event loop, and moving the findings of a block back to offsets in the whole draft.
 * Pure (no `vscode`), so it is unit-tested directly.
 */
import { lineAndColumn, type Claim, type Finding } from '../engine';

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

/**
 * Moves a finding computed on `text.slice(start)` to offsets in `text`. Blocks start at the beginning of
 * a line, so only the offsets, the id (`c<start>`) and the line change; `linesBefore` counts the line
 * breaks before `start`, the way the engine numbers lines.
 */
export function rebaseFinding(finding: Finding, start: number, linesBefore: number): Finding {
  const claim = finding.claim;
  return {
    ...finding,
    claim: { ...claim, id: `c${claim.start + start}`, start: claim.start + start, end: claim.end + start, line: claim.line + linesBefore },
  };
}

/** Line breaks (LF, CRLF or a lone CR, as the engine counts them) in `text` before `offset`. */
export function linesBefore(text: string, offset: number): number {
  return lineAndColumn(text, offset).line - 1;
}

/** What a long check reports before it ends: how to find the draft's claims, and who hears the progress. */
export interface BlockReports {
  /** The claims of the whole text (found fast, before any evidence is gathered). */
  claims(text: string): Claim[];
  /** The findings so far, and the claims found but not judged yet. */
  hear(findings: Finding[], pending: Claim[]): void;
}

/**
 * Checks `text` one block of paragraphs (about `size` characters) at a time, awaiting `between` before each
 * block (a turn of the event loop, a look for a cancel or at the clock; it throws to stop), and returns the
 * findings at offsets in the whole text. With `reports`, a text of several blocks first reports all its
 * claims as pending, then after each block but the last the findings so far and the claims still pending,
 * so that a long draft's claims can be shown at once and its verdicts as they come.
 */
export async function checkInBlocks(
  text: string, size: number, checkBlock: (block: string) => Finding[], between: () => Promise<void>, reports?: BlockReports,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const blocks = paragraphChunks(text, size);
  const report = blocks.length > 1 ? reports : undefined;
  let claims: Claim[] = [];
  if (report) {
    await between();
    claims = report.claims(text);
    report.hear([], claims);
  }
  for (const [i, block] of blocks.entries()) {
    await between();
    const lines = linesBefore(text, block.start);
    for (const f of checkBlock(text.slice(block.start, block.end))) findings.push(rebaseFinding(f, block.start, lines));
    if (report && i < blocks.length - 1) report.hear(findings.slice(), claims.filter((c) => c.start >= block.end));
  }
  return findings;
}

/** Resolves on a later turn of the event loop, in node (setImmediate) and in a browser or web worker alike. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
