/**
 * Stance of a passage towards a claim. Conflicts come from specific
 * detectors (figures, dates, office holders, speakers, opposite predicates,
 * negation), each of which only fires when the passage is about the same
 * thing as the claim (it shares the claim's other content and names), so
 * that a passage on a different event never raises a false alarm. Support
 * needs the claim's names, figures, dates and most of its content words to
 * be in the passage; merely sharing words gives `mentions`.
 */
import nlp from 'compromise';
import type { Span, Stance } from '../types';
import { analyse, type Analysis } from '../text/analysis';
import { compatible, type Quantity } from '../text/quantities';
import { sameDate, type DateMention } from '../text/dates';
import { properNames } from '../claims/detect';
import { isAside, type Name, type Role } from '../text/entities';
import { splitSentences } from '../text/sentences';
import { STOP_WORDS, foldPhrases, isContent, tokenize, type Token } from '../text/tokens';
import {
  ANTONYM_SIDES, CAPITALS, CONDITIONAL_OPENERS, DENIAL_VERBS, NEUTRAL_REPORTING, NORMATIVE_FRAMES, OBLIGATION_MODALS, PRESENCE_RE, SPEECH_VERBS, SYNONYMS,
} from '../lexicon';

/** Result of judging one claim against one passage. */
export interface StanceResult {
  stance: Stance;
  /** Confidence in [0, 1]. */
  confidence: number;
  reasons: string[];
  /** Spans inside the passage text to emphasise. */
  highlights: Span[];
  /**
   * True when every conflict rests on a weekday alone. Weekdays recur (a
   * "Monday call" and a "Thursday call" can both be real), so the checker lets
   * other evidence that states the claim's weekday settle such a conflict.
   */
  weak?: boolean;
  /**
   * True for a `mentions` related by vocabulary only: it states none of the
   * claim's figures or dates, and either shares fewer than
   * {@link MENTION_MIN_WORDS} content words or shares neither a name nor
   * {@link MENTION_COVERAGE} of the claim's content words. The checker leaves
   * these out of evidence lists.
   */
  incidental?: boolean;
}

/** Share of the claim's content words a passage must hold to support it. */
const SUPPORT_COVERAGE = 0.6;
/** Share of the claim's content words the central sentence must hold to support it. */
const SUPPORT_FOCUS_COVERAGE = 0.3;
/** Share of the claim's other content words a passage must hold before a detector may call a conflict. */
const TOPIC_COVERAGE = 0.5;
/** Below this share of content words (and fewer than two shared words) a passage is unrelated. */
const RELATED_COVERAGE = 0.2;
/** Share of the claim's content words a `mentions` without any shared name, figure or date must hold to be shown. */
const MENTION_COVERAGE = 0.5;
/** Fewest shared content words of a `mentions` shown without a shared figure or date. */
const MENTION_MIN_WORDS = 3;
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
  /** Rests on a weekday only (see {@link StanceResult.weak}). */
  weak?: boolean;
}

/**
 * Judges a passage against a claim. `focus` is the span of the passage's
 * central sentence inside `passageText`; without it the sentence sharing
 * most words with the claim is used.
 */
export function judgeStance(claimText: string, passageText: string, focus?: Span): StanceResult {
  const claim = claimedOf(claimText);
  const window = read(passageText);
  const overlap = intersect(claim.content, window.content);
  const coverage = ratio(overlap.length, claim.content.size);
  if (coverage < RELATED_COVERAGE || overlap.length < 2 && claim.content.size > 2) {
    return { stance: 'unrelated', confidence: round(1 - coverage), reasons: [], highlights: [] };
  }
  const span = focus ?? bestSentence(claim, passageText);
  const ctx: Context = {
    claim, passageText, window, focus: read(passageText.slice(span.start, span.end)), focusStart: span.start,
  };
  const conflicts = [
    ...numberConflicts(ctx), ...dateConflicts(ctx), ...roleConflicts(ctx), ...speakerConflicts(ctx),
    ...antonymConflicts(ctx), ...negationConflicts(ctx), ...actorConflicts(ctx), ...orderConflicts(ctx),
  ];
  if (conflicts.length) {
    const strength = Math.max(...conflicts.map((c) => c.strength));
    return {
      stance: 'conflicts',
      confidence: round(Math.min(0.95, 0.5 + 0.45 * strength * Math.min(1, coverage + 0.3))),
      reasons: conflicts.map((c) => c.reason),
      highlights: conflicts.flatMap((c) => c.highlights),
      ...(conflicts.every((c) => c.weak) ? { weak: true } : {}),
    };
  }
  return supportOrMention(ctx, overlap, coverage);
}

/** Concept of a token: its synonym group when it has one (see {@link SYNONYMS}), else its normal form. */
function concept(t: Token): string {
  return SYNONYMS.get(t.raw.toLowerCase()) ?? t.norm;
}

const views = new WeakMap<Analysis, Analysis>();

/**
 * The shared analysis of `text`, with content words mapped to concepts so
 * that near-synonyms cover each other, neutral reporting verbs left out,
 * "was at" read as attending, and a capital's country added beside it. Every comparison in this module uses it.
 */
function read(text: string): Analysis {
  const a = analyse(foldPhrases(text));
  let view = views.get(a);
  if (!view) {
    const content = new Set(a.tokens.filter((t) => isContent(t) && !NEUTRAL_REPORTING.has(t.raw.toLowerCase())).map(concept));
    if (PRESENCE_RE.test(a.text)) content.add(SYNONYMS.get('attend') ?? 'attend');
    for (const w of [...content]) if (CAPITALS.has(w)) content.add(countryOf(w));
    view = { ...a, content };
    views.set(a, view);
  }
  return view;
}

/**
 * A capital stands for its country (see {@link CAPITALS}): a passage's
 * content holds both, and a claim's capital is read as the country, so either
 * wording covers the other.
 */
function countryOf(word: string): string {
  return CAPITALS.get(word) ?? word;
}

function claimedOf(text: string): Claimed {
  const a = read(text);
  const figureWords = new Set(
    [...a.quantities, ...a.dates].flatMap((x) => tokenize(x.text).map((t) => t.norm)),
  );
  const content = new Set([...a.content].filter((w) => !figureWords.has(w) && !/^\d/.test(w)).map(countryOf));
  const names = properNames(foldPhrases(text))
    .map((n) => tokenize(n).map((t) => countryOf(t.norm)).filter((w) => !STOP_WORDS.has(w) && !figureWords.has(w)))
    .filter((ws) => ws.length > 0);
  return { a, content, names };
}

