// `search --input` and `--cache`, on real temporary folders (nothing under the repository is touched):
// batch answers, bad lines, and a persisted index that is reused, updated per file, and rebuilt when it is
// corrupt or from another build, with results always equal to an uncached run.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIo } from '../../../src/cli/io';
import { nodeIo } from '../../../src/cli/node-io';
import { run } from '../../../src/cli/run';

const VOTE = 'The Brookhaven town council approved the harbour plan by a 7-2 vote on Tuesday evening. Treasurer Maria Okafor said it will cost $12.4 million.\n';
const LIBRARY = 'The Brookhaven council rejected a proposal to close the east branch library during its March meeting.\n';
const QUERIES = [
  { id: 'q1', query: 'harbour plan 7-2 vote' },
  { id: 2, query: 'east branch library' },
].map((q) => JSON.stringify(q)).join('\n');

async function runWith(argv: string[], build = 'build-a', change: Partial<CliIo> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { ...nodeIo(), buildId: async () => build, stdout: { write: (t) => void (out += t) }, stderr: { write: (t) => void (err += t) }, ...change };
  return { code: await run(argv, io), out, err };
}

/**
 * The real file system, except that every file seems to have last changed long ago (a file written by the test
 * a moment ago is too recent for its stamp to be trusted), with `frozen` files keeping the stamp they had
 * first; and a log of the files read.
 */
function oldFilesIo(frozen: readonly string[] = [], settledMs = 0): { change: Partial<CliIo>; read: string[] } {
  const real = nodeIo();
  const read: string[] = [];
  const first = new Map<string, string>();
  return {
    read,
    change: {
      stat: async (file) => {
        const info = await real.stat(file);
        if (!info?.stamp) return info;
        const key = frozen.includes(path.basename(file)) ? (first.get(file) ?? info.stamp.key) : info.stamp.key;
        first.set(file, key);
        return { ...info, stamp: { key, settledMs } };
      },
      readFile: async (file) => (read.push(path.basename(file)), real.readFile(file)),
      readFileNow: (file) => (read.push(path.basename(file)), fs.readFileSync(file)),
    },
  };
}

