/**
 * `corroborate search --input queries.jsonl`: one query per line, `{"id","query"}`, answered as one line
 * each, `{"id","results":[{"source","start","end","score"}]}`, against an index built (or loaded from
 * `--cache`) once, or a PostgreSQL archive opened once (`--database`). Every line is validated with zod; a
 * bad line is reported by number and the others are still answered (exit code 2). `--timing` ends stderr
 * with the index (or archive) time and per-query p50 and p95.
 */
import { z } from 'zod';
import { searchCorpus, searchPassages } from '../engine';
import { loadCorpus } from './corpus';
import { note, warn } from './check';
import { asInputError, openDatabase } from './database';
import type { CliIo } from './io';
import { parseLine, readInput } from './jsonl';
import { createProgress } from './progress';

export const searchLineSchema = z.object({
  id: z.union([z.string(), z.number()], { error: '"id" must be a string or a number' }),
  query: z.string({ error: '"query" must be a string' }).refine((q) => q.trim() !== '', { error: '"query" is empty' }),
});

export interface BatchOptions {
  corpus: string[];
  /** A PostgreSQL archive's URL instead of corpus folders. */
  database?: string;
  input: string;
  limit: number;
  cache?: string;
  timing: boolean;
  verbose: boolean;
}

export async function searchBatch(io: CliIo, options: BatchOptions): Promise<number> {
  const name = options.input === '-' ? '<stdin>' : options.input;
  // The input is read (and a missing file refused) before the corpus is indexed.
  const lines = await readInput(io, options.input, name);
  const searcher = options.database !== undefined ? await archiveSearcher(options.database) : await localSearcher(io, options);
  try {
    return await answer(io, name, lines, searcher, options);
  } catch (error) {
    throw asInputError(error);
  } finally {
    await searcher.close();
  }
}

/** Where the queries are answered: the hits for a query, how many roots there are, how opening went, and a way to let go. */
interface Searcher {
  search(query: string, limit: number): Promise<readonly { source: { id: string; root: number }; passage: { start: number; end: number }; score: number }[]>;
  roots: number;
  opened: string;
  close(): Promise<void>;
}

async function localSearcher(io: CliIo, options: BatchOptions): Promise<Searcher> {
  const { corpus, problems, notes, indexMs, reused, indexed } = await loadCorpus(io, options.corpus, createProgress(io.stderr, options.verbose), { cache: options.cache });
  warn(io, problems);
  note(io, notes);
  const how = options.cache && reused > 0 ? `loaded (${reused} of ${indexed} files from the cache)` : 'built';
  return { search: async (query, limit) => searchCorpus(corpus, query, limit), roots: options.corpus.length, opened: `index ${how} in ${indexMs.toFixed(0)} ms`, close: async () => undefined };
}

async function archiveSearcher(url: string): Promise<Searcher> {
  const started = performance.now();
  const { archive, retriever } = await openDatabase(url, { requireSources: true });
  return {
    search: (query, limit) => searchPassages(retriever, query, limit),
    roots: retriever.roots.length,
    opened: `archive opened in ${(performance.now() - started).toFixed(0)} ms`,
    close: () => archive.close(),
  };
}

async function answer(io: CliIo, name: string, lines: Awaited<ReturnType<typeof readInput>>, searcher: Searcher, options: BatchOptions): Promise<number> {
  const roots = searcher.roots;
  const times: number[] = [];
  let bad = 0;
  for (const [i, raw] of lines.entries()) {
    const problem = typeof raw === 'string' ? (raw.trim() === '' ? undefined : parseLine(raw, searchLineSchema)) : raw.problem;
    if (problem === undefined) continue;
    if (typeof problem === 'string') {
      bad++;
      io.stderr.write(`corroborate: error: ${name}:${i + 1}: ${problem}\n`);
      continue;
    }
    const t0 = performance.now();
    const hits = await searcher.search(problem.value.query, options.limit);
    times.push(performance.now() - t0);
    const results = hits.map((h) => ({ source: h.source.id, ...(roots > 1 && { root: h.source.root }), start: h.passage.start, end: h.passage.end, score: Number(h.score.toFixed(4)) }));
    io.stdout.write(JSON.stringify({ id: problem.value.id, results }) + '\n');
  }
  if (options.timing) {
    io.stderr.write(`timing: ${searcher.opened}; ${times.length} queries: p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms\n`);
  }
  return bad > 0 ? 2 : 0;
}

/** The value below which a share `q` of `xs` lies (nearest rank); 0 for no values. */
export function percentile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
