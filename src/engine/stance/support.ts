/**
 * What a passage states of a claim: its anchors (names, figures, dates), its predicates (verbs, or the
 * adjective after its copula) and its content, in one or two neighbouring sentences, and whether anything
 * of it is negated or opposed there. Support needs the anchors; the model weighs the rest.
 */
import type { Span } from '../types';
import type { Quantity } from '../text/quantities';
import { NAMED, STRONG, alignmentOf, bestOf, statedIn, type Alignment, type Match } from './align';
import { isPassive } from './agents';
import { matchOf, modifiedNoun, slotsAlign, type StanceContext } from './context';
import { negationDisagreement } from './detectors/negation';
import { quantityStated, statingDate } from './figures';
import { isResolved } from '../text/dates';
import { ATTRIBUTING_VERBS, CITING_VERBS, DENIAL_VERBS, FRAMING_VERBS, PRIVATIVE_VERBS, TIME_SPENDING_VERBS } from '../lexicon';
import { LEXFILE, formOfVerb, hasPos, isSpeechVerb, nounIn } from '../lexicon/wordnet';
import { foldMarks, nameKind, spelledAlike } from './names';
import { statedUnnamed } from './standins';
import { memoizeByText } from '../text/tokens';
import { actPointedTo, asserted, cueText, governed, isNegation, negationCues } from './polarity';
import { changeStated, sameMoveStated } from './trends';
import { lightVerb, wordsWithin, type Word } from './words';
import type { ClaimView, SentenceView } from './views';

/** How many of a kind of anchor the claim has and how many the passage states. */
export interface Tally { total: number; stated: number }

/** What a passage states of a claim. */
export interface SupportCheck {
  /** What the passage does not state (names, figures, dates, predicates) or contradicts (negated, opposed): readable. */
  missing: string[];
  /** Names, figures and dates the passage does state: readable. */
  anchors: string[];
  names: Tally;
  figures: Tally;
  dates: Tally;
  predicates: Tally;
  /** One side negates what the other asserts. */
  negationMismatch: boolean;
  /** Claim words whose opposite stands in the same slot of the central sentence. */
  opposed: number;
  /** Claim predicates the central sentence replaces by an unrelated predicate in the same slot. */
  substituted: number;
  /** Weighted share of the claim's content stated by the best sentence, or the best two neighbouring sentences. */
  coverage: number;
  /** The same share over the claim's words that are not names. */
  contentCoverage: number;
  /** Weighted share stated by the central sentence alone. */
  focusCoverage: number;
  /** Weighted share stated anywhere in the passage. */
  windowCoverage: number;
  /** Share of the claim's weight stated by the very same words. */
  exactShare: number;
  /** The passage words that state the claim's words (in the central sentence). */
  stating: Word[];
}

/** Lowest match score that states a predicate: a broader verb will do ("hailed" for "praised"). */
export const PREDICATE_MATCH = 0.5;

/**
 * Does the central sentence state every predicate of the claim (a verb, or the adjective after its copula), those
 * in `except` (a changed detail's own words) aside?
 */
export function predicatesStated(ctx: StanceContext, except: ReadonlySet<Word> = new Set()): boolean {
  return ctx.inFocus.matches.every((m) => !m.claim.predicate || except.has(m.claim) || m.score >= PREDICATE_MATCH || frames(ctx, m.claim));
}

/** The claim's verbs that frame what it says (see {@link frames}): a source need not restate them. */
export function framingVerbs(ctx: StanceContext): Word[] {
  return ctx.claim.words.filter((w) => w.predicate && frames(ctx, w));
}

/**
 * A verb that frames what the claim says rather than saying it: one that only spends a length of time ("spent
 * sixteen years in the House"), places an act in an event ("opened by thanking the hosts"), gives an act or
 * words to someone ("credited the mayor with the plan") or brings up a source or a past event ("cited the lesson
 * of Norway", "recalled that"). What follows it is what the claim says; a source need
 * not restate the verb. Whom the act is given to must not be named only outside the central sentence, where its
 * doer is: that name may be another's ("credited Barack Obama with the line" / "Barack Obama is a man of dignity.
 * ... what Michelle Obama said").
 */
