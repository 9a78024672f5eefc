/**
 * The archive behind the engine's corpus seam. Candidate retrieval only: PostgreSQL finds the passages that
 * share the claim's words through the GIN index and ranks them with ts_rank_cd (weights in tsvector.ts);
 * the best {@link POOL_MIN} or more come back with the term frequencies of the query's words, and the
 * engine orders that pool by BM25 with the archive's exact statistics. Stance and verdicts are the engine's.
 *
 * When every passage that matches the query fits in the pool (the sample corpus, any archive where the
 * claim's words are rare enough) the top passages are the in-process index's, in its order. On a large
 * archive the GIN match is restricted to the claim's rarer words (see {@link MATCH_BUDGET}); common words
 * still count in BM25 but do not widen the pool.
 */
import { archiveQueryTerms, rankCandidates, type Candidate, type Passage, type PassageRetriever, type PooledCandidate, type RetrieveOptions, type SourceMeta } from '../../engine';
import { withClient, type Archive } from './connection';
import { frequencyOf, RANK_WEIGHTS, toTsquery, toTsqueryAll, toTsqueryPairs } from './tsvector';

/** Smallest candidate pool asked of the database, whatever `k`. */
export const POOL_MIN = 200;
/**
 * Most passages the GIN match may touch, summed over the matched words' document frequencies. The rarest
 * words are matched first; at least {@link MIN_MATCH_WORDS} are always matched.
 */
export const MATCH_BUDGET = 5_000;
const MIN_MATCH_WORDS = 2;

interface PassageRow {
  id: string;
  path: string;
  root: string;
  start_at: number;
  end_at: number;
  focus_start: number;
  focus_end: number;
  text: string;
  turn: string | null;
  length: number;
  tf: Record<string, string[]> | null;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  reliability: number | null;
}

export class PostgresRetriever implements PassageRetriever {
  /** Root folder labels in first-loaded order; a source's `root` is its label's index here. */
  readonly roots: string[] = [];

  constructor(private readonly archive: Archive) {}

  /** Reads the root labels, so root numbers follow load order as the in-process corpus's do. */
  async init(): Promise<this> {
    const { rows } = await withClient(this.archive, (c) => c.query<{ root: string }>('SELECT root FROM sources GROUP BY root ORDER BY min(id)'));
    for (const r of rows) this.rootIndex(r.root);
    return this;
  }

  rootIndex(label: string): number {
    const i = this.roots.indexOf(label);
    if (i >= 0) return i;
    this.roots.push(label);
    return this.roots.length - 1;
  }

  async retrieve(query: string, k: number, options: RetrieveOptions = {}): Promise<Candidate[]> {
    const weights = archiveQueryTerms(query);
    if (weights.size === 0) return [];
    const words = [...weights.keys()];
    return withClient(this.archive, async (client) => {
      const stats = await client.query<{ n: string; total: string; df: Record<string, number> | null }>(
        `SELECT s.passages AS n, s.total_length AS total,
                (SELECT json_object_agg(term, df) FROM term_stats WHERE term = ANY($1::text[])) AS df
           FROM corpus_stats s WHERE s.id = 1`,
        [words],
      );
      const row = stats.rows[0];
      const n = Number(row?.n ?? 0);
      const df = new Map(Object.entries(row?.df ?? {}).filter(([, f]) => f > 0));
      const levels = matchQueries(df, n);
      if (n === 0 || levels.length === 0) return [];
      const exclude = options.exclude && this.roots[options.exclude.root] !== undefined ? [this.roots[options.exclude.root], options.exclude.id] : [null, null];
      // The GIN match and ts_rank_cd pick the pool's ids first; only the pool's rows are then read whole.
      // Narrow matches are tried first on a large archive; a level that finds fewer than k gives way to the next.
      let rows: PassageRow[] = [];
      for (const [i, tsquery] of levels.entries()) {
        ({ rows } = await client.query<PassageRow>(
          `WITH hits AS (
             SELECT p.id, p.terms FROM passages p
              WHERE p.terms @@ $1::tsquery
                AND ($4::text IS NULL OR p.source_id IS DISTINCT FROM (SELECT id FROM sources WHERE root = $4 AND path = $5))
              LIMIT $7
           ), pool AS (
             SELECT id FROM hits ORDER BY ts_rank_cd($3::float4[], terms, $1::tsquery) DESC, id LIMIT $6
           )
           SELECT p.id, p.start_at, p.end_at, p.focus_start, p.focus_end, p.text, p.length, p.turn,
                  (SELECT json_object_agg(u.lexeme, u.weights) FROM unnest(p.terms) u WHERE u.lexeme = ANY($2::text[])) AS tf,
                  s.path, s.root, s.title, s.outlet, s.url, s.published, s.reliability
             FROM pool JOIN passages p ON p.id = pool.id JOIN sources s ON s.id = p.source_id`,
          [tsquery, words, RANK_WEIGHTS, exclude[0], exclude[1], Math.max(POOL_MIN, k * 4), levels.length === 1 ? null : SCAN_CAP],
        ));
        // Half of k from a narrow level is enough: those passages share the claim's rarest words.
        if (rows.length >= Math.ceil(k / 2) || i === levels.length - 1) break;
      }
      const pool: PooledCandidate[] = rows.map((r) => ({
        tf: new Map(Object.entries(r.tf ?? {}).map(([w, ws]) => [w, frequencyOf(ws)])),
        length: r.length,
        order: Number(r.id),
      }));
      const ranked = rankCandidates(query, pool, { passages: n, avgLength: Number(row.total) / n, df }, k);
      return ranked.map(([i, score]) => this.toCandidate(rows[i], score));
    });
  }

