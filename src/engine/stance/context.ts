/**
 * What every stance detector receives: the claim (analysed once), the passage, its central sentence, and
 * the claim aligned with both. Also the shared tests the detectors build on: is the passage about the same
 * thing as the claim once the disputed slot is set aside (`onTopic`), which words stand next to a word
 * (`neighbours`), and is a name stated.
 */
import type { Span } from '../types';
import type { DateMention } from '../text/dates';
import { compatible, type Quantity } from '../text/quantities';
import { LEXFILE, hasPos, isDemonym, nounIn } from '../lexicon/wordnet';
import { DATE_QUALIFIERS, THIRD_PERSON_SINGULAR } from '../lexicon';
import { STRONG, align, alignSentences, alignmentOf, bestOf, restCoverage, type Alignment, type Match } from './align';
import { dateStated, quantityStated } from './figures';
import { speakerAt } from '../text/turns';
import { personal } from './names';
import type { ClaimView, PassageView, SentenceView } from './views';
import type { Word } from './words';

/** One conflict a detector found: what differs, and where in the passage. */
export interface Finding {
  /** The detector's id. */
  detector: string;
  /** Readable reason, e.g. "number: 40 vs 400". */
  reason: string;
  /** The claim's value and the passage's value that differ ("40", "400"). */
  values: [string, string];
  /** Spans in the passage text to mark. */
  highlights: Span[];
  /** In [0, 1]: how sure the detector is that the two values fill the same slot. */
  strength: number;
  /** Rests on a weekday alone (weekdays recur; other evidence may settle it). */
  weak?: boolean;
}

/** A stance detector: a rule over the shared context. One per file, listed in registry.ts. */
export interface Detector {
  id: string;
  /** One line: what it finds. */
  description: string;
  detect(ctx: StanceContext): Finding[];
}

/** A claim and a passage, analysed and aligned. */
export interface StanceContext {
  claim: ClaimView;
  passage: PassageView;
  /** Index of the central sentence in `passage.sentences`. */
  focusIndex: number;
  focus: SentenceView;
  /** The claim aligned with the central sentence alone. */
  inFocus: Alignment;
  /** The claim aligned with the whole passage. */
  inWindow: Alignment;
  /** The claim's best match in each sentence of the passage. */
  perSentence: Match[][];
  /** Content words of the whole passage. */
  windowWords: Word[];
  /** In a transcript, the speaker whose turn holds the central sentence. */
  turn?: string;
}

/**
 * How well a sentence states a claim, for choosing the central sentence: what it says counts more than whom
 * it names, and writing the claim's figures the same way counts too.
 */
export function sentenceScore(claim: ClaimView, a: Alignment, sentence: SentenceView): number {
  return a.contentCoverage + 0.25 * a.coverage + FIGURE_FOCUS * figuresIn(claim, sentence);
}

/** {@link sentenceScore} of a context's central sentence. */
export function focusScore(ctx: StanceContext): number {
  return sentenceScore(ctx.claim, ctx.inFocus, ctx.focus);
}

/** Weight, in choosing the central sentence, of stating the claim's figures as written. */
const FIGURE_FOCUS = 0.3;

/**
 * Share of the claim's written figures ("40", "1,200") that a sentence writes the same way; a time of day the
 * sentence gives otherwise counts half, as that sentence is where a changed time would be (other kinds of
 * figure are too common for this to point at the right sentence).
 */
function figuresIn(claim: ClaimView, sentence: SentenceView): number {
  const digits = [...claim.figureWords].filter((w) => /\d/.test(w.lower));
  if (!digits.length) return 0;
  const kindOf = (w: Word): string | undefined => claim.a.quantities.find((q) => q.start <= w.start && w.end <= q.end)?.kind;
  const score = (d: Word): number => {
    if (sentence.words.some((w) => w.lower === d.lower)) return 1;
    const kind = kindOf(d);
    return kind === 'time' && sentence.a.quantities.some((q) => q.kind === kind) ? 0.5 : 0;
  };
  return digits.reduce((n, d) => n + score(d), 0) / digits.length;
}

/** The claim aligned with each sentence of a passage and with the whole of it: what every context of the pair shares. */
export interface PassageAlignment {
  perSentence: Match[][];
  alignments: Alignment[];
  inWindow: Alignment;
}

/** Aligns a claim with a passage once, for {@link contextOf} to build one or more contexts from (none mutates it). */
export function alignPassage(claim: ClaimView, passage: PassageView): PassageAlignment {
  const perSentence = alignSentences(claim.content, passage.index, passage.sentences.length, claim.text);
  return { perSentence, alignments: perSentence.map(alignmentOf), inWindow: alignmentOf(bestOf(perSentence)) };
}