function frames(ctx: StanceContext, verb: Word): boolean {
  return timeSpent(ctx.claim, verb) || framing(ctx.claim, verb) || attributing(ctx, verb) || citing(ctx.claim, verb);
}

/**
 * A name in apposition, which identifies or describes what the sentence is about rather than stating its
 * fact: "the intruder, Omar Gonzalez, overpowered ...", "Jason Chaffetz, a Utah Republican, called ...". A
 * source may state the fact without it; a source that names someone else is the entity detector's business.
 */
export function appositive(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 2);
  if (!/^\s*(?:,|\.?$)/.test(after)) return false;
  return /,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$/u.test(before)
    || /,/.test(after) && /\b(?:the|its|his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+$/u.test(before);
}

/** Checks what the passage states of the claim. */
export function supportCheck(ctx: StanceContext): SupportCheck {
  const missing: string[] = [];
  const anchors: string[] = [];
  const tally = (): Tally => ({ total: 0, stated: 0 });
  const names = tally();
  const figures = tally();
  const dates = tally();
  const predicates = tally();
  const count = (t: Tally, stated: boolean, text: string, required = true): void => {
    if (!required && !stated) return;
    t.total++;
    if (stated) {
      t.stated++;
      anchors.push(text);
    } else missing.push(text);
  };
  for (const name of ctx.claim.a.names) {
    // Only names count as anchors: "Now" opening a sentence, or a title word, is no name; "Anna Berg" is one.
    const words = wordsWithin(ctx.claim.content, name);
    if (!words.length || !words.some((w) => w.name) && nameKind(name.text) === 'other' && !words.some(members)) continue;
    // The surname, or the name's last word, stated by itself or an alias (a demonym states its country too).
    const last = words[words.length - 1];
    const said = (w: Word): boolean => statedIn(ctx.passage.index, w, ['same', 'synonym', 'derived']);
    // A name that ends in a common noun ("Queensland Museum", "Ibn Sina Hospital") is told apart by its
    // other names, not by the noun: those must be stated too.
    // A surname after another given name in the central sentence names a relative ("Karen Farndon" / "Rob
    // and Teresa Farndon"): not the claim's person.
    const stated = said(last) && (last.name || words.every((w) => !w.name || said(w))) && !(words[0].name && givenNameReplaced(ctx, words))
      || writtenOtherwise(ctx.passage.text, name.text) || statedUnnamed(ctx, name);
    count(names, stated, name.text, !appositive(ctx.claim.text, name));
  }
  // A verb that is itself a figure ("halved", "tripled") is stated with the figure.
  const statedFactors: Quantity[] = [];
  for (const q of ctx.claim.a.quantities) {
    // "one officer" is stated by "an officer"; a count that refers back is stated by what it counts.
    const optional = q.anaphoric || q.kind === 'count' && q.lo === 1 && q.hi === 1 || sequenceFirst(ctx.claim, q);
    const stated = quantityStated(q, ctx.claim, ctx.passage.sentences);
    if (stated && q.kind === 'factor') statedFactors.push(q);
    count(figures, stated, q.text.trim(), !optional);
  }
  const factorVerb = (w: Word): boolean => statedFactors.some((q) => q.start <= w.start && w.end <= q.end);
  const passageYears = ctx.passage.sentences.some((s) => s.a.dates.some((d) => d.granularity === 'year'));
  for (const d of ctx.claim.a.dates) {
    // A fronted year ("In 2020, ...") frames the claim; a passage that dates nothing by year cannot be held to it.
    const frame = d.granularity === 'year' && !passageYears && framesClaim(ctx.claim.text, d);
    // A relative date ("this year") states the claim's date as the source's own date reads it: say so.
    const by = statingDate(d, ctx.passage.sentences);
    count(dates, !!by, by && isResolved(by) ? `${d.text} ("${by.phrase}" in a source dated ${by.from})` : d.text, !frame);
  }
  // A denial the passage does not report leaves the claim's polarity unstated: "denied he had said X" is not
  // supported by a passage in which he said X.
  let unreportedDenial = false;
  // A light verb need not be restated (see light()).
  const lightVerbs = new Set(ctx.inFocus.matches.filter((m) => m.claim.predicate && light(m, ctx)));
  // A verb of change stated by another moving the same thing the same way ("raised the credit" / "doubled the credit").
  const moved = new Set(ctx.inFocus.matches.filter((m) => m.claim.predicate && m.score < PREDICATE_MATCH && sameMoveStated(ctx, m.claim)));
  // Predicates count only where the central sentence states them: "More than 30 leaders attended. The
  // ambassador stayed away" does not state that the ambassador attended.
  for (const m of ctx.inFocus.matches) {
    if (!m.claim.predicate) continue;
    predicates.total++;
    const denial = DENIAL_VERBS.has(m.claim.norm);
    // "denied he had said X" is what a source reports as "I did not say X".
    if (m.score >= PREDICATE_MATCH || denial && negatedSpeech(ctx) || lightVerbs.has(m) || moved.has(m) || changeStated(ctx, m.claim) || factorVerb(m.claim)) predicates.stated++;
    else {
      missing.push(m.claim.raw);
      unreportedDenial ||= denial;
    }
  }
  const disagreement = negationDisagreement(ctx);
  const unstated = disagreement ? undefined : unstatedNegation(ctx);
  const negationMismatch = !!disagreement || unreportedDenial || !!unstated;
  if (disagreement) {
    const { claimCues, focusCues } = disagreement;
    missing.push(`${cueText((claimCues.length ? ctx.claim : ctx.focus).words, claimCues[0] ?? focusCues[0])} (negated)`);
  } else if (unstated) missing.push(`${cueText(ctx.claim.words, unstated)} (negated)`);
  let opposed = 0;
  for (const m of ctx.inFocus.matches) {
    if (m.opposite && m.score < STRONG && opposedInSlot(ctx, m.claim, m.opposite)) {
      opposed++;
      missing.push(`${m.claim.raw} (opposed)`);
    }
  }
  // A claim predicate the central sentence replaces by an unrelated one between the same words ("the council
  // passed the levy" / "the council debated the levy") is a different statement, not a rewording.
  const stating = new Set(ctx.inFocus.matches.filter((m) => m.word).map((m) => m.word));
  let substituted = 0;
  for (const m of ctx.inFocus.matches) {
    if (!m.claim.predicate || m.score >= PREDICATE_MATCH || lightVerbs.has(m) || moved.has(m)) continue;
    // In the other voice the doer and the one done to change sides ("opposed his candidacy" / "whose
    // candidacy was supported by").
    const passive = isPassive(ctx.claim.words, m.claim);
    const sides = (w: Word): 'both' | 'crossed' => (passive === isPassive(ctx.focus.words, w) ? 'both' : 'crossed');
    const rival = ctx.focus.words.find((w) => w.predicate && !stating.has(w)
      && slotsAlign(ctx, m.claim, w, 6, { sides: sides(w), names: true }));
    if (rival) {
      substituted++;
      missing.push(`${m.claim.raw} (${rival.raw})`);
    }
  }
  // A claim with no name, figure or date is stated by one sentence: two neighbouring sentences that share its
  // words ("declined to confirm or deny that the reported name ..." and "... security agencies ...") are not
  // its statement.
  const anchored = names.total + figures.total + dates.total > 0;
  const pair = anchored ? pairAlignment(ctx) : undefined;
  const total = ctx.claim.content.reduce((n, w) => n + w.weight, 0);
  const exact = ctx.inWindow.matches.filter((m) => m.relation === 'same').reduce((n, m) => n + m.claim.weight, 0);
  // An unstated light verb whose complement is stated is no part of what the sentence must state ("Osei came from
  // Riverton" / "Osei, a pilot from Riverton"); one whose complement is not carries the meaning with it ("went viral").
  const dropped = new Set([...[...lightVerbs].filter((m) => m.score < PREDICATE_MATCH && complementStated(ctx, m.claim)), ...moved]);
  const focus = dropped.size ? alignmentOf(ctx.inFocus.matches.filter((m) => !dropped.has(m))) : ctx.inFocus;
  return {
    missing, anchors, names, figures, dates, predicates, negationMismatch, opposed, substituted,
    coverage: Math.max(focus.coverage, pair?.coverage ?? 0),
    contentCoverage: Math.max(focus.contentCoverage, pair?.contentCoverage ?? 0),
    focusCoverage: ctx.inFocus.coverage,
    windowCoverage: ctx.inWindow.coverage,
    exactShare: total ? exact / total : 0,
    stating: ctx.inFocus.matches.filter((m) => m.word && m.score >= 0.5).map((m) => m.word as Word),
  };
}

