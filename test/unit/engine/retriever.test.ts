// The corpus seam without a server: the asynchronous checker over the in-process retriever finds exactly
// what the synchronous checker finds, and the archive's ranking path (archivePassages → tf from weights →
// rankCandidates with whole-corpus statistics) reproduces the in-process BM25 ranking, index for index and
// score for score. The PostgreSQL contract tests then only have to show the database returns the pool.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { archivePassages, buildCorpus, corpusRetriever, createChecker, createRetrievingChecker, detectClaims, rankCandidates, searchCorpus, searchPassages, type InputFile, type PooledCandidate } from '../../../src/engine';
import { rank } from '../../../src/engine/corpus/retrieval';

const repo = path.resolve(__dirname, '../../../..');
const files: InputFile[] = fs.readdirSync(path.join(repo, 'corpus/sources')).sort().map((name) => ({ path: name, text: fs.readFileSync(path.join(repo, 'corpus/sources', name), 'utf8') }));
const draft = fs.readFileSync(path.join(repo, 'corpus/sample-draft.md'), 'utf8');
const { corpus } = buildCorpus(files, ['corpus/sources']);
const queries = [...detectClaims(draft, 'markdown', { minCheckworthiness: 0 }).map((c) => c.text), 'Putin Trump phone call', 'budget 220-212', 'zzqx'];

describe('corpus seam (no server)', () => {
  it('the retrieving checker over the in-process index equals the synchronous checker', async () => {
    const sync = createChecker(corpus).check(draft, 'markdown');
    const viaSeam = await createRetrievingChecker(corpusRetriever(corpus)).check(draft, 'markdown');
    assert.deepEqual(viaSeam, sync);
    assert.ok(sync.some((f) => f.verdict === 'contested'));
  });

  it('search through the seam lists what searchCorpus lists', async () => {
    for (const q of queries) {
      const a = searchCorpus(corpus, q, 5).map((h) => [h.passage.id, h.score]);
      const b = (await searchPassages(corpusRetriever(corpus), q, 5)).map((h) => [h.passage.id, h.score]);
      assert.deepEqual(b, a, q);
    }
  });

  it('the archive ranking path reproduces the in-process BM25 ranking exactly', () => {
    const pool: PooledCandidate[] = [];
    const df = new Map<string, number>();
    let total = 0;
    for (const source of corpus.sources) {
      const passages = [...corpus.passages].filter((_, i) => corpus.sourceOf[i] === source);
      for (const a of archivePassages(source, passages)) {
        const tf = new Map<string, number>();
        for (const t of a.terms) tf.set(t.norm, (tf.get(t.norm) ?? 0) + (t.focus ? 2 : 1));
        for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
        pool.push({ tf, length: a.length, order: pool.length });
        total += a.length;
      }
    }
    assert.equal(pool.length, corpus.passages.length);
    const stats = { passages: pool.length, avgLength: total / pool.length, df };
    for (const q of queries) {
      for (const k of [1, 12, 40]) assert.deepEqual(rankCandidates(q, pool, stats, k), rank(corpus.index, q, k), `${q} (k=${k})`);
    }
  });
});
