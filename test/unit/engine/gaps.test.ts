import * as assert from 'node:assert/strict';
import { encodeGaps, readGaps } from '../../../src/engine/corpus/gaps';
import { prng } from '../../prng';

/** Three terms: one with passages at every varint width, one with none, one with a single passage. */
const PASSAGES = 2 ** 32 - 1;
const OFFSETS = new Uint32Array([0, 7, 7, 8]);
const DOCS = new Uint32Array([0, 1, 127, 128 + 127, 20_000, 3_000_000, PASSAGES - 1, 5]);

/** Every term's postings read back, or what is wrong with them. */
function decodeGaps(bytes: Uint8Array, offsets: Uint32Array, passages: number): Uint32Array | string {
  const read = readGaps(bytes, offsets, passages);
  if (typeof read === 'string') return read;
  for (let t = 0; t + 1 < offsets.length; t++) read.fill(t);
  return read.docs;
}

describe('posting gaps', () => {
  it('give back every posting, at each width from one byte to five', () => {
    const bytes = encodeGaps(OFFSETS, DOCS);
    // Gaps 1, 1, 126, 128, 19745, 2980000 and a five-byte one; then 6.
    assert.equal(bytes.length, 1 + 1 + 1 + 2 + 3 + 4 + 5 + 1);
    assert.deepStrictEqual(decodeGaps(bytes, OFFSETS, PASSAGES), DOCS);
  });

  it('are written into place term by term, as each is asked for', () => {
    const read = readGaps(encodeGaps(OFFSETS, DOCS), OFFSETS, PASSAGES);
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

  it('name what is wrong with bytes that cannot be postings', () => {
    const bytes = encodeGaps(OFFSETS, DOCS);
    assert.equal(decodeGaps(bytes, OFFSETS, PASSAGES - 1), 'a posting names no passage');
    assert.equal(decodeGaps(bytes.subarray(0, bytes.length - 1), OFFSETS, PASSAGES), 'the postings end early');
    assert.equal(decodeGaps(Uint8Array.of(...bytes, 1), OFFSETS, PASSAGES), 'the postings run past their terms');
    const twice = bytes.slice();
    twice[1] = 0;
    assert.equal(decodeGaps(twice, OFFSETS, PASSAGES), 'a posting is listed twice or badly coded');
    // Six bytes with the continuation bit: longer than any 32-bit gap.
    assert.equal(decodeGaps(Uint8Array.of(0x81, 0x81, 0x81, 0x81, 0x81, 0x01), new Uint32Array([0, 1]), PASSAGES), 'a posting is listed twice or badly coded');
  });
});