/**
 * A negation cue of the claim that a central sentence negating nothing leaves unstated: one in a demand or a condition
 * ("should not join the league" / "should promptly join the league"), or one whose words the sentence states none of
 * ("did not become a member" / "joined"). The sentence cannot support the claim, whatever else it shares. Names are
 * who, not what is negated.
 */
function unstatedNegation(ctx: StanceContext): Word | undefined {
  // Every negation counts here, asserted or not: "should not join" is no more stated by "should join" than "did not
  // join" by "joined".
  const cues = (view: SentenceView): Word[] => view.words.filter((_, i) => isNegation(view.words, i, view.text));
  // The claim's first: most claims negate nothing, and then no passage sentence need be read.
  const mine = cues(ctx.claim);
  if (!mine.length || cues(ctx.focus).length) return undefined;
  // What a thing is without, or lacks, a source often says in one word ("without a helmet" / "bare-headed").
  return mine.find((cue) => {
    if (cue.lower === 'without' || PRIVATIVE_VERBS.has(cue.norm)) return false;
    // A negation in a demand or a condition the negation detector leaves aside ("should not join" / "should join").
    if (!asserted(ctx.claim.words, cue.index, ctx.claim.text)) return true;
    const negated = governed(ctx.claim.words, cue, ctx.claim.text).filter((w) => w.content && !w.name);
    return negated.length > 0 && negated.every((w) => {
      const m = matchOf(ctx.inFocus, w);
      return (m?.score ?? 0) < PREDICATE_MATCH || !!m?.word && actPointedTo(ctx.focus.words, w, m.word);
    });
  });
}

