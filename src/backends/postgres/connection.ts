/**
 * Opening the archive: a small `pg` pool with connect and statement timeouts (a slow or stopped server is
 * an error, never a hang), and every failure turned into a {@link DatabaseError} whose message names the
 * server by its redacted URL and never holds a credential.
 */
import { Pool, type PoolClient } from 'pg';
import { parseDatabaseConfig, redactUrl, scrub, type DatabaseConfig } from './config';
import { migrate } from './schema';

/** The database failed or cannot be reached. The message is safe to print. */
export class DatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseError';
  }
}

export interface Archive {
  pool: Pool;
  config: DatabaseConfig;
  /** Where, for messages: the URL without credentials. */
  where: string;
  close(): Promise<void>;
}

/** Connects (one round trip, so a dead server fails here, clearly) and brings the schema up to date. */
export async function openArchive(input: unknown, options: { migrate?: boolean } = {}): Promise<Archive> {
  const config = parseDatabaseConfig(input);
  const where = redactUrl(config.url);
  const pool = new Pool({
    connectionString: config.url,
    ...(config.password !== undefined && { password: config.password }),
    max: config.maxConnections,
    connectionTimeoutMillis: config.timeoutMs,
    statement_timeout: config.timeoutMs,
    query_timeout: config.timeoutMs + 1000,
    idleTimeoutMillis: 10_000,
    application_name: 'corroborate',
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const archive: Archive = { pool, config, where, close: () => pool.end().catch(() => undefined) };
  try {
    await withClient(archive, async (client) => {
      if (options.migrate !== false) await migrate(client);
      else await client.query('SELECT 1');
    });
  } catch (error) {
    await archive.close();
    throw error;
  }
  return archive;
}

/** Runs `fn` with a pooled client; any failure becomes a {@link DatabaseError}. */
export async function withClient<T>(archive: Archive, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  let client: PoolClient;
  try {
    client = await archive.pool.connect();
  } catch (error) {
    throw describe(archive, error);
  }
  // A connection that dies while checked out would otherwise emit 'error' with nobody listening.
  const onError = (): void => undefined;
  client.on('error', onError);
  try {
    return await fn(client);
  } catch (error) {
    throw describe(archive, error);
  } finally {
    client.off('error', onError);
    client.release();
  }
}

/** Runs `fn` in one transaction: all of it is written, or none. */
export async function inTransaction<T>(archive: Archive, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  return withClient(archive, async (client) => {
    await client.query('BEGIN');
    try {
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** A readable, credential-free description of a `pg` or network failure. */
export function describe(archive: Pick<Archive, 'config' | 'where'>, error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const e = error as { code?: string; message?: string } | undefined;
  const code = e?.code ?? '';
  const raw = e?.message ?? String(error);
  let message: string;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'ECONNRESET' || /terminat|Connection terminated/i.test(raw)) {
    message = `the database at ${archive.where} is unreachable (${code || 'connection lost'})`;
  } else if (/timeout/i.test(raw) || code === '57014') {
    message = `the database at ${archive.where} did not answer within ${archive.config.timeoutMs} ms`;
  } else if (code === '28P01' || code === '28000') {
    message = `the database at ${archive.where} refused the credentials`;
  } else if (code === '3D000') {
    message = `the database at ${archive.where} does not exist`;
  } else if (code === '57P01' || code === '57P02' || code === '57P03') {
    message = `the database at ${archive.where} is shutting down or starting up`;
  } else {
    message = `database error at ${archive.where}: ${raw}`;
  }
  return new DatabaseError(scrub(message, archive.config));
}
