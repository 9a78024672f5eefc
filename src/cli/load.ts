/**
 * `corroborate index <folders...> --database <url>`: loads corpus folders into the PostgreSQL archive.
 * Idempotent by content hash (unchanged files are skipped, changed ones rewritten, deleted ones removed),
 * in batches of one transaction each, with progress on stderr. Each folder is one root, labelled as typed.
 */
import * as path from 'node:path';
import { z } from 'zod';
import { BATCH_FILES, syncRoot, type SyncInput } from '../backends/postgres/sync';
import { note, warn } from './check';
import { asInputError, openDatabase, resolveDatabaseUrl } from './database';
import { InputError, UsageError } from './errors';
import { TextFileWalker, readTextFile, toPosix, type FileProblem } from './files';
import type { CliIo } from './io';
import { integerOption, parseCommand, validateOptions } from './options';
import { createProgress } from './progress';

const indexOptionsSchema = z.object({
  database: z.string({ error: '--database <url> is required' }),
  batch: integerOption('--batch', 1).default(BATCH_FILES),
  verbose: z.boolean().default(false),
});

/** The label a folder is archived under: the path as typed, normalised, forward slashes, no trailing slash. */
export function rootLabel(folder: string): string {
  return toPosix(path.normalize(folder)).replace(/(?<=.)\/+$/, '');
}

export async function indexCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('index', args, { database: { type: 'string' }, batch: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('no corpus folders given', 'index');
  const options = validateOptions('index', indexOptionsSchema, { ...values, batch: values.batch ?? String(BATCH_FILES) });
  const url = resolveDatabaseUrl(options.database, 'index');
  const progress = createProgress(io.stderr, options.verbose);
  const problems: FileProblem[] = [];
  const walker = new TextFileWalker(io, problems);
  const folders: { label: string; files: SyncInput[] }[] = [];
  // Every folder is walked before anything is written, so a mistyped folder changes nothing.
  for (const dir of positionals) {
    const info = await io.stat(dir).catch(() => undefined);
    if (!info) throw new InputError(`corpus folder not found: ${dir}`);
    if (info.kind !== 'directory') throw new InputError(`corpus must be a folder, but ${dir} is a file`);
    const files = (await walker.walk(dir)).map(({ relative }) => ({
      path: relative,
      read: async () => {
        const read = await readTextFile(io, path.join(dir, relative));
        if (read.ok) return read.text;
        problems.push(read.problem);
        return undefined;
      },
    }));
    folders.push({ label: rootLabel(dir), files });
  }
  const { archive } = await openDatabase(url, { requireSources: false });
  let failed = false;
  try {
    for (const { label, files } of folders) {
      const r = await syncRoot(archive, label, files, (m) => progress.update(m), options.batch);
      progress.done();
      warn(io, r.problems);
      failed ||= r.problems.length > 0;
      io.stdout.write(`${label}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed (${r.passages} passages written) in ${archive.where}\n`);
    }
  } catch (error) {
    progress.done();
    throw asInputError(error);
  } finally {
    await archive.close();
  }
  note(io, walker.notes);
  warn(io, problems);
  return failed || problems.length > 0 ? 2 : 0;
}