describe('corroborate search --input and --cache', () => {
  let dir: string;
  let corpus: string;
  let cache: string;
  let queries: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cache-test-'));
    corpus = path.join(dir, 'corpus');
    cache = path.join(dir, 'cache');
    queries = path.join(dir, 'queries.jsonl');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'vote.txt'), VOTE);
    fs.writeFileSync(path.join(corpus, 'library.txt'), LIBRARY);
    fs.writeFileSync(queries, `${QUERIES}\n`);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const search = (...extra: string[]) => runWith(['search', '--input', queries, '--corpus', corpus, ...extra]);
  const answers = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

  it('answers one line per query with source, offsets and score', async () => {
    const { code, out, err } = await search('--top', '1');
    assert.strictEqual(code, 0, err);
    const [a, b] = answers(out);
    assert.deepStrictEqual(Object.keys(a), ['id', 'results']);
    assert.strictEqual(a.id, 'q1');
    assert.strictEqual(b.id, 2);
    assert.strictEqual(a.results.length, 1);
    assert.strictEqual(a.results[0].source, 'vote.txt');
    assert.strictEqual(b.results[0].source, 'library.txt');
    assert.deepStrictEqual(Object.keys(a.results[0]), ['source', 'start', 'end', 'score']);
    assert.ok(VOTE.slice(a.results[0].start, a.results[0].end).includes('7-2 vote'));
  });

  it('reports a bad line by number and still answers the others; --timing ends stderr with p50 and p95', async () => {
    fs.writeFileSync(queries, `${JSON.stringify({ id: 'a', query: 'east branch library' })}\nnot json\n{"id":"c"}\n{"id":"d","query":"  "}\n${JSON.stringify({ id: 'e', query: 'harbour' })}\n`);
    const { code, out, err } = await search('--timing');
    assert.strictEqual(code, 2);
    assert.deepStrictEqual(answers(out).map((a) => a.id), ['a', 'e']);
    assert.match(err, /queries\.jsonl:2: not valid JSON/);
    assert.match(err, /queries\.jsonl:3: "query" must be a string/);
    assert.match(err, /queries\.jsonl:4: "query" is empty/);
    const last = err.trim().split('\n').pop() ?? '';
    assert.match(last, /^timing: index built in \d+ ms; 2 queries: p50 \d+\.\d\d ms, p95 \d+\.\d\d ms$/);
  });

  it('refuses a query and --input together, and a missing input file before indexing', async () => {
    assert.strictEqual((await runWith(['search', 'x', '--input', queries, '--corpus', corpus])).code, 2);
    const missing = await runWith(['search', '--input', path.join(dir, 'none.jsonl'), '--corpus', corpus]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /none\.jsonl: file not found/);
  });

  it('writes the cache once, then loads every file from it with the same answers', async () => {
    const plain = await search();
    const first = await search('--cache', cache, '--timing');
    assert.strictEqual(first.out, plain.out);
    assert.strictEqual(fs.readdirSync(cache).filter((f) => f.endsWith('.idx')).length, 1);
    const second = await search('--cache', cache, '--timing');
    assert.strictEqual(second.out, plain.out);
    assert.match(second.err, /timing: index loaded \(2 of 2 files from the cache\)/);
    assert.doesNotMatch(second.err, /note/);
  });

  it('re-indexes only a changed, added or deleted file', async () => {
    await search('--cache', cache);
    fs.writeFileSync(path.join(corpus, 'library.txt'), LIBRARY.replace('east branch', 'west branch'));
    fs.writeFileSync(path.join(corpus, 'new.txt'), 'The east branch library will reopen in May after repairs costing $2 million.\n');
    const changed = await search('--cache', cache, '--timing');
    assert.match(changed.err, /loaded \(1 of 3 files from the cache\)/);
    assert.strictEqual(changed.out, (await search()).out);
    fs.rmSync(path.join(corpus, 'vote.txt'));
    const deleted = await search('--cache', cache, '--timing');
    assert.match(deleted.err, /loaded \(2 of 2 files from the cache\)/);
    assert.strictEqual(deleted.out, (await search()).out);
    assert.ok(!deleted.out.includes('vote.txt'));
  });

  it('a corrupt cache is reported once, rebuilt and overwritten, and never changes the answers', async () => {
    const plain = await search();
    await search('--cache', cache);
    const [file] = fs.readdirSync(cache);
    const bytes = fs.readFileSync(path.join(cache, file));
    bytes[bytes.length - 3] ^= 0xff;
    fs.writeFileSync(path.join(cache, file), bytes);
    const broken = await search('--cache', cache);
    assert.strictEqual(broken.out, plain.out);
    assert.match(broken.err, /index cache .* is corrupt \(checksum mismatch\); rebuilding it/);
    const again = await search('--cache', cache);
    assert.strictEqual(again.out, plain.out);
    assert.doesNotMatch(again.err, /corrupt/);
    fs.writeFileSync(path.join(cache, file), 'garbage');
    const garbage = await search('--cache', cache);
    assert.strictEqual(garbage.out, plain.out);
    assert.match(garbage.err, /is corrupt/);
  });

  it('a cache written by another build is outdated: rebuilt, not read', async () => {
    await runWith(['search', '--input', queries, '--corpus', corpus, '--cache', cache], 'old-build');
    const now = await search('--cache', cache, '--timing');
    assert.match(now.err, /is outdated \(written by another build of Corroborate\); rebuilding it/);
    assert.match(now.err, /timing: index built/);
    assert.strictEqual(now.out, (await search()).out);
  });

  it('check --cache gives the same report as check without it', async () => {
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, 'The Brookhaven town council approved the harbour plan by a 5-4 vote on Tuesday evening.\n');
    const argv = ['check', draft, '--corpus', corpus, '--format', 'json', '--fail-on', 'never'];
    const plain = await runWith(argv);
    await runWith([...argv, '--cache', cache]);
    const cached = await runWith([...argv, '--cache', cache]);
    assert.strictEqual(cached.code, 0, cached.err);
    const strip = (out: string) => ({ ...JSON.parse(out), tool: null });
    assert.deepStrictEqual(strip(cached.out), strip(plain.out));
  });

  it('a file whose stamp has not moved is not read until a passage of it is needed', async () => {
    fs.writeFileSync(path.join(corpus, 'weather.txt'), 'Heavy rain flooded three farms near Millbrook overnight, forecasters said.\n');
    const plain = await search();
    const old = oldFilesIo();
    await runWith(['search', '--input', queries, '--corpus', corpus, '--cache', cache], 'build-a', old.change);
    old.read.length = 0;
    const again = await runWith(['search', '--input', queries, '--corpus', corpus, '--cache', cache, '--timing'], 'build-a', old.change);
    assert.strictEqual(again.out, plain.out);
    assert.match(again.err, /loaded \(3 of 3 files from the cache\)/);
    assert.deepStrictEqual(old.read.filter((f) => f.endsWith('.txt')), [], 'batch search needs no source text');
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, 'The Brookhaven town council approved the harbour plan by a 5-4 vote on Tuesday evening.\n');
    const argv = ['check', draft, '--corpus', corpus, '--format', 'json', '--fail-on', 'never', '--cache', cache];
    const checked = await runWith(argv, 'build-a', old.change);
    assert.strictEqual(checked.code, 0, checked.err);
    const read = old.read.filter((f) => f.endsWith('.txt'));
    assert.ok(read.includes('vote.txt') && !read.includes('weather.txt'), `only sources of passages judged are read, not ${read.join(', ')}`);
    const strip = (out: string) => ({ ...JSON.parse(out), tool: null });
    assert.deepStrictEqual(strip(checked.out), strip((await runWith(argv.slice(0, -2))).out));
  });

  it('a file whose stamp moved is read and indexed again', async () => {
    const old = oldFilesIo();
    await runWith(['search', '--input', queries, '--corpus', corpus, '--cache', cache], 'build-a', old.change);
    fs.writeFileSync(path.join(corpus, 'library.txt'), LIBRARY.replace('east', 'west'));
    old.read.length = 0;
    const changed = await runWith(['search', '--input', queries, '--corpus', corpus, '--cache', cache, '--timing'], 'build-a', old.change);
    assert.match(changed.err, /loaded \(1 of 2 files from the cache\)/);
    assert.deepStrictEqual(old.read.filter((f) => f.endsWith('.txt')), ['library.txt']);
    assert.strictEqual(changed.out, (await search()).out);
  });

  it('a file changed under an unmoved stamp stops the run with a clear error, not a wrong answer', async () => {
    const old = oldFilesIo(['vote.txt']);
    await runWith(['search', '--input', queries, '--corpus', corpus, '--cache', cache], 'build-a', old.change);
    fs.writeFileSync(path.join(corpus, 'vote.txt'), VOTE.replace('7-2', '5-4'));
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, 'The Brookhaven town council approved the harbour plan by a 5-4 vote on Tuesday evening.\n');
    const checked = await runWith(['check', draft, '--corpus', corpus, '--format', 'json', '--cache', cache], 'build-a', old.change);
    assert.strictEqual(checked.code, 2);
    assert.strictEqual(checked.out, '');
    assert.match(checked.err, /vote\.txt changed while its index was in use; run again/);
  });

  it('a file changed within a clock tick of the load is read again, its stamp not trusted', async () => {
    const recent = oldFilesIo([], Date.now() + 60_000);
    await runWith(['search', '--input', queries, '--corpus', corpus, '--cache', cache], 'build-a', recent.change);
    recent.read.length = 0;
    const again = await runWith(['search', '--input', queries, '--corpus', corpus, '--cache', cache, '--timing'], 'build-a', recent.change);
    assert.match(again.err, /loaded \(2 of 2 files from the cache\)/);
    assert.deepStrictEqual(recent.read.filter((f) => f.endsWith('.txt')).sort(), ['library.txt', 'vote.txt']);
  });
});
