/** `corroborate search`: the corpus passages that best match a query. */
import { z } from 'zod';
import { searchCorpus, joinRoot, oneLine, passageFields, lineAndColumn } from '../engine';
import { loadCorpus } from './corpus';
import { note, warn } from './check';
import { UsageError } from './errors';
import type { CliIo } from './io';
import { choiceOption, integerOption, parseCommand, validateOptions } from './options';
import { createProgress } from './progress';

const searchOptionsSchema = z.object({
  corpus: z.array(z.string().min(1)).min(1, { error: '--corpus <dir> is required' }),
  limit: integerOption('--limit', 1).default(10),
  format: choiceOption('--format', ['text', 'json']).default('text'),
  verbose: z.boolean().default(false),
});

export async function searchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('search', args, {
    corpus: { type: 'string', multiple: true },
    limit: { type: 'string' },
    format: { type: 'string' },
  });
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('no query given', 'search');
  const options = validateOptions('search', searchOptionsSchema, { ...values, corpus: values.corpus ?? [], limit: values.limit ?? '10' });
  const { corpus, problems, notes } = await loadCorpus(io, options.corpus, createProgress(io.stderr, options.verbose));
  warn(io, problems);
  note(io, notes);

  const results = searchCorpus(corpus, query, options.limit).map((hit, i) => {
    const at = lineAndColumn(hit.source.text, hit.passage.start);
    return {
      rank: i + 1,
      score: Number(hit.score.toFixed(4)),
      ...passageFields(hit.source, hit.passage),
      line: at.line,
      column: at.column,
    };
  });
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify({ query, results }, null, 2) + '\n');
    return 0;
  }
  if (results.length === 0) io.stdout.write(`no passage matches "${query}"\n`);
  for (const r of results) {
    const where = `${joinRoot(options.corpus[r.root], r.source)}:${r.line}:${r.column}`;
    io.stdout.write(`${r.rank}. ${where} ${r.score.toFixed(2)} "${oneLine(r.title)}"\n   ${oneLine(r.text)}\n`);
  }
  return 0;
}
