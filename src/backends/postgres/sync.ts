/**
 * Loading a corpus folder into the archive, idempotently: a file whose text hashes the same as its archived
 * version is skipped, a new or changed one is (re)written, and an archived file no longer in the folder is
 * deleted. Files are read and written in batches; each batch is one transaction that also keeps the term
 * and length statistics exact, so a load that stops part way (the server gone, Ctrl-C) leaves whole
 * batches and nothing half-written, and running it again finishes the job.
 */
import { createHash } from 'node:crypto';
import { archivePassages, buildCorpus, type CorpusProblem, type InputFile, type Source } from '../../engine';
import { inTransaction, withClient, type Archive } from './connection';
import { toTsvector } from './tsvector';
import type { PoolClient } from 'pg';

/** Files read at once. */
const READ_AHEAD = 32;

/** Files written per transaction. */
export const BATCH_FILES = 200;

/** What a sync did. */
export interface SyncResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  passages: number;
  problems: CorpusProblem[];
}

/** A file of the folder: its path relative to the folder, and how to read it (undefined: unreadable, reported by the reader). */
export interface SyncInput {
  path: string;
  read(): Promise<string | undefined>;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Makes the archive's copy of the folder labelled `root` match `files`. `label` is how problems name the
 * folder (as the user typed it); `progress` gets a line per batch.
 */
export async function syncRoot(archive: Archive, root: string, files: readonly SyncInput[], progress: (message: string) => void = () => undefined, batchFiles = BATCH_FILES): Promise<SyncResult> {
  const result: SyncResult = { added: 0, updated: 0, unchanged: 0, removed: 0, passages: 0, problems: [] };
  const archived = new Map<string, string>();
  const { rows } = await withClient(archive, (c) => c.query<{ path: string; content_hash: string }>('SELECT path, content_hash FROM sources WHERE root = $1', [root]));
  for (const r of rows) archived.set(r.path, r.content_hash);

  const keep = new Set<string>();
  let pending: { file: InputFile; hash: string }[] = [];
  // One batch is written while the next is read and prepared: the database and the engine work at once.
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const prepared = prepareBatch(root, batch);
    await writing;
    writing = writeBatch(archive, root, batch.map((b) => b.file.path), prepared).then((written) => {
      for (const { file } of batch) {
        if (archived.has(file.path)) result.updated++;
        else result.added++;
      }
      result.passages += written;
      result.problems.push(...prepared.problems);
    });
    // A failed write must stop the load at once, not after the next batch is prepared.
    writing.catch(() => undefined);
  };

  // Files are read a few at a time (reads wait on the disk, not the processor), hashed and batched in order.
  for (let from = 0; from < files.length; from += READ_AHEAD) {
    const chunk = files.slice(from, from + READ_AHEAD);
    const texts = await Promise.all(chunk.map((f) => f.read()));
    for (const [j, file] of chunk.entries()) {
      const text = texts[j];
      // An unreadable file keeps its archived version: a passing read error must not empty the archive.
      keep.add(file.path);
      if (text === undefined) continue;
      const hash = contentHash(text);
      if (archived.get(file.path) === hash) {
        result.unchanged++;
      } else {
        pending.push({ file: { path: file.path, text }, hash });
        if (pending.length >= batchFiles) await flush();
      }
    }
    progress(`indexing ${root}: ${Math.min(from + READ_AHEAD, files.length)}/${files.length} files read, ${result.added + result.updated} written`);
  }
  await flush();
  await writing;

  const gone = [...archived.keys()].filter((p) => !keep.has(p));
  for (let i = 0; i < gone.length; i += batchFiles) {
    await inTransaction(archive, (c) => deleteSources(c, root, gone.slice(i, i + batchFiles)));
  }
  result.removed = gone.length;
  await withClient(archive, (c) => c.query('DELETE FROM term_stats WHERE df <= 0'));
  return result;
}

/** Rows of one batch, ready to insert. */
interface PreparedBatch {
  problems: CorpusProblem[];
  sources: Source[];
  hashOf: Map<string, string>;
  passages: { sourcePath: string; start: number; end: number; fs: number; fe: number; text: string; length: number; terms: string; turn: string | null }[];
  df: Map<string, number>;
  totalLength: number;
}