/**
 * Does a passage word opposite to a claim word stand in the same slot? A modifier before a noun opposes only a
 * modifier of the same noun ("a permanent freeze" / "a temporary freeze"), not an opposite elsewhere in the
 * sentence ("the last quarter of 1982" / "a sure indicator of future growth") when the noun is stated there; other
 * words, and a modifier of a noun the sentence does not state ("a smaller share" / "a bigger percent"), one whose
 * neighbours line up.
 */
function opposedInSlot(ctx: StanceContext, word: Word, opposite: Word): boolean {
  const head = !word.predicate && hasPos(word.lower, 'a') ? modifiedNoun(ctx.claim, word) : undefined;
  const stated = head && matchOf(ctx.inFocus, head);
  if (stated?.word && stated.score >= 0.5) return stated.word === ctx.focus.words[opposite.index + 1];
  return slotsAlign(ctx, word, opposite, 4, { names: true });
}

/**
 * A capitalised plural whose first noun sense is a kind of person: the members of a party, faith or people
 * ("Republicans", "Democrats", "Catholics"). WordNet has them as common nouns, but a source that names other
 * members ("when Democrats controlled the Senate") does not state the claim ("while Republicans controlled it"):
 * they anchor it as a name does. A title ("President") is singular before its name.
 */
function members(w: Word): boolean {
  return w.capital && /s$/.test(w.lower) && w.norm !== w.lower && nounIn(w.norm, LEXFILE.person, 1);
}

/**
 * The word the central sentence puts before the surname of the claim's `name` (its words, the given name first)
 * when the passage states the surname but the given name nowhere: "Teresa" for "Karen Farndon" in "Rob and
 * Teresa Farndon". A title ("President Clinton") is no given name; nor is a word that begins like the claim's
 * (an initial, "Sam" of "Samuel"), or one the name itself has.
 */
export function givenNameReplaced(ctx: StanceContext, name: Word[]): Word | undefined {
  if (name.length < 2) return undefined;
  const [given, surname] = [name[0], name[name.length - 1]];
  if (statedIn(ctx.passage.index, given, NAMED) || !statedIn(ctx.passage.index, surname, NAMED)) return undefined;
  // A given name may be a word too ("Bill Clinton"), but not a title ("President Clinton").
  const givenName = (w: Word): boolean => w.name || w.capital && !nounIn(w.lower, LEXFILE.person, 1);
  const k = ctx.focus.words.findIndex((w, i) => i > 0 && w.lower === surname.lower && givenName(ctx.focus.words[i - 1]));
  const other = ctx.focus.words[k - 1];
  if (k < 0 || !other.capital || other.lower.length < 3 || other.lower.startsWith(given.lower.slice(0, 3)) || name.some((w) => w.lower === other.lower)
    || spelledAlike(other.lower, given.lower)) return undefined;
  return other;
}

