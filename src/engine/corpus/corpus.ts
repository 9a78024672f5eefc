/**
 * Building a corpus from raw files: metadata, titles, passages and the
 * retrieval index. A bad file becomes a {@link CorpusProblem}; the rest load.
 */
import type { CorpusProblem, InputFile, Passage, Source, SourceMeta, Span } from '../types';
import { Passages } from './passages';
import { formatForPath, hideInvisibles, readDocument, type ReadDocument } from '../text/document';
import { parseFrontMatter } from './frontmatter';
import { splitSentences } from '../text/sentences';
import { datelineDate } from '../text/dates';
import { BOILERPLATE_RE, GLUED_FURNITURE_RE } from '../lexicon';
import { rank, type RetrievalIndex } from './retrieval';
import { assembleIndex } from './postings';
import { contentHash, emptySegment, segmentOf, type SourceSegment } from './segment';

/** A loaded corpus: sources, their passages and the index over them. */
export interface Corpus {
  sources: Source[];
  passages: Passages;
  /** Source of each passage, by passage index. */
  sourceOf: Source[];
  index: RetrievalIndex;
}

/** Result of {@link buildCorpus}. */
export interface CorpusBuild {
  corpus: Corpus;
  problems: CorpusProblem[];
  /** Every file's segment, in load order: what a persisted index keeps. */
  segments: SourceSegment[];
  /** How many segments came from `cached` instead of being analysed again. */
  reused: number;
}

/** How {@link buildCorpus} may reuse earlier work and report progress. */
export interface BuildOptions {
  /** A segment analysed earlier for this file, if any; used only when its hash is the file's. */
  cached?: (path: string, root: number) => SourceSegment | undefined;
  /** Called after each file, with the files done and the total. */
  progress?: (done: number, total: number) => void;
}

/** Lines shorter than this (in words) without sentence punctuation are navigation, captions or buttons. */
const MIN_FURNITURE_WORDS = 5;
/** Longest derived title, in characters. */
const MAX_TITLE = 140;

/**
 * Loads files into a corpus. `roots` are only used to name problems
 * ("root/path"); sources keep their root index. A file whose cached segment has its content hash is not
 * analysed again; the result is the same either way.
 */
export function buildCorpus(files: InputFile[], roots: string[] = [], options: BuildOptions = {}): CorpusBuild {
  const problems: CorpusProblem[] = [];
  const sources: Source[] = [];
  const sourceSpans: Uint32Array[] = [];
  const firsts: number[] = [];
  const sourceOf: Source[] = [];
  const segments: SourceSegment[] = [];
  const seen = new Set<string>();
  let reused = 0;
  files.forEach((file, done) => {
    const root = file.root ?? 0;
    const key = `${root}\u0000${file.path}`;
    if (seen.has(key)) return;
    seen.add(key);
    const shown = roots[root] ? `${roots[root].replace(/\/+$/, '')}/${file.path}` : file.path;
    const cached = options.cached?.(file.path, root);
    // A hash the host vouches for spares reading the text when the cached segment is the file's.
    const hash = cached !== undefined && file.hash === cached.hash ? file.hash : contentHash(file.text);
    let segment: SourceSegment;
    let text: string | undefined;
    if (cached?.hash === hash) {
      segment = cached.root === root ? cached : { ...cached, root };
      reused++;
    } else {
      text = hideInvisibles(file.text);
      segment = analyseSource(file.path, root, hash, text);
    }
    segments.push(segment);
    options.progress?.(done + 1, files.length);
    if (segment.problem !== undefined) {
      problems.push({ path: shown, message: segment.problem });
      return;
    }
    const source: Source = text === undefined ? lazySource(file, root, segment.meta) : { id: file.path, root, meta: segment.meta, text };
    sources.push(source);
    sourceSpans.push(segment.spans);
    firsts.push(sourceOf.length);
    for (let k = 0; k < segment.spans.length; k += 4) sourceOf.push(source);
  });
  firsts.push(sourceOf.length);
  const passages = new Passages(sources, Uint32Array.from(firsts), sourceSpans);
  const index = assembleIndex(segments);
  return { corpus: { sources, passages, sourceOf, index }, problems, segments, reused };
}

/**
 * A source whose text is read from `file` the first time it is asked for. Invisible characters inside words
 * (a soft hyphen in "21\u00AD8") are moved out of them, at the same length, so passages read as a reader
 * sees them and every offset still points into the file.
 */
function lazySource(file: InputFile, root: number, meta: SourceMeta): Source {
  let text: string | undefined;
  return {
    id: file.path,
    root,
    meta,
    get text() {
      return (text ??= hideInvisibles(file.text));
    },
  };
}

/** Analyses one file (its text with invisibles hidden): front matter, title, passages and their terms. */
function analyseSource(path: string, root: number, hash: string, text: string): SourceSegment {
  const front = parseFrontMatter(text);
  if (!front.ok) return emptySegment(path, root, hash, { title: '' }, front.message);
  // Parsed once: both the passages and a derived title read the same document.
  const doc = readDocument(text, formatForPath(path));
  const sentences = contentSentences(doc);
  // Without a date in its front matter, a source is dated by its own dateline, if it has one.
  const date = front.meta.date ?? datelineDate(text.slice(front.length));
  const meta = { ...front.meta, title: front.meta.title ?? deriveTitle(text, doc, front.length, path), ...(date && { date }) } as SourceMeta;
  return segmentOf(path, root, hash, meta, text, passagesOf(sentences));
}

