import * as assert from 'node:assert/strict';
import { encodeGaps, readGaps } from '../../../src/engine/corpus/gaps';
import { prng } from '../../prng';

/** Three terms: one with passages at every varint width, one with none, one with a single passage. */
const PASSAGES = 2 ** 32 - 1;
const OFFSETS = new Uint32Array([0, 7, 7, 8]);
const DOCS = new Uint32Array([0, 1, 127, 128 + 127, 20_000, 3_000_000, PASSAGES - 1, 5]);

/** Every term's postings read back, or what is wrong with them. */
function decodeGaps({ bytes, starts }: { bytes: Uint8Array; starts: Uint32Array }, offsets: Uint32Array, passages: number): Uint32Array | string {
  const read = readGaps(bytes, starts, offsets, passages);
  if (typeof read === 'string') return read;
  for (let t = 0; t + 1 < offsets.length; t++) read.fill(t);
  return read.docs;
}

describe('posting gaps', () => {
  it('give back every posting, at each width from one byte to five', () => {
    const gaps = encodeGaps(OFFSETS, DOCS);
    // Gaps 1, 1, 126, 128, 19745, 2980000 and a five-byte one; then 6.
    assert.equal(gaps.bytes.length, 1 + 1 + 1 + 2 + 3 + 4 + 5 + 1);
    assert.deepStrictEqual([...gaps.starts], [0, 17, 17, 18]);
    assert.deepStrictEqual(decodeGaps(gaps, OFFSETS, PASSAGES), DOCS);
  });

  it('are written into place term by term, as each is asked for', () => {
    const { bytes, starts } = encodeGaps(OFFSETS, DOCS);
    const read = readGaps(bytes, starts, OFFSETS, PASSAGES);
    assert.ok(typeof read !== 'string');
    read.fill(2);
    assert.deepStrictEqual([...read.docs], [0, 0, 0, 0, 0, 0, 0, 5]);
    read.fill(0);
    read.fill(0);
    assert.deepStrictEqual(read.docs, DOCS);
  });

  it('round-trip random posting lists', () => {
    const random = prng(48);
    for (let round = 0; round < 20; round++) {
      const passages = 1 + Math.floor(random() * 100_000);
      const offsets = [0];
      const docs: number[] = [];
      for (let t = 0; t < 50; t++) {
        let doc = -1;
        while (random() < 0.9) {
          doc += 1 + Math.floor(random() ** 4 * passages);
          if (doc >= passages) break;
          docs.push(doc);
        }
        offsets.push(docs.length);
      }
      const expected = new Uint32Array(docs);
      assert.deepStrictEqual(decodeGaps(encodeGaps(new Uint32Array(offsets), expected), new Uint32Array(offsets), passages), expected);
    }
  });

  it('refuse to encode postings out of order', () => {
    assert.throws(() => encodeGaps(new Uint32Array([0, 2]), new Uint32Array([4, 4])), /not ascending/);
  });

  it('name what is wrong with term starts that cannot be these postings', () => {
    const { bytes, starts } = encodeGaps(OFFSETS, DOCS);
    const problem = (b: Uint8Array, st: Uint32Array, passages = PASSAGES): string | undefined => {
      const read = readGaps(b, st, OFFSETS, passages);
      return typeof read === 'string' ? read : undefined;
    };
    assert.equal(problem(bytes, starts), undefined);
    assert.equal(problem(bytes.subarray(0, bytes.length - 1), starts), 'the term starts do not span the postings');
    assert.equal(problem(bytes, starts.subarray(1)), 'the term starts do not span the postings');
    // The first term's 17 bytes given 7 postings and the second (no postings) a byte: in bounds, but not theirs.
    assert.equal(problem(bytes, Uint32Array.of(0, 16, 17, 18)), "a term's postings take the wrong number of bytes");
    assert.equal(problem(bytes, Uint32Array.of(0, 6, 17, 18)), "a term's postings take the wrong number of bytes");
    assert.equal(problem(bytes, starts, 0), 'postings name passages of an index with none');
  });

  it('decode bytes that pass the checks but were not written for these passages without leaving them', () => {
    // A gap of 0, a gap past the last passage, and a varint that never ends: every posting stays a passage.
    const bytes = Uint8Array.of(0, 0x7f, 0x81, 0x81, 0x81, 0x81, 0x81);
    const read = readGaps(bytes, Uint32Array.of(0, 7), Uint32Array.of(0, 3), 10);
    assert.ok(typeof read !== 'string');
    read.fill(0);
    assert.ok([...read.docs].every((d) => d < 10), String([...read.docs]));
  });
});