/**
 * A light verb of the claim (see LIGHT_VERBS) with no opposite in the central sentence, and no particle after it
 * that makes another verb of it ("took the article down", "turned the offer down"); or a verb that frames what the
 * claim says (see frames).
 */
function light(m: Match, ctx: StanceContext): boolean {
  const claim = ctx.claim;
  if (m.opposite) return false;
  if (frames(ctx, m.claim)) return true;
  if (!lightVerb(m.claim)) return false;
  const after = claim.text.slice(m.claim.end).split(/[,;:.!?]/)[0];
  return !PARTICLE_RE.test(after);
}

/**
 * A verb of spending (TIME_SPENDING_VERBS) whose object is a length of time read as a figure ("spent three
 * decades"), which the passage must then state as one; not a length the figures do not read ("spent several hours").
 */
function timeSpent(claim: ClaimView, verb: Word): boolean {
  if (!formOfVerb(verb.lower, TIME_SPENDING_VERBS)) return false;
  const object = claim.words.slice(verb.index + 1, verb.index + 5).find((w) => w.content && !hasPos(w.lower, 'a'));
  return claim.a.quantities.some((q) => q.kind === 'duration' && q.start >= verb.end && (!object || q.start <= object.start));
}

/**
 * A verb of ATTRIBUTING_VERBS with "with" or "to" in the few words after it ("credited Osei with", "attributed the
 * line to Osei"), no name of whom it gives the act to (between the verb and "with", or after "to") stated in the
 * passage but outside the central sentence.
 */
function attributing(ctx: StanceContext, verb: Word): boolean {
  const words = ctx.claim.words;
  const join = words.slice(verb.index + 1, verb.index + 1 + ATTRIBUTED_REACH).find((w) => w.lower === 'with' || w.lower === 'to');
  if (!join || !formOfVerb(verb.lower, ATTRIBUTING_VERBS)) return false;
  const given = join.lower === 'with' ? words.slice(verb.index + 1, join.index) : words.slice(join.index + 1, join.index + 1 + ATTRIBUTED_REACH);
  return given.filter((w) => w.name).every((w) => (matchOf(ctx.inFocus, w)?.score ?? 0) >= STRONG || !statedIn(ctx.passage.index, w, NAMED));
}

/** Most words from a verb of ATTRIBUTING_VERBS to its "with" or "to". */
const ATTRIBUTED_REACH = 6;

/**
 * A verb of CITING_VERBS in the active voice with what it brings up right after it ("cited the lesson of Norway",
 * "mentioned a report"); "recall" only before a clause, an act in "-ing" or a name ("recalled that", "recalled
 * Lincoln praying"), not as a maker's withdrawal ("recalled 1 million cars").
 */
function citing(claim: ClaimView, verb: Word): boolean {
  const next = nextInClause(claim, verb);
  if (!next || !formOfVerb(verb.lower, CITING_VERBS) || isPassive(claim.words, verb)) return false;
  return !formOfVerb(verb.lower, RECALL) || RECALLED_RE.test(next.lower) || next.capital;
}
const RECALL = new Set(['recall']);
/** What "recall" brings up when it recalls: a clause ("that", "how", "when") or an act ("urging"). */
const RECALLED_RE = /^(?:that|how|when|what|why|\p{L}+ing)$/u;

/** The word right after a verb, when no punctuation mark ends the verb's clause between them. */
function nextInClause(claim: ClaimView, verb: Word): Word | undefined {
  const next = claim.words[verb.index + 1];
  return next && !/[,;:.!?]/.test(claim.text.slice(verb.end, next.start)) ? next : undefined;
}

