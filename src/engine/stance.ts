/**
 * Stance of a passage towards a claim. Conflicts come from specific
 * detectors (figures, dates, office holders, speakers, opposite predicates,
 * negation), each of which only fires when the passage is about the same
 * thing as the claim (it shares the claim's other content and names), so
 * that a passage on a different event never raises a false alarm. Support
 * needs the claim's names, figures, dates and most of its content words to
 * be in the passage; merely sharing words gives `mentions`.
 */
import type { Span, Stance } from './types';
import { analyse, type Analysis } from './analysis';
import { compatible, type Quantity } from './quantities';
import { sameDate, type DateMention } from './dates';
import { properNames } from './claims';
import { splitSentences } from './sentences';
import { STOP_WORDS, foldPhrases, tokenize, type Token } from './text';

/** Result of judging one claim against one passage. */
export interface StanceResult {
  stance: Stance;
  /** Confidence in [0, 1]. */
  confidence: number;
  reasons: string[];
  /** Spans inside the passage text to emphasise. */
  highlights: Span[];
}

/** Share of the claim's content words a passage must hold to support it. */
const SUPPORT_COVERAGE = 0.6;
/** Share of the claim's content words the central sentence must hold to support it. */
const SUPPORT_FOCUS_COVERAGE = 0.3;
/** Share of the claim's other content words a passage must hold before a detector may call a conflict. */
const TOPIC_COVERAGE = 0.5;
/** Below this share of content words (and fewer than two shared words) a passage is unrelated. */
const RELATED_COVERAGE = 0.2;
/** Share of the claim's words the central sentence must hold before a bare negation counts. */
const NEGATION_COVERAGE = 0.75;

interface Claimed {
  a: Analysis;
  /** Content words without figures. */
  content: Set<string>;
  /** Name words per proper name (stop words removed). */
  names: string[][];
}

interface Context {
  claim: Claimed;
  passageText: string;
  window: Analysis;
  focus: Analysis;
  /** Offset of the focus sentence inside the passage text. */
  focusStart: number;
}

interface Finding {
  reason: string;
  highlights: Span[];
  strength: number;
}

/**
 * Judges a passage against a claim. `focus` is the span of the passage's
 * central sentence inside `passageText`; without it the sentence sharing
 * most words with the claim is used.
 */
export function judgeStance(claimText: string, passageText: string, focus?: Span): StanceResult {
  const claim = claimedOf(claimText);
  const window = analyse(foldPhrases(passageText));
  const overlap = intersect(claim.content, window.content);
  const coverage = ratio(overlap.length, claim.content.size);
  if (coverage < RELATED_COVERAGE || overlap.length < 2 && claim.content.size > 2) {
    return { stance: 'unrelated', confidence: round(1 - coverage), reasons: [], highlights: [] };
  }
  const span = focus ?? bestSentence(claim, passageText);
  const ctx: Context = {
    claim, passageText, window, focus: analyse(foldPhrases(passageText.slice(span.start, span.end))), focusStart: span.start,
  };
  const conflicts = [
    ...numberConflicts(ctx), ...dateConflicts(ctx), ...roleConflicts(ctx), ...speakerConflicts(ctx),
    ...antonymConflicts(ctx), ...negationConflicts(ctx),
  ];
  if (conflicts.length) {
    const strength = Math.max(...conflicts.map((c) => c.strength));
    return {
      stance: 'conflicts',
      confidence: round(Math.min(0.95, 0.5 + 0.45 * strength * Math.min(1, coverage + 0.3))),
      reasons: conflicts.map((c) => c.reason),
      highlights: conflicts.flatMap((c) => c.highlights),
    };
  }
  return supportOrMention(ctx, overlap, coverage);
}

function claimedOf(text: string): Claimed {
  const a = analyse(foldPhrases(text));
  const figureWords = new Set(
    [...a.quantities, ...a.dates].flatMap((x) => tokenize(x.text).map((t) => t.norm)),
  );
  const content = new Set([...a.content].filter((w) => !figureWords.has(w) && !/^\d/.test(w)));
  const names = properNames(foldPhrases(text))
    .map((n) => tokenize(n).map((t) => t.norm).filter((w) => !STOP_WORDS.has(w) && !figureWords.has(w)))
    .filter((ws) => ws.length > 0);
  return { a, content, names };
}

