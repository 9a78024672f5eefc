/**
 * `--database <url>`: the PostgreSQL archive as the CLI's corpus. The URL may leave out the password and
 * let PGPASSWORD supply it (so it is not on the command line). Every database failure is an
 * {@link InputError}-like one-line message without credentials, exit code 2.
 */
import { DATABASE_URL_ENV, DatabaseConfigError, parseDatabaseConfig } from '../backends/postgres/config';
import { DatabaseError, openArchive, type Archive } from '../backends/postgres/connection';
import { PostgresRetriever } from '../backends/postgres/retriever';
import { InputError, UsageError } from './errors';

export { DatabaseError };

/** `--database` text: a URL, or `env` for the URL in CORROBORATE_DATABASE_URL. */
export function resolveDatabaseUrl(flag: string, command: string, env: NodeJS.ProcessEnv = process.env): string {
  const url = flag === 'env' ? env[DATABASE_URL_ENV] : flag;
  if (!url) throw new UsageError(`--database env: ${DATABASE_URL_ENV} is not set`, command);
  try {
    return parseDatabaseConfig({ url }).url;
  } catch (error) {
    throw new UsageError(`--database: ${error instanceof DatabaseConfigError ? error.message : 'invalid URL'}`, command);
  }
}

/** Timeout for one statement or connection attempt, from CORROBORATE_DATABASE_TIMEOUT_MS (default 10 s). */
function timeoutMs(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.CORROBORATE_DATABASE_TIMEOUT_MS;
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/** Opens the archive and its retriever; an unreachable server or an empty archive is an {@link InputError}. */
export async function openDatabase(url: string, options: { requireSources: boolean }): Promise<{ archive: Archive; retriever: PostgresRetriever }> {
  let archive: Archive;
  try {
    archive = await openArchive({ url, ...(timeoutMs() !== undefined && { timeoutMs: timeoutMs() }) });
  } catch (error) {
    throw asInputError(error);
  }
  try {
    const retriever = await new PostgresRetriever(archive).init();
    if (options.requireSources && (await retriever.summary()).sources === 0) {
      throw new InputError(`the archive at ${archive.where} is empty; load it first with "corroborate index <folders> --database <url>"`);
    }
    return { archive, retriever };
  } catch (error) {
    await archive.close();
    throw asInputError(error);
  }
}

/** Database failures are input errors for the CLI: one line, exit code 2. */
export function asInputError(error: unknown): unknown {
  if (error instanceof DatabaseError || error instanceof DatabaseConfigError) return new InputError(error.message);
  return error;
}