  private toCandidate(r: PassageRow, score: number): Candidate {
    const meta: SourceMeta = { title: r.title };
    if (r.outlet !== null) meta.outlet = r.outlet;
    if (r.url !== null) meta.url = r.url;
    if (r.published !== null) meta.date = r.published;
    if (r.reliability !== null) meta.reliability = r.reliability;
    const passage: Passage = { id: `${r.path}#${r.focus_start}`, sourceId: r.path, start: r.start_at, end: r.end_at, text: r.text, focus: { start: r.focus_start, end: r.focus_end } };
    // As the in-process index gives it: read by the stance, not shown (see corpus/passages.ts).
    Object.defineProperty(passage, 'turn', { enumerable: false, value: r.turn ?? undefined });
    return {
      passage,
      source: { id: r.path, root: this.rootIndex(r.root), meta },
      score,
    };
  }

  /** Full texts of the named sources (for line and column in reports). */
  async sourceTexts(keys: readonly { root: number; id: string }[]): Promise<{ root: number; id: string; text: string }[]> {
    if (keys.length === 0) return [];
    const { rows } = await withClient(this.archive, (c) =>
      c.query<{ root: string; path: string; body: string }>(
        'SELECT s.root, s.path, s.body FROM sources s JOIN unnest($1::text[], $2::text[]) k(root, path) ON s.root = k.root AND s.path = k.path',
        [keys.map((k) => this.roots[k.root] ?? ''), keys.map((k) => k.id)],
      ),
    );
    return rows.map((r) => ({ root: this.rootIndex(r.root), id: r.path, text: r.body }));
  }

  /** The archived source whose text is exactly this one (a draft that is itself in the archive). */
  async findByHash(hash: string): Promise<{ root: number; id: string } | undefined> {
    const { rows } = await withClient(this.archive, (c) => c.query<{ root: string; path: string }>('SELECT root, path FROM sources WHERE content_hash = $1 ORDER BY id LIMIT 1', [hash]));
    return rows[0] && { root: this.rootIndex(rows[0].root), id: rows[0].path };
  }

  /** Sources and passages in the archive. */
  async summary(): Promise<{ sources: number; passages: number }> {
    const { rows } = await withClient(this.archive, (c) => c.query<{ sources: string; passages: string }>('SELECT (SELECT count(*) FROM sources) AS sources, (SELECT passages FROM corpus_stats WHERE id = 1) AS passages'));
    return { sources: Number(rows[0]?.sources ?? 0), passages: Number(rows[0]?.passages ?? 0) };
  }
}

/** Rarest words the narrow levels combine. */
const NARROW_WORDS = 5;
/**
 * On a large archive, most matches one level ranks with ts_rank_cd: a bound on the work per claim. (A
 * sample of the matches, in index order; the levels put the passages sharing the most rare words first.)
 */
export const SCAN_CAP = 1_000;

/**
 * The GIN matches to try, in order. When every passage sharing a word with the query is within
 * {@link MATCH_BUDGET}, one OR of all the words: the pool then holds every match and the order is exactly the
 * in-process one. On a larger archive, narrowest first: the three rarest words together, then any two of the
 * five rarest, then an OR of the rarest words within the budget.
 */
export function matchQueries(df: ReadonlyMap<string, number>, passages = Infinity): string[] {
  const sorted = [...df].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const byRarity = sorted.map(([w]) => w);
  if (byRarity.length === 0) return [];
  const total = [...df.values()].reduce((a, b) => a + b, 0);
  if (total <= MATCH_BUDGET) return [toTsquery(byRarity)];
  const rare = byRarity.slice(0, NARROW_WORDS);
  // Pairs of words in over 2% of the passages cost more to intersect than they narrow.
  const pairable = sorted.slice(0, NARROW_WORDS).filter(([, f]) => f <= Math.max(MATCH_BUDGET, passages * 0.02)).map(([w]) => w);
  const levels: string[] = [];
  if (rare.length >= 3) levels.push(toTsqueryAll(rare.slice(0, 3)));
  if (pairable.length >= 3) levels.push(toTsqueryPairs(pairable));
  levels.push(toTsquery(matchWords(df)));
  return levels;
}

/** The words the GIN match uses: rarest first, within {@link MATCH_BUDGET} postings, at least two. */
export function matchWords(df: ReadonlyMap<string, number>): string[] {
  const byRarity = [...df].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const out: string[] = [];
  let touched = 0;
  for (const [word, f] of byRarity) {
    if (out.length >= MIN_MATCH_WORDS && touched + f > MATCH_BUDGET) break;
    out.push(word);
    touched += f;
  }
  return out;
}
