/** `corroborate search`: the corpus passages that best match a query, or each query of a JSON Lines file. */
import { z } from 'zod';
import { searchCorpus, joinRoot, oneLine, passageFields, lineAndColumn } from '../engine';
import { loadCorpus } from './corpus';
import { note, warn } from './check';
import { UsageError } from './errors';
import type { CliIo } from './io';
import { choiceOption, integerOption, parseCommand, validateOptions } from './options';
import { createProgress } from './progress';
import { searchBatch } from './searchBatch';

const searchOptionsSchema = z.object({
  corpus: z.array(z.string().min(1)).min(1, { error: '--corpus <dir> is required' }),
  limit: integerOption('--limit', 1).default(10),
  top: integerOption('--top', 1).optional(),
  format: choiceOption('--format', ['text', 'json']).default('text'),
  cache: z.string().min(1, { error: '--cache needs a folder' }).optional(),
  input: z.string().min(1, { error: '--input needs a file (or - for standard input)' }).optional(),
  timing: z.boolean().default(false),
  verbose: z.boolean().default(false),
});

export async function searchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('search', args, {
    corpus: { type: 'string', multiple: true },
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
    return searchBatch(io, { ...options, input: options.input, limit });
  }
  if (query === '') throw new UsageError('no query given', 'search');
  const started = performance.now();
  const { corpus, problems, notes, indexMs } = await loadCorpus(io, options.corpus, createProgress(io.stderr, options.verbose), { cache: options.cache });
  warn(io, problems);
  note(io, notes);

  const results = searchCorpus(corpus, query, limit).map((hit, i) => {
    const at = lineAndColumn(hit.source.text, hit.passage.start);
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
      const where = `${joinRoot(options.corpus[r.root], r.source)}:${r.line}:${r.column}`;
      io.stdout.write(`${r.rank}. ${where} ${r.score.toFixed(2)} "${oneLine(r.title)}"\n   ${oneLine(r.text)}\n`);
    }
  }
  if (options.timing) io.stderr.write(`timing: index ${options.cache ? 'loaded' : 'built'} in ${indexMs.toFixed(0)} ms; search ${(performance.now() - started - indexMs).toFixed(1)} ms\n`);
  return 0;
}
