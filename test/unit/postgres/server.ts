/**
 * The PostgreSQL server the contract tests use: CORROBORATE_TEST_DATABASE_URL (what .ci/run exports after
 * starting a private server). Each suite gets a database of its own, created here and dropped after.
 * Without the variable, the suites skip and say why.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEST_URL_ENV = 'CORROBORATE_TEST_DATABASE_URL';

export function testServerUrl(): string | undefined {
  return process.env[TEST_URL_ENV] || undefined;
}

/** Skips the suite with a clear message when no server is given. */
export function requireServer(ctx: Mocha.Context): string {
  const url = testServerUrl();
  if (!url) {
    console.log(`      (skipped: set ${TEST_URL_ENV}=postgres://user:password@host:port/db to run the PostgreSQL contract tests; .ci/run does)`);
    ctx.skip();
  }
  return url as string;
}

/** A fresh, empty database on the test server; `drop()` removes it. */
export async function freshDatabase(serverUrl: string, label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `corroborate_${label}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** The password in a URL (what no output may contain). */
export function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url).password);
}