/**
 * Builds the context; the focus is the given sentence, or else the one that states most of the claim.
 * `aligned` is the pair's {@link alignPassage}, when the caller already has it; `openingTurn` the transcript
 * speaker whose turn is under way where the passage starts.
 */
export function contextOf(claim: ClaimView, passage: PassageView, focusIndex?: number, aligned = alignPassage(claim, passage), openingTurn?: string): StanceContext {
  const { perSentence, alignments, inWindow } = aligned;
  let f = focusIndex ?? 0;
  if (focusIndex === undefined) {
    const score = alignments.map((a, i) => sentenceScore(claim, a, passage.sentences[i]));
    score.forEach((x, i) => { if (x > score[f]) f = i; });
  }
  return {
    claim, passage, focusIndex: f, focus: passage.sentences[f], inFocus: alignments[f], perSentence,
    inWindow, windowWords: passage.index.words, turn: speakerAt(passage.text, passage.sentences[f].start) ?? openingTurn,
  };
}

/** Share of the claim's content the passage must state, outside the disputed slot, before a conflict counts. */
export const TOPIC_COVERAGE = 0.5;

/**
 * Is the passage about what the claim is about, once the disputed `slot` words are set aside? Most of the
 * rest of the claim's content must be stated in the passage, half its other names, and the central
 * sentence must itself state some of it (or, when it opens with a pronoun or "the <noun>", the sentence
 * before it must).
 */
export function onTopic(ctx: StanceContext, slot: Iterable<Word>, min = TOPIC_COVERAGE): boolean {
  const set = new Set([...slot, ...pronounSubject(ctx)]);
  const rest = ctx.claim.content.filter((w) => !set.has(w));
  if (!rest.length) return false;
  if (restCoverage(ctx.inWindow, set, agreedFigures(ctx, set)) < min) return false;
  const names = rest.filter((w) => w.name);
  if (names.length && names.filter((w) => stated(ctx.inWindow, w)).length * 2 < names.length) return false;
  const shares = (a: Alignment): boolean => a.matches.some((m) => !set.has(m.claim) && m.score >= 0.8);
  if (shares(ctx.inFocus)) return true;
  const before = ctx.passage.sentences[ctx.focusIndex - 1];
  return !!before && ANAPHORIC_OPENING.test(ctx.focus.text) && shares(align(rest, before.words));
}

/**
 * How many of the claim's telling figures outside the slot the passage states as the claim does ("at about
 * 11 a.m." when the weekday is disputed): they tie the passage to the claim's event as much as its words do.
 * Telling figures are those seldom shared by chance: a time of day, a sum, a measure, a day of the month or
 * week, a count of thousands. Small counts, ordinals, months and years recur through a story.
 */
function agreedFigures(ctx: StanceContext, slot: Set<Word>): number {
  const outside = (s: Span): boolean => !ctx.claim.words.some((w) => slot.has(w) && w.start < s.end && s.start < w.end);
  // A count of thousands tells only where the central sentence itself states it ("is building 17,000 classrooms"
  // beside "has distributed 1.5 million school books"): a story repeats its big counts from sentence to sentence.
  const telling = (q: Quantity): boolean => !COMMON_FIGURES.has(q.kind) && quantityStated(q, ctx.claim, ctx.passage.sentences)
    || q.kind === 'count' && q.lo >= TELLING_COUNT && quantityStated(q, ctx.claim, [ctx.focus]);
  return ctx.claim.a.quantities.filter((q) => outside(q) && telling(q)).length
    + ctx.claim.a.dates.filter((d) => TELLING_DATES.has(d.granularity) && outside(d) && dateStated(d, ctx.passage.sentences)).length;
}
const COMMON_FIGURES = new Set<Quantity['kind']>(['count', 'ordinal', 'age', 'duration']);
/** Smallest count seldom shared by chance ("1.5 million school books"); small counts recur ("the second soldier"). */
export const TELLING_COUNT = 1000;
const TELLING_DATES = new Set<DateMention['granularity']>(['monthday', 'weekday']);

/** Personal pronouns that open a sentence as its subject. */
const SUBJECT_PRONOUN_OPENING = /^\s*(?:it|he|she|they)\b/i;
/** Most words a definite subject may have before its verb ("The film", "The new mayor"). */
const DEFINITE_SUBJECT_WORDS = 2;