/** Sentences of a source that are article content (not furniture, not appeals). */
function contentSentences(doc: ReadDocument): Span[] {
  const out: Span[] = [];
  for (const block of doc.blocks) {
    if (block.heading) continue;
    for (const s of splitSentences(doc.masked, block.start, block.end)) {
      const cleaned = stripGluedFurniture(doc.masked, s);
      if (cleaned && !isFurniture(doc.masked.slice(cleaned.start, cleaned.end))) out.push(cleaned);
    }
  }
  return out;
}

function stripGluedFurniture(text: string, s: Span): Span | undefined {
  const m = GLUED_FURNITURE_RE.exec(text.slice(s.start, s.end));
  const start = s.start + (m ? m[0].length : 0);
  return start < s.end ? { start, end: s.end } : undefined;
}

/** Boilerplate appeals, or a short line with no sentence punctuation (menu, caption, button). */
export function isFurniture(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (BOILERPLATE_RE.test(trimmed)) return true;
  const words = wordsUpTo(trimmed, MIN_FURNITURE_WORDS);
  return words < MIN_FURNITURE_WORDS && !/[.!?"”]$/.test(trimmed) || words < 3;
}

/** How many runs of non-space characters with a letter or digit the text has, counted up to `limit`. */
function wordsUpTo(text: string, limit: number): number {
  let n = 0;
  for (const m of text.matchAll(NON_SPACE_RUN_RE)) {
    if (LETTER_OR_DIGIT_RE.test(m[0]) && ++n >= limit) break;
  }
  return n;
}
const NON_SPACE_RUN_RE = /\S+/g;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** The first meaningful line: at least three words, not furniture. Falls back to the file name. */
function deriveTitle(text: string, doc: ReadDocument, from: number, path: string): string {
  const heading = doc.blocks.find((b) => b.heading);
  if (heading) return clip(text.slice(heading.start, heading.end).replace(/^#+\s*/, ''));
  for (const line of doc.masked.slice(from).split(/\r?\n/)) {
    const t = line.trim();
    if (t.split(/\s+/).length >= 3 && !BOILERPLATE_RE.test(t) && !/\blogo\b/i.test(t)) return clip(t);
  }
  return path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

function clip(line: string): string {
  const t = line.trim();
  if (t.length <= MAX_TITLE) return t;
  const sentenceEnd = t.slice(0, MAX_TITLE).search(/[.!?]\s[^.!?]*$/);
  return sentenceEnd > 20 ? t.slice(0, sentenceEnd + 1) : `${t.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

/**
 * Sentences of context kept before and after the central one. Two before,
 * because news prose names its subject once and then says "he" or "the call"
 * for a sentence or two.
 */
const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 1;

/** One passage per content sentence: the sentence with its neighbouring content sentences. */
function passagesOf(sentences: Span[]): { start: number; end: number; focus: Span }[] {
  return sentences.map((focus, i) => ({
    start: sentences[Math.max(0, i - CONTEXT_BEFORE)].start,
    end: sentences[Math.min(sentences.length - 1, i + CONTEXT_AFTER)].end,
    focus: { start: focus.start, end: focus.end },
  }));
}

/**
 * The corpus without one source, for checking a draft that is itself in the corpus: it must not
 * corroborate itself. Shares everything with `corpus`; only that source's passages are never retrieved.
 */
export function withoutSource(corpus: Corpus, source: { root: number; id: string }): Corpus {
  const excluded = new Set(corpus.index.excluded);
  corpus.sourceOf.forEach((s, i) => {
    if (s.root === source.root && s.id === source.id) excluded.add(i);
  });
  return { ...corpus, index: { ...corpus.index, excluded } };
}

/**
 * The same corpus seen from roots `roots` only (a workspace folder checks against its own corpus folders):
 * passages of other roots are left out of retrieval without rebuilding the index.
 */
export function onlyRoots(corpus: Corpus, roots: readonly number[]): Corpus {
  const allowed = new Set(roots);
  const excluded = new Set(corpus.index.excluded);
  corpus.sourceOf.forEach((s, i) => {
    if (!allowed.has(s.root)) excluded.add(i);
  });
  return { ...corpus, index: { ...corpus.index, excluded } };
}

/** A ranked search hit. */
export interface SearchHit {
  passage: Passage;
  source: Source;
  score: number;
}

/** True when two spans (two passages of one source) share any text. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Candidates ranked per hit returned, so that enough remain after overlapping passages are dropped. */
const SEARCH_OVERFETCH = 4;

/**
 * Ranks passages for a free-text query (BM25; names and numbers weigh more).
 * Passages overlapping a better-ranked one of the same source are left out,
 * so no sentence is listed twice. Default limit 10.
 */
export function searchCorpus(corpus: Corpus, query: string, limit = 10): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const [i, score] of rank(corpus.index, query, limit * SEARCH_OVERFETCH)) {
    const passage = corpus.passages.at(i);
    const source = corpus.sourceOf[i];
    if (hits.some((h) => h.source === source && overlaps(h.passage, passage))) continue;
    hits.push({ passage, source, score });
    if (hits.length >= limit) break;
  }
  return hits;
}

/** The central sentence's span inside the passage text (relative to `passage.start`). */
export function focusWithin(passage: Passage): Span {
  return { start: passage.focus.start - passage.start, end: passage.focus.end - passage.start };
}
