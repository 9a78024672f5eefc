// No credential in any output: every command, in every outcome (success, wrong password, unreachable
// server, bad URL), is run with a recognisable password, and every byte printed is searched for it.
import * as assert from 'assert';
import { Client } from 'pg';
import { redactUrl, scrub } from '../../../src/backends/postgres/config';
import { cli } from './cli';
import { freshDatabase, passwordOf, requireServer } from './server';

describe('PostgreSQL credentials never appear in output', function () {
  this.timeout(120_000);

  it('redacts user and password from URLs in messages', () => {
    assert.strictEqual(redactUrl('postgres://ed:S3cret%21@db.example:5432/news'), 'postgres://***@db.example:5432/news');
    assert.strictEqual(redactUrl('postgresql://db.example/news'), 'postgresql://db.example/news');
    assert.strictEqual(scrub('failed for postgres://ed:S3cret!@h/x with S3cret!', { url: 'postgres://ed:S3cret!@h/x', password: 'S3cret!' }), 'failed for *** with ***');
  });

  it('no output of index, check, search or their failures contains the password', async function () {
    const server = requireServer(this);
    const db = await freshDatabase(server, 'secrets');
    // A role of its own with a recognisable password, so the test does not depend on the server's.
    const password = `Pw-${Date.now()}-never-print-me`;
    const role = `corroborate_secret_${Date.now()}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
      await admin.query(`GRANT ALL ON DATABASE ${new URL(db.url).pathname.slice(1)} TO ${role}`);
      const owner = new Client({ connectionString: db.url });
      await owner.connect();
      await owner.query(`GRANT ALL ON SCHEMA public TO ${role}`);
      await owner.end();
      const url = new URL(db.url);
      url.username = role;
      url.password = password;
      const wrong = new URL(url);
      wrong.password = `${password}-wrong`;
      const down = new URL(url);
      down.port = '1';
      const outputs: string[] = [];
      const runs = [
        ['index', 'corpus/sources', '--database', url.toString(), '--verbose'],
        ['check', 'corpus/sample-draft.md', '--database', url.toString(), '--verbose'],
        ['check', 'corpus/sample-draft.md', '--database', url.toString(), '--format', 'json'],
        ['check', 'corpus/sample-draft.md', '--database', url.toString(), '--format', 'sarif'],
        ['search', 'Putin Trump', '--database', url.toString(), '--format', 'json'],
        ['check', 'corpus/sample-draft.md', '--database', wrong.toString(), '--verbose'],
        ['search', 'Putin', '--database', down.toString()],
        ['index', 'corpus/sources', '--database', wrong.toString()],
        ['check', 'corpus/sample-draft.md', '--database', `${url.toString()}?sslmode=bogus`],
        ['check', 'corpus/sample-draft.md', '--database', url.toString().replace('postgres:', 'mysql:')],
      ];
      for (const args of runs) {
        const r = await cli(...args);
        outputs.push(r.out, r.err);
      }
      const wrongRun = await cli('check', 'corpus/sample-draft.md', '--database', wrong.toString());
      assert.match(wrongRun.err, /refused the credentials/);
      assert.strictEqual(wrongRun.code, 2);
      const all = outputs.join('\n');
      assert.ok(all.includes('contested'), 'the successful runs did print reports');
      assert.ok(!all.includes(password), 'the password appears in an output');
      assert.ok(!all.includes(passwordOf(url.toString())));
      assert.ok(!all.includes(encodeURIComponent(password)));
    } finally {
      await admin.query(`REASSIGN OWNED BY ${role} TO CURRENT_USER`).catch(() => undefined);
      await db.drop();
      await admin.query(`DROP OWNED BY ${role}`).catch(() => undefined);
      await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
      await admin.end();
    }
  });
});
