import * as assert from 'node:assert/strict';
import { buildCorpus, decodeSourceBytes, parseEngineOptions, searchCorpus } from '../../../src/engine';
import { fixtureCorpus } from './fixtures';

describe('corpus', () => {
  const { corpus } = buildCorpus(fixtureCorpus('corpus'));
  const festival = corpus.sources.find((s) => s.id === 'festival.txt');
  const harbour = corpus.sources.find((s) => s.id === 'harbour.md');

  it('reads front matter into metadata', () => {
    assert.deepEqual(harbour?.meta, { title: 'Harbour bridge vote', outlet: 'Valley Courier', date: '2024-03-12', reliability: 1 });
  });

  it('titles a plain text file by its first meaningful line, skipping site furniture', () => {
    assert.equal(festival?.meta.title, 'Riverton lantern festival draws record crowd');
  });

  it('gives every passage exact offsets and a focus inside it', () => {
    for (const p of corpus.passages) {
      const source = corpus.sources.find((s) => s.id === p.sourceId)!;
      assert.equal(source.text.slice(p.start, p.end), p.text);
      assert.ok(p.start <= p.focus.start && p.focus.end <= p.end);
    }
  });

  it('makes each passage once, when first asked for, in retrieval index order', () => {
    const all = [...corpus.passages];
    assert.equal(all.length, corpus.passages.length);
    assert.equal(corpus.passages.at(3), all[3]);
    assert.equal(corpus.sourceOf[all.length - 1].id, all[all.length - 1].sourceId);
    assert.ok(all.every((p, i) => i === 0 || p.sourceId !== all[i - 1].sourceId || p.focus.start > all[i - 1].focus.start));
    assert.throws(() => corpus.passages.at(all.length), RangeError);
  });

  it('drops boilerplate and unglues "Read more" from the next sentence', () => {
    const focuses = [...corpus.passages].map((p) => corpus.sources.find((s) => s.id === p.sourceId)!.text.slice(p.focus.start, p.focus.end));
    assert.ok(!focuses.some((f) => /newsletter|Subscribe|Download the App|Read more/i.test(f)), focuses.join('\n'));
    assert.ok(focuses.includes('The Riverton museum stayed open late on Saturday for the first time.'));
  });

  const bad: [string, string, RegExp][] = [
    ['a.md', '---\ntitle: x\nreliability: 7\n---\nBody.', /reliability/],
    ['b.md', '---\ntitle: x\ndate: yesterday\n---\nBody.', /date/],
    ['c.md', '---\ntitle: x\nurl: not a url\n---\nBody.', /url/],
    ['d.md', '---\ntitle: x\nthis line is wrong\n---\nBody.', /key: value/],
    ['e.md', '---\ntitle: never closed\nBody.', /never closed/],
  ];
  for (const [name, text, message] of bad) {
    it(`reports malformed front matter in ${name} and still loads the rest`, () => {
      const { corpus: c, problems } = buildCorpus([{ path: name, text }, { path: 'ok.txt', text: 'The Riverton council met on Monday.' }], ['root']);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].path, `root/${name}`);
      assert.match(problems[0].message, message);
      assert.deepEqual(c.sources.map((s) => s.id), ['ok.txt']);
    });
  }

  it('an empty corpus is not an error', () => {
    const { corpus: c, problems } = buildCorpus([]);
    assert.equal(c.passages.length, 0);
    assert.deepEqual(problems, []);
    assert.deepEqual(searchCorpus(c, 'anything'), []);
  });

  it('validates options with defaults', () => {
    assert.deepEqual(parseEngineOptions({}), { minCheckworthiness: 0.5, maxEvidence: 3, candidates: 12, reliability: { rules: [], roots: [] } });
    assert.throws(() => parseEngineOptions({ maxEvidence: 0 }));
  });
});

describe('decodeSourceBytes', () => {
  const enc = new TextEncoder();
  it('decodes UTF-8 and drops a BOM', () => {
    const r = decodeSourceBytes('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('Привет 🚌')]));
    assert.deepEqual(r, { ok: true, text: 'Привет 🚌' });
  });
  const bad: [string, Uint8Array, RegExp, number?][] = [
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/],
    ['broken UTF-8', new Uint8Array([0x61, 0x62, 0xc3, 0x28]), /UTF-8.*offset 2/],
    ['too large', new Uint8Array(50 * 1024 * 1024), /too large/],
    ['over a custom limit', enc.encode('x'.repeat(2048)), /too large/, 1024],
  ];
  for (const [label, bytes, message, maxBytes] of bad) {
    it(`refuses a ${label} file with a message naming it`, () => {
      const r = decodeSourceBytes('dir/f.bin', bytes, maxBytes ? { maxBytes } : {});
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.problem.path, 'dir/f.bin');
        assert.match(r.problem.message, message);
      }
    });
  }
});
