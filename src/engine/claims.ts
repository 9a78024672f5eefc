/**
 * Check-worthiness: which sentences of a draft assert something a source can
 * confirm or contradict. The score is a logistic combination of features;
 * the weights are hand-set (see WEIGHTS) so each one can be read and argued
 * about: concrete content (names, figures, dates, quotes) raises the score,
 * while hedges, opinion, questions, first/second person and vague quantifiers
 * without concrete content lower it.
 */
import nlp from 'compromise';
import type { Claim, ClaimKind, Span } from './types';
import { analyse } from './analysis';
import { readDocument, type DocumentFormat } from './document';
import { splitSentences } from './sentences';
import { foldTypography, lineAndColumn } from './text';
import {
  CAUSAL_RE, COMPARISON_RE, HEDGE_PHRASES, HEDGE_WORDS, OPINION_WORDS, PERSONAL_PRONOUNS, SPEECH_VERBS,
  VAGUE_QUANTIFIERS,
} from './lexicon';

/** Result of scoring one sentence. */
export interface SentenceScore {
  /** Check-worthiness in [0, 1]. */
  checkworthiness: number;
  /** True when the score reaches the threshold (default 0.5). */
  claim: boolean;
  kinds: ClaimKind[];
  /** Readable cues, e.g. "figure: 220-212", "hedge: may". */
  reasons: string[];
}

/**
 * Logit weights. Calibrated by hand on the intuition of a fact-checking desk:
 * one concrete anchor (a name or a figure) is enough to make a plain
 * declarative sentence worth checking; one hedge or a question is enough to
 * cancel a single anchor.
 */
const WEIGHTS = {
  bias: -1.0,
  entity: 1.2,
  moreEntities: 0.5,
  figure: 1.3,
  date: 1.0,
  quotation: 0.6,
  attribution: 0.6,
  comparison: 0.3,
  causal: 0.3,
  question: -2.5,
  hedge: -1.4,
  opinion: -1.0,
  personal: -1.2,
  vagueOnly: -0.8,
  short: -1.0,
} as const;

/** Sentences with fewer words than this carry too little to check. */
const MIN_WORDS = 5;

