// The corpus seam's contract, held against both backends: the same retrieval cases must give the same top
// passages, in the same order, with the same scores, from the in-process index and from the PostgreSQL
// archive; `check` must give byte-identical reports through either. Needs a server
// (CORROBORATE_TEST_DATABASE_URL); skips with a message without one.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCorpus, corpusRetriever, detectClaims, searchPassages, type Candidate, type InputFile, type PassageRetriever } from '../../../src/engine';
import { openArchive, type Archive } from '../../../src/backends/postgres/connection';
import { PostgresRetriever } from '../../../src/backends/postgres/retriever';
import { cli, repo } from './cli';
import { freshDatabase, requireServer } from './server';
import { TRANSCRIPT } from '../engine/fixtures';

const SAMPLE = 'corpus/sources';
const DEV_DRAFT = path.join(repo, '../shared/eval/dev/draft-dev.md');
const DEV_CORPUS = path.join(repo, '../shared/seeds');

function readFolder(dir: string): InputFile[] {
  return fs.readdirSync(path.join(repo, dir)).sort().map((name) => ({ path: name, root: 0, text: fs.readFileSync(path.join(repo, dir, name), 'utf8') }));
}

/** What must agree: which passage, of which source, in which order, and the score. */
function summary(candidates: readonly Candidate[]) {
  return candidates.map((c) => ({ source: `${c.source.root}:${c.source.id}`, passage: c.passage.id, start: c.passage.start, end: c.passage.end, text: c.passage.text, meta: c.source.meta, score: Number(c.score.toFixed(9)) }));
}

/** Retrieval cases: every sentence the engine takes for a claim in the sample draft, and free queries. */
function retrievalCases(): string[] {
  const draft = fs.readFileSync(path.join(repo, 'corpus/sample-draft.md'), 'utf8');
  const claims = detectClaims(draft, 'markdown', { minCheckworthiness: 0 }).map((c) => c.text);
  return [...claims, 'Putin Trump phone call', 'budget bill passed 220-212', 'Kremlin aide Yury Ushakov', 'ceasefire lasted 48 hours', 'no such words zzqx', '2025'];
}

describe('corpus contract: in-process index and PostgreSQL archive', function () {
  this.timeout(120_000);
  let db: { url: string; drop(): Promise<void> } | undefined;
  let archive: Archive | undefined;
  let local: PassageRetriever;
  let remote: PostgresRetriever;

  before(async function () {
    const server = requireServer(this);
    db = await freshDatabase(server, 'contract');
    const loaded = await cli('index', SAMPLE, '--database', db.url);
    assert.strictEqual(loaded.code, 0, loaded.err);
    archive = await openArchive({ url: db.url });
    remote = await new PostgresRetriever(archive).init();
    local = corpusRetriever(buildCorpus(readFolder(SAMPLE), [SAMPLE]).corpus);
  });

  after(async () => {
    await archive?.close();
    await db?.drop();
  });

  it('has at least ten retrieval cases from the sample draft', () => {
    assert.ok(retrievalCases().length >= 10, String(retrievalCases().length));
  });

  for (const k of [1, 5, 12, 40]) {
    it(`gives the same top ${k} passages for every case`, async () => {
      for (const query of retrievalCases()) {
        assert.deepStrictEqual(summary(await remote.retrieve(query, k)), summary(await local.retrieve(query, k)), query);
      }
    });
  }

  it('leaves out an excluded source in both', async () => {
    const exclude = { root: 0, id: 'call-count.md' };
    for (const query of retrievalCases()) {
      const got = await remote.retrieve(query, 12, { exclude });
      assert.ok(got.every((c) => c.source.id !== exclude.id));
      assert.deepStrictEqual(summary(got), summary(await local.retrieve(query, 12, { exclude })), query);
    }
  });

  it('search lists the same hits through either', async () => {
    for (const query of retrievalCases()) {
      assert.deepStrictEqual(summary(await searchPassages(remote, query, 10)), summary(await searchPassages(local, query, 10)), query);
    }
  });

  it('`check` on the sample draft gives the identical report through either (text, JSON, SARIF)', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const a = await cli('check', 'corpus/sample-draft.md', '--corpus', SAMPLE, '--format', format);
      const b = await cli('check', 'corpus/sample-draft.md', '--database', db!.url, '--format', format);
      assert.strictEqual(a.code, 1, a.err);
      assert.deepStrictEqual(b, a, format);
    }
  });

  it('`search` prints the identical list through either', async () => {
    for (const query of ['Putin Trump call lasted', 'budget bill vote']) {
      const a = await cli('search', query, '--corpus', SAMPLE, '--format', 'json');
      const b = await cli('search', query, '--database', db!.url, '--format', 'json');
      assert.deepStrictEqual(b, a, query);
    }
  });

  it('`search --input` answers a batch of queries with the identical lines through either, and times it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-contract-'));
    try {
      const input = path.join(dir, 'queries.jsonl');
      fs.writeFileSync(input, retrievalCases().map((query, id) => JSON.stringify({ id, query })).join('\n') + '\n');
      const a = await cli('search', '--input', input, '--corpus', SAMPLE, '--top', '5');
      const b = await cli('search', '--input', input, '--database', db!.url, '--top', '5', '--timing');
      assert.strictEqual(b.code, 0, b.err);
      assert.strictEqual(b.out, a.out);
      assert.match(b.err.trim().split('\n').pop() ?? '', /^timing: archive opened in \d+ ms; \d+ queries: p50 [\d.]+ ms, p95 [\d.]+ ms$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('`check` on the dev draft gives identical verdicts through either (needs ../shared)', async function () {
    if (!fs.existsSync(DEV_DRAFT) || !fs.existsSync(DEV_CORPUS)) this.skip();
    const own = await freshDatabase(requireServer(this), 'dev');
    try {
      const loaded = await cli('index', DEV_CORPUS, '--database', own.url);
      assert.strictEqual(loaded.code, 0, loaded.err);
      const a = await cli('check', DEV_DRAFT, '--corpus', DEV_CORPUS, '--format', 'json', '--fail-on', 'never');
      const b = await cli('check', DEV_DRAFT, '--database', own.url, '--format', 'json', '--fail-on', 'never');
      assert.strictEqual(a.code, 0, a.err);
      assert.ok(JSON.parse(a.out).summary.claims > 5);
      assert.deepStrictEqual(b, a);
    } finally {
      await own.drop();
    }
  });
});

