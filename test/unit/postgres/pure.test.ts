// The PostgreSQL adapter's pure parts, run without a server: tsvector literals, the match budget, URL
// validation and redaction, the editor setting that refuses a password, and the CLI's option rules.
import * as assert from 'node:assert/strict';
import { databaseUrlSchema, parseDatabaseConfig } from '../../../src/backends/postgres/config';
import { MATCH_BUDGET, matchWords } from '../../../src/backends/postgres/retriever';
import { frequencyOf, toTsquery, toTsvector } from '../../../src/backends/postgres/tsvector';
import { settingsShape } from '../../../src/extension/settingsSchema';
import { run } from '../../../src/cli/run';
import { fakeIo } from '../cli/fakeIo';

describe('PostgreSQL adapter (no server)', () => {
  it('writes weighted tsvector and tsquery literals, escaping quotes and backslashes', () => {
    const v = toTsvector([
      { norm: 'putin', focus: true, anchor: true },
      { norm: 'call', focus: true, anchor: false },
      { norm: "o'neil", focus: false, anchor: true },
      { norm: 'a\\b', focus: false, anchor: false },
      { norm: 'call', focus: false, anchor: false },
    ]);
    assert.equal(v, "'putin':1A 'call':2B,5 'o''neil':3C 'a\\\\b':4");
    assert.equal(toTsquery(['putin', "o'neil"]), "'putin' | 'o''neil'");
    assert.equal(frequencyOf(['A', 'B', 'C', 'D']), 6);
  });

  it('matches the rarest words within the budget, and always at least two', () => {
    assert.deepEqual(matchWords(new Map([['said', MATCH_BUDGET], ['ushakov', 3], ['kremlin', 40]])), ['ushakov', 'kremlin']);
    assert.deepEqual(matchWords(new Map([['a', MATCH_BUDGET], ['b', MATCH_BUDGET]])), ['a', 'b']);
    assert.deepEqual(matchWords(new Map([['x', 5], ['y', 6], ['z', 7]])), ['x', 'y', 'z']);
  });

  it('accepts postgres URLs only, and says why without echoing the URL', () => {
    assert.ok(databaseUrlSchema.safeParse('postgres://ed@db:5432/news').success);
    assert.ok(databaseUrlSchema.safeParse('postgresql://db/news').success);
    for (const bad of ['', 'db:5432', 'mysql://ed:pw@db/news', 'http://db/news']) assert.ok(!databaseUrlSchema.safeParse(bad).success, bad);
    assert.throws(() => parseDatabaseConfig({ url: 'mysql://ed:SeCrEt@db/x' }), (e: Error) => !e.message.includes('SeCrEt'));
  });

  it('the editor setting refuses a URL with a password', () => {
    assert.equal(settingsShape.database.parse(''), '');
    assert.equal(settingsShape.database.parse('postgres://ed@db/news'), 'postgres://ed@db/news');
    assert.ok(!settingsShape.database.safeParse('postgres://ed:pw@db/news').success);
    assert.ok(!settingsShape.database.safeParse('not a url').success);
  });

  it('the CLI wants --corpus or --database, not both, and index needs --database', async () => {
    const cases: [string[], RegExp][] = [
      [['check', 'd.md', '--corpus', 'c', '--database', 'postgres://h/db'], /not both/],
      [['check', 'd.md'], /--corpus <dir> is required .*or --database/],
      [['search', 'q', '--corpus', 'c', '--database', 'postgres://h/db'], /not both/],
      [['index', 'c'], /--database <url> is required/],
      [['index', 'c', '--database', 'mysql://h/db'], /postgres:\/\//],
      [['index'], /no corpus folders/],
    ];
    for (const [argv, message] of cases) {
      const io = fakeIo({});
      assert.equal(await run(argv, io), 2, argv.join(' '));
      assert.match(io.err(), message, argv.join(' '));
    }
    const saved = process.env.CORROBORATE_DATABASE_URL;
    delete process.env.CORROBORATE_DATABASE_URL;
    try {
      const io = fakeIo({});
      assert.equal(await run(['search', 'q', '--database', 'env'], io), 2);
      assert.match(io.err(), /CORROBORATE_DATABASE_URL is not set/);
    } finally {
      if (saved !== undefined) process.env.CORROBORATE_DATABASE_URL = saved;
    }
  });
});
