/**
 * One source file's share of the index: its metadata, its passages and each passage's weighted term
 * frequencies. A segment depends only on the file's path and text, so a persisted index keeps one per
 * file, keyed by the file's content hash, and a changed file re-analyses only its own.
 */
import type { SourceMeta, Span } from '../types';
import type { Frequencies, RetrievalIndex } from './retrieval';
import { scanWords } from '../text/tokens';
import { contentNormAt } from './wordTable';
import { frequencies } from './postings';

/** Weight of the passage's central sentence relative to its neighbours. */
const FOCUS_WEIGHT = 2;

/** An analysed source file (or a file that could not be used, with the reason). */
export interface SourceSegment {
  path: string;
  root: number;
  /** {@link contentHash} of the file's text as given. */
  hash: string;
  /** Why the file is not a source (bad front matter); the other fields are then empty. */
  problem?: string;
  /**
   * Read from a snapshot: the host's stamp of the file (its size and times) when `hash` was taken, opaque to
   * the engine; a host that trusts it need not read the file to know its hash.
   */
  stamp?: string;
  meta: SourceMeta;
  /** start, end, focus start, focus end of each passage, in text order. */
  spans: Uint32Array;
  /** Number of distinct terms of each passage. */
  counts: Uint32Array;
  /** The strings `terms` indexes (may be shared by many segments, as when read from a snapshot). */
  vocab: readonly string[];
  /** Each passage's terms in turn, `counts[p]` of them, as indices into `vocab`. */
  terms: Uint32Array;
  /** Weighted frequency of each of `terms`. */
  freqs: Frequencies;
  /**
   * Set on every segment read from one snapshot: the index the snapshot's segments were assembled into,
   * in order, and this one's place among them. A corpus of exactly those segments in that order has that
   * index, and need not assemble it again.
   */
  assembled?: { index: RetrievalIndex; position: number; count: number };
}

/** A source's content tokens: its text tokenised once, however many passages share each sentence. */
interface SourceTokens {
  starts: Uint32Array;
  ends: Uint32Array;
  /** Id of each token's normalised form in the segment's vocabulary. */
  ids: Uint32Array;
  length: number;
}

function sourceTokens(text: string, vocab: string[], ids: Map<string, number>): SourceTokens {
  const most = (text.length >> 1) + 1;
  const starts = new Uint32Array(most);
  const ends = new Uint32Array(most);
  const tokenIds = new Uint32Array(most);
  let length = 0;
  scanWords(text, (start, end) => {
    const norm = contentNormAt(text, start, end);
    if (!norm) return;
    let id = ids.get(norm);
    if (id === undefined) {
      id = vocab.length;
      vocab.push(norm);
      ids.set(norm, id);
    }
    starts[length] = start;
    ends[length] = end;
    tokenIds[length] = id;
    length++;
  });
  return { starts: starts.subarray(0, length), ends: ends.subarray(0, length), ids: tokenIds.subarray(0, length), length };
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function firstAt(tokens: SourceTokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A segment with no passages: a file that is not a source, or a source without content sentences. */
export function emptySegment(path: string, root: number, hash: string, meta: SourceMeta, problem?: string): SourceSegment {
  const none = new Uint32Array(0);
  return { path, root, hash, meta, ...(problem !== undefined && { problem }), spans: none, counts: none, vocab: [], terms: none, freqs: none };
}

/**
 * Builds a source's segment from its passages (`focus` is each passage's central sentence, all spans in
 * `text`). Tokens count in a passage when they lie wholly inside it; those of the focus count double.
 */
export function segmentOf(path: string, root: number, hash: string, meta: SourceMeta, text: string, passages: { start: number; end: number; focus: Span }[]): SourceSegment {
  const vocab: string[] = [];
  const tokens = sourceTokens(text, vocab, new Map());
  const spans = new Uint32Array(passages.length * 4);
  const counts = new Uint32Array(passages.length);
  const terms: number[] = [];
  const freqs: number[] = [];
  let maxFreq = 0;
  // Per-passage frequencies by vocabulary id, reset through the list of ids touched.
  const tf = new Uint32Array(vocab.length);
  const seen: number[] = [];
  const add = (from: number, to: number, w: number): void => {
    for (let i = firstAt(tokens, from); i < tokens.length && tokens.ends[i] <= to; i++) {
      const id = tokens.ids[i];
      if (tf[id] === 0) seen.push(id);
      tf[id] += w;
    }
  };
  passages.forEach((p, k) => {
    spans.set([p.start, p.end, p.focus.start, p.focus.end], k * 4);
    seen.length = 0;
    add(p.start, p.focus.start, 1);
    add(p.focus.start, p.focus.end, FOCUS_WEIGHT);
    add(p.focus.end, p.end, 1);
    counts[k] = seen.length;
    for (const id of seen) {
      terms.push(id);
      freqs.push(tf[id]);
      if (tf[id] > maxFreq) maxFreq = tf[id];
      tf[id] = 0;
    }
  });
  // Frequencies in the narrowest array that holds them (almost always bytes): a corpus's segments hold one per posting.
  const narrow = frequencies(maxFreq, freqs.length);
  narrow.set(freqs);
  return { path, root, hash, meta, spans, counts, vocab, terms: Uint32Array.from(terms), freqs: narrow };
}

/**
 * A short, stable hash of a file's text (its length and two independent 32-bit hashes of its UTF-16
 * units), computed in pure TypeScript so the engine, the CLI and the worker agree without a crypto API.
 * A change that keeps the length collides with chance 2^-64.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${text.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}
