/**
 * BM25 retrieval over passages, our own rather than a library's: we need per-term query weights (names and
 * numbers count double), the same normalised tokens as the stance detectors, an index assembled from
 * per-source pieces (so a persisted index updates one file at a time), and results identical to scoring
 * every passage. Postings are typed arrays in one compressed-sparse-row layout; top-k is document-at-a-time
 * MaxScore, which never scores a passage that cannot enter the top k (see {@link rank}).
 */
import { isContent, tokenize } from '../text/tokens';

/** BM25 term-frequency saturation (standard value). */
export const K1 = 1.2;
/** BM25 length normalisation (standard value). */
export const B = 0.75;
/** Query weight of a capitalised word or a number (plain words weigh 1). */
const ANCHOR_WEIGHT = 2;

/** Weighted term frequencies, in the narrowest unsigned type that holds the largest. */
export type Frequencies = Uint8Array | Uint16Array | Uint32Array;

/** An inverted index over passages: postings of term t are `docs`/`freqs` from `offsets[t]` to `offsets[t + 1]`. */
export interface RetrievalIndex {
  /** Normalised term -> term id. */
  termIds: Map<string, number>;
  /** Start of each term's postings; one more entry than there are terms. */
  offsets: Uint32Array;
  /** Passage index of each posting, ascending within a term; of an index read from a snapshot, only once {@link fill}ed. */
  docs: Uint32Array;
  /** Set on an index read from a snapshot: puts a term's postings into `docs`, decoding them the first time. */
  fill?: (term: number) => void;
  /** Weighted term frequency of each posting (the focus sentence counts double). */
  freqs: Frequencies;
  /** Weighted length of each passage. */
  lengths: Uint32Array;
  avgLength: number;
  /** Largest BM25 term-frequency part of each term over its postings: the bound MaxScore prunes with. */
  maxNorm: Float64Array;
  /** Passages never returned (those of a draft's own file when the draft is also in the corpus). */
  excluded?: ReadonlySet<number>;
}

/** Every term's postings, decoding those not read yet. */
export function allPostings(index: RetrievalIndex): Uint32Array {
  if (index.fill) for (let t = 0; t + 1 < index.offsets.length; t++) index.fill(t);
  return index.docs;
}