/** The passage sentence that shares most content words with the claim. */
function bestSentence(claim: Claimed, passageText: string): Span {
  let best: Span = { start: 0, end: passageText.length };
  let bestScore = -1;
  for (const s of splitSentences(passageText)) {
    const score = intersect(claim.content, read(passageText.slice(s.start, s.end)).content).length;
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
function onTopic(ctx: Context, slotWords: Iterable<string>, minCoverage = TOPIC_COVERAGE, followAnaphora = false): boolean {
  const slot = new Set(slotWords);
  const rest = [...ctx.claim.content].filter((w) => !slot.has(w));
  if (rest.length === 0) return false;
  const cov = ratio(rest.filter((w) => ctx.window.content.has(w)).length, rest.length);
  const names = ctx.claim.names.filter((n) => !n.some((w) => slot.has(w)));
  const namesCov = names.length ? ratio(names.filter((n) => nameCovered(n, ctx.window.content)).length, names.length) : 1;
  // The sentence holding the rival fact must itself share something with the claim besides the slot,
  // or refer back ("The call lasted...") to a sentence that does.
  const shares = (a: Analysis): boolean => rest.some((w) => a.content.has(w));
  const antecedent = followAnaphora && !shares(ctx.focus) ? antecedentOf(ctx) : undefined;
  const inFocus = shares(ctx.focus) || antecedent !== undefined && shares(antecedent);
  return cov >= minCoverage && namesCov >= 0.5 && inFocus;
}

/** A sentence opening with a pronoun or a definite noun phrase ("It", "The call") continues the one before. */
const ANAPHORIC_OPENING = /^\s*(?:it|he|she|they|this|that|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:was|were|is|are|had|has|lasted|took|ran|came|ended|began))\b/iu;

/** The sentence before the central one, when the central one refers back to it. */
function antecedentOf(ctx: Context): Analysis | undefined {
  if (!ANAPHORIC_OPENING.test(ctx.focus.text)) return undefined;
  const before = splitSentences(ctx.passageText.slice(0, ctx.focusStart));
  const last = before[before.length - 1];
  return last ? read(ctx.passageText.slice(last.start, last.end)) : undefined;
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
  return shared || (a.kind === 'money' || a.kind === 'percent') && a.context.length === 0
    || a.kind === 'duration' && !attributive(a) && !attributive(b) && sameMagnitude(a, b);
}

/**
 * A hyphenated duration ("a 72-hour truce") describes the noun after it,
 * while "lasted 48 hours" measures the clause's event; only the latter kind
 * is compared without shared context.
 */
function attributive(q: Quantity): boolean {
  return /-\s*(?:second|minute|hour|day|week|month|year|decade)s?(?:-long)?$/i.test(q.text.trim());
}

/**
 * Durations of one event are written with different nouns around them ("the
 * call lasted almost an hour", "spoke for about 90 minutes"), so they are
 * compared without shared context, but only within one order of magnitude:
 * "90 minutes" and "in nearly three years" measure different things.
 */
const DURATION_SPREAD = 10;
function sameMagnitude(a: Quantity, b: Quantity): boolean {
  const mid = (q: Quantity): number => Number.isFinite(q.hi) ? (q.lo + q.hi) / 2 : q.lo;
  const [x, y] = [mid(a), mid(b)];
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= DURATION_SPREAD;
}

/**
 * Names attached to a figure's noun phrase: a possessor ("Putin's first
 * call") or a partner ("the first call with Macron", "talks between X and Y").
 * Two ordinals or counts only count the same thing when these agree.
 */
function participantsOf(a: Analysis, q: Span): Name[] {
  return a.names.filter((n) => {
    if (n.end <= q.start) return /['’]s\s+(?:[\p{L}-]+\s+)?$/u.test(a.text.slice(n.start, q.start)) && q.start - n.end <= 20;
    const gap = a.text.slice(q.end, n.start);
    // A dash, bracket or comma closes the noun phrase ("a call with X—part of Y's effort", "a truce, proposing
    // talks with Y"): names beyond it are no partners.
    return n.start >= q.end && gap.length <= 60 && /\b(?:with|between|against)\b/i.test(gap) && !/[.,;:()—–]/.test(gap);
  });
}

/** Every participant of each figure is named on the other side too. */
function sameParticipants(ctx: Context, q: Quantity, rival: Quantity): boolean {
  const rivalOwn = participantsOf(ctx.focus, rival).every((n) => nameCovered(n.words, ctx.claim.a.content));
  const claimOwn = participantsOf(ctx.claim.a, q).every((n) => nameCovered(n.words, ctx.window.content));
  return rivalOwn && claimOwn;
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
    const rival = ctx.focus.quantities.find((p) => comparable(q, p) && !compatible(q, p) && sameParticipants(ctx, q, p));
    if (!rival || !onTopic(ctx, wordsOf(q.text), TOPIC_COVERAGE, true)) continue;
    out.push({ reason: `number: ${q.text.trim()} vs ${rival.text.trim()}`, highlights: [shift(ctx, rival)], strength: 1 });
  }
  return out;
}

function dateMatched(d: DateMention, window: Analysis): boolean {
  return window.dates.some((p) => sameDate(d, p) && (p.granularity === d.granularity || d.granularity === 'month'));
}

function dateConflicts(ctx: Context): Finding[] {
  const out: Finding[] = [];
  const claimDates = ctx.claim.a.dates;
  for (const d of claimDates) {
    if (dateMatched(d, ctx.window)) continue;
    // A rival that equals another of the claim's dates dates something else the claim also mentions.
    const rival = ctx.focus.dates.find((p) => p.granularity === d.granularity && !sameDate(d, p)
      && !claimDates.some((c) => c.granularity === p.granularity && sameDate(c, p)));
    if (!rival) continue;
    const strict = d.granularity === 'year' ? 0.7 : TOPIC_COVERAGE;
    if (!onTopic(ctx, [...wordsOf(d.text), ...wordsOf(rival.text)], strict)) continue;
    const weekday = d.granularity === 'weekday';
    if (weekday && !sameDatedEvent(ctx, d, rival)) continue;
    out.push({ reason: `date: ${d.text} vs ${rival.text}`, highlights: [shift(ctx, rival)], strength: 0.9, weak: weekday });
  }
  return out;
}

/** Whether a date says when something was said ("said on Tuesday", "told reporters Friday") or when it happened. */
type DateRole = 'statement' | 'event';

function dateRole(a: Analysis, d: Span): DateRole {
  const before = a.tokens.filter((t) => t.end <= d.start).slice(-3);
  if (before.some((t) => SPEECH_VERBS.has(t.norm))) return 'statement';
  const next = a.tokens.find((t) => t.start >= d.end);
  return next && SPEECH_VERBS.has(next.norm) && !/[,;:]/.test(a.text.slice(d.end, next.start)) ? 'statement' : 'event';
}

/** Share of the claim's event words (content other than names and the date) the central sentence must hold. */
const EVENT_COVERAGE = 0.5;

/**
 * Weekdays recur, so two weekdays only contradict each other when they date
 * the same kind of thing (both a statement, or both the event) and the
 * central sentence describes the claim's event: it holds most of the claim's
 * words that are not names (the predicate and its nouns), not just the same
 * people.
 */
function sameDatedEvent(ctx: Context, d: DateMention, rival: DateMention): boolean {
  return dateRole(ctx.claim.a, d) === dateRole(ctx.focus, rival) && describesEvent(ctx.claim, ctx.focus, [d, rival])
    && anchorWords(ctx.claim.a, d).some((w) => ctx.focus.content.has(w))
    && anchorWords(ctx.focus, rival).some((w) => ctx.claim.a.content.has(w));
}

/** How many words either side of a date are taken as what it dates. */
const ANCHOR_REACH = 3;

/** Content words next to a date: what it dates ("Monday's phone call", "spoke by phone on Thursday"). */
function anchorWords(a: Analysis, d: Span): string[] {
  const before = a.tokens.filter((t) => t.end <= d.start).slice(-ANCHOR_REACH);
  const after = a.tokens.filter((t) => t.start >= d.end).slice(0, ANCHOR_REACH);
  return [...before, ...after].filter((t) => isContent(t) && !/^\d/.test(t.norm)).map(concept);
}

/** The sentence holds most of the claim's words that are neither names nor the dates in `slot`. */
function describesEvent(claim: Claimed, sentence: Analysis, slot: DateMention[]): boolean {
  const nameWords = new Set(claim.names.flat());
  const slotWords = new Set(slot.flatMap((x) => wordsOf(x.text)));
  const events = [...claim.content].filter((w) => !nameWords.has(w) && !slotWords.has(w) && !SPEECH_VERBS.has(w));
  return events.length > 0 && ratio(events.filter((w) => sentence.content.has(w)).length, events.length) >= EVENT_COVERAGE;
}

/**
 * True when the passage's central sentence (`focus`, offsets into
 * `passageText`) gives each of the claim's weekdays to the claim's event:
 * evidence that the claim's day is right, which settles a weak conflict
 * elsewhere (see {@link StanceResult.weak}).
 */
export function statesClaimWeekdays(claimText: string, passageText: string, focus: Span): boolean {
  const claim = claimedOf(claimText);
  const sentence = read(passageText.slice(focus.start, focus.end));
  const weekdays = claim.a.dates.filter((d) => d.granularity === 'weekday');
  return weekdays.length > 0 && weekdays.every((d) => sentence.dates.some((p) => p.granularity === 'weekday'
    && sameDate(d, p) && dateRole(claim.a, d) === dateRole(sentence, p) && describesEvent(claim, sentence, [d])));
}

/**
 * How two roles compare: `same` when qualifier and office agree ("German
 * Chancellor"), `loose` when the offices agree and one side names no
 * qualifier ("President X" against "Russian President Y"), else `none`.
 */
function officeMatch(a: Role, b: Role): 'same' | 'loose' | 'none' {
  if (a.key === b.key) return 'same';
  return a.office === b.office && (!a.qualified || !b.qualified) ? 'loose' : 'none';
}

/**
 * A different person in the claim's office. The passage must not also give
 * the claim's holder that office, and the rival must not be named in the
 * claim (a claim about two presidents names both). When the offices only
 * loosely agree, or the claim's holder is named elsewhere in the passage (in
 * another office), the rival must sit in the central sentence and the passage
 * must be about the claim's event ({@link onTopic}); a qualified office whose
 * holder the passage never names only needs one other shared word, since the
 * office itself already ties the two together.
 */
function roleConflicts(ctx: Context): Finding[] {
  const out: Finding[] = [];
  const focusEnd = ctx.focusStart + ctx.focus.text.length;
  for (const r of ctx.claim.a.roles) {
    const holds = (p: Role): boolean => p.holder.some((w) => r.holder.includes(w));
    if (ctx.window.roles.some((p) => officeMatch(r, p) !== 'none' && holds(p))) continue;
    const rival = ctx.window.roles.find((p) => officeMatch(r, p) !== 'none' && !p.holder.some((w) => ctx.claim.a.content.has(w))
      && rivalStands(ctx, r, p, focusEnd));
    if (!rival) continue;
    const title = ctx.passageText.slice(rival.start, rival.end).replace(rival.holderText, '').replace(/^[\s,]+|[\s,]+$/g, '');
    out.push({
      reason: `name: ${r.holderText} vs ${rival.holderText} (${title})`,
      highlights: [{ start: rival.holderStart, end: rival.holderStart + rival.holderText.length }],
      strength: 0.9,
    });
  }
  return out;
}

/** The topic tests a rival office holder must pass (see {@link roleConflicts}). */
function rivalStands(ctx: Context, r: Role, rival: Role, focusEnd: number): boolean {
  const slot = [...r.key.split(' '), ...rival.key.split(' '), ...r.holder];
  const strict = officeMatch(r, rival) === 'loose' || r.holder.some((w) => ctx.window.content.has(w));
  if (!strict) return [...ctx.claim.content].some((w) => !slot.includes(w) && ctx.window.content.has(w));
  const inFocus = rival.start >= ctx.focusStart && rival.end <= focusEnd;
  // Both people in the central sentence are two people ("Putin's call with French President Macron"), not a swap.
  const bothNamed = nameCovered(r.holder, ctx.focus.content);
  return inFocus && !bothNamed && onTopic(ctx, slot);
}

/** Auxiliaries allowed between an actor and its verb ("Kyiv has summoned"). */
const AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'then', 'later', 'again']);
const ACTOR_GAP = new RegExp(`^(?:\\s+(?:${[...AUXILIARIES].join('|')}))*\\s+$`);

