/**
 * The corpus seam: "passages for this claim, top k, with their source metadata", asked asynchronously, so
 * that the engine does not care whether the passages come from the in-process index or from a server
 * (PostgreSQL today; OpenSearch on paper, docs/ARCHIVE.md). Every implementation returns the same shape and
 * the same order for the same corpus; the contract tests hold both backends to it.
 */
import type { Passage, SourceMeta } from '../types';
import { overlaps, withoutSource, type Corpus } from './corpus';
import { rank } from './retrieval';

/** A source as the engine needs it for evidence: where it is (root index and path) and what it is. */
export interface SourceRef {
  id: string;
  root: number;
  meta: SourceMeta;
}

/** One candidate passage with its source and retrieval score (higher is better; comparable within one query). */
export interface Candidate {
  passage: Passage;
  source: SourceRef;
  score: number;
}

/** Options of one retrieval. */
export interface RetrieveOptions {
  /** A source never returned: the draft itself when it is also in the corpus. */
  exclude?: { root: number; id: string };
}

/** Where candidate passages come from. */
export interface PassageRetriever {
  /** Top `k` passages for a claim or query, best first; ties by corpus order. Rejects when the backend fails. */
  retrieve(query: string, k: number, options?: RetrieveOptions): Promise<Candidate[]>;
}

/** The in-process index behind the seam: the corpus's own BM25 ranking, unchanged. */
export function corpusRetriever(corpus: Corpus): PassageRetriever {
  return {
    async retrieve(query, k, options = {}) {
      return rankCorpus(options.exclude ? withoutSource(corpus, options.exclude) : corpus, query, k);
    },
  };
}

/** The synchronous ranking the in-process retriever serves (the sync checker uses it directly). */
export function rankCorpus(corpus: Corpus, query: string, k: number): Candidate[] {
  return rank(corpus.index, query, k).map(([i, score]) => {
    const source = corpus.sourceOf[i];
    return { passage: corpus.passages.at(i), source: { id: source.id, root: source.root, meta: source.meta }, score };
  });
}

/** Candidates ranked per hit returned, so that enough remain after overlapping passages are dropped. */
const SEARCH_OVERFETCH = 4;

/**
 * Search through any retriever: the best `limit` passages, leaving out a passage that overlaps a better one
 * of the same source (the rule of `searchCorpus`, so both backends list the same hits).
 */
export async function searchPassages(retriever: PassageRetriever, query: string, limit = 10): Promise<Candidate[]> {
  const hits: Candidate[] = [];
  for (const c of await retriever.retrieve(query, limit * SEARCH_OVERFETCH)) {
    if (hits.some((h) => h.source.root === c.source.root && h.source.id === c.source.id && overlaps(h.passage, c.passage))) continue;
    hits.push(c);
    if (hits.length >= limit) break;
  }
  return hits;
}