/** The passage sentence that shares most content words with the claim. */
function bestSentence(claim: Claimed, passageText: string): Span {
  let best: Span = { start: 0, end: passageText.length };
  let bestScore = -1;
  for (const s of splitSentences(passageText)) {
    const score = intersect(claim.content, analyse(foldPhrases(passageText.slice(s.start, s.end))).content).length;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

function intersect(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((w) => b.has(w));
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function nameCovered(words: string[], content: Set<string>): boolean {
  return content.has(words[words.length - 1]) && words.filter((w) => content.has(w)).length * 2 >= words.length;
}

/**
 * Is the passage about the same thing as the claim, ignoring the words of the
 * slot in dispute? Most remaining content words and at least half the
 * remaining names must be present.
 */
function onTopic(ctx: Context, slotWords: Iterable<string>, minCoverage = TOPIC_COVERAGE): boolean {
  const slot = new Set(slotWords);
  const rest = [...ctx.claim.content].filter((w) => !slot.has(w));
  if (rest.length === 0) return false;
  const cov = ratio(rest.filter((w) => ctx.window.content.has(w)).length, rest.length);
  const names = ctx.claim.names.filter((n) => !n.some((w) => slot.has(w)));
  const namesCov = names.length ? ratio(names.filter((n) => nameCovered(n, ctx.window.content)).length, names.length) : 1;
  // The sentence holding the rival fact must itself share something with the claim besides the slot.
  const inFocus = rest.some((w) => ctx.focus.content.has(w));
  return cov >= minCoverage && namesCov >= 0.5 && inFocus;
}

/** Share of the claim's content words, outside `slotWords`, that the central sentence holds. */
function focusShare(ctx: Context, slotWords: string[]): number {
  const rest = [...ctx.claim.content].filter((w) => !slotWords.includes(w));
  return ratio(rest.filter((w) => ctx.focus.content.has(w)).length, rest.length);
}

/** Words of a figure or date, so they can be left out of the topic test. */
function wordsOf(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

function shift(ctx: Context, s: Span): Span {
  return { start: ctx.focusStart + s.start, end: ctx.focusStart + s.end };
}

/** Can two quantities be compared at all: same kind and, for plain counts, about the same thing. */
function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'tally') return true;
  const shared = a.context.some((w) => b.context.includes(w));
  return shared || (a.kind === 'money' || a.kind === 'percent') && a.context.length === 0;
}

function matchedQuantity(q: Quantity, window: Analysis): boolean {
  return window.quantities.some((p) => p.kind === q.kind && compatible(q, p) && (comparable(q, p) || exactSame(q, p)));
}

function exactSame(a: Quantity, b: Quantity): boolean {
  return a.lo === b.lo && a.hi === b.hi && a.second === b.second;
}

function numberConflicts(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const q of ctx.claim.a.quantities) {
    if (matchedQuantity(q, ctx.window)) continue;
    const rival = ctx.focus.quantities.find((p) => comparable(q, p) && !compatible(q, p));
    if (!rival || !onTopic(ctx, [...wordsOf(q.text), ...q.context.filter(() => false)])) continue;
    out.push({ reason: `number: ${q.text.trim()} vs ${rival.text.trim()}`, highlights: [shift(ctx, rival)], strength: 1 });
  }
  return out;
}

function dateMatched(d: DateMention, window: Analysis): boolean {
  return window.dates.some((p) => sameDate(d, p) && (p.granularity === d.granularity || d.granularity === 'month'));
}

function dateConflicts(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const d of ctx.claim.a.dates) {
    if (dateMatched(d, ctx.window)) continue;
    const rival = ctx.focus.dates.find((p) => p.granularity === d.granularity && !sameDate(d, p));
    if (!rival) continue;
    const strict = d.granularity === 'year' ? 0.7 : TOPIC_COVERAGE;
    if (!onTopic(ctx, [...wordsOf(d.text), ...wordsOf(rival.text)], strict)) continue;
    out.push({ reason: `date: ${d.text} vs ${rival.text}`, highlights: [shift(ctx, rival)], strength: 0.9 });
  }
  return out;
}

function roleConflicts(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.claim.a.roles) {
    if (r.holder.some((w) => ctx.window.content.has(w))) continue;
    const rival = ctx.window.roles.find((p) => p.key === r.key && !p.holder.some((w) => r.holder.includes(w)));
    if (!rival) continue;
    const slot = [...r.key.split(' '), ...r.holder];
    const rest = [...ctx.claim.content].filter((w) => !slot.includes(w));
    if (!rest.some((w) => ctx.window.content.has(w))) continue;
    const at = rival.end - rival.holderText.length;
    out.push({
      reason: `name: ${r.holderText} vs ${rival.holderText} (${ctx.passageText.slice(rival.start, at).trim()})`,
      highlights: [{ start: at, end: rival.end }],
      strength: 0.9,
    });
  }
  return out;
}

function speakerConflicts(ctx: Context): Finding[] {
  const speaker = ctx.claim.a.speaker;
  // A quote often runs on after the sentence that names its speaker.
  const rival = ctx.focus.speaker ?? ctx.window.speaker;
  if (!speaker || !rival) return [];
  const words = speaker.words.filter((w) => !STOP_WORDS.has(w));
  if (words.some((w) => ctx.window.content.has(w)) || rival.words.some((w) => words.includes(w))) return [];
  // Misattribution is only called for quoted words: the quote must be in the passage, said by someone else.
  const quote = /["“]([^"”]{12,})["”]/.exec(ctx.claim.a.text)?.[1];
  if (!quote) return [];
  const quoted = [...new Set(tokenize(quote).map((t) => t.norm).filter((w) => !STOP_WORDS.has(w)))];
  if (ratio(quoted.filter((w) => ctx.focus.content.has(w)).length, quoted.length) < 0.8) return [];
  return [{ reason: `speaker: ${speaker.text} vs ${rival.text}`, highlights: [shift(ctx, rival)], strength: 0.8 }];
}