/**
 * The claim's definite subject ("The film is scheduled…") when the central sentence opens with a personal
 * pronoun in its place ("It is scheduled…"): the pronoun stands for what the sentence before named, so the
 * subject's common nouns are set aside from the topic test rather than counted as unstated. Names are kept:
 * who is meant must still be stated.
 */
function pronounSubject(ctx: StanceContext): Word[] {
  if (!SUBJECT_PRONOUN_OPENING.test(ctx.focus.text) || !/^\s*the\s/i.test(ctx.claim.text)) return [];
  const verb = ctx.claim.words.findIndex((w) => w.predicate || COPULA_OPENERS.has(w.lower));
  const subject = ctx.claim.words.slice(1, verb);
  return verb > 1 && subject.length <= DEFINITE_SUBJECT_WORDS && subject.every((w) => w.content && !w.name) ? subject : [];
}

/**
 * The claim's person names that the passage states only outside its central sentence, when the central sentence
 * speaks of one person by a pronoun ("I think about Missy Johnson. She's a lady I met in Charlotte"): the
 * pronoun stands for them, so a test of the central sentence alone sets them aside rather than counting them
 * unstated.
 */
export function namesByPronoun(ctx: StanceContext): Word[] {
  if (!ctx.focus.words.some((x) => THIRD_PERSON_SINGULAR.has(x.lower))) return [];
  return ctx.claim.words.filter((w) => w.name && personal(w.raw) && !stated(ctx.inFocus, w) && stated(ctx.inWindow, w));
}

/** Copulas and auxiliaries that end a subject ("The film is…", "The mayor has…"). */
const COPULA_OPENERS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);

/** A sentence opening with a pronoun or a definite noun phrase continues the one before. */
const ANAPHORIC_OPENING = /^\s*(?:it|he|she|they|this|that|his|her|their|its|the\s+\p{Ll}[\p{L}-]*)\b/iu;

/** Is claim word `w` stated (the same word, a synonym, a derivation or a more specific word) in the alignment? */
export function stated(a: Alignment, w: Word): boolean {
  const m = a.matches.find((x) => x.claim === w);
  return !!m && m.score >= 0.8;
}

/** The match of claim word `w` in the alignment. */
export function matchOf(a: Alignment, w: Word): Match | undefined {
  return a.matches.find((x) => x.claim === w);
}

/** Is claim word `w` stated in the alignment, with at least the score `least`, by one of the words `among`? */
export function statedBy(a: Alignment, w: Word, among: readonly Word[] | ReadonlySet<Word>, least = STRONG): boolean {
  const m = matchOf(a, w);
  return !!m?.word && m.score >= least && ('has' in among ? among.has(m.word) : among.includes(m.word));
}

/** The noun a word modifies, when a noun follows it directly in its phrase ("fixed networks", "his elder brother"). */
export function modifiedNoun(view: SentenceView, w: Word): Word | undefined {
  const next = view.words[w.index + 1];
  // A word that may be an adjective is no noun it modifies ("took the timetable offline last week").
  if (!next?.content || next.predicate || next.name || !/^[ -]$/.test(view.text.slice(w.end, next.start)) || !hasPos(next.lower, 'n') || hasPos(next.lower, 'a')) return undefined;
  return next;
}

/** Content words within `reach` words of the span (the span's own words excluded). */
export function neighbours(words: Word[], span: Span, reach = 4): Word[] {
  const inside = (w: Word): boolean => w.start >= span.start && w.end <= span.end;
  const before = words.filter((w) => w.end <= span.start && !inside(w)).slice(-reach);
  const after = words.filter((w) => w.start >= span.end && !inside(w)).slice(0, reach);
  return [...before, ...after].filter((w) => w.content);
}

/** The claim's words inside a span of the claim. */
export function claimWordsIn(ctx: StanceContext, span: Span): Word[] {
  return ctx.claim.words.filter((w) => w.start < span.end && span.start < w.end);
}

/** A span of the central sentence as a span of the passage text. */
export function inPassage(ctx: StanceContext, s: Span): Span {
  return { start: ctx.focus.start + s.start, end: ctx.focus.start + s.end };
}

/** How the words around two spans must line up (see {@link slotsAlign}). */
export interface SlotOptions {
  /** 'either': one side lines up with the same side; 'both': both sides do; 'crossed': each side lines up with
   *  the other side (a verb in the other voice: "X opposed Y" / "Y was supported by X"); 'any': a word on any
   *  side of one lines up with a word on any side of the other (an apposition puts a title before or after a name). */
  sides?: 'either' | 'both' | 'crossed' | 'any';
  /** Let names count as context (a predicate's subject is often a name; a name's slot never is). */
  names?: boolean;
}

