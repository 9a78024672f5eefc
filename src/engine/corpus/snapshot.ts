/**
 * The persisted index: every file's {@link SourceSegment} and the index they were assembled into, in one
 * binary snapshot, so a restart reads postings instead of parsing and tokenising the corpus again, and
 * with no file changed does not even assemble them. Pure: bytes in, bytes out; the hosts do the file
 * system.
 *
 * Layout (little-endian):
 *   0   8 bytes  magic "CORRIDX\n"
 *   8   u32      format version ({@link SNAPSHOT_VERSION})
 *   12  u32      checksum of every byte from offset 20 on
 *   16  u32      byte length H of the JSON header
 *   20  H bytes  header (UTF-8 JSON, validated with zod), then zero padding to a multiple of 8
 *   ...          f64 score bound of every term, u32 spans of every file's passages, u32 passage lengths,
 *                u32 term offsets, u8, u16 or u32 posting frequencies, then the posting passages as gaps
 *                (see {@link encodeGaps}), padded to a multiple of 4
 *
 * A file's own postings (needed only when another file changed and the index is assembled again) are
 * the index's, turned round by passage the first time they are asked for.
 *
 * A snapshot is used only when its version and build (the analysing code's identity, given by the host)
 * are ours and its checksum and structure hold; otherwise {@link decodeSnapshot} says why, and the host
 * rebuilds. A file's segment is used only when its content hash is the file's current one.
 */
import { z } from 'zod';
import { encodeGaps, readGaps } from './gaps';
import { passagePostings, type PassagePostings } from './postings';
import { allPostings, type Frequencies, type RetrievalIndex } from './retrieval';
import type { SourceSegment } from './segment';

/** Bumped whenever the layout or the meaning of a segment changes. */
export const SNAPSHOT_VERSION = 3;
const MAGIC = 'CORRIDX\n';
const PREFIX = 20;
/** The array type of posting frequencies stored in so many bytes each. */
const FREQUENCY_ARRAYS = { 1: Uint8Array, 2: Uint16Array, 4: Uint32Array } as const;

const metaSchema = z.object({
  title: z.string(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  date: z.string().optional(),
  reliability: z.number().optional(),
});

const headerSchema = z.object({
  build: z.string(),
  freqBytes: z.union([z.literal(1), z.literal(2), z.literal(4)]),
  postings: z.number().int().nonnegative(),
  /** Bytes of the posting gaps. */
  gapBytes: z.number().int().nonnegative(),
  /** Every term, in term-id order. */
  vocab: z.array(z.string()),
  files: z.array(
    z.object({
      path: z.string(),
      root: z.number().int().nonnegative(),
      hash: z.string(),
      stamp: z.string().optional(),
      problem: z.string().optional(),
      meta: metaSchema,
      passages: z.number().int().nonnegative(),
    }),
  ),
});

/** What reading a snapshot gave: its segments, or why it cannot be used. */
export type SnapshotRead =
  | { ok: true; segments: SourceSegment[] }
  | { ok: false; reason: 'outdated' | 'corrupt'; message: string };

/**
 * Writes segments and the index assembled from them (in that order) into one snapshot. `build` names the code
 * that analysed them; `stampOf` gives the host's stamp of each file, if it has one worth keeping.
 */
export function encodeSnapshot(segments: readonly SourceSegment[], index: RetrievalIndex, build: string, stampOf?: (segment: SourceSegment) => string | undefined): Uint8Array {
  const passages = index.lengths.length;
  let spanWords = 0;
  for (const s of segments) spanWords += s.spans.length;
  if (spanWords !== 4 * passages) throw new Error(`the index has ${passages} passages, the segments ${spanWords / 4}`);
  const vocab = new Array<string>(index.termIds.size);
  for (const [term, id] of index.termIds) vocab[id] = term;
  const gaps = encodeGaps(index.offsets, allPostings(index));
  const header = {
    build,
    freqBytes: index.freqs.BYTES_PER_ELEMENT,
    postings: index.docs.length,
    gapBytes: gaps.length,
    vocab,
    files: segments.map((s) => ({ path: s.path, root: s.root, hash: s.hash, ...stampField(stampOf?.(s)), ...(s.problem !== undefined && { problem: s.problem }), meta: s.meta, passages: s.spans.length / 4 })),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const sections: ArrayBufferView[] = [index.maxNorm, ...segments.map((s) => s.spans), index.lengths, index.offsets, index.freqs, gaps];
  const headerEnd = align(PREFIX + json.length, 8);
  let total = headerEnd;
  for (const section of sections) total += section.byteLength;
  const bytes = new Uint8Array(align(total, 4));
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, SNAPSHOT_VERSION, true);
  view.setUint32(16, json.length, true);
  bytes.set(json, PREFIX);
  let at = headerEnd;
  for (const section of sections) {
    bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), at);
    at += section.byteLength;
  }
  view.setUint32(12, checksum(bytes, PREFIX), true);
  return bytes;
}

