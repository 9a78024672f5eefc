/**
 * The checking pipeline over any {@link PassageRetriever}: claims are found here, candidate passages are
 * asked of the retriever (the in-process index or a database), and stance and verdicts are judged here on
 * what came back, exactly as the synchronous checker judges the in-process index's passages.
 */
import type { Finding } from './types';
import { detectClaimProse } from './claims/detect';
import type { DocumentFormat } from './text/document';
import { withDefaults, type EngineOptions } from './options';
import { judgeCandidates, toFinding } from './check';
import { compileReliability } from './verdict/reliability';
import type { PassageRetriever, RetrieveOptions } from './corpus/retriever';
import type { Evidence } from './types';

/** A checker whose retrieval is asynchronous. */
export interface RetrievingChecker {
  /** Same findings as the synchronous checker on the same corpus; rejects when the retriever fails. */
  check(text: string, format?: DocumentFormat): Promise<Finding[]>;
}

/** Claims whose candidates are asked for at once: enough to overlap round trips, few enough to share a pool. */
const PARALLEL_CLAIMS = 4;
/** Sentences whose evidence one checker remembers. */
const CACHE_LIMIT = 5000;

export function createRetrievingChecker(retriever: PassageRetriever, options: Partial<EngineOptions> = {}, retrieveOptions: RetrieveOptions = {}): RetrievingChecker {
  const opts = withDefaults(options);
  const tierOf = compileReliability(opts.reliability);
  // Remembered by sentence text, like the synchronous checker; a failed retrieval is forgotten so a retry asks again.
  const cache = new Map<string, Promise<Evidence[]>>();
  const evidenceFor = (prose: string): Promise<Evidence[]> => {
    let pending = cache.get(prose);
    if (!pending) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      pending = retriever.retrieve(prose, opts.candidates, retrieveOptions).then((c) => judgeCandidates(prose, c, tierOf));
      pending.catch(() => cache.delete(prose));
      cache.set(prose, pending);
    }
    return pending;
  };
  return {
    async check(text, format = 'plaintext') {
      const claims = detectClaimProse(text, format, opts);
      const evidence = await mapLimited(claims, PARALLEL_CLAIMS, ({ prose }) => evidenceFor(prose));
      return claims.map(({ claim }, i) => toFinding(claim, evidence[i], opts));
    },
  };
}

/** `Promise.all` over `items` with at most `limit` calls in flight; rejects on the first failure. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
