/**
 * Posting lists as gaps: each term's passages (ascending) are written as the distance from the one before
 * (the first from -1, so no gap is 0), each in a little-endian base-128 varint of one to five bytes. Most
 * gaps fit in one byte, so the snapshot's largest section shrinks to under a third, and a snapshot is read
 * and checked that much faster.
 */

/** The gaps of every term's postings (`docs` from `offsets[t]` to `offsets[t + 1]`) as varints. */
export function encodeGaps(offsets: Uint32Array, docs: Uint32Array): Uint8Array {
  let size = 0;
  forEachGap(offsets, docs, (gap) => (size += varintSize(gap)));
  const out = new Uint8Array(size);
  let at = 0;
  forEachGap(offsets, docs, (gap) => {
    while (gap > 0x7f) {
      out[at++] = (gap & 0x7f) | 0x80;
      gap = Math.floor(gap / 0x80);
    }
    out[at++] = gap;
  });
  return out;
}

/** Postings read from gaps, decoded term by term as they are asked for. */
export interface GapPostings {
  /** Every posting's passage, in the index's layout; a term's are there once {@link fill} has been called for it. */
  docs: Uint32Array;
  fill(term: number): void;
}

/**
 * The postings written by {@link encodeGaps}, for `passages` passages, or why they cannot be an index's: a
 * gap of 0 (a passage listed twice), a passage past the last, or bytes that end early or run over. All of
 * them are checked now; each term's are written into `docs` when first asked for. Writing every posting
 * at once touched four bytes of fresh memory for each, which cost a reload more than reading the file.
 */
export function readGaps(bytes: Uint8Array, offsets: Uint32Array, passages: number): GapPostings | string {
  const terms = offsets.length - 1;
  const starts = new Uint32Array(terms + 1);
  for (let t = 0; t < terms; t++) {
    const next = walkGaps(bytes, starts[t], offsets[t], offsets[t + 1], passages);
    if (next < 0) return PROBLEMS[next];
    starts[t + 1] = next;
  }
  if (starts[terms] !== bytes.length) return starts[terms] > bytes.length ? 'the postings end early' : 'the postings run past their terms';
  // A fresh typed array's pages are the system's zero pages until written: only the terms asked for cost memory.
  const docs = new Uint32Array(offsets[terms]);
  const filled = new Uint8Array(terms);
  return {
    docs,
    fill(term) {
      if (filled[term]) return;
      filled[term] = 1;
      walkGaps(bytes, starts[term], offsets[term], offsets[term + 1], passages, docs);
    },
  };
}

const TWICE = -1;
const PAST = -2;
const END = -3;
const PROBLEMS: Record<number, string> = { [TWICE]: 'a posting is listed twice or badly coded', [PAST]: 'a posting names no passage', [END]: 'the postings end early' };

/**
 * Reads the gaps of postings `from` to `to` starting at byte `at` (writing the passages into `out` at their
 * positions, when given); gives the byte after them, or a negative code of what is wrong ({@link PROBLEMS}).
 */
function walkGaps(bytes: Uint8Array, at: number, from: number, to: number, passages: number, out?: Uint32Array): number {
  let last = -1;
  for (let i = from; i < to; i++) {
    // Past the end, bytes[at] is undefined: it reads as a last byte of 0, a gap of 0.
    let byte = bytes[at++];
    let gap = byte & 0x7f;
    for (let scale = 0x80; byte > 0x7f && scale <= 0x10000000; scale *= 0x80) {
      byte = bytes[at++];
      gap += (byte & 0x7f) * scale;
    }
    if (gap === 0 || byte > 0x7f) return at > bytes.length ? END : TWICE;
    last += gap;
    if (last >= passages) return PAST;
    if (out) out[i] = last;
  }
  return at;
}

function forEachGap(offsets: Uint32Array, docs: Uint32Array, use: (gap: number) => void): void {
  for (let t = 0; t + 1 < offsets.length; t++) {
    let last = -1;
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      if (docs[i] <= last) throw new Error(`term ${t}'s postings are not ascending`);
      use(docs[i] - last);
      last = docs[i];
    }
  }
}

function varintSize(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}
