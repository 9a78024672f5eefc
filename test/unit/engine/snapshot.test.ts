import * as assert from 'node:assert/strict';
import { buildCorpus, decodeSnapshot, encodeSnapshot, searchCorpus, type InputFile, type SourceSegment } from '../../../src/engine';
import { allPostings } from '../../../src/engine/corpus/retrieval';

const FILES: InputFile[] = [
  { path: 'vote.md', text: '---\ntitle: The vote\noutlet: Gazette\n---\nThe council passed the budget in a 7-2 vote. Mayor Elena Vasquez praised the result. Two members objected.' },
  { path: 'parks.txt', text: 'Riverton parks will get new benches. The parks department ordered 40 benches. Work starts in spring.' },
  { path: 'bad.md', text: '---\ndate: 2025-02-30\n---\nA file whose front matter is refused.' },
  { path: 'again.txt', root: 1, text: 'The parks department ordered 40 benches, a spokesman said on Monday.' },
];

/** Everything a check reads of a corpus, as plain data: two builds with equal views answer alike. */
function view(build: ReturnType<typeof buildCorpus>) {
  const { corpus, problems } = build;
  return {
    sources: corpus.sources.map((s) => ({ id: s.id, root: s.root, meta: s.meta, text: s.text })),
    passages: [...corpus.passages],
    problems,
    searches: ['parks 40 benches', 'Vasquez vote', 'council budget 7-2'].map((q) => searchCorpus(corpus, q, 5).map((h) => [h.passage.id, h.score])),
    // The index as what it answers: each term's postings and bound (term ids are only labels). Searched
    // first: a reloaded index decodes a term's postings when a search first needs them.
    index: {
      lengths: corpus.index.lengths,
      avgLength: corpus.index.avgLength,
      terms: [...corpus.index.termIds].sort().map(([term, id]) => {
        const { offsets, freqs, maxNorm } = corpus.index;
        const docs = allPostings(corpus.index);
        return [term, [...docs.subarray(offsets[id], offsets[id + 1])], [...freqs.subarray(offsets[id], offsets[id + 1])], maxNorm[id]];
      }),
    },
  };
}

const byKey = (segments: SourceSegment[]) => {
  const map = new Map(segments.map((s) => [`${s.root}\u0000${s.path}`, s]));
  return (path: string, root: number) => map.get(`${root}\u0000${path}`);
};

