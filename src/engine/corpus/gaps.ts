/**
 * Posting lists as gaps: each term's passages (ascending) are written as the distance from the one before
 * (the first from -1, so no gap is 0), each in a little-endian base-128 varint of one to five bytes. Most
 * gaps fit in one byte, so the snapshot's largest section shrinks to under a third, and a snapshot is read
 * and checked that much faster.
 */

/**
 * The gaps of every term's postings (`docs` from `offsets[t]` to `offsets[t + 1]`) as varints, and where each
 * term's bytes start (one more entry than there are terms).
 */
export function encodeGaps(offsets: Uint32Array, docs: Uint32Array): { bytes: Uint8Array; starts: Uint32Array } {
  let size = 0;
  forEachGap(offsets, docs, (gap) => (size += varintSize(gap)));
  const out = new Uint8Array(size);
  const starts = new Uint32Array(offsets.length);
  let at = 0;
  forEachGap(offsets, docs, (gap) => {
    while (gap > 0x7f) {
      out[at++] = (gap & 0x7f) | 0x80;
      gap = Math.floor(gap / 0x80);
    }
    out[at++] = gap;
  }, (t) => (starts[t] = at));
  return { bytes: out, starts };
}

/** Postings read from gaps, decoded term by term as they are asked for. */
export interface GapPostings {
  /** Every posting's passage, in the index's layout; a term's are there once {@link fill} has been called for it. */
  docs: Uint32Array;
  fill(term: number): void;
}

/** Most bytes of one varint: a 32-bit gap. */
const MAX_VARINT = 5;

/**
 * The postings written by {@link encodeGaps}, for `passages` passages, or why they cannot be an index's: term
 * starts that do not run from the first byte to the last in order, or a term with fewer bytes than postings or
 * more than its postings can take. Each term's postings are decoded into `docs` when first asked for. Reading
 * every gap at load (to check it, or to write it) cost a reload as much as reading the file; the snapshot's
 * checksum already tells a damaged file, and decoding never yields a posting past the last passage, so bytes
 * that pass the checksum yet were not written by {@link encodeGaps} can misplace postings but never read or
 * write out of bounds.
 */
export function readGaps(bytes: Uint8Array, starts: Uint32Array, offsets: Uint32Array, passages: number): GapPostings | string {
  const terms = offsets.length - 1;
  if (starts.length !== offsets.length || starts[0] !== 0 || starts[terms] !== bytes.length) return 'the term starts do not span the postings';
  if (passages === 0 && offsets[terms] > 0) return 'postings name passages of an index with none';
  for (let t = 0; t < terms; t++) {
    const size = starts[t + 1] - starts[t];
    const count = offsets[t + 1] - offsets[t];
    if (starts[t + 1] < starts[t] || size < count || size > MAX_VARINT * count) return 'a term\'s postings take the wrong number of bytes';
  }
  // A fresh typed array's pages are the system's zero pages until written: only the terms asked for cost memory.
  const docs = new Uint32Array(offsets[terms]);
  const filled = new Uint8Array(terms);
  const last = passages - 1;
  return {
    docs,
    fill(term) {
      if (filled[term]) return;
      filled[term] = 1;
      let at = starts[term];
      let doc = -1;
      for (let i = offsets[term]; i < offsets[term + 1]; i++) {
        let byte = bytes[at++];
        let gap = byte & 0x7f;
        for (let scale = 0x80, n = 1; byte > 0x7f && n < MAX_VARINT; scale *= 0x80, n++) {
          byte = bytes[at++];
          gap += (byte & 0x7f) * scale;
        }
        doc = Math.min(doc + Math.max(gap, 1), last);
        docs[i] = doc;
      }
    },
  };
}

function forEachGap(offsets: Uint32Array, docs: Uint32Array, use: (gap: number) => void, termStart?: (term: number) => void): void {
  for (let t = 0; t + 1 < offsets.length; t++) {
    termStart?.(t);
    let last = -1;
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      if (docs[i] <= last) throw new Error(`term ${t}'s postings are not ascending`);
      use(docs[i] - last);
      last = docs[i];
    }
  }
  termStart?.(offsets.length - 1);
}

function varintSize(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}