/**
 * Do the words around a claim span and a central-sentence span line up? A content word on one side of the
 * claim's span must be stated by a word on the same side of the sentence's span: "open in Boston" and "open
 * a store in New York City" both have the opening before the place.
 */
export function slotsAlign(ctx: StanceContext, claimSpan: Span, focusSpan: Span, reach = 4, options: SlotOptions = {}): boolean {
  const { sides = 'either', names = false } = options;
  const side = (words: Word[], span: Span, before: boolean): Word[] => (before
    ? words.filter((w) => w.end <= span.start).slice(-reach) : words.filter((w) => w.start >= span.end).slice(0, reach))
    .filter((w) => w.content && (names || !w.name));
  const aligned = (mine: Word[], theirs: Word[]): boolean => {
    const set = new Set(theirs);
    return mine.some((w) => statedBy(ctx.inFocus, w, set, 0.5));
  };
  const [cb, ca, fb, fa] = [side(ctx.claim.words, claimSpan, true), side(ctx.claim.words, claimSpan, false), side(ctx.focus.words, focusSpan, true), side(ctx.focus.words, focusSpan, false)];
  if (sides === 'both') return aligned(cb, fb) && aligned(ca, fa);
  if (sides === 'crossed') return aligned(cb, fa) && aligned(ca, fb);
  if (sides === 'any') return aligned([...cb, ...ca], [...fb, ...fa]);
  return aligned(cb, fb) || aligned(ca, fa);
}

/**
 * The clause holding a span (between the commas, semicolons or dashes around it) and its content words that
 * are not names.
 */
