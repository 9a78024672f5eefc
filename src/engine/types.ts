/**
 * The engine's data model. Every object here is plain, serialisable data.
 * Offsets are UTF-16 code-unit indices into the text they refer to (the way
 * `TextDocument.offsetAt` counts), `start` inclusive and `end` exclusive.
 */

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** What makes a sentence check-worthy. */
export const CLAIM_KINDS = [
  'quantity',
  'date',
  'money',
  'percent',
  'entity',
  'quotation',
  'attribution',
  'comparison',
  'causal',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** How one evidence passage relates to a claim. `unrelated` passages are never kept as evidence. */
export const STANCES = ['supports', 'conflicts', 'mentions', 'unrelated'] as const;
export type Stance = (typeof STANCES)[number];

/** One verdict per claim: `contested` wins over `supported`, which wins over `unverified`. */
export const VERDICTS = ['contested', 'supported', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A check-worthy statement found in a draft. Offsets point into the draft's original text. */
export interface Claim extends Span {
  /** Stable within one check: `c<start>`. */
  id: string;
  /** The claim's text, exactly `draft.slice(start, end)`. */
  text: string;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  column: number;
  /** Check-worthiness in [0, 1]. */
  checkworthiness: number;
  kinds: ClaimKind[];
  /** Human-readable cues behind the score, e.g. "figure: 220-212", "attribution: said". */
  reasons: string[];
}

/** Metadata of one source article; validated from front matter or derived from the text. */
export interface SourceMeta {
  title: string;
  outlet?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  /** 1 (most reliable) to 3; undefined when not given. */
  reliability?: number;
}

/** A source article in the corpus. */
export interface Source {
  /** Path relative to its corpus root, with forward slashes. Unique within a corpus. */
  id: string;
  /** Index of the corpus root it came from (for multi-root corpora). */
  root: number;
  meta: SourceMeta;
  /**
   * The full original text (front matter included), so passage offsets can be shown in context. Invisible
   * format characters inside a word (soft hyphen, zero-width space) are moved to the end of the word's
   * core, at the same length, so offsets and lines are those of the file.
   */
  text: string;
}

/** A retrievable unit: a sentence plus a neighbour or two for context. Offsets point into `Source.text`. */
export interface Passage extends Span {
  /** `<sourceId>#<focus.start>`: unique, since every passage is centred on a different sentence. */
  id: string;
  sourceId: string;
  text: string;
  /** The span of the central sentence inside `Source.text`. */
  focus: Span;
  /** In a transcript, the speaker whose turn is under way where the passage starts (see text/turns.ts). */
  turn?: string;
}

/** One passage judged against one claim. */
export interface Evidence {
  passage: Passage;
  source: { id: string; root: number; meta: SourceMeta };
  stance: Stance;
  /** Confidence of the stance in [0, 1]. */
  confidence: number;
  /** Retrieval score (higher is more relevant); only comparable within one claim. */
  score: number;
  /** Readable reasons, e.g. "number: 220-212 vs 218-214", "negation: permanent vs temporary". */
  reasons: string[];
  /** Spans inside `passage.text` to emphasise (the matching or conflicting words). */
  highlights: Span[];
  /** The source's reliability tier, 1 (high) to 3 (low), when a host rule or its front matter rates it. */
  tier?: 1 | 2 | 3;
}

/** A claim with its verdict and ranked evidence (conflicts first, then supports, then mentions). */
export interface Finding {
  claim: Claim;
  verdict: Verdict;
  evidence: Evidence[];
  /** Set on a contested claim whose every conflicting passage comes from a low-reliability (tier 3) source. */
  lowReliability?: true;
}

/** A problem met while loading a corpus file; the file is skipped and the rest still load. */
export interface CorpusProblem {
  /** Path as given by the host. */
  path: string;
  message: string;
}

/** A raw input file handed to the engine by a host (CLI or extension). */
export interface InputFile {
  /** Path relative to its corpus root, forward slashes. */
  path: string;
  /** Index of the corpus root. */
  root?: number;
  /**
   * The file's text. With {@link InputFile.hash} it may be a getter: when the cached segment has that hash,
   * the text is read only when a passage of the source is first shown or judged.
   */
  text: string;
  /**
   * The file's content hash, when the host already knows it without reading the text (from the file's
   * stamp, which the host trusts only when the file cannot have changed unseen since the hash was taken).
   */
  hash?: string;
}
