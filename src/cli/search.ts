/** `corroborate search`: the corpus passages that best match a query, or each query of a JSON Lines file. */
import { z } from 'zod';
import { corpusRetriever, searchPassages, joinRoot, oneLine, passageFields, lineAndColumn } from '../engine';
import { loadCorpus } from './corpus';
import { asInputError, openDatabase, resolveDatabaseUrl } from './database';
import { note, warn } from './check';
import { UsageError } from './errors';
import type { CliIo } from './io';
import { choiceOption, integerOption, parseCommand, validateOptions } from './options';
import { createProgress } from './progress';
import { searchBatch } from './searchBatch';

const searchOptionsSchema = z.object({
  corpus: z.array(z.string().min(1)),
  database: z.string().optional(),
  limit: integerOption('--limit', 1).default(10),
  top: integerOption('--top', 1).optional(),
  format: choiceOption('--format', ['text', 'json']).default('text'),
  cache: z.string().min(1, { error: '--cache needs a folder' }).optional(),
  input: z.string().min(1, { error: '--input needs a file (or - for standard input)' }).optional(),
  timing: z.boolean().default(false),
  verbose: z.boolean().default(false),
}).check((ctx) => {
  const { corpus, database } = ctx.value;
  if (corpus.length === 0 && database === undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: '--corpus <dir> is required, or --database <url>' });
  if (corpus.length > 0 && database !== undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: 'give --corpus or --database, not both' });
});

export async function searchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('search', args, {
    corpus: { type: 'string', multiple: true },
    database: { type: 'string' },
    limit: { type: 'string' },
    top: { type: 'string' },
    format: { type: 'string' },
    cache: { type: 'string' },
    input: { type: 'string' },
    timing: { type: 'boolean' },
  });
  const query = positionals.join(' ').trim();
  const options = validateOptions('search', searchOptionsSchema, { ...values, corpus: values.corpus ?? [], limit: values.limit ?? '10' });
  const limit = options.top ?? options.limit;
  if (options.input !== undefined) {
    if (query !== '') throw new UsageError('give either a query or --input, not both', 'search');
    const database = options.database === undefined ? undefined : resolveDatabaseUrl(options.database, 'search');
    return searchBatch(io, { ...options, input: options.input, limit, database });
  }
  if (query === '') throw new UsageError('no query given', 'search');
  const started = performance.now();
  const found = options.database !== undefined
    ? await searchDatabase(resolveDatabaseUrl(options.database, 'search'), query, limit)
    : await searchLocal(io, options.corpus, query, limit, options.verbose, options.cache);
  const results = found.hits.map((hit, i) => {
    const text = found.textOf(hit.source);
    const at = text === undefined ? { line: 1, column: 1 } : lineAndColumn(text, hit.passage.start);
    return {
      rank: i + 1,
      score: Number(hit.score.toFixed(4)),
      ...passageFields(hit.source, hit.passage),
      line: at.line,
      column: at.column,
    };
  });
  if (options.format === 'json') io.stdout.write(JSON.stringify({ query, results }, null, 2) + '\n');
  else {
    if (results.length === 0) io.stdout.write(`no passage matches "${query}"\n`);
    for (const r of results) {
      const where = `${joinRoot(found.roots[r.root], r.source)}:${r.line}:${r.column}`;
      io.stdout.write(`${r.rank}. ${where} ${r.score.toFixed(2)} "${oneLine(r.title)}"\n   ${oneLine(r.text)}\n`);
    }
  }
  if (options.timing) {
    const index = found.indexMs === undefined ? 'archive opened' : `index ${options.cache ? 'loaded' : 'built'} in ${found.indexMs.toFixed(0)} ms;`;
    io.stderr.write(`timing: ${index} search ${(performance.now() - started - (found.indexMs ?? 0)).toFixed(1)} ms\n`);
  }
  return 0;
}

type Found = {
  hits: Awaited<ReturnType<typeof searchPassages>>;
  roots: string[];
  textOf: (s: { root: number; id: string }) => string | undefined;
  /** Time spent building or loading the local index (none for an archive). */
  indexMs?: number;
};

async function searchLocal(io: CliIo, roots: string[], query: string, limit: number, verbose: boolean, cache: string | undefined): Promise<Found> {
  const { corpus, problems, notes, indexMs } = await loadCorpus(io, roots, createProgress(io.stderr, verbose), { cache });
  warn(io, problems);
  note(io, notes);
  return { ...(await withTexts(await searchPassages(corpusRetriever(corpus), query, limit), roots, async () => corpus.sources)), indexMs };
}

async function searchDatabase(url: string, query: string, limit: number): Promise<Found> {
  const { archive, retriever } = await openDatabase(url, { requireSources: true });
  try {
    return await withTexts(await searchPassages(retriever, query, limit), retriever.roots, (keys) => retriever.sourceTexts(keys));
  } catch (error) {
    throw asInputError(error);
  } finally {
    await archive.close();
  }
}

async function withTexts(hits: Found['hits'], roots: string[], texts: (keys: { root: number; id: string }[]) => Promise<readonly { root: number; id: string; text: string }[]>): Promise<Found> {
  const byKey = new Map((await texts(hits.map((h) => h.source))).map((s) => [`${s.root}\u0000${s.id}`, s.text]));
  return { hits, roots, textOf: (s) => byKey.get(`${s.root}\u0000${s.id}`) };
}