/** A predicate with the name that performs it: "Ukraine summoned the envoy". */
interface Action {
  actor: Name;
  verb: Token;
  object: Set<string>;
}

/**
 * Predicates whose subject is a name written right before them (optionally
 * with an auxiliary): the name is the actor. Speech verbs are left to the
 * speaker detector, and a verb needs an object so that two actions can be
 * aligned.
 */
function actionsOf(a: Analysis): Action[] {
  const out: Action[] = [];
  for (const actor of a.names) {
    // A capitalised pronoun or determiner opening a sentence ("We", "This") is no name.
    if (!actor.words.some((w) => !STOP_WORDS.has(w))) continue;
    let k = a.tokens.findIndex((t) => t.start >= actor.end);
    while (k >= 0 && k < a.tokens.length && AUXILIARIES.has(a.tokens[k].raw)) k++;
    const verb = a.tokens[k];
    if (!verb || !ACTOR_GAP.test(a.text.slice(actor.end, verb.start))) continue;
    if (!/^\p{Ll}/u.test(verb.raw) || !isContent(verb) || SPEECH_VERBS.has(verb.norm)) continue;
    const object = objectOf(a, k);
    if (object.size) out.push({ actor, verb, object });
  }
  return out;
}

/** Content words after the predicate at token `i`, up to a preposition or the end of the clause. */
function objectOf(a: Analysis, i: number): Set<string> {
  const out = new Set<string>();
  for (let k = i + 1; k < a.tokens.length && k <= i + ARGUMENT_REACH; k++) {
    const t = a.tokens[k];
    if (/[,;:()"“”—–]|\s-\s/.test(a.text.slice(a.tokens[k - 1].end, t.start)) || OBJECT_ENDS.has(t.raw.toLowerCase())) break;
    if (isContent(t)) out.add(concept(t));
  }
  return out;
}

/**
 * Words that make a capitalised name a place or an institution rather than a person. Places and
 * institutions stand for one another ("Washington", "the US", "the White House"; "Moscow", "the
 * Kremlin"), so two of them doing the same thing is no evidence of a different actor.
 */
const INSTITUTION_WORDS = new Set([
  'house', 'states', 'state', 'union', 'kingdom', 'nations', 'republic', 'federation', 'ministry', 'office',
  'department', 'council', 'committee', 'party', 'government', 'kremlin', 'commission', 'parliament', 'congress',
  'senate', 'court', 'bank', 'institute', 'agency', 'army', 'forces', 'city', 'county', 'pentagon', 'administration',
  'white', 'united', 'european', 'national', 'federal', 'street', 'square', 'hall',
]);

/** A person's name: two or more words (given name and surname), none of them an institution word. */
function looksLikePerson(name: Name): boolean {
  return name.words.length >= 2 && !name.words.some((w) => INSTITUTION_WORDS.has(w));
}

/**
 * The same action on the same object by another person: "Anna Berg summoned the
 * ambassador" against "Piotr Nowak summoned the ambassador". Only when the actor
 * slots align (each name is the subject of the same predicate, whose objects
 * share a word), the claim's actor is named nowhere in the passage and the
 * rival nowhere in the claim, and the passage is about the claim's event.
 */
function actorConflicts(ctx: Context): Finding[] {
  const out: Finding[] = [];
  const rivals = actionsOf(ctx.focus).filter((r) => looksLikePerson(r.actor));
  if (!rivals.length) return out;
  for (const act of actionsOf(ctx.claim.a).filter((c) => looksLikePerson(c.actor))) {
    if (act.actor.words.some((w) => ctx.window.content.has(w))) continue;
    const rival = rivals.find((r) => concept(r.verb) === concept(act.verb) && [...r.object].some((w) => act.object.has(w))
      && !r.actor.words.some((w) => ctx.claim.a.content.has(w) || act.actor.words.includes(w)));
    if (!rival || !onTopic(ctx, [...act.actor.words, ...rival.actor.words])) continue;
    out.push({ reason: `actor: ${act.actor.text} vs ${rival.actor.text} (${rival.verb.raw})`, highlights: [shift(ctx, rival.actor)], strength: 0.8 });
  }
  return out;
}

/**
 * Words put in someone else's mouth. The claim's speaker says words that the
 * passage quotes from another named person: either the claim quotes them too,
 * or (reported speech without quotation marks, "X said (that) ...") they are
 * the clause after the speech verb, long enough that near-verbatim overlap
 * cannot be chance. The claim's speaker must not be credited in any passage
 * sentence quoting the words: neither as its speaker nor named outside its
 * quotation (a name inside the quote is what is talked about).
 */
function speakerConflicts(ctx: Context): Finding[] {
  const speaker = ctx.claim.a.speaker;
  if (!speaker) return [];
  const words = speaker.words.filter((w) => !STOP_WORDS.has(w));
  if (!words.length) return [];
  // Titles are shared by many people ("Mayor X", "Mayor Y"): the surname decides who is named.
  const said = saidWords(ctx.claim.a, speaker);
  if (!said) return [];
  const found = quotingSentences(ctx.passageText, said);
  if (!found.length) return [];
  // Names are compared without diacritics, which sources drop or keep at will ("Aslund", "Åslund").
  const named = words.map(foldMarks);
  const surname = named[named.length - 1];
  const credited = found.some((f) => f.speaker.words.map(foldMarks).includes(surname)
    || nameCovered(named, new Set([...f.outsideQuotes].map(foldMarks))));
  // An institution's words are spoken by its people ("the ministry said" / "its spokesman said").
  const institution = speaker.words.some((w) => INSTITUTION_WORDS.has(w)) && nameCovered(words, ctx.window.content);
  if (credited || institution) return [];
  const { speaker: rival, offset } = found[0];
  if (innerSpeaker(ctx.claim.a, rival)) return [];
  return [{ reason: `speaker: ${speaker.text} vs ${rival.text}`, highlights: [{ start: offset + rival.start, end: offset + rival.end }], strength: 0.8 }];
}

/** How many words may stand between a speaker's surname and the speech verb ("Trump also told"). */
const INNER_SPEECH_REACH = 3;

/**
 * Is `rival` itself a speaker inside the claim? "X said Y told Z that ..."
 * reports Y's words through X, so a passage quoting Y is the nested speech
 * the claim describes, not a misattribution.
 */
function innerSpeaker(claim: Analysis, rival: Name): boolean {
  const surname = foldMarks(rival.words[rival.words.length - 1] ?? '');
  return claim.tokens.some((t, i) => foldMarks(t.norm) === surname
    && claim.tokens.slice(i + 1, i + 1 + INNER_SPEECH_REACH).some((n) => SPEECH_VERBS.has(n.norm)));
}

/** A word without its combining marks. */
function foldMarks(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Share of a claim's said words the passage's own quotation must hold. */
const QUOTE_COVERAGE = 0.8;
/** Fewest distinct words of reported speech without quotation marks that are matched against quotations. */
const REPORTED_MIN_WORDS = 3;
/** Quotations in double quotes, or in single quotes that are not apostrophes ("Trump's" is no quote mark). */
const QUOTATION_RE = /["“]([^"”]+)["”]?|(?<![\p{L}\p{N}])['‘]([^\n]*?[^\s'’])['’](?![\p{L}\p{N}])/gu;

/**
 * Where the quoted words of `text` lie. Found over the whole passage, so a
 * quotation running over several sentences ('He warned: "A. B."') lends its
 * later sentences' words to the speaker who opened it.
 */
function quotedSpans(text: string): Span[] {
  return [...text.matchAll(QUOTATION_RE)].map((m) => {
    const inner = m[1] ?? m[2];
    const start = (m.index ?? 0) + m[0].indexOf(inner);
    return { start, end: start + inner.length };
  });
}

/** `text` with the given spans replaced by spaces. */
function blank(text: string, spans: Span[]): string {
  let out = text;
  for (const q of spans) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

function quotationsOf(text: string): string[] {
  return [...text.matchAll(QUOTATION_RE)].map((m) => m[1] ?? m[2]);
}

function wordSet(text: string): string[] {
  return [...new Set(tokenize(text).map((t) => t.norm).filter((w) => !STOP_WORDS.has(w)))];
}

/**
 * The words the claim says its speaker said: its quotation, or else the
 * clause after the speaker's speech verb ("X said (that) <clause>") when it
 * has at least {@link REPORTED_MIN_WORDS} words.
 */
function saidWords(a: Analysis, speaker: Name): string[] | undefined {
  const quote = /["“]([^"”]{12,})["”]/.exec(a.text)?.[1];
  if (quote) return wordSet(quote);
  if (quotationsOf(a.text).length) return undefined;
  const near = (t: Token): boolean => t.start - speaker.end <= 30 || isAside(a.text.slice(speaker.end, t.start));
  const verb = a.tokens.find((t) => t.start >= speaker.end && SPEECH_VERBS.has(t.norm) && near(t));
  if (!verb) return undefined;
  const said = wordSet(a.text.slice(verb.end));
  return said.length >= REPORTED_MIN_WORDS ? said : undefined;
}

/** A determiner and lower-case words before a speech verb: "the aide (was quoted as) saying", "an official said". */
const GENERIC_SUBJECT_RE = /(?:^|[,;"]\s*)(?:the|an?|one|another)\s+(?:[\p{Ll}-]+\s+){1,3}(?:(?:was|were)\s+quoted\s+as\s+|(?:has|had|also)\s+)?$/u;
/** A determiner and a lower-case noun right after a speech verb: '"...," said the official'. */
const GENERIC_INVERTED_RE = /^\s+(?:the|an?|one|another)\s+[\p{Ll}-]+/u;

/**
 * Does the sentence attribute its quotation to a common-noun reference ("the
 * aide", "an official") rather than a name or a pronoun? Such a reference may
 * denote anyone the article introduced with that noun, so the nearest
 * earlier speaker is no evidence of who is quoted; a pronoun ("he said")
 * still refers back to it.
 */
function genericSpeaker(sentence: string): boolean {
  const outside = sentence.replace(QUOTATION_RE, '"');
  return tokenize(outside).some((t) => SPEECH_VERBS.has(t.norm)
    && (GENERIC_SUBJECT_RE.test(outside.slice(0, t.start)) || /[,"]\s*$/.test(outside.slice(0, t.start)) && GENERIC_INVERTED_RE.test(outside.slice(t.end))));
}

/**
 * The passage sentences whose quotations hold the claim's said words, each
 * with the speaker it names and its words outside quotation marks; a quote
 * that runs on from an earlier sentence takes the speaker of the nearest
 * sentence before it that names one.
 */
function quotingSentences(passageText: string, said: string[]): { speaker: Name; offset: number; outsideQuotes: Set<string> }[] {
  const sentences = splitSentences(passageText);
  const quoted = quotedSpans(passageText);
  const out: { speaker: Name; offset: number; outsideQuotes: Set<string> }[] = [];
  sentences.forEach((s, at) => {
    const text = passageText.slice(s.start, s.end);
    const inside = quoted.map((q) => ({ start: Math.max(q.start, s.start), end: Math.min(q.end, s.end) })).filter((q) => q.start < q.end);
    const words = new Set(tokenize(inside.map((q) => passageText.slice(q.start, q.end)).join(' ')).map((t) => t.norm));
    if (ratio(said.filter((w) => words.has(w)).length, said.length) < QUOTE_COVERAGE) return;
    const outsideQuotes = read(blank(text, inside.map((q) => ({ start: q.start - s.start, end: q.end - s.start })))).content;
    // "..., the aide said" names nobody: an earlier sentence's speaker is not who is quoted here.
    if (!read(text).speaker && genericSpeaker(text)) return;
    for (let k = at; k >= 0; k--) {
      const speaker = read(passageText.slice(sentences[k].start, sentences[k].end)).speaker;
      if (speaker) {
        out.push({ speaker, offset: sentences[k].start, outsideQuotes });
        return;
      }
    }
  });
  return out;
}

/** "the day before X", "a week after X": a time unit placing one event relative to another. */
const RELATIVE_TIME_RE = /\b(day|night|week|month|year|hour)s?\s+(before|after)\s+((?:["“‘]?[\p{L}\p{N}'’-]+["”]?\s*){1,4})/giu;

interface RelativeTime { unit: string; order: string; anchor: string[]; span: Span }

function relativeTimesOf(text: string): RelativeTime[] {
  return [...text.matchAll(RELATIVE_TIME_RE)].map((m) => ({
    unit: m[1].toLowerCase(),
    order: m[2].toLowerCase(),
    anchor: [...read(m[3]).content],
    span: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length },
  }));
}

/**
 * "the day before X" against "the day after X": the same unit placing the
 * same anchor event on the other side. Before/after are stop words, so the
 * antonym detector never sees them; the anchor's words must be shared and the
 * rest of the claim be on topic.
 */
function orderConflicts(ctx: Context): Finding[] {
  const out: Finding[] = [];
  const claimed = relativeTimesOf(ctx.claim.a.text);
  const stated = relativeTimesOf(ctx.focus.text);
  for (const c of claimed) {
    if (stated.some((p) => p.unit === c.unit && p.order === c.order)) continue;
    const rival = stated.find((p) => p.unit === c.unit && p.anchor.some((w) => c.anchor.includes(w)));
    if (!rival || !onTopic(ctx, [])) continue;
    out.push({ reason: `order: ${c.unit} ${c.order} vs ${rival.unit} ${rival.order}`, highlights: [shift(ctx, rival.span)], strength: 0.8 });
  }
  return out;
}

function antonymConflicts(ctx: Context): Finding[] {
  const out: Finding[] = [];
  if ((ctx.claim.a.negations > 0) !== (ctx.focus.negations > 0)) return out;
  for (const [side, word] of ctx.claim.a.antonyms) {
    if (ctx.focus.content.has(concept(word))) continue;
    const [pair, which] = side.split(':');
    const opposite = ctx.focus.antonyms.get(`${pair}:${which === '0' ? 1 : 0}`);
    if (!opposite || ctx.claim.a.antonyms.has(`${pair}:${which === '0' ? 1 : 0}`)) continue;
    if (!onTopic(ctx, [concept(word), concept(opposite)])) continue;
    // When the claim's word occurs elsewhere in the passage, the opposite must be about the claim's own subject.
    if (ctx.window.content.has(concept(word)) && focusShare(ctx, [concept(word), concept(opposite)]) < 0.5) continue;
    if (!argumentsAlign(argumentsOf(ctx.claim.a, word), argumentsOf(ctx.focus, opposite))) continue;
    if (!sameHeadedNouns(ctx.claim.a, word, ctx.focus, opposite)) continue;
    out.push({ reason: `predicate: ${word.raw} vs ${opposite.raw}`, highlights: [shift(ctx, opposite)], strength: 0.8 });
  }
  return out;
}

/**
 * Opposite predicates (verbs, adjectives) contradict each other whenever
 * their arguments align. Opposite nouns often merely co-occur ("a victory"
 * in one sentence, "wartime losses" in another describe different things), so
 * when either word is a noun both must be, and their noun phrases must name
 * the same thing: the same modifiers and complement ("a global increase in
 * oil production" against "a global oil production cut").
 */
function sameHeadedNouns(claim: Analysis, word: Token, passage: Analysis, opposite: Token): boolean {
  const claimNoun = isNounUse(claim, word);
  const passageNoun = isNounUse(passage, opposite);
  if (!claimNoun && !passageNoun) return true;
  if (claimNoun !== passageNoun) return false;
  const a = nounPhraseWords(claim, word);
  const b = nounPhraseWords(passage, opposite);
  return a.size > 0 && a.size === b.size && [...a].every((w) => b.has(w));
}

const nounOffsets = new WeakMap<Analysis, Set<number>>();

/** Is `word` used as a noun in `a`? compromise's part-of-speech tags decide ("a victory", not "won"). */
function isNounUse(a: Analysis, word: Token): boolean {
  let offsets = nounOffsets.get(a);
  if (!offsets) {
    const doc = nlp(a.text).json({ offset: true }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
    offsets = new Set(doc.flatMap((s) => s.terms)
      .filter((t) => t.tags.includes('Noun') && !t.tags.includes('Verb')).map((t) => t.offset.start));
    nounOffsets.set(a, offsets);
  }
  return offsets.has(word.start) && opensNounPhrase(a, word);
}

/**
 * A determiner or a possessive opens the phrase the word ends ("a global
 * increase", "Russia's victory"); without one a word tagged as a noun is
 * usually a predicate the tagger misread ("prices rose").
 */
function opensNounPhrase(a: Analysis, word: Token): boolean {
  const i = a.tokens.findIndex((t) => t.start === word.start);
  for (let k = i - 1; k >= 0 && k >= i - 1 - NOUN_PHRASE_REACH; k--) {
    const t = a.tokens[k];
    if (/[,;:()"“”—–]/.test(a.text.slice(t.end, a.tokens[k + 1].start))) return false;
    if (DETERMINERS.has(t.raw.toLowerCase()) || /['’]s$/.test(t.raw)) return true;
  }
  return false;
}

/** Prepositions that attach a complement to a noun ("victory over X", "increase in Y"). */
const NOUN_COMPLEMENTS = new Set(['of', 'over', 'in', 'on', 'against', 'for', 'to']);

/**
 * Content words of the noun phrase around the noun `word`: its modifiers and
 * possessor back to the determiner ("the Soviet Union's wartime losses"), and
 * the complement after one preposition ("victory over Nazi Germany").
 */
function nounPhraseWords(a: Analysis, word: Token): Set<string> {
  const i = a.tokens.findIndex((t) => t.start === word.start);
  const out = new Set<string>();
  const boundaryBetween = (x: Token, y: Token): boolean => /[,;:()"“”—–]|\s-\s/.test(a.text.slice(x.end, y.start));
  const add = (t: Token): void => {
    if (isContent(t) && !ANTONYM_SIDES.has(t.norm)) out.add(concept(t));
  };
  for (let k = i - 1; k >= 0 && k >= i - ARGUMENT_REACH; k--) {
    const t = a.tokens[k];
    const lower = t.raw.toLowerCase();
    if (boundaryBetween(t, a.tokens[k + 1]) || DETERMINERS.has(lower) || OBJECT_ENDS.has(lower) || NOUN_COMPLEMENTS.has(lower)
      || opensClause(t)) break;
    add(t);
  }
  const next = a.tokens[i + 1];
  if (next && NOUN_COMPLEMENTS.has(next.raw.toLowerCase()) && !boundaryBetween(word, next)) {
    for (let k = i + 2; k < a.tokens.length && k <= i + 1 + NOUN_PHRASE_REACH; k++) {
      const t = a.tokens[k];
      if (boundaryBetween(a.tokens[k - 1], t) || OBJECT_ENDS.has(t.raw.toLowerCase())) break;
      if (!DETERMINERS.has(t.raw.toLowerCase())) add(t);
    }
  }
  return out;
}

/** Words that open a new clause: a predicate's subject never reaches back past them. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'when', 'while', 'after', 'before', 'because', 'but',
  'if', 'although', 'though', 'where', 'whereas', 'since', 'until', 'unless', 'and', 'or']);
/** Prepositions and conjunctions that end a predicate's object ("passed the bill | by a 218-214 vote"). */
const OBJECT_ENDS = new Set(['by', 'with', 'on', 'in', 'at', 'for', 'after', 'before', 'during', 'over', 'from', 'since',
  'amid', 'despite', 'until', 'as', 'than', 'and', 'or', 'but', 'that', 'which', 'who', 'when', 'while']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
/** How many words either side of a predicate are searched for its subject and object. */
const ARGUMENT_REACH = 6;

/**
 * Content words of a predicate's arguments: its subject (the words before it,
 * back to the start of its clause) and its object (the words after it, up to a
 * preposition or the end of the clause). A speech verb also ends the subject,
 * so "Peskov said the freeze was permanent" gives "freeze". "and" before a
 * capitalised word joins names ("Moscow and London improved"), so it only
 * ends the subject before a lower-case word.
 */
function argumentsOf(a: Analysis, word: Token): Set<string> {
  const i = a.tokens.findIndex((t) => t.start === word.start);
  const out = new Set<string>();
  if (i < 0) return out;
  const boundaryBetween = (x: Token, y: Token): boolean => /[,;:()"“”—–]|\s-\s/.test(a.text.slice(x.end, y.start));
  for (let k = i - 1; k >= 0 && k >= i - ARGUMENT_REACH; k--) {
    const t = a.tokens[k];
    if (boundaryBetween(t, a.tokens[k + 1]) || SPEECH_VERBS.has(t.norm)) break;
    const lower = t.raw.toLowerCase();
    if (CLAUSE_OPENERS.has(lower) && !(lower === 'and' && /^\p{Lu}/u.test(a.tokens[k + 1].raw))) break;
    if (isContent(t) && !ANTONYM_SIDES.has(t.norm)) out.add(concept(t));
  }
  // In the passive ("was attended by 30 leaders") the words after "by" are the doer, an argument too.
  const passive = i > 0 && PASSIVE_AUXILIARIES.has(a.tokens[i - 1].raw.toLowerCase());
  for (let k = i + 1; k < a.tokens.length && k <= i + ARGUMENT_REACH; k++) {
    const t = a.tokens[k];
    const lower = t.raw.toLowerCase();
    if (passive && lower === 'by' && k === i + 1) continue;
    if (boundaryBetween(a.tokens[k - 1], t) || OBJECT_ENDS.has(lower)) break;
    if (isContent(t) && !ANTONYM_SIDES.has(t.norm)) out.add(concept(t));
  }
  return out;
}

/**
 * Two opposite predicates contradict each other only when they take the same
 * subject or object. When either predicate has no content-word argument (a
 * pronoun subject, "he rejected it") the topic test alone decides.
 */
function argumentsAlign(claimArgs: Set<string>, passageArgs: Set<string>): boolean {
  if (claimArgs.size === 0 || passageArgs.size === 0) return true;
  return [...claimArgs].some((w) => passageArgs.has(w));
}

/**
 * Negation cues of `a` that bear on content `other` asserts: the cue is itself
 * asserted, and one of the next few words after it is one of `targets` that
 * `other` states in an asserted clause (see {@link asserted}).
 */
function boundNegations(a: Analysis, other: Analysis, targets: Set<string>): Token[] {
  const statedByOther = new Set(other.tokens.filter((_, k) => asserted(other, k)).map(concept));
  return a.negationCues.filter((cue) => {
    const i = a.tokens.indexOf(cue);
    if (!asserted(a, i)) return false;
    return a.tokens.slice(i + 1, i + 1 + NEGATION_REACH).some((n) => targets.has(concept(n)) && statedByOther.has(concept(n)));
  });
}

/**
 * Does the clause holding token `i` assert its content? Not when the clause is
 * a condition ("if the US steps back"), a demand or wish ("it is crucial that
 * the US does not step back") or prescribed by a modal of obligation: such a
 * clause has no polarity to contradict a statement of fact.
 */
function asserted(a: Analysis, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = a.tokens[k];
    const lower = t.raw.toLowerCase();
    if (CONDITIONAL_OPENERS.has(lower) || OBLIGATION_MODALS.has(lower)) return false;
    if (lower === 'that') return !(k > 0 && NORMATIVE_FRAMES.has(a.tokens[k - 1].norm));
    if (CLAUSE_OPENERS.has(lower) || /[,;:()"“”—–]/.test(a.text.slice(t.end, a.tokens[k + 1].start))) return true;
  }
  return true;
}

/** How many words after a negation cue it is taken to govern. */
const NEGATION_REACH = 4;

function negationConflicts(ctx: Context): Finding[] {
  const claimNeg = boundNegations(ctx.claim.a, ctx.focus, ctx.focus.content);
  const passageNeg = boundNegations(ctx.focus, ctx.claim.a, ctx.claim.content);
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
  const anchors = { names: 0, figures: 0 };
  const tally = (stated: boolean, text: string, kind: keyof typeof anchors): void => {
    if (stated) anchors[kind]++;
    else missing.push(text);
  };
  for (const n of claim.names) tally(nameCovered(n, window.content), n.join(' '), 'names');
  // A count that refers back ("the two countries") is satisfied by the things it counts being named.
  for (const q of claim.a.quantities) {
    const stated = matchedQuantity(q, window);
    if (stated || !q.anaphoric) tally(stated, q.text.trim(), 'figures');
  }
  const windowHasYear = window.dates.some((d) => d.granularity === 'year');
  for (const d of claim.a.dates) {
    if (d.granularity === 'year' && !windowHasYear) continue;
    tally(dateMatched(d, window), d.text, 'figures');
  }
  for (const [, word] of claim.a.antonyms) if (!statesPredicate(claim.a, word, window)) missing.push(word.raw);
  const denied = deniedWord(ctx);
  if (denied) missing.push(`${denied} (negated)`);
  const focusCoverage = ratio(intersect(claim.content, focus.content).length, claim.content.size);
  const highlights = highlightWords(ctx, new Set(overlap));
  if (!missing.length && coverage >= SUPPORT_COVERAGE && focusCoverage >= SUPPORT_FOCUS_COVERAGE) {
    const reasons = [`covers ${Math.round(coverage * 100)}% of the claim's content`];
    const anchors = [...claim.a.quantities.map((q) => q.text.trim()), ...claim.a.dates.map((d) => d.text)];
    if (anchors.length) reasons.push(`same figures: ${anchors.join(', ')}`);
    // Of two overlapping passages, the one whose central sentence states the figures is the one to show.
    const figures = [...claim.a.quantities.map((q) => matchedQuantity(q, focus)), ...claim.a.dates.map((d) => dateMatched(d, focus))];
    const inFocus = figures.length ? figures.filter(Boolean).length / figures.length : 1;
    const confidence = Math.min(0.95, 0.4 + 0.6 * coverage * (0.5 + focusCoverage / 2)) * (0.9 + 0.1 * inFocus);
    return { stance: 'supports', confidence: round(confidence), reasons, highlights };
  }
  const reasons = [`shares ${overlap.length} content words`];
  if (missing.length) reasons.push(`does not state: ${missing.slice(0, 3).join(', ')}`);
  // A shared name alone is common (the same few people recur in a beat), so it needs a third shared word.
  const related = anchors.figures > 0 || overlap.length >= MENTION_MIN_WORDS && (anchors.names > 0 || coverage >= MENTION_COVERAGE);
  const incidental = !related;
  return { stance: 'mentions', confidence: round(0.3 + 0.5 * coverage), reasons, highlights, ...(incidental ? { incidental } : {}) };
}

/**
 * A word the claim asserts that the central sentence negates ("cannot
 * confirm", "has not commented") while the claim negates nothing there: the
 * passage says the opposite of that part of the claim, so however many words
 * it shares it does not support the claim. Too loose a match to call a
 * conflict (see {@link negationConflicts} for that), but enough to withhold
 * support.
 */
function deniedWord(ctx: Context): string | undefined {
  if (boundNegations(ctx.claim.a, ctx.focus, ctx.focus.content).length) return undefined;
  const cue = boundNegations(ctx.focus, ctx.claim.a, ctx.claim.content)[0];
  if (!cue) return undefined;
  const i = ctx.focus.tokens.indexOf(cue);
  return ctx.focus.tokens.slice(i + 1, i + 1 + NEGATION_REACH).find((t) => ctx.claim.content.has(concept(t)))?.raw;
}

/**
 * Does the passage state the claim's predicate `word` (one side of an
 * antonym pair)? Either in the same words, or, for a denial, as a negated
 * speech verb ("denied he had said" / "did not say"). A participle that only
 * describes a noun of the claim ("extends the cuts passed in 2017") and the
 * alternative a claim sets aside ("rather than imposing") are not predicates
 * the claim asserts, so they need not be restated.
 */
function statesPredicate(claim: Analysis, word: Token, window: Analysis): boolean {
  if (window.content.has(concept(word))) return true;
  if (DENIAL_VERBS.has(word.norm) && negatedSpeech(window)) return true;
  return describesNoun(claim, word) || REJECTED_ALTERNATIVE.test(claim.text.slice(0, word.start));
}

/** "rather than imposing X" names the course not taken: the claim does not assert that predicate. */
const REJECTED_ALTERNATIVE = /\b(?:rather than|instead of)\s+$/i;

/** How many words after a negation cue a speech verb may stand ("did not say", "has never publicly said"). */
const NEGATED_SPEECH_REACH = 2;

/** The text negates a speech verb: "did not say", "never claimed", "didn't tell". */
function negatedSpeech(a: Analysis): boolean {
  return a.negationCues.some((cue) => {
    const i = a.tokens.indexOf(cue);
    return a.tokens.slice(i + 1, i + 1 + NEGATED_SPEECH_REACH)
      .some((t) => SPEECH_VERBS.has(t.norm) && !DENIAL_VERBS.has(t.norm));
  });
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those']);

/** A word after which a noun phrase is the subject of a new clause ("said the committee passed"). */
function opensClause(t: Token): boolean {
  return SPEECH_VERBS.has(t.norm) || CLAUSE_OPENERS.has(t.raw.toLowerCase());
}
/** Prepositions that open the phrase after a noun-modifying participle ("cuts passed in 2017", "a bill backed by"). */
const PARTICIPLE_PREPOSITIONS = new Set(['in', 'by', 'under', 'on', 'at', 'during', 'last', 'earlier', 'for', 'with', 'since']);
/** Longest noun phrase (in words after its determiner) a participle is taken to describe. */
const NOUN_PHRASE_REACH = 3;

/**
 * A reduced relative clause: a regular past participle right after a
 * lower-case noun phrase that opens with a determiner inside the sentence,
 * not after a speech verb or a clause opener (so the phrase is an object, not
 * a subject), and followed by a preposition. "the tax cuts passed in 2017"
 * describes the cuts; "The House passed the bill" and "said the committee
 * passed in May" keep their predicate.
 */
function describesNoun(a: Analysis, word: Token): boolean {
  const i = a.tokens.findIndex((t) => t.start === word.start);
  const next = a.tokens[i + 1];
  if (i < 2 || !/ed$/i.test(word.raw) || !next || !PARTICIPLE_PREPOSITIONS.has(next.raw.toLowerCase())) return false;
  for (let k = i - 1; k >= 1 && k >= i - NOUN_PHRASE_REACH - 1; k--) {
    const t = a.tokens[k];
    if (/[,;:()"“”—–]/.test(a.text.slice(t.end, a.tokens[k + 1].start))) return false;
    if (DETERMINERS.has(t.raw.toLowerCase())) return k < i - 1 && !opensClause(a.tokens[k - 1]);
    if (!/^\p{Ll}/u.test(t.raw) || !isContent(t)) return false;
  }
  return false;
}

/**
 * When a sentence of the passage other than `focus` states more of the
 * claim's figures and dates, returns that sentence's span and highlights for
 * it (both relative to `passageText`), so that the passage shown is centred
 * on what actually supports the claim. Undefined when the focus is already
 * the best sentence or the claim has no figures.
 */
export function refocus(claimText: string, passageText: string, focus: Span): { focus: Span; highlights: Span[] } | undefined {
  const claim = claimedOf(claimText);
  const figures = (a: Analysis): number => claim.a.quantities.filter((q) => matchedQuantity(q, a)).length
    + claim.a.dates.filter((d) => dateMatched(d, a)).length;
  const sentenceOf = (s: Span): Analysis => read(passageText.slice(s.start, s.end));
  const current = figures(sentenceOf(focus));
  let best: { span: Span; a: Analysis; n: number } | undefined;
  for (const span of splitSentences(passageText)) {
    const a = sentenceOf(span);
    const n = figures(a);
    if (n > current && (!best || n > best.n)) best = { span, a, n };
  }
  if (!best) return undefined;
  const { span, a } = best;
  const highlights = a.tokens.filter((t) => claim.a.content.has(concept(t)))
    .map((t) => ({ start: span.start + t.start, end: span.start + t.end }));
  for (const q of a.quantities) if (claim.a.quantities.some((c) => compatible(c, q) && comparable(c, q))) highlights.push({ start: span.start + q.start, end: span.start + q.end });
  return { focus: span, highlights: highlights.sort((x, y) => x.start - y.start) };
}

function highlightWords(ctx: Context, words: Set<string>): Span[] {
  return ctx.focus.tokens.filter((t) => words.has(concept(t))).map((t) => shift(ctx, t));
}
