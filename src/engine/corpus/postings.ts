/**
 * Assembles the retrieval index from source segments: the segments' per-passage term lists become one
 * compressed-sparse-row table of postings (typed arrays), with BM25's corpus statistics and each term's
 * score bound. Linear in the number of postings, with no tokenising. A reload pays it only when some
 * source changed: segments read from one snapshot, all unchanged and in order, bring their index along.
 */
import { allPostings, bm25Norm, type Frequencies, type RetrievalIndex } from './retrieval';
import type { SourceSegment } from './segment';

/** A vocabulary entry not yet given a term id. */
const UNMAPPED = 0xffffffff;

export function assembleIndex(segments: readonly SourceSegment[]): RetrievalIndex {
  const stored = segments[0]?.assembled;
  if (stored && stored.count === segments.length && segments.every((s, k) => s.assembled?.index === stored.index && s.assembled.position === k)) return stored.index;
  const termIds = new Map<string, number>();
  // Vocabulary index -> term id, one table per vocabulary array (segments read from one snapshot share
  // theirs). Ids are given in order of first use by a posting, so a term no passage holds gets none, and
  // a corpus gets the same ids whether its segments were analysed now or read from a snapshot.
  const mapped = new Map<readonly string[], Uint32Array>();
  let passages = 0;
  let postings = 0;
  const maps = segments.map((s) => {
    passages += s.counts.length;
    postings += s.terms.length;
    let map = mapped.get(s.vocab);
    if (!map) {
      map = new Uint32Array(s.vocab.length).fill(UNMAPPED);
      mapped.set(s.vocab, map);
    }
    for (const v of s.terms) {
      if (map[v] !== UNMAPPED) continue;
      const term = s.vocab[v];
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      map[v] = id;
    }
    return map;
  });

  const termCount = termIds.size;
  const offsets = new Uint32Array(termCount + 1);
  const lengths = new Uint32Array(passages);
  let maxFreq = 0;
  let doc = 0;
  segments.forEach((s, k) => {
    const map = maps[k];
    let at = 0;
    for (let p = 0; p < s.counts.length; p++, doc++) {
      let len = 0;
      for (const end = at + s.counts[p]; at < end; at++) {
        offsets[map[s.terms[at]] + 1]++;
        const f = s.freqs[at];
        len += f;
        if (f > maxFreq) maxFreq = f;
      }
      lengths[doc] = len;
    }
  });
  for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t];

  const docs = new Uint32Array(postings);
  const freqs = frequencies(maxFreq, postings);
  const fill = offsets.slice(0, termCount);
  doc = 0;
  segments.forEach((s, k) => {
    const map = maps[k];
    let at = 0;
    for (let p = 0; p < s.counts.length; p++, doc++) {
      for (const end = at + s.counts[p]; at < end; at++) {
        const slot = fill[map[s.terms[at]]]++;
        docs[slot] = doc;
        freqs[slot] = s.freqs[at];
      }
    }
  });

  let total = 0;
  for (let i = 0; i < passages; i++) total += lengths[i];
  const avgLength = passages ? total / passages : 1;
  const maxNorm = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    let best = 0;
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      const norm = bm25Norm(freqs[i], lengths[docs[i]], avgLength);
      if (norm > best) best = norm;
    }
    maxNorm[t] = best;
  }
  return { termIds, offsets, docs, freqs, lengths, avgLength, maxNorm };
}

/** An array of `length` frequencies able to hold `max`. */
export function frequencies(max: number, length: number): Frequencies {
  return max <= 0xff ? new Uint8Array(length) : max <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}

/** Each passage's postings in turn, as a {@link SourceSegment} holds them: the index turned back round. */
export interface PassagePostings {
  /** Start of each passage's terms in `terms`; one more entry than there are passages. */
  starts: Uint32Array;
  /** Term ids (ascending within a passage). */
  terms: Uint32Array;
  freqs: Frequencies;
}

/**
 * The postings of an assembled index by passage instead of by term, for assembling it again with some
 * sources changed. Linear in the number of postings, like {@link assembleIndex}.
 */
export function passagePostings(index: RetrievalIndex): PassagePostings {
  const { offsets } = index;
  const docs = allPostings(index);
  const passages = index.lengths.length;
  const starts = new Uint32Array(passages + 1);
  for (let i = 0; i < docs.length; i++) starts[docs[i] + 1]++;
  for (let p = 0; p < passages; p++) starts[p + 1] += starts[p];
  const terms = new Uint32Array(docs.length);
  // The index's own frequency type.
  const freqs = new (index.freqs.constructor as new (length: number) => Frequencies)(docs.length);
  const fill = starts.slice(0, passages);
  for (let t = 0; t + 1 < offsets.length; t++) {
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      const slot = fill[docs[i]]++;
      terms[slot] = t;
      freqs[slot] = index.freqs[i];
    }
  }
  return { starts, terms, freqs };
}
