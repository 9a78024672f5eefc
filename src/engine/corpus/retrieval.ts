/**
 * BM25 retrieval over passages. A small own implementation rather than
 * minisearch: we need per-term query weights (names and numbers count double)
 * and the same normalised tokens as the stance detectors, and a plain index of
 * maps is trivially cloneable to a worker. It is ~80 lines and has no state
 * beyond the corpus.
 */
import type { Passage } from '../types';
import { isContent, tokenize } from '../text/tokens';

/** BM25 term-frequency saturation (standard value). */
const K1 = 1.2;
/** BM25 length normalisation (standard value). */
const B = 0.75;
/** Weight of the passage's central sentence relative to its neighbours. */
const FOCUS_WEIGHT = 2;
/** Query weight of a capitalised word or a number (plain words weigh 1). */
const ANCHOR_WEIGHT = 2;

/** An inverted index over passages. */
export interface RetrievalIndex {
  /** term -> list of [passage index, weighted term frequency]. */
  postings: Map<string, [number, number][]>;
  /** Weighted length of each passage. */
  lengths: number[];
  avgLength: number;
  /** Passages never returned (those of a draft's own file when the draft is also in the corpus). */
  excluded?: ReadonlySet<number>;
}

/** A source's content tokens: its text tokenised once, however many passages share each sentence. */
type SourceTokens = { start: number; end: number; norm: string }[];

function sourceTokens(text: string): SourceTokens {
  return tokenize(text).filter(isContent).map(({ start, end, norm }) => ({ start, end, norm }));
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function firstAt(tokens: SourceTokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Weighted term frequencies of a passage: the focus sentence counts double. */
function passageTerms(tokens: SourceTokens, p: Passage): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (from: number, to: number, w: number): void => {
    for (let i = firstAt(tokens, from); i < tokens.length && tokens[i].end <= to; i++) tf.set(tokens[i].norm, (tf.get(tokens[i].norm) ?? 0) + w);
  };
  add(p.start, p.focus.start, 1);
  add(p.focus.start, p.focus.end, FOCUS_WEIGHT);
  add(p.focus.end, p.end, 1);
  return tf;
}

/** Builds the index; `textOf` returns the full text of a passage's source. */
export function buildIndex(passages: Passage[], textOf: (p: Passage, i: number) => string): RetrievalIndex {
  const postings = new Map<string, [number, number][]>();
  const lengths: number[] = [];
  const tokensOf = new Map<string, SourceTokens>();
  passages.forEach((p, i) => {
    const text = textOf(p, i);
    let tokens = tokensOf.get(text);
    if (!tokens) tokensOf.set(text, (tokens = sourceTokens(text)));
    const tf = passageTerms(tokens, p);
    let len = 0;
    for (const [term, f] of tf) {
      len += f;
      const list = postings.get(term);
      if (list) list.push([i, f]);
      else postings.set(term, [[i, f]]);
    }
    lengths.push(len);
  });
  const avgLength = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 1;
  return { postings, lengths, avgLength };
}

/** Query terms with their weights: capitalised words and figures are anchors and weigh more. */
export function queryTerms(query: string): Map<string, number> {
  const terms = new Map<string, number>();
  const tokens = tokenize(query);
  tokens.forEach((t, i) => {
    if (!isContent(t)) return;
    const anchor = /\d/.test(t.raw) || (i > 0 && /^\p{Lu}/u.test(t.raw));
    terms.set(t.norm, Math.max(terms.get(t.norm) ?? 0, anchor ? ANCHOR_WEIGHT : 1));
  });
  return terms;
}

/** Top `limit` passages for a query as [passage index, score], best first. */
export function rank(index: RetrievalIndex, query: string, limit: number): [number, number][] {
  const n = index.lengths.length;
  const scores = new Map<number, number>();
  for (const [term, weight] of queryTerms(query)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    for (const [i, f] of list) {
      if (index.excluded?.has(i)) continue;
      const norm = f * (K1 + 1) / (f + K1 * (1 - B + B * index.lengths[i] / index.avgLength));
      scores.set(i, (scores.get(i) ?? 0) + weight * idf * norm);
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
}
