/**
 * Database configuration, validated with zod: a `postgres://` URL from `--database`, the
 * CORROBORATE_DATABASE_URL environment variable or the editor's setting. The password may come separately
 * (the editor keeps it in SecretStorage, never in settings). Nothing here ever prints a password:
 * {@link redactUrl} is what logs, errors and reports show.
 */
import { z } from 'zod';

/** The environment variable the CLI, the tests and the scale script read. */
export const DATABASE_URL_ENV = 'CORROBORATE_DATABASE_URL';

export const databaseUrlSchema = z
  .string()
  .trim()
  .min(1, { error: 'the database URL is empty' })
  .refine((s) => URL.canParse(s), { error: 'the database URL is not a URL (expected postgres://user@host:port/database)' })
  .refine((s) => !URL.canParse(s) || /^postgres(?:ql)?:$/.test(new URL(s).protocol), { error: 'the database URL must start with postgres:// or postgresql://' })
  .refine((s) => !URL.canParse(s) || new URL(s).hostname !== '' || new URL(s).searchParams.has('host'), { error: 'the database URL names no host' });

export const databaseConfigSchema = z.object({
  url: databaseUrlSchema,
  /** Replaces any password in the URL (the editor passes the SecretStorage one here). */
  password: z.string().optional(),
  /** Longest wait to connect, and for one statement, in milliseconds. */
  timeoutMs: z.number().int().min(100).max(600_000).default(10_000),
  /** Most connections one process opens. */
  maxConnections: z.number().int().min(1).max(100).default(4),
});

export type DatabaseConfig = z.infer<typeof databaseConfigSchema>;

/** Validates a configuration; the first issue becomes the error message, which never contains the URL. */
export function parseDatabaseConfig(input: unknown): DatabaseConfig {
  const parsed = databaseConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new DatabaseConfigError(parsed.error.issues[0]?.message ?? 'invalid database configuration');
}

export class DatabaseConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseConfigError';
  }
}

/** The URL with user and password replaced, fit for logs and messages: `postgres://***@host:5432/db`. */
export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return '(unparsable database URL)';
  const u = new URL(url);
  const auth = u.username || u.password ? '***@' : '';
  return `${u.protocol}//${auth}${u.host}${u.pathname}`;
}

/** Removes every occurrence of the secrets (the password, the full URL) from a message. */
export function scrub(message: string, config: Pick<DatabaseConfig, 'url' | 'password'>): string {
  let out = message;
  const secrets = [config.url, config.password, URL.canParse(config.url) ? decodeURIComponent(new URL(config.url).password) : undefined];
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return out;
}
