// The archive failing: a server that is down, one that stops in the middle of a check or a load, and a
// reload after changes. A stop must give one clear line and exit code 2, print no report (never an empty
// "supported"), and leave the archive whole: its statistics always equal what its rows say.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { cli, repo } from './cli';
import { cuttableProxy } from './proxy';
import { freshDatabase, requireServer } from './server';

/** The archive's bookkeeping agrees with its rows: passage count, total length and every document frequency. */
async function assertConsistent(url: string): Promise<{ sources: number; passages: number }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: [stats] } = await c.query('SELECT passages::int AS passages, total_length::int AS total, (SELECT count(*)::int FROM passages) AS counted, (SELECT coalesce(sum(length), 0)::int FROM passages) AS summed, (SELECT count(*)::int FROM sources) AS sources FROM corpus_stats');
    assert.strictEqual(stats.passages, stats.counted, 'corpus_stats.passages');
    assert.strictEqual(stats.total, stats.summed, 'corpus_stats.total_length');
    const { rows: wrong } = await c.query(
      `WITH real AS (SELECT w AS term, count(*)::int AS df FROM passages, unnest(tsvector_to_array(terms)) w GROUP BY w)
       SELECT coalesce(r.term, t.term) AS term, r.df AS real, t.df AS kept
         FROM real r FULL JOIN (SELECT * FROM term_stats WHERE df > 0) t ON t.term = r.term
        WHERE r.df IS DISTINCT FROM t.df`,
    );
    assert.deepStrictEqual(wrong, [], 'term_stats.df');
    const { rows: orphans } = await c.query('SELECT count(*)::int AS n FROM sources s WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.source_id = s.id)');
    assert.strictEqual(orphans[0].n, 0, 'every source has its passages');
    return { sources: stats.sources, passages: stats.passages };
  } finally {
    await c.end();
  }
}

describe('PostgreSQL archive: loading again, and failures', function () {
  this.timeout(120_000);
  let server: string;
  let db: { url: string; drop(): Promise<void> } | undefined;
  let tmp: string;

  before(async function () {
    server = requireServer(this);
    db = await freshDatabase(server, 'failures');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-pg-'));
    fs.cpSync(path.join(repo, 'corpus/sources'), path.join(tmp, 'sources'), { recursive: true });
  });

  after(async () => {
    await db?.drop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('is idempotent by content hash: unchanged files are skipped, a changed one rewritten, a deleted one removed', async () => {
    const folder = path.join(tmp, 'sources');
    const first = await cli('index', folder, '--database', db!.url);
    assert.strictEqual(first.code, 0, first.err);
    assert.match(first.out, /11 added, 0 updated, 0 unchanged, 0 removed/);
    const full = await assertConsistent(db!.url);
    const again = await cli('index', folder, '--database', db!.url);
    assert.match(again.out, /0 added, 0 updated, 11 unchanged, 0 removed \(0 passages written\)/);
    fs.appendFileSync(path.join(folder, 'call-count.md'), '\nThe next call is planned for September, the Kremlin said.\n');
    fs.rmSync(path.join(folder, 'parade-guests.md'));
    const changed = await cli('index', folder, '--database', db!.url);
    assert.match(changed.out, /0 added, 1 updated, 9 unchanged, 1 removed/);
    const after = await assertConsistent(db!.url);
    assert.strictEqual(after.sources, full.sources - 1);
  });

  it('a server that is down: one clear line, exit code 2, no report', async () => {
    const down = new URL(server);
    down.port = '1';
    down.pathname = '/nothing';
    for (const args of [['check', 'corpus/sample-draft.md'], ['search', 'Putin'], ['index', 'corpus/sources']]) {
      const r = await cli(...args, '--database', down.toString());
      assert.strictEqual(r.code, 2, r.err);
      assert.strictEqual(r.out, '', 'nothing on stdout');
      assert.match(r.err, /^corroborate: error: the database at postgres:\/\/\*\*\*@127\.0\.0\.1:1\/nothing is unreachable/);
      assert.strictEqual(r.err.trim().split('\n').length, 1, r.err);
    }
  });

  it('an empty archive is an error, never an empty "supported"', async () => {
    const empty = await freshDatabase(server, 'empty');
    try {
      const r = await cli('check', 'corpus/sample-draft.md', '--database', empty.url);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.out, '');
      assert.match(r.err, /archive at .* is empty; load it first/);
    } finally {
      await empty.drop();
    }
  });

  it('the server stopping in the middle of a check: exit code 2, a clear error, no report', async () => {
    // Cut once the schema check and the first retrievals have come back: the check is under way.
    let answers = 0;
    const proxy = await cuttableProxy(db!.url, (p) => {
      if (++answers === 12) void p.cut();
    });
    const r = await cli('check', 'corpus/sample-draft.md', '--database', proxy.url, '--format', 'json');
    await proxy.cut();
    assert.ok(answers >= 12, `the cut came mid-check (${answers} answers)`);
    assert.strictEqual(r.code, 2, r.err);
    assert.strictEqual(r.out, '', 'no report, not even a partial one');
    assert.match(r.err, /^corroborate: error: the database at postgres:\/\/\*\*\*@127\.0\.0\.1:\d+\/\S+ is unreachable/);
  });

  it('the server stopping in the middle of a load leaves whole batches, and the next load completes it', async () => {
    const own = await freshDatabase(server, 'midload');
    try {
      let answers = 0;
      let cutAt = -1;
      const proxy = await cuttableProxy(own.url, (p) => {
        answers++;
        // After the migration and a few one-file batches have been committed.
        if (cutAt < 0 && answers > 40) {
          cutAt = answers;
          void p.cut();
        }
      });
      const r = await cli('index', 'corpus/sources', '--database', proxy.url, '--batch', '1');
      await proxy.cut();
      assert.strictEqual(r.code, 2, `${r.out}${r.err}`);
      assert.match(r.err, /unreachable/);
      const part = await assertConsistent(own.url);
      assert.ok(part.sources > 0 && part.sources < 11, `some whole batches were written (${part.sources} sources)`);
      const rest = await cli('index', 'corpus/sources', '--database', own.url);
      assert.strictEqual(rest.code, 0, rest.err);
      assert.match(rest.out, new RegExp(`${11 - part.sources} added, 0 updated, ${part.sources} unchanged, 0 removed`));
      assert.strictEqual((await assertConsistent(own.url)).sources, 11);
    } finally {
      await own.drop();
    }
  });
});