describe('corpus contract: a transcript through either backend', function () {
  this.timeout(120_000);

  it("gives each passage its speaker's turn, and judges a claim that credits the speaker alike", async function () {
    const db = await freshDatabase(requireServer(this), 'turns');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-turns-'));
    let archive: Archive | undefined;
    try {
      fs.mkdirSync(path.join(dir, 'corpus'));
      fs.writeFileSync(path.join(dir, 'corpus', 'forum.txt'), TRANSCRIPT);
      fs.writeFileSync(path.join(dir, 'draft.md'), 'Osei said the council had hired thirty engineers for the work.\n');
      const loaded = await cli('index', path.join(dir, 'corpus'), '--database', db.url);
      assert.strictEqual(loaded.code, 0, loaded.err);
      archive = await openArchive({ url: db.url });
      const remote = await new PostgresRetriever(archive).init();
      const local = corpusRetriever(buildCorpus([{ path: 'forum.txt', root: 0, text: TRANSCRIPT }], [path.join(dir, 'corpus')]).corpus);
      for (const query of ['hired thirty engineers', 'rebuild the dam', 'Riverton forum']) {
        const turns = async (r: PassageRetriever): Promise<(string | undefined)[]> => (await r.retrieve(query, 5)).map((c) => c.passage.turn);
        assert.deepStrictEqual(await turns(remote), await turns(local), query);
      }
      assert.deepStrictEqual((await remote.retrieve('hired thirty engineers', 1)).map((c) => c.passage.turn), ['OSEI']);
      const a = await cli('check', path.join(dir, 'draft.md'), '--corpus', path.join(dir, 'corpus'), '--format', 'json', '--fail-on', 'never');
      const b = await cli('check', path.join(dir, 'draft.md'), '--database', db.url, '--format', 'json', '--fail-on', 'never');
      assert.strictEqual(a.code, 0, a.err);
      assert.deepStrictEqual(JSON.parse(b.out).files[0].claims.map((c: { verdict: string }) => c.verdict), ['supported']);
      assert.deepStrictEqual(JSON.parse(b.out).files[0].claims, JSON.parse(a.out).files[0].claims);
    } finally {
      await archive?.close();
      await db.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