/** Reads a snapshot written by {@link encodeSnapshot} for the same `build`. */
export function decodeSnapshot(input: Uint8Array, build: string): SnapshotRead {
  const corrupt = (message: string): SnapshotRead => ({ ok: false, reason: 'corrupt', message });
  // Typed-array views need their element size's alignment: copy a buffer that does not start on 8.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  if (bytes.length < PREFIX || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return corrupt('not an index snapshot');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== SNAPSHOT_VERSION) return { ok: false, reason: 'outdated', message: `snapshot format ${version}, this version reads ${SNAPSHOT_VERSION}` };
  if (!littleEndian()) return { ok: false, reason: 'outdated', message: 'snapshots are little-endian' };
  if (bytes.length % 4 !== 0) return corrupt('truncated');
  if (checksum(bytes, PREFIX) !== view.getUint32(12, true)) return corrupt('checksum mismatch');
  const jsonLength = view.getUint32(16, true);
  if (PREFIX + jsonLength > bytes.length) return corrupt('header longer than the file');
  let parsed: z.infer<typeof headerSchema>;
  try {
    const result = headerSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX, PREFIX + jsonLength))));
    if (!result.success) return corrupt(`invalid header: ${result.error.issues[0]?.message ?? 'unknown'}`);
    parsed = result.data;
  } catch {
    return corrupt('unreadable header');
  }
  if (parsed.build !== build) return { ok: false, reason: 'outdated', message: 'written by another build of Corroborate' };
  const terms = parsed.vocab.length;
  const { postings, freqBytes, gapBytes } = parsed;
  let passages = 0;
  for (const f of parsed.files) passages += f.passages;
  let at = align(PREFIX + jsonLength, 8);
  const need = at + 8 * terms + 4 * (5 * passages + terms + 1) + freqBytes * postings + gapBytes;
  if (align(need, 4) !== bytes.length) return corrupt('body size does not match the header');
  const take = <T extends { byteLength: number }>(make: new (buffer: ArrayBufferLike, offset: number, length: number) => T, count: number): T => {
    const array = new make(bytes.buffer, bytes.byteOffset + at, count);
    at += array.byteLength;
    return array;
  };
  const maxNorm = take(Float64Array, terms);
  const spans = take(Uint32Array, 4 * passages);
  const lengths = take(Uint32Array, passages);
  const offsets = take(Uint32Array, terms + 1);
  const freqs: Frequencies = take<Frequencies>(FREQUENCY_ARRAYS[freqBytes], postings);
  const problem = offsetsProblem(offsets, postings);
  if (problem) return corrupt(problem);
  const gaps = readGaps(take(Uint8Array, gapBytes), offsets, passages);
  if (typeof gaps === 'string') return corrupt(gaps);
  let total = 0;
  for (let i = 0; i < passages; i++) total += lengths[i];
  const index: RetrievalIndex = { termIds: new Map(parsed.vocab.map((term, id) => [term, id])), offsets, docs: gaps.docs, fill: gaps.fill, freqs, lengths, avgLength: passages ? total / passages : 1, maxNorm };
  if (index.termIds.size !== terms) return corrupt('a term is listed twice');
  let byPassage: PassagePostings | undefined;
  const turned = (): PassagePostings => (byPassage ??= passagePostings(index));
  const segments: SourceSegment[] = [];
  let first = 0;
  parsed.files.forEach((f, position) => {
    const from = first;
    const to = (first += f.passages);
    const segment = {
      path: f.path,
      root: f.root,
      hash: f.hash,
      ...stampField(f.stamp),
      ...(f.problem !== undefined && { problem: f.problem }),
      meta: f.meta,
      spans: spans.subarray(4 * from, 4 * to),
      vocab: parsed.vocab,
      assembled: { index, position, count: parsed.files.length },
    };
    // Enumerable getters, so a copy of the segment ({ ...segment }) carries its postings too.
    Object.defineProperties(segment, {
      counts: { enumerable: true, get: () => countsOf(turned().starts, from, to) },
      terms: { enumerable: true, get: () => turned().terms.subarray(turned().starts[from], turned().starts[to]) },
      freqs: { enumerable: true, get: () => turned().freqs.subarray(turned().starts[from], turned().starts[to]) },
    });
    segments.push(segment as unknown as SourceSegment);
  });
  return { ok: true, segments };
}

function stampField(stamp: string | undefined): { stamp?: string } {
  return stamp === undefined ? {} : { stamp };
}

/** Distinct terms of passages `from` to `to` from their starts. */
function countsOf(starts: Uint32Array, from: number, to: number): Uint32Array {
  const counts = new Uint32Array(to - from);
  for (let p = from; p < to; p++) counts[p - from] = starts[p + 1] - starts[p];
  return counts;
}

/** Why the term offsets cannot span `postings` postings in term order, or undefined. */
function offsetsProblem(offsets: Uint32Array, postings: number): string | undefined {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== postings) return 'term offsets do not span the postings';
  for (let t = 0; t + 1 < offsets.length; t++) if (offsets[t + 1] < offsets[t]) return 'term offsets out of order';
  return undefined;
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

function littleEndian(): boolean {
  return new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
}

/**
 * FNV-1a (with a shift to carry high bits down) over 32-bit little-endian words from `from` (a multiple of
 * 4) to the end, in four interleaved lanes so that the processor works on them at once.
 */
function checksum(bytes: Uint8Array, from: number): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + from, (bytes.length - from) >> 2);
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  let c = 0x1b873593;
  let d = 0x6b43a9b5;
  const whole = words.length & ~3;
  for (let i = 0; i < whole; i += 4) {
    a = Math.imul(a ^ words[i], 0x01000193);
    b = Math.imul(b ^ words[i + 1], 0x01000193);
    c = Math.imul(c ^ words[i + 2], 0x01000193);
    d = Math.imul(d ^ words[i + 3], 0x01000193);
    a ^= a >>> 13;
    b ^= b >>> 13;
    c ^= c >>> 13;
    d ^= d >>> 13;
  }
  let h = Math.imul(a ^ Math.imul(b ^ Math.imul(c ^ d, 0x01000193), 0x01000193), 0x01000193);
  for (let i = whole; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193);
  // Bytes past the last whole word (none in a well-formed snapshot) still count.
  for (let i = from + words.length * 4; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}