/** The engine's work for a batch: metadata, passages and their weighted terms. */
function prepareBatch(root: string, batch: { file: InputFile; hash: string }[]): PreparedBatch {
  const { corpus, problems } = buildCorpus(batch.map((b) => b.file), [root]);
  const indicesOf = new Map<Source, number[]>();
  corpus.sourceOf.forEach((s, i) => {
    const list = indicesOf.get(s);
    if (list) list.push(i);
    else indicesOf.set(s, [i]);
  });
  const prepared: PreparedBatch = { problems, sources: corpus.sources, hashOf: new Map(batch.map((b) => [b.file.path, b.hash])), passages: [], df: new Map(), totalLength: 0 };
  for (const source of corpus.sources) {
    const passages = (indicesOf.get(source) ?? []).map((i) => corpus.passages.at(i));
    archivePassages(source, passages).forEach((a, j) => {
      const p = passages[j];
      prepared.passages.push({ sourcePath: source.id, start: p.start, end: p.end, fs: p.focus.start, fe: p.focus.end, text: p.text, length: a.length, terms: toTsvector(a.terms), turn: p.turn ?? null });
      prepared.totalLength += a.length;
      for (const w of new Set(a.terms.map((t) => t.norm))) prepared.df.set(w, (prepared.df.get(w) ?? 0) + 1);
    });
  }
  return prepared;
}

/** One transaction: old versions out, new versions in, statistics adjusted. Returns the passages written. */
async function writeBatch(archive: Archive, root: string, paths: string[], b: PreparedBatch): Promise<number> {
  return inTransaction(archive, async (client) => {
    // A file that no longer loads (bad front matter) loses its old version too: the folder is the truth.
    await deleteSources(client, root, paths);
    if (b.sources.length === 0) return 0;
    const s = b.sources;
    const inserted = await client.query<{ id: string; path: string }>(
      `INSERT INTO sources (root, path, url, title, outlet, published, reliability, content_hash, body)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::smallint[], $8::text[], $9::text[])
       RETURNING id, path`,
      [
        root,
        s.map((x) => x.id),
        s.map((x) => x.meta.url ?? null),
        s.map((x) => x.meta.title),
        s.map((x) => x.meta.outlet ?? null),
        s.map((x) => x.meta.date ?? null),
        s.map((x) => x.meta.reliability ?? null),
        s.map((x) => b.hashOf.get(x.id) ?? ''),
        s.map((x) => x.text),
      ],
    );
    const idOf = new Map(inserted.rows.map((r) => [r.path, r.id]));
    const p = b.passages;
    await client.query(
      `INSERT INTO passages (source_id, start_at, end_at, focus_start, focus_end, text, length, terms, turn)
       SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::int[], $8::tsvector[], $9::text[])`,
      [p.map((x) => idOf.get(x.sourcePath) ?? ''), p.map((x) => x.start), p.map((x) => x.end), p.map((x) => x.fs), p.map((x) => x.fe), p.map((x) => x.text), p.map((x) => x.length), p.map((x) => x.terms), p.map((x) => x.turn)],
    );
    // Sorted, so that two loaders running at once take row locks in one order and never deadlock.
    const terms = [...b.df.keys()].sort();
    await client.query(
      `INSERT INTO term_stats (term, df) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (term) DO UPDATE SET df = term_stats.df + excluded.df`,
      [terms, terms.map((t) => b.df.get(t) ?? 0)],
    );
    await client.query('UPDATE corpus_stats SET passages = passages + $1, total_length = total_length + $2 WHERE id = 1', [p.length, b.totalLength]);
    return p.length;
  });
}

/** Deletes the named sources of a root with their passages, and takes them out of the statistics. */
async function deleteSources(client: PoolClient, root: string, paths: readonly string[]): Promise<void> {
  await client.query(
    `WITH old AS (
       SELECT p.length, p.terms FROM passages p JOIN sources s ON s.id = p.source_id WHERE s.root = $1 AND s.path = ANY($2::text[])
     ), dec AS (
       SELECT w AS term, count(*) AS n FROM old, unnest(tsvector_to_array(old.terms)) w GROUP BY w
     ), terms AS (
       UPDATE term_stats t SET df = t.df - dec.n FROM dec WHERE t.term = dec.term RETURNING 1
     ), totals AS (
       UPDATE corpus_stats SET passages = passages - (SELECT count(*) FROM old), total_length = total_length - (SELECT coalesce(sum(length), 0) FROM old) WHERE id = 1 RETURNING 1
     )
     DELETE FROM sources WHERE root = $1 AND path = ANY($2::text[])`,
    [root, paths],
  );
}
