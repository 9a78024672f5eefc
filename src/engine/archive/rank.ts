/**
 * BM25 over a server's candidate pool, with the server's corpus-wide statistics: the in-process index's
 * formula, constants and query weights, so that when the pool holds every passage matching the query the
 * order is the in-process order exactly (the contract tests compare both on the sample corpus).
 */
import { queryTerms } from '../corpus/retrieval';

/** BM25 term-frequency saturation; equal to the in-process index's. */
const K1 = 1.2;
/** BM25 length normalisation; equal to the in-process index's. */
const B = 0.75;

/** Corpus-wide figures a backend keeps up to date as it loads. */
export interface ArchiveStats {
  /** Passages in the archive. */
  passages: number;
  /** Mean weighted passage length. */
  avgLength: number;
  /** Passages containing each query term. */
  df: ReadonlyMap<string, number>;
}

/** A pooled candidate: its weighted term frequencies (for the query's terms at least), length and corpus order. */
export interface PooledCandidate {
  tf: ReadonlyMap<string, number>;
  length: number;
  /** Position in corpus load order: breaks ties as the in-process index does. */
  order: number;
}

/** The query's terms and weights (names and figures weigh double), as the in-process index reads a query. */
export function archiveQueryTerms(query: string): Map<string, number> {
  return queryTerms(query);
}

/** The best `limit` of `pool` as [pool index, score], best first. */
export function rankCandidates(query: string, pool: readonly PooledCandidate[], stats: ArchiveStats, limit: number): [number, number][] {
  const n = stats.passages;
  const avg = stats.avgLength || 1;
  const scored: [number, number][] = [];
  const terms = [...queryTerms(query)].map(([term, weight]) => {
    const df = stats.df.get(term) ?? 0;
    return { term, weight, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) };
  });
  pool.forEach((c, i) => {
    let score: number | undefined;
    for (const { term, weight, idf } of terms) {
      const f = c.tf.get(term);
      if (!f) continue;
      const norm = f * (K1 + 1) / (f + K1 * (1 - B + B * c.length / avg));
      score = (score ?? 0) + weight * idf * norm;
    }
    if (score !== undefined) scored.push([i, score]);
  });
  return scored.sort((a, b) => b[1] - a[1] || pool[a[0]].order - pool[b[0]].order).slice(0, limit);
}