/** A verb of FRAMING_VERBS right before "by" and a verb in "-ing" ("began by expressing"). */
function framing(claim: ClaimView, verb: Word): boolean {
  const [by, act] = [claim.words[verb.index + 1], claim.words[verb.index + 2]];
  return by?.lower === 'by' && !!act && /ing$/.test(act.lower) && formOfVerb(verb.lower, FRAMING_VERBS);
}

/**
 * Is what follows a verb in its clause stated outright in the central sentence: its first content word, or a figure
 * before it ("stood at 7.9 percent")?
 */
function complementStated(ctx: StanceContext, verb: Word): boolean {
  if (!nextInClause(ctx.claim, verb)) return false;
  const after = ctx.claim.words.slice(verb.index + 1).find((w) => w.content);
  const figure = ctx.claim.a.quantities.find((q) => q.start >= verb.end && (!after || q.start < after.start));
  if (figure) return quantityStated(figure, ctx.claim, [ctx.focus]);
  return !!after && (matchOf(ctx.inFocus, after)?.score ?? 0) >= STRONG;
}

/** Adverbial particles that make a phrasal verb, within a few words of the verb. */
const PARTICLE_RE = /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:down|up|off|out|away|back|over)\b/u;

/**
 * Does the passage write the name with other spacing, hyphens or accents ("Tin Eye" for "TinEye", "Storm
 * Trooper" for "Stormtrooper", "Idriss Deby" for "Idriss Déby")? Only names of some length: short ones run
 * into other words.
 */
function writtenOtherwise(passage: string, name: string): boolean {
  const pattern = namePattern(name);
  return !!pattern && pattern.test(foldMarks(passage));
}

/**
 * The pattern of a name written with any spacing, hyphens or accents, or null for a name too short or holding
 * other characters. Compiled once per name: a claim's names are checked against every passage retrieved for it.
 */
const namePattern = memoizeByText((name: string): RegExp | null => {
  const letters = [...foldMarks(name).replace(/[\s-]+/g, '')];
  if (letters.length < SPACED_NAME_MIN || letters.some((c) => !/[\p{L}\p{N}]/u.test(c))) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${letters.join('[\\s-]?')}(?![\\p{L}\\p{N}])`, 'iu');
}, 2000);

/** Fewest letters in a name compared with other spacing. */
const SPACED_NAME_MIN = 5;

/** Does some sentence of the passage negate a speech verb ("did not say", "never claimed")? */
function negatedSpeech(ctx: StanceContext): boolean {
  return ctx.passage.sentences.some((s) => negationCues(s.words, s.text).some((cue) => s.words.slice(cue.index + 1, cue.index + 3)
    .some((w) => isSpeechVerb(w.norm, w.lower) && !DENIAL_VERBS.has(w.norm))));
}

/**
 * "first" that places an event in a sequence rather than counting ("first reported", "the director first
 * attached to it", "at first", "for the first time"): sources tell the same with "initially", "originally" or
 * not at all, so it is no figure a passage must restate. A passage's other ordinal still conflicts with it.
 */
function sequenceFirst(claim: ClaimView, q: Quantity): boolean {
  if (q.kind !== 'ordinal' || q.lo !== 1 || !/^first$/i.test(q.text.trim())) return false;
  if (/\b(?:at|for\s+the)\s+$/i.test(claim.text.slice(Math.max(0, q.start - 10), q.start))) return true;
  const next = claim.words.find((w) => w.start >= q.end);
  return !!next && next.predicate;
}

/** Is the date in an adverbial that opens the claim and ends in a comma ("In 2020, Trump offered ...")? */
function framesClaim(text: string, d: Span): boolean {
  return /^\s*(?:(?:in|by|during|since|as of)\s+)?(?:(?:early|late|mid-?)\s*)?$/i.test(text.slice(0, d.start)) && /^\s*,/.test(text.slice(d.end));
}

/** The central sentence aligned together with the sentence before or after it, whichever states more. */
function pairAlignment(ctx: StanceContext): Alignment | undefined {
  let best: Alignment | undefined;
  for (const k of [ctx.focusIndex - 1, ctx.focusIndex + 1]) {
    if (k < 0 || k >= ctx.perSentence.length) continue;
    const a = alignmentOf(bestOf([ctx.perSentence[ctx.focusIndex], ctx.perSentence[k]]));
    if (!best || a.coverage > best.coverage) best = a;
  }
  return best;
}