/** Scores a sentence. `threshold` is the claim cut-off (default 0.5). */
export function scoreSentence(text: string, threshold = 0.5): SentenceScore {
  const a = analyse(text);
  const folded = foldTypography(text).toLowerCase();
  const outsideQuotes = folded.replace(/"[^"]*"/g, ' ');
  const words = a.tokens.map((t) => t.raw.toLowerCase());
  const plainWords = outsideQuotes.match(/[\p{L}']+/gu) ?? [];
  const kinds = new Set<ClaimKind>();
  const reasons: string[] = [];
  let logit: number = WEIGHTS.bias;
  const add = (w: number, reason: string, kind?: ClaimKind): void => {
    logit += w;
    reasons.push(reason);
    if (kind) kinds.add(kind);
  };

  const names = properNames(text);
  if (names.length) add(WEIGHTS.entity, `entity: ${names.slice(0, 3).join(', ')}`, 'entity');
  if (names.length >= 2) logit += WEIGHTS.moreEntities;
  if (a.quantities.length) {
    const q = a.quantities[0];
    const kind: ClaimKind = q.kind === 'money' ? 'money' : q.kind === 'percent' ? 'percent' : 'quantity';
    add(WEIGHTS.figure, `figure: ${a.quantities.map((x) => x.text.trim()).slice(0, 3).join(', ')}`, kind);
    for (const x of a.quantities) kinds.add(x.kind === 'money' ? 'money' : x.kind === 'percent' ? 'percent' : 'quantity');
  }
  if (a.dates.length) add(WEIGHTS.date, `date: ${a.dates.map((d) => d.text).slice(0, 2).join(', ')}`, 'date');
  const quote = /"([^"]+)"/.exec(foldTypography(text));
  if (quote && quote[1].trim().split(/\s+/).length >= 3) add(WEIGHTS.quotation, 'quotation', 'quotation');
  else if (quote) kinds.add('quotation');
  const speech = a.tokens.find((t) => SPEECH_VERBS.has(t.norm)) ?? (/\baccording to\b/i.test(text) ? { raw: 'according to' } : undefined);
  if (speech) add(WEIGHTS.attribution, `attribution: ${speech.raw}`, 'attribution');
  const comparison = COMPARISON_RE.exec(text);
  if (comparison) add(WEIGHTS.comparison, `comparison: ${comparison[0]}`, 'comparison');
  const causal = CAUSAL_RE.exec(text);
  if (causal) add(WEIGHTS.causal, `causal: ${causal[0]}`, 'causal');

  if (/\?\s*["”']?\s*$/.test(text.trim())) add(WEIGHTS.question, 'question');
  const hedges = [...new Set(plainWords.filter((w) => HEDGE_WORDS.has(analyseWord(w))))];
  const hedgePhrase = HEDGE_PHRASES.find((re) => re.test(outsideQuotes));
  if (hedges.length || hedgePhrase) add(WEIGHTS.hedge, `hedge: ${hedgePhrase?.exec(outsideQuotes)?.[0] ?? hedges[0]}`);
  const opinion = plainWords.find((w) => OPINION_WORDS.has(analyseWord(w)));
  if (opinion) add(WEIGHTS.opinion, `opinion: ${opinion}`);
  // "US" is a country, "us" a pronoun: pronouns are matched on the original case.
  const personal = (foldTypography(text).replace(/"[^"]*"/g, ' ').match(/[\p{L}']+/gu) ?? [])
    .find((w) => w === w.toLowerCase() && PERSONAL_PRONOUNS.has(w) || w === 'I');
  if (personal && !speech) add(WEIGHTS.personal, `personal: ${personal}`);
  const vague = words.find((w) => VAGUE_QUANTIFIERS.has(w));
  if (vague && !a.quantities.length && !a.dates.length && names.length === 0) add(WEIGHTS.vagueOnly, `vague: ${vague}`);
  if (words.length < MIN_WORDS) add(WEIGHTS.short, 'too short');

  const checkworthiness = round(1 / (1 + Math.exp(-logit)));
  return { checkworthiness, claim: checkworthiness >= threshold, kinds: [...kinds], reasons };
}

function analyseWord(w: string): string {
  return analyse(w).tokens[0]?.norm ?? w;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Proper names of a sentence. A single capitalised word opening the sentence
 * is only a name when compromise tags it as one, since every sentence starts
 * with a capital.
 */
export function properNames(text: string): string[] {
  const names = analyse(text).names;
  const firstWordStart = text.search(/[\p{L}\p{N}]/u);
  return names
    .filter((n) => n.words.length > 1 || n.start !== firstWordStart || isTaggedProper(text.slice(n.start, n.end)))
    .map((n) => n.text);
}

/** compromise's lexicon: word -> tag(s). Used to tell a name from an ordinary sentence opener. */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const NAME_TAGS = /Name|Country|City|Place|Region|Organization|ProperNoun|Demonym|Person|Honorific/;

/**
 * A capitalised sentence opener is a name when compromise's lexicon lists it
 * as one, or when the lexicon does not know it at all and it does not look
 * like a plural common noun ("Peskov" yes, "Relations", "Lawmakers" no).
 */
function isTaggedProper(word: string): boolean {
  const lower = word.toLowerCase();
  const tags = LEXICON[lower];
  if (tags !== undefined) return NAME_TAGS.test(String(tags));
  return !/s$/.test(lower);
}

/** Options of {@link detectClaims}. */
export interface DetectOptions {
  /** Claim cut-off in [0, 1]; default 0.5. */
  minCheckworthiness?: number;
}

/** A sentence of a draft with its score, claim or not. */
export interface ScoredSentence extends Span, SentenceScore {}

/** Prose sentences of a draft (headings excluded), with exact offsets, and the masked text they index. */
export function draftSentences(text: string, format: DocumentFormat = 'plaintext'): { spans: Span[]; masked: string } {
  const doc = readDocument(text, format);
  const spans: Span[] = [];
  for (const block of doc.blocks) {
    if (block.heading) continue;
    for (const s of blockSentences(doc.masked.slice(block.start, block.end))) {
      spans.push({ start: block.start + s.start, end: block.start + s.end });
    }
  }
  return { spans, masked: doc.masked };
}

/** Sentence spans of a block, relative to it; memoised so an edit only re-splits the edited paragraph. */
const blockCache = new Map<string, Span[]>();
const BLOCK_CACHE_LIMIT = 5000;
function blockSentences(block: string): Span[] {
  let spans = blockCache.get(block);
  if (!spans) {
    spans = splitSentences(block);
    if (blockCache.size >= BLOCK_CACHE_LIMIT) blockCache.delete(blockCache.keys().next().value as string);
    blockCache.set(block, spans);
  }
  return spans;
}

/** Finds the check-worthy claims of a draft. */
export function detectClaims(text: string, format: DocumentFormat = 'plaintext', options: DetectOptions = {}): Claim[] {
  return detectClaimProse(text, format, options).map((c) => c.claim);
}

/** Claims with their prose (markup removed), which is what evidence is judged against. */
export function detectClaimProse(text: string, format: DocumentFormat = 'plaintext', options: DetectOptions = {}): { claim: Claim; prose: string }[] {
  const threshold = options.minCheckworthiness ?? 0.5;
  const out: { claim: Claim; prose: string }[] = [];
  const { spans, masked } = draftSentences(text, format);
  for (const s of spans) {
    const prose = proseOf(masked, s);
    const score = scoreSentence(prose, threshold);
    if (score.claim) out.push({ claim: makeClaim(text, s, text.slice(s.start, s.end), score), prose });
  }
  return out;
}

/** The prose of a sentence with markup blanked (link URLs, emphasis) and runs of space collapsed. */
export function proseOf(masked: string, s: Span): string {
  return masked.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
}

/** Builds a Claim object for a sentence span. */
export function makeClaim(text: string, s: Span, sentence: string, score: SentenceScore): Claim {
  const { line, column } = lineAndColumn(text, s.start);
  return {
    id: `c${s.start}`,
    start: s.start,
    end: s.end,
    text: sentence,
    line,
    column,
    checkworthiness: score.checkworthiness,
    kinds: score.kinds,
    reasons: score.reasons,
  };
}
