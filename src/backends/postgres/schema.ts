/**
 * The archive's schema, as numbered migrations applied in order under an advisory lock, so that two
 * loaders starting at once migrate once. `corroborate_schema` remembers the version reached.
 *
 * sources   one row per article: where it is (root folder label + path, or a URL), its metadata, the
 *           SHA-256 of its text (what `index` compares to skip unchanged files) and the text itself, so
 *           reports can give line and column and editors can show the article.
 * passages  one row per central sentence, with offsets into the source text, `terms`, a weighted
 *           tsvector (see tsvector.ts) under a GIN index, and `turn`, the speaker of a transcript's turn.
 * term_stats, corpus_stats
 *           document frequencies and passage count / total length, kept exact by every load in the same
 *           transaction, for BM25 over the candidate pool.
 */
import type { ClientBase } from 'pg';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE sources (
     id           bigserial PRIMARY KEY,
     root         text NOT NULL,
     path         text NOT NULL,
     url          text,
     title        text NOT NULL,
     outlet       text,
     published    text,
     reliability  smallint CHECK (reliability BETWEEN 1 AND 3),
     content_hash text NOT NULL,
     body         text NOT NULL,
     indexed_at   timestamptz NOT NULL DEFAULT now(),
     UNIQUE (root, path)
   );
   CREATE INDEX sources_hash ON sources (content_hash);
   CREATE TABLE passages (
     id          bigserial PRIMARY KEY,
     source_id   bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
     start_at    integer NOT NULL,
     end_at      integer NOT NULL,
     focus_start integer NOT NULL,
     focus_end   integer NOT NULL,
     text        text NOT NULL,
     length      integer NOT NULL,
     terms       tsvector NOT NULL
   );
   CREATE INDEX passages_terms ON passages USING gin (terms);
   CREATE INDEX passages_source ON passages (source_id);
   CREATE TABLE term_stats (term text PRIMARY KEY, df integer NOT NULL);
   CREATE TABLE corpus_stats (
     id integer PRIMARY KEY CHECK (id = 1),
     passages bigint NOT NULL,
     total_length bigint NOT NULL
   );
   INSERT INTO corpus_stats VALUES (1, 0, 0);`,
  // The transcript speaker whose turn is under way where a passage starts (Passage.turn). Passages written
  // before have none, so every source is marked changed: the next `index` writes its passages again.
  `ALTER TABLE passages ADD COLUMN turn text;
   UPDATE sources SET content_hash = '';`,
];

/** The schema version this build writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Arbitrary constant naming the migration lock. */
const MIGRATION_LOCK = 72_011_011;

/** Applies missing migrations; each in its own transaction. Returns the versions applied. */
export async function migrate(client: ClientBase): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS corroborate_schema (version integer NOT NULL)');
    const current = await schemaVersion(client);
    if (current > SCHEMA_VERSION) throw new Error(`the database has schema version ${current}, newer than this Corroborate (${SCHEMA_VERSION}); upgrade Corroborate`);
    const applied: number[] = [];
    for (let v = current + 1; v <= SCHEMA_VERSION; v++) {
      await client.query('BEGIN');
      try {
        await client.query(MIGRATIONS[v - 1]);
        await client.query('DELETE FROM corroborate_schema');
        await client.query('INSERT INTO corroborate_schema VALUES ($1)', [v]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(v);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/** The version reached, 0 for an empty database. */
export async function schemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>("SELECT to_regclass('corroborate_schema') AS t");
  if (!exists.rows[0]?.t) return 0;
  const { rows } = await client.query<{ version: number }>('SELECT version FROM corroborate_schema');
  return rows[0]?.version ?? 0;
}
