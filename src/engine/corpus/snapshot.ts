/**
 * The persisted index: every file's {@link SourceSegment} in one binary snapshot, so a restart reads
 * postings instead of parsing and tokenising the corpus again. Pure: bytes in, bytes out; the hosts do the
 * file system.
 *
 * Layout (little-endian):
 *   0   8 bytes  magic "CORRIDX\n"
 *   8   u32      format version ({@link SNAPSHOT_VERSION})
 *   12  u32      checksum of every byte from offset 20 on
 *   16  u32      byte length H of the JSON header
 *   20  H bytes  header (UTF-8 JSON, validated with zod), then zero padding to a multiple of 4
 *   ...          u32 spans of every file, u32 passage term counts, u32 term ids, then u16 or u32 frequencies
 *
 * A snapshot is used only when its version and build (the analysing code's identity, given by the host)
 * are ours and its checksum and structure hold; otherwise {@link decodeSnapshot} says why, and the host
 * rebuilds. A file's segment is used only when its content hash is the file's current one.
 */
import { z } from 'zod';
import type { SourceSegment } from './segment';

/** Bumped whenever the layout or the meaning of a segment changes. */
export const SNAPSHOT_VERSION = 1;
const MAGIC = 'CORRIDX\n';
const PREFIX = 20;

const metaSchema = z.object({
  title: z.string(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  date: z.string().optional(),
  reliability: z.number().optional(),
});

const headerSchema = z.object({
  build: z.string(),
  freqBytes: z.union([z.literal(2), z.literal(4)]),
  vocab: z.array(z.string()),
  files: z.array(
    z.object({
      path: z.string(),
      root: z.number().int().nonnegative(),
      hash: z.string(),
      problem: z.string().optional(),
      meta: metaSchema,
      passages: z.number().int().nonnegative(),
      postings: z.number().int().nonnegative(),
    }),
  ),
});

/** What reading a snapshot gave: its segments, or why it cannot be used. */
export type SnapshotRead =
  | { ok: true; segments: SourceSegment[] }
  | { ok: false; reason: 'outdated' | 'corrupt'; message: string };

/** Writes segments into one snapshot. `build` names the code that analysed them. */
export function encodeSnapshot(segments: readonly SourceSegment[], build: string): Uint8Array {
  // One vocabulary for the whole snapshot: segments' own ids are mapped into it.
  const vocabIds = new Map<string, number>();
  const vocab: string[] = [];
  let spanWords = 0;
  let passages = 0;
  let postings = 0;
  let maxFreq = 0;
  for (const s of segments) {
    spanWords += s.spans.length;
    passages += s.counts.length;
    postings += s.terms.length;
    for (const f of s.freqs) if (f > maxFreq) maxFreq = f;
  }
  const freqBytes = maxFreq <= 0xffff ? 2 : 4;
  const header = {
    build,
    freqBytes,
    vocab,
    files: segments.map((s) => ({ path: s.path, root: s.root, hash: s.hash, ...(s.problem !== undefined && { problem: s.problem }), meta: s.meta, passages: s.counts.length, postings: s.terms.length })),
  };
  const spans = new Uint32Array(spanWords);
  const counts = new Uint32Array(passages);
  const terms = new Uint32Array(postings);
  const freqs = freqBytes === 2 ? new Uint16Array(postings) : new Uint32Array(postings);
  let w = 0;
  let p = 0;
  let t = 0;
  for (const s of segments) {
    spans.set(s.spans, w);
    w += s.spans.length;
    counts.set(s.counts, p);
    p += s.counts.length;
    const ids = s.vocab.map((term) => {
      let id = vocabIds.get(term);
      if (id === undefined) {
        vocabIds.set(term, (id = vocab.length));
        vocab.push(term);
      }
      return id;
    });
    for (let i = 0; i < s.terms.length; i++) terms[t + i] = ids[s.terms[i]];
    freqs.set(s.freqs, t);
    t += s.terms.length;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = align4(PREFIX + json.length);
  const total = align4(headerEnd + spans.byteLength + counts.byteLength + terms.byteLength + freqs.byteLength);
  const bytes = new Uint8Array(total);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, SNAPSHOT_VERSION, true);
  view.setUint32(16, json.length, true);
  bytes.set(json, PREFIX);
  let at = headerEnd;
  for (const array of [spans, counts, terms, freqs]) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  }
  view.setUint32(12, checksum(bytes, PREFIX), true);
  return bytes;
}

/** Reads a snapshot written by {@link encodeSnapshot} for the same `build`. */
export function decodeSnapshot(input: Uint8Array, build: string): SnapshotRead {
  const corrupt = (message: string): SnapshotRead => ({ ok: false, reason: 'corrupt', message });
  // Typed-array views need 4-byte alignment: copy a buffer that does not start on one.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
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
  let passages = 0;
  let postings = 0;
  for (const f of parsed.files) {
    passages += f.passages;
    postings += f.postings;
  }
  let at = align4(PREFIX + jsonLength);
  const need = at + 4 * (4 * passages + passages + postings) + parsed.freqBytes * postings;
  if (align4(need) !== bytes.length) return corrupt('body size does not match the header');
  const words = (count: number): Uint32Array => {
    const array = new Uint32Array(bytes.buffer, bytes.byteOffset + at, count);
    at += 4 * count;
    return array;
  };
  const spans = words(4 * passages);
  const counts = words(passages);
  const terms = words(postings);
  const freqs = parsed.freqBytes === 2 ? new Uint16Array(bytes.buffer, bytes.byteOffset + at, postings) : words(postings);
  const vocabSize = parsed.vocab.length;
  for (let i = 0; i < postings; i++) if (terms[i] >= vocabSize) return corrupt('term id out of range');
  const segments: SourceSegment[] = [];
  let s = 0;
  let p = 0;
  let t = 0;
  for (const f of parsed.files) {
    const fileCounts = counts.subarray(p, p + f.passages);
    let sum = 0;
    for (const c of fileCounts) sum += c;
    if (sum !== f.postings) return corrupt(`passage term counts of ${f.path} do not add up`);
    segments.push({
      path: f.path,
      root: f.root,
      hash: f.hash,
      ...(f.problem !== undefined && { problem: f.problem }),
      meta: f.meta,
      spans: spans.subarray(s, s + 4 * f.passages),
      counts: fileCounts,
      vocab: parsed.vocab,
      terms: terms.subarray(t, t + f.postings),
      freqs: freqs.subarray(t, t + f.postings),
    });
    s += 4 * f.passages;
    p += f.passages;
    t += f.postings;
  }
  return { ok: true, segments };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function littleEndian(): boolean {
  return new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
}

/** FNV-1a (with a shift to carry high bits down) over 32-bit little-endian words from `from` (a multiple of 4) to the end. */
function checksum(bytes: Uint8Array, from: number): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + from, (bytes.length - from) >> 2);
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    h = Math.imul(h ^ words[i], 0x01000193);
    h ^= h >>> 13;
  }
  // Bytes past the last whole word (none in a well-formed snapshot) still count.
  for (let i = from + words.length * 4; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}
