import * as assert from 'node:assert/strict';
import { buildCorpus } from '../../../src/engine';
import { rank, queryTerms, bm25Norm } from '../../../src/engine/corpus/retrieval';
import type { Corpus } from '../../../src/engine';
import { prng } from '../../prng';

/** Scores every posting of every query term, the way retrieval worked before MaxScore: the reference. */
function fullScan(corpus: Corpus, query: string, limit: number): [number, number][] {
  const { index } = corpus;
  const n = index.lengths.length;
  const scores = new Map<number, number>();
  for (const [term, weight] of queryTerms(query)) {
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    const df = index.offsets[id + 1] - index.offsets[id];
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let at = index.offsets[id]; at < index.offsets[id + 1]; at++) {
      const i = index.docs[at];
      if (index.excluded?.has(i)) continue;
      scores.set(i, (scores.get(i) ?? 0) + weight * idf * bm25Norm(index.freqs[at], index.lengths[i], index.avgLength));
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
}


const WORDS = 'council budget vote harbour ferry bridge library mayor Okafor Reyes Voss treasurer residents plan project report million percent week month said approved rejected opened closed rose fell 12 40 2026 7-2'.split(' ');

function randomCorpus(seed: number, files: number): Corpus {
  const random = prng(seed);
  const pick = () => WORDS[Math.floor(random() * random() * WORDS.length)];
  const sentence = () => `${Array.from({ length: 5 + Math.floor(random() * 10) }, pick).join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  return buildCorpus(Array.from({ length: files }, (_, i) => ({ path: `f${i}.txt`, text: Array.from({ length: 2 + Math.floor(random() * 8) }, sentence).join(' ') }))).corpus;
}

describe('MaxScore top-k', () => {
  it('returns exactly what a full scan returns, scores to the last bit and ties by passage order', () => {
    for (const seed of [1, 2, 3]) {
      const corpus = randomCorpus(seed, 60);
      const random = prng(seed * 100);
      for (let q = 0; q < 60; q++) {
        const query = Array.from({ length: 1 + Math.floor(random() * 8) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
        for (const limit of [1, 3, 12, 1000]) assert.deepStrictEqual(rank(corpus.index, query, limit), fullScan(corpus, query, limit), `${query} (top ${limit})`);
      }
    }
  });

  it('never returns an excluded passage, and still fills the top k from the others', () => {
    const corpus = randomCorpus(9, 40);
    const excluded = new Set(Array.from({ length: corpus.passages.length }, (_, i) => i).filter((i) => i % 3 === 0));
    const index = { ...corpus.index, excluded };
    const withExclusions = { ...corpus, index };
    for (const query of ['council budget vote', 'Okafor said 12 percent', 'ferry']) {
      const got = rank(index, query, 5);
      assert.deepStrictEqual(got, fullScan(withExclusions, query, 5));
      assert.ok(got.every(([i]) => !excluded.has(i)));
    }
  });

  it('answers nothing for a query without a known content word', () => {
    const corpus = randomCorpus(4, 5);
    assert.deepStrictEqual(rank(corpus.index, 'the of and', 5), []);
    assert.deepStrictEqual(rank(corpus.index, 'zebra', 5), []);
  });
});