/** BM25's term-frequency part for a weighted frequency `f` in a passage of weighted length `len`. */
export function bm25Norm(f: number, len: number, avgLength: number): number {
  return f * (K1 + 1) / (f + K1 * (1 - B + B * len / avgLength));
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

/** One query term's cursor over its postings. */
interface Cursor {
  /** Position of the term in the query: contributions are summed in this order, as a full scan would. */
  order: number;
  /** weight × idf. */
  factor: number;
  /** Upper bound of the term's contribution to any passage. */
  bound: number;
  at: number;
  end: number;
}

/** Relative slack on bounds, so that rounding in a sum of bounds never prunes a passage that ties. */
const BOUND_SLACK = 1e-9;

/**
 * Top `limit` passages for a query as [passage index, score], best first (ties by passage index). The same
 * list, to the last bit of every score, as adding up every posting of every query term; but terms whose
 * bounds together cannot lift a passage past the current k-th score are only looked up for passages the
 * other terms found (MaxScore), so a common word's long list is skipped through, not scored.
 */
export function rank(index: RetrievalIndex, query: string, limit: number): [number, number][] {
  const n = index.lengths.length;
  const cursors: Cursor[] = [];
  let order = 0;
  for (const [term, weight] of queryTerms(query)) {
    const position = order++;
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    const at = index.offsets[id];
    const end = index.offsets[id + 1];
    const df = end - at;
    if (df === 0) continue;
    index.fill?.(id);
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const factor = weight * idf;
    cursors.push({ order: position, factor, bound: factor * index.maxNorm[id], at, end });
  }
  if (cursors.length === 0 || limit <= 0) return [];
  // Ascending bounds: the cursors before `firstEssential` are the non-essential ones, whose bounds together
  // (prefix[i] = sum of bounds 0..i) stay below the threshold. Cursor state lives in typed arrays: this
  // loop runs once per candidate passage.
  cursors.sort((a, b) => a.bound - b.bound);
  const m = cursors.length;
  const prefix = new Float64Array(m);
  const at = new Uint32Array(m);
  const ends = new Uint32Array(m);
  const factors = new Float64Array(m);
  const orders = new Uint32Array(m);
  let sum = 0;
  cursors.forEach((c, i) => {
    prefix[i] = sum += c.bound;
    at[i] = c.at;
    ends[i] = c.end;
    factors[i] = c.factor;
    orders[i] = c.order;
  });
  const { docs, freqs, lengths, avgLength } = index;
  const excluded = index.excluded;
  const contributions = new Float64Array(order);
  // The query positions that scored the current passage: a typed array and a count, not an array emptied
  // per passage, which made this loop allocate as much as the rest of a check.
  const touched = new Uint32Array(m);
  let count = 0;
  const top = new TopK(limit);
  // The first passages of the term with the highest bound (a rare word or an anchor), scored before the
  // scan: they are the likeliest to rank, so the threshold starts high and most terms are non-essential
  // from the first passage on, where the scan would fill the top k with whatever passages come first. Each
  // passage is still scored exactly or ruled out by bounds, and TopK keeps the best k whatever the order
  // they are offered in, so the list is the same.
  const seeded = docs.subarray(at[m - 1], Math.min(ends[m - 1], at[m - 1] + SEEDS));
  const from = at.slice();
  for (const doc of seeded) {
    if (excluded?.has(doc)) continue;
    const len = lengths[doc];
    count = 0;
    for (let i = 0; i < m; i++) {
      const a = (from[i] = seek(docs, from[i], ends[i], doc));
      if (a < ends[i] && docs[a] === doc) {
        contributions[orders[i]] = factors[i] * bm25Norm(freqs[a], len, avgLength);
        touched[count++] = orders[i];
      }
    }
    top.offer(doc, exactScore(contributions, touched, count));
  }
  let firstEssential = 0;
  const raised = top.threshold();
  while (top.full() && firstEssential < m && prefix[firstEssential] * (1 + BOUND_SLACK) < raised) firstEssential++;
  let seed = 0;
  // The next passage any essential term is in (NO_DOC when none is left).
  let next = nextDoc(docs, at, ends, firstEssential, m);
  while (next !== NO_DOC) {
    const doc = next;
    const len = lengths[doc];
    let score = 0;
    count = 0;
    // One pass scores the passage and finds the one after it: a second pass over the cursors per passage
    // took a quarter of a ranking.
    next = NO_DOC;
    for (let i = firstEssential; i < m; i++) {
      let a = at[i];
      const end = ends[i];
      if (a < end && docs[a] === doc) {
        const value = factors[i] * bm25Norm(freqs[a], len, avgLength);
        contributions[orders[i]] = value;
        touched[count++] = orders[i];
        score += value;
        at[i] = ++a;
      }
      if (a < end && docs[a] < next) next = docs[a];
    }
    while (seed < seeded.length && seeded[seed] < doc) seed++;
    if (excluded?.has(doc) || seeded[seed] === doc) continue;
    const threshold = top.threshold();
    const full = top.full();
    let alive = true;
    for (let i = firstEssential - 1; i >= 0; i--) {
      if (full && (score + prefix[i]) * (1 + BOUND_SLACK) < threshold) {
        alive = false;
        break;
      }
      const a = (at[i] = seek(docs, at[i], ends[i], doc));
      if (a < ends[i] && docs[a] === doc) {
        const value = factors[i] * bm25Norm(freqs[a], len, avgLength);
        contributions[orders[i]] = value;
        touched[count++] = orders[i];
        score += value;
      }
    }
    if (alive && (!full || score * (1 + BOUND_SLACK) >= threshold)) {
      if (top.offer(doc, exactScore(contributions, touched, count))) {
        const t = top.threshold();
        const before = firstEssential;
        while (firstEssential < m && prefix[firstEssential] * (1 + BOUND_SLACK) < t) firstEssential++;
        // Cursors that became non-essential no longer lead to a passage.
        if (firstEssential !== before) next = nextDoc(docs, at, ends, firstEssential, m);
      }
    }
  }
  return top.sorted();
}

/** How many passages of the term with the highest bound {@link rank} scores before its scan. */
const SEEDS = 1024;

/**
 * The exact score of a passage from its terms' `contributions` (by query position; `touched` lists the
 * positions that scored): added in query order, starting from 0, as a full scan adds them.
 */
function exactScore(contributions: Float64Array, touched: Uint32Array, count: number): number {
  sortPrefix(touched, count);
  let exact = 0;
  for (let k = 0; k < count; k++) exact += contributions[touched[k]];
  return exact;
}

/** No passage: above every passage index. */
const NO_DOC = 0xffffffff;

/** The lowest passage index under the cursors `from` to `m`, or NO_DOC when they are all at their ends. */
function nextDoc(docs: Uint32Array, at: Uint32Array, ends: Uint32Array, from: number, m: number): number {
  let doc = NO_DOC;
  for (let i = from; i < m; i++) if (at[i] < ends[i] && docs[at[i]] < doc) doc = docs[at[i]];
  return doc;
}

/** Sorts `values[0, count)` ascending in place (insertion sort: a passage matches a handful of query terms). */
function sortPrefix(values: Uint32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const v = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}

/** First position in `docs[from, end)` holding a passage index of at least `doc` (galloping, then binary search). */
function seek(docs: Uint32Array, from: number, end: number, doc: number): number {
  if (from >= end || docs[from] >= doc) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < end && docs[hi] < doc) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > end) hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid] < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The best `k` (passage, score) pairs seen, as a min-heap whose root is the worst kept. Ties go to the earlier
 * passage (the full scan's tie order) by {@link TopK.worse}, so the pairs kept do not depend on the order
 * they are offered in.
 */
class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  full(): boolean {
    return this.docs.length >= this.k;
  }

  /** The score to beat once full (0 before). */
  threshold(): number {
    return this.full() ? this.scores[0] : 0;
  }

  /** Keeps the pair if it is among the best k so far; true when the threshold may have risen. */
  offer(doc: number, score: number): boolean {
    if (!this.full()) {
      this.docs.push(doc);
      this.scores.push(score);
      this.up(this.docs.length - 1);
      return this.full();
    }
    if (!this.worse(this.docs[0], this.scores[0], doc, score)) return false;
    this.docs[0] = doc;
    this.scores[0] = score;
    this.down(0);
    return true;
  }

  /** True when (d1, s1) ranks below (d2, s2): a lower score, or the same score and a later passage. */
  private worse(d1: number, s1: number, d2: number, s2: number): boolean {
    return s1 < s2 || (s1 === s2 && d1 > d2);
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.worse(this.docs[i], this.scores[i], this.docs[p], this.scores[p])) break;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const n = this.docs.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(this.docs[l], this.scores[l], this.docs[m], this.scores[m])) m = l;
      if (r < n && this.worse(this.docs[r], this.scores[r], this.docs[m], this.scores[m])) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(a: number, b: number): void {
    [this.docs[a], this.docs[b]] = [this.docs[b], this.docs[a]];
    [this.scores[a], this.scores[b]] = [this.scores[b], this.scores[a]];
  }

  sorted(): [number, number][] {
    return this.docs.map((d, i): [number, number] => [d, this.scores[i]]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}