function clauseOf(words: Word[], text: string, span: Span, frontedAdverbial: boolean): { words: Word[]; span: Span } {
  // A parenthesis the span is not in belongs to the clause around it ("on Thursday (November 06, 2014), our
  // actor passed away"): its commas end nothing.
  text = text.replace(/\([^()]*\)/g, (m, at: number) => (at <= span.start && span.end <= at + m.length ? m : ' '.repeat(m.length)));
  // Where the clause ending at `at` begins: the last comma, semicolon, colon, dash or opening parenthesis before it.
  const segmentBefore = (at: number): number => Math.max(0, text.slice(0, at).search(/[,;:—–(][^,;:—–(]*$/));
  const before = text.slice(0, span.start).search(/[,;:—–(][^,;:—–(]*$/);
  const after = text.slice(span.end).search(/[,;:—–)]/);
  let from = Math.max(0, before);
  let to = after < 0 ? text.length : span.end + after;
  // An aside of names before the clause only says where or who ("stood outside the café, in Shefford,
  // Bedfordshire, since December 1"): the clause runs on past it.
  let asides = 0;
  for (; asides < 3 && from > 0; asides++) {
    const start = segmentBefore(from);
    const aside = words.filter((w) => w.start >= start && w.end <= from && w.content);
    if (!aside.length || aside.some((w) => !w.name)) break;
    from = start;
  }
  if (asides && from > 0) from = segmentBefore(from);
  // Words for people ("reporters", "aide") and demonyms ("Russian") say who, not what: they are no clause context.
  const what = (w: Word): boolean => w.content && !w.name && !nounIn(w.lower, LEXFILE.person, 1) && !isDemonym(w.lower);
  // The words that qualify the date itself ("last March", "early in June") say nothing of the clause.
  const qualifier = (w: Word): boolean => DATE_QUALIFIERS.has(w.lower) && w.end <= span.start && /^[\s\p{L}]*$/u.test(text.slice(w.end, span.start)) && span.start - w.end <= 12;
  const inside = (end: number): Word[] => words.filter((w) => w.start >= from && w.end <= end && what(w) && !qualifier(w) && (w.end <= span.start || w.start >= span.end));
  // A fronted adverbial, with no verb of its own ("On Sunday, he called ...", "In a statement on Thursday, the
  // admiral acknowledged ..."), dates the clause that follows it, past any appositions that only say who
  // ("the Pentagon's spokesman, Rear Admiral John Kirby,"); a clause that only says who spoke ("..., an aide
  // told journalists on Friday") dates what was said before it. A colon opens a sentence of its own
  // ('The notice read: "At 9 a.m. on Friday, the singer died."').
  const fronted = frontedAdverbial && (before < 0 || text[before] === ':') && after >= 0 && text[to] === ','
    && !words.some((w) => w.end <= to && w.predicate && (w.end <= span.start || w.start >= span.end));
  // The adverbial may run on over more phrases without a verb ("And in November, only three months later, Germany
  // surrendered"): it dates the first clause that has one.
  const verbless = (end: number): boolean => !words.some((w) => w.start >= from && w.end <= end && w.predicate && (w.end <= span.start || w.start >= span.end));
  for (let k = 0; k < 3 && to < text.length && (fronted && (k === 0 || verbless(to)) || !inside(to).length); k++) {
    const next = text.slice(to + 1).search(/[,;:—–)]/);
    to = next < 0 ? text.length : to + 1 + next;
  }
  for (let k = 0; k < 3 && !inside(to).length && from > 0; k++) from = segmentBefore(from);
  return { words: inside(to), span: { start: from, end: to } };
}

/**
 * Do the clauses holding a claim span and a central-sentence span say the same thing? Some content word of
 * the claim's clause must be stated by a word of the sentence's clause. A date belongs to its clause: "sign
 * the package into law on Independence Day, aides said" and "congratulated each other on Victory Day, an aide
 * told journalists" share only their attributions. A fronted adverbial that names a `day`, or one month alone
 * ("In November, Germany surrendered"), dates the clause after it (`day`); one that names a longer period
 * ("Between January and August, ...") spans more than one event and keeps to its own words. `least` is the
 * weakest match that ties them; without `names`, a name alone does not.
 */
export function clausesAlign(ctx: StanceContext, claimSpan: Span, focusSpan: Span, day: boolean, least = 0.5, names = true): boolean {
  const theirs = clauseOf(ctx.focus.words, ctx.focus.text, focusSpan, day);
  const mine = clauseOf(ctx.claim.words, ctx.claim.text, claimSpan, day);
  // A word the sentence says twice ties the clause wherever the alignment took it from ("Washington heard your voice —
  // on November 8th, they heard your voice").
  const stated = new Set(theirs.words.map((w) => w.lower));
  if (mine.words.some((w) => {
    const m = matchOf(ctx.inFocus, w);
    return !!m?.word && m.score >= least && (names || !w.name) && stated.has(m.word.lower);
  })) return true;
  // The same time of day in both clauses ties them to one event as a shared word does ("at a 5 p.m. event in
  // Melbourne on Sunday" / "in Melbourne, five o'clock on Saturday").
  const within = (x: Span, c: Span): boolean => x.start >= c.start && x.end <= c.end;
  return ctx.claim.a.quantities.some((q) => q.kind === 'time' && within(q, mine.span)
    && ctx.focus.a.quantities.some((p) => p.kind === 'time' && within(p, theirs.span) && compatible(q, p)));
}

/** Fewest claim words (not names) near a slot for the local topic test to speak. */
const LOCAL_MIN_WORDS = 3;
/** Share of them the central sentence must state. */
const LOCAL_COVERAGE = 0.7;

/**
 * Is the central sentence about what the claim says around the slot? A claim may pack several facts ("A
 * machete, two hatchets and some 300 rounds of ammunition were found in his car"); the passage may state
 * only the one the disputed value belongs to. The claim's words within `reach` words of the slot that are
 * not names (at least three: what is said there) must be stated outright by the central sentence, and the
 * names there too (who it is said of). Names alone never make a topic: the same people do many things.
 */
export function localTopic(ctx: StanceContext, slot: Span, reach = 6): boolean {
  const near = neighbours(ctx.claim.words, slot, reach).filter((w) => !(w.start >= slot.start && w.end <= slot.end));
  const said = near.filter((w) => !w.name);
  if (said.length < LOCAL_MIN_WORDS) return false;
  const strong = (w: Word): boolean => (matchOf(ctx.inFocus, w)?.score ?? 0) >= 0.8;
  // The names may be stated anywhere in the passage: the central sentence often says "it" or "he". A person
  // the passage never names may be the "she" or "his" of the central sentence ("when she releases her
  // 33,000 e-mails" in a debate where only her opponent speaks of her).
  const herOrHim = ctx.focus.words.some((x) => THIRD_PERSON_SINGULAR.has(x.lower));
  if (near.some((w) => w.name && (matchOf(ctx.inWindow, w)?.score ?? 0) < 0.8 && !(herOrHim && personal(w.raw)))) return false;
  const total = said.reduce((n, w) => n + w.weight, 0);
  return said.filter(strong).reduce((n, w) => n + w.weight, 0) / total >= LOCAL_COVERAGE;
}