describe('index snapshots', () => {
  const fresh = buildCorpus(FILES, ['a', 'b']);

  it('a corpus built from a snapshot is the corpus built from scratch, and reuses every file', () => {
    const read = decodeSnapshot(encodeSnapshot(fresh.segments, fresh.corpus.index, 'build-1'), 'build-1');
    assert.ok(read.ok);
    const reloaded = buildCorpus(FILES, ['a', 'b'], { cached: byKey(read.segments) });
    assert.equal(reloaded.reused, FILES.length);
    assert.deepStrictEqual(view(reloaded), view(fresh));
  });

  it('a corpus whose files are all unchanged, in the same order, takes the snapshot\'s index as it is; one changed file assembles it again', () => {
    const read = decodeSnapshot(encodeSnapshot(fresh.segments, fresh.corpus.index, 'i'), 'i');
    assert.ok(read.ok);
    const stored = read.segments[0].assembled?.index;
    assert.ok(stored);
    assert.equal(buildCorpus(FILES, ['a', 'b'], { cached: byKey(read.segments) }).corpus.index, stored);
    const reordered = buildCorpus([...FILES].reverse(), ['a', 'b'], { cached: byKey(read.segments) });
    assert.notEqual(reordered.corpus.index, stored);
    assert.deepStrictEqual(view(reordered), view(buildCorpus([...FILES].reverse(), ['a', 'b'])));
  });

  it('a changed file is analysed again, alone; a deleted file drops out; an added one is analysed', () => {
    const read = decodeSnapshot(encodeSnapshot(fresh.segments, fresh.corpus.index, 'b'), 'b');
    assert.ok(read.ok);
    const changed = FILES.map((f) => (f.path === 'parks.txt' ? { ...f, text: f.text.replace('40 benches', '45 benches') } : f)).filter((f) => f.path !== 'vote.md');
    changed.push({ path: 'new.txt', text: 'A new source about the harbour wall, which cost $3 million.' });
    const incremental = buildCorpus(changed, ['a', 'b'], { cached: byKey(read.segments) });
    assert.equal(incremental.reused, 2);
    assert.deepStrictEqual(view(incremental), view(buildCorpus(changed, ['a', 'b'])));
    assert.equal(searchCorpus(incremental.corpus, 'ordered 45 benches', 1)[0].passage.sourceId, 'parks.txt');
  });

  it('a snapshot of another build or format version is outdated', () => {
    const bytes = encodeSnapshot(fresh.segments, fresh.corpus.index, 'build-1');
    const other = decodeSnapshot(bytes, 'build-2');
    assert.equal(other.ok, false);
    assert.equal(!other.ok && other.reason, 'outdated');
    const version = bytes.slice();
    new DataView(version.buffer).setUint32(8, 999, true);
    const old = decodeSnapshot(version, 'build-1');
    assert.equal(!old.ok && old.reason, 'outdated');
  });

  it('detects corruption anywhere: a flipped byte, a truncated file, garbage, an empty file', () => {
    const bytes = encodeSnapshot(fresh.segments, fresh.corpus.index, 'x');
    for (const at of [13, 30, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const flipped = bytes.slice();
      flipped[at] ^= 0x40;
      const read = decodeSnapshot(flipped, 'x');
      assert.equal(!read.ok && read.reason, 'corrupt', `byte ${at}`);
    }
    for (const broken of [bytes.slice(0, bytes.length - 4), bytes.slice(0, 10), new Uint8Array(0), new TextEncoder().encode('{"not":"an index"}')]) {
      const read = decodeSnapshot(broken, 'x');
      assert.equal(!read.ok && read.reason, 'corrupt');
    }
  });

  it('a segment whose hash is not the file\'s is never used', () => {
    const read = decodeSnapshot(encodeSnapshot(fresh.segments, fresh.corpus.index, 'x'), 'x');
    assert.ok(read.ok);
    // Same length, other content: the stale segment would point at the wrong words.
    const files = FILES.map((f) => (f.path === 'parks.txt' ? { ...f, text: f.text.replace('Riverton', 'Rivertin') } : f));
    const rebuilt = buildCorpus(files, ['a', 'b'], { cached: byKey(read.segments) });
    assert.equal(rebuilt.reused, FILES.length - 1);
    assert.deepStrictEqual(view(rebuilt), view(buildCorpus(files, ['a', 'b'])));
  });

  it('keeps each file\'s path, root, hash, stamp, problem and metadata, and its passages\' postings', () => {
    const stamps = new Map([['vote.md', '12:3:4:5'], ['again.txt', 'a\u0000b c']]);
    const read = decodeSnapshot(encodeSnapshot(fresh.segments, fresh.corpus.index, 'x', (s) => stamps.get(s.path)), 'x');
    assert.ok(read.ok);
    // Each passage's terms with their frequencies, in any order (a reloaded segment lists them in term-id order).
    const postings = (s: SourceSegment): string[][] => {
      let at = 0;
      return [...s.counts].map((n) => [...s.terms.subarray(at, (at += n))].map((t, k) => `${s.vocab[t]}:${s.freqs[at - n + k]}`).sort());
    };
    const plain = (s: SourceSegment) => ({ path: s.path, root: s.root, hash: s.hash, stamp: s.stamp, problem: s.problem, meta: s.meta, spans: [...s.spans], postings: postings(s) });
    assert.deepStrictEqual(read.segments.map(plain), fresh.segments.map((s) => plain({ ...s, stamp: stamps.get(s.path) })));
  });

  it('reads a snapshot that does not start on a 4-byte boundary', () => {
    const bytes = encodeSnapshot(fresh.segments, fresh.corpus.index, 'x');
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    assert.ok(decodeSnapshot(shifted, 'x').ok);
  });
});
