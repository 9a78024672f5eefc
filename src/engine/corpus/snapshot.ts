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
 *   ...          f64 score bound of every term, u32 root and passage count of every file, u32 spans of every
 *                file's passages, u32 passage lengths, u32 term offsets, u32 term starts in the gaps, u8, u16
 *                or u32 posting frequencies, then the posting passages as gaps (see {@link encodeGaps}),
 *                padded to a multiple of 4
 *
 * The header holds what is text: the vocabulary and each column of the files' paths, hashes and stamps as one
 * string (a reload validates a few strings, not tens of thousands), their metadata, and their problems.
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
import type { SourceMeta } from '../types';

/** Bumped whenever the layout or the meaning of a segment changes. */
export const SNAPSHOT_VERSION = 4;
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

/** Separates the terms of the vocabulary, the files' hashes and their stamps, none of which holds a line break. */
const TERM_SEPARATOR = '\n';
/** Separates the files' paths, which may hold a line break but never a NUL. */
const PATH_SEPARATOR = '\u0000';

const headerSchema = z.object({
  build: z.string(),
  freqBytes: z.union([z.literal(1), z.literal(2), z.literal(4)]),
  postings: z.number().int().nonnegative(),
  /** Bytes of the posting gaps. */
  gapBytes: z.number().int().nonnegative(),
  terms: z.number().int().nonnegative(),
  /** Every term, in term-id order, joined by TERM_SEPARATOR. */
  vocab: z.string(),
  files: z.number().int().nonnegative(),
  /** Each file's path, joined by PATH_SEPARATOR; its content hash and its stamp ("" for none), joined by TERM_SEPARATOR. */
  paths: z.string(),
  hashes: z.string(),
  stamps: z.string(),
  meta: z.array(metaSchema),
  /** The files that are no sources, by position, with why. */
  problems: z.array(z.tuple([z.number().int().nonnegative(), z.string()])),
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
  const files = new Uint32Array(2 * segments.length);
  segments.forEach((s, i) => {
    files[2 * i] = s.root;
    files[2 * i + 1] = s.spans.length / 4;
  });
  const header: z.infer<typeof headerSchema> = {
    build,
    freqBytes: index.freqs.BYTES_PER_ELEMENT as 1 | 2 | 4,
    postings: index.docs.length,
    gapBytes: gaps.bytes.length,
    terms: vocab.length,
    vocab: joined(vocab, TERM_SEPARATOR),
    files: segments.length,
    paths: joined(segments.map((s) => s.path), PATH_SEPARATOR),
    hashes: joined(segments.map((s) => s.hash), TERM_SEPARATOR),
    stamps: joined(segments.map((s) => stampOf?.(s) ?? ''), TERM_SEPARATOR),
    meta: segments.map((s) => s.meta),
    problems: segments.flatMap((s, i): [number, string][] => (s.problem !== undefined ? [[i, s.problem]] : [])),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const sections: ArrayBufferView[] = [index.maxNorm, files, ...segments.map((s) => s.spans), index.lengths, index.offsets, gaps.starts, index.freqs, gaps.bytes];
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
  const { terms, postings, freqBytes, gapBytes } = parsed;
  const vocab = split(parsed.vocab, TERM_SEPARATOR, terms);
  const paths = split(parsed.paths, PATH_SEPARATOR, parsed.files);
  const hashes = split(parsed.hashes, TERM_SEPARATOR, parsed.files);
  const stamps = split(parsed.stamps, TERM_SEPARATOR, parsed.files);
  if (!vocab || !paths || !hashes || !stamps || parsed.meta.length !== parsed.files) return corrupt('the header does not list every term and file once');
  let at = align(PREFIX + jsonLength, 8);
  const fixed = at + 8 * terms + 8 * parsed.files + 8 * (terms + 1);
  if (fixed > bytes.length) return corrupt('body size does not match the header');
  const take = <T extends { byteLength: number }>(make: new (buffer: ArrayBufferLike, offset: number, length: number) => T, count: number): T => {
    const array = new make(bytes.buffer, bytes.byteOffset + at, count);
    at += array.byteLength;
    return array;
  };
  const maxNorm = take(Float64Array, terms);
  const files = take(Uint32Array, 2 * parsed.files);
  let passages = 0;
  for (let i = 0; i < parsed.files; i++) passages += files[2 * i + 1];
  if (align(fixed + 20 * passages + freqBytes * postings + gapBytes, 4) !== bytes.length) return corrupt('body size does not match the header');
  const spans = take(Uint32Array, 4 * passages);
  const lengths = take(Uint32Array, passages);
  const offsets = take(Uint32Array, terms + 1);
  const starts = take(Uint32Array, terms + 1);
  const freqs: Frequencies = take<Frequencies>(FREQUENCY_ARRAYS[freqBytes], postings);
  const problem = offsetsProblem(offsets, postings);
  if (problem) return corrupt(problem);
  const gaps = readGaps(take(Uint8Array, gapBytes), starts, offsets, passages);
  if (typeof gaps === 'string') return corrupt(gaps);
  let total = 0;
  for (let i = 0; i < passages; i++) total += lengths[i];
  const termIds = new Map<string, number>();
  for (let id = 0; id < terms; id++) termIds.set(vocab[id], id);
  if (termIds.size !== terms) return corrupt('a term is listed twice');
  const index: RetrievalIndex = { termIds, offsets, docs: gaps.docs, fill: gaps.fill, freqs, lengths, avgLength: passages ? total / passages : 1, maxNorm };
  const problems = new Map(parsed.problems);
  const shared: Shared = { index, spans, vocab, count: parsed.files };
  const segments: SourceSegment[] = [];
  let first = 0;
  for (let position = 0; position < parsed.files; position++) {
    const from = first;
    first += files[2 * position + 1];
    segments.push(new StoredSegment(shared, position, from, first, paths[position], files[2 * position], hashes[position], stamps[position] || undefined, problems.get(position), parsed.meta[position]));
  }
  return { ok: true, segments };
}

/** Entries joined by a separator none of them holds (a bug of ours if one does). */
function joined(entries: readonly string[], separator: string): string {
  if (entries.some((e) => e.includes(separator))) throw new Error(`a snapshot entry holds its separator ${JSON.stringify(separator)}`);
  return entries.join(separator);
}

/** `count` entries joined by `separator`, or undefined when there are not that many. */
function split(text: string, separator: string, count: number): string[] | undefined {
  const entries = count === 0 && text === '' ? [] : text.split(separator);
  return entries.length === count ? entries : undefined;
}

/** What the segments of one snapshot share: the index they were assembled into, every passage's spans, the vocabulary. */
interface Shared {
  index: RetrievalIndex;
  spans: Uint32Array;
  vocab: string[];
  count: number;
  /** The index's postings turned round by passage, the first time a segment's own are asked for. */
  byPassage?: PassagePostings;
}

/**
 * A file's segment read from a snapshot: its passages' spans and postings are views of the snapshot's, made when
 * first asked for (a reload of ten thousand files that all still match asks for none of them).
 */
class StoredSegment implements SourceSegment {
  stamp?: string;
  readonly problem?: string;
  readonly assembled: { index: RetrievalIndex; position: number; count: number };
  #spans?: Uint32Array;

  constructor(private readonly shared: Shared, position: number, private readonly from: number, private readonly to: number,
    readonly path: string, readonly root: number, readonly hash: string, stamp: string | undefined, problem: string | undefined, readonly meta: SourceMeta) {
    if (stamp !== undefined) this.stamp = stamp;
    if (problem !== undefined) this.problem = problem;
    this.assembled = { index: shared.index, position, count: shared.count };
  }

  get vocab(): readonly string[] {
    return this.shared.vocab;
  }

  get spans(): Uint32Array {
    return (this.#spans ??= this.shared.spans.subarray(4 * this.from, 4 * this.to));
  }

  get counts(): Uint32Array {
    const { starts } = this.turned();
    const counts = new Uint32Array(this.to - this.from);
    for (let p = this.from; p < this.to; p++) counts[p - this.from] = starts[p + 1] - starts[p];
    return counts;
  }

  get terms(): Uint32Array {
    const { terms, starts } = this.turned();
    return terms.subarray(starts[this.from], starts[this.to]);
  }

  get freqs(): Frequencies {
    const { freqs, starts } = this.turned();
    return freqs.subarray(starts[this.from], starts[this.to]);
  }

  private turned(): PassagePostings {
    return (this.shared.byPassage ??= passagePostings(this.shared.index));
  }
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