function antonymConflicts(ctx: Context): Finding[] {
  const out: Finding[] = [];
  if ((ctx.claim.a.negations > 0) !== (ctx.focus.negations > 0)) return out;
  for (const [side, word] of ctx.claim.a.antonyms) {
    if (ctx.focus.content.has(word.norm)) continue;
    const [pair, which] = side.split(':');
    const opposite = ctx.focus.antonyms.get(`${pair}:${which === '0' ? 1 : 0}`);
    if (!opposite || ctx.claim.a.antonyms.has(`${pair}:${which === '0' ? 1 : 0}`)) continue;
    if (!onTopic(ctx, [word.norm, opposite.norm])) continue;
    // When the claim's word occurs elsewhere in the passage, the opposite must be about the claim's own subject.
    if (ctx.window.content.has(word.norm) && focusShare(ctx, [word.norm, opposite.norm]) < 0.5) continue;
    out.push({ reason: `predicate: ${word.raw} vs ${opposite.raw}`, highlights: [shift(ctx, opposite)], strength: 0.8 });
  }
  return out;
}

/** Negation cues whose next few words include one of `targets`: the negation bears on shared content. */
function boundNegations(a: Analysis, targets: Set<string>): Token[] {
  return a.tokens.filter((t, i) => NEGATION_CUE.test(t.raw)
    && a.tokens.slice(i + 1, i + 1 + NEGATION_REACH).some((n) => targets.has(n.norm)));
}

const NEGATION_CUE = /^(?:not|no|never|neither|nor|without|none|cannot)$|n['’]t$/i;
/** How many words after a negation cue it is taken to govern. */
const NEGATION_REACH = 4;

function negationConflicts(ctx: Context): Finding[] {
  const claimNeg = boundNegations(ctx.claim.a, ctx.focus.content);
  const passageNeg = boundNegations(ctx.focus, ctx.claim.content);
  if ((claimNeg.length > 0) === (passageNeg.length > 0)) return [];
  const focusCoverage = ratio(intersect(ctx.claim.content, ctx.focus.content).length, ctx.claim.content.size);
  if (focusCoverage < NEGATION_COVERAGE || !onTopic(ctx, [], 0.8)) return [];
  const cue = claimNeg[0] ?? passageNeg[0];
  const hl = passageNeg.map((t) => shift(ctx, t));
  return [{ reason: `negation: ${claimNeg.length ? 'claim' : 'passage'} says "${cue.raw}"`, highlights: hl, strength: 0.6 }];
}

/** Support needs the claim's names, figures, dates, speaker and predicate in the passage. */
function supportOrMention(ctx: Context, overlap: string[], coverage: number): StanceResult {
  const { claim, window, focus } = ctx;
  const missing: string[] = [];
  for (const n of claim.names) if (!nameCovered(n, window.content)) missing.push(n.join(' '));
  for (const q of claim.a.quantities) if (!matchedQuantity(q, window)) missing.push(q.text.trim());
  const windowHasYear = window.dates.some((d) => d.granularity === 'year');
  for (const d of claim.a.dates) {
    if (d.granularity === 'year' && !windowHasYear) continue;
    if (!dateMatched(d, window)) missing.push(d.text);
  }
  for (const [, word] of claim.a.antonyms) if (!window.content.has(word.norm)) missing.push(word.raw);
  const focusCoverage = ratio(intersect(claim.content, focus.content).length, claim.content.size);
  const highlights = highlightWords(ctx, new Set(overlap));
  if (!missing.length && coverage >= SUPPORT_COVERAGE && focusCoverage >= SUPPORT_FOCUS_COVERAGE) {
    const reasons = [`covers ${Math.round(coverage * 100)}% of the claim's content`];
    const anchors = [...claim.a.quantities.map((q) => q.text.trim()), ...claim.a.dates.map((d) => d.text)];
    if (anchors.length) reasons.push(`same figures: ${anchors.join(', ')}`);
    return { stance: 'supports', confidence: round(Math.min(0.95, 0.4 + 0.6 * coverage * (0.5 + focusCoverage / 2))), reasons, highlights };
  }
  const reasons = [`shares ${overlap.length} content words`];
  if (missing.length) reasons.push(`does not state: ${missing.slice(0, 3).join(', ')}`);
  return { stance: 'mentions', confidence: round(0.3 + 0.5 * coverage), reasons, highlights };
}

function highlightWords(ctx: Context, words: Set<string>): Span[] {
  return ctx.focus.tokens.filter((t) => words.has(t.norm)).map((t) => shift(ctx, t));
}
