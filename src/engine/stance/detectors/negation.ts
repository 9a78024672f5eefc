import { rolesOf } from '../agents';
import { STRONG, align, restCoverage, type Match } from '../align';
import { TELLING_COUNT, inPassage, matchOf, onTopic, slotsAlign, stated, type Detector, type StanceContext } from '../context';
import { ALTERNATIVE_CUES, NEGATION_REACH, actPointedTo, alternativeVerb, asserted, cueText, governed, isNegation, negatingVerb, negationCues, plainNegation } from '../polarity';
import { lightVerb, type Word } from '../words';
import { brokenAfter, type SentenceView } from '../views';
import { quantityStated } from '../figures';
import { MEASURE_KINDS, type Quantity } from '../../text/quantities';
import { LEXFILE, hasPos, isSpeechVerb, nounIn, relation } from '../../lexicon/wordnet';
import { BE_FORMS, PERSONAL_SUBJECTS, REFUTATION_CUES } from '../../lexicon';

/** A verb's "-ing" form, which after "without" or "no" may be read as a noun ("without waiting"). */
const GERUND_RE = /\p{L}{2}ing$/u;

/** Share of the claim's content (its negation aside) the central sentence must state before a bare negation counts. */
const NEGATION_COVERAGE = 0.6;
/** Share of the claim's content the passage must state anywhere. */
const NEGATION_TOPIC = 0.6;

/**
 * Share of the claim's content the central sentence must state when the negated verb is the claim's own, with
 * the same object and the same doer (see {@link negatesCore}): the rest of the claim may be said otherwise.
 */
const CORE_COVERAGE = 0.3;

/**
 * One side negates what the other asserts: a negation in the claim governs a word the central sentence
 * states plainly, or a negation in the central sentence governs a word of the claim ("the dog was not
 * released" / "a dog was let loose"), and the sentence states nearly all the rest of the claim.
 */
export const negation: Detector = {
  id: 'negation',
  description: 'one side negates what the other asserts',
  detect(ctx) {
    const disagreement = negationDisagreement(ctx);
    // A question asserts nothing for the claim's negation to deny ("Did you direct him to discuss the sanctions?"), and
    // states nothing the claim negates either: the disagreement still keeps it from supporting the claim.
    if (!disagreement || disagreement.claimCues.length && QUESTION_RE.test(ctx.focus.text)) return [];
    const { claimCues, focusCues } = disagreement;
    // A goal, a demand or a condition asserts nothing for the claim's negation to deny ("are unable to read" /
    // "every child must be able to read"); it still states nothing that supports the claim.
    if (claimCues.length && claimCues.every((cue) => unassertedInFocus(ctx, cue))) return [];
    // What the sentence negates or asserts is the claim's only if it states the claim's telling figures ("47 million
    // Americans have no health insurance" / "for all other Americans, private insurance is the best way").
    if (ctx.claim.a.quantities.some((q) => telling(q) && !quantityStated(q, ctx.claim, [ctx.focus]))) return [];
    const cues = new Set(claimCues);
    const covered = restCoverage(ctx.inFocus, cues);
    const broad = covered >= NEGATION_COVERAGE && onTopic(ctx, cues, NEGATION_TOPIC);
    if (!broad && !(covered >= CORE_COVERAGE && onTopic(ctx, cues, CORE_COVERAGE) && negatesCore(ctx, disagreement))) return [];
    const highlights = focusCues.map((w) => inPassage(ctx, w));
    if (claimCues.length && focusCues.length) {
      const [mine, theirs] = [denial(ctx.claim, claimCues[0]), denial(ctx.focus, focusCues[0])];
      return [{ detector: 'negation', reason: `negation: "${mine}" vs "${theirs}"`, values: [mine, theirs], highlights, strength: 0.6 }];
    }
    const side = claimCues.length ? 'claim' : 'passage';
    const cue = claimCues[0] ?? focusCues[0];
    const said = cueText((claimCues.length ? ctx.claim : ctx.focus).words, cue);
    return [{ detector: 'negation', reason: `negation: the ${side} says "${said}"`, values: claimCues.length ? [said, ''] : ['', said], highlights, strength: 0.6 }];
  },
};

/** A figure seldom shared by chance: a sum, a share, a measure or a count of thousands; not an ordinal, a duration or an age. */
function telling(q: Quantity): boolean {
  return q.kind === 'money' || q.kind === 'percent' || MEASURE_KINDS.has(q.kind) || q.kind === 'count' && q.lo >= TELLING_COUNT;
}

/** Does the central sentence state the words a claim's negation cue governs only where it asserts nothing? */
function unassertedInFocus(ctx: StanceContext, cue: Word): boolean {
  const stating = governed(ctx.claim.words, cue, ctx.claim.text).map((w) => matchOf(ctx.inFocus, w)?.word).filter((w): w is Word => !!w);
  return stating.length > 0 && stating.every((w) => !asserted(ctx.focus.words, w.index, ctx.focus.text));
}

/**
 * The bound negation cues of each side when exactly one side has some, unless the claim's negated word is
 * negated by another sentence of the passage (the central sentence is the one that states most of the claim,
 * and a quote may give the denial next to it: "It's not testosterone, but it's something else").
 */
export function negationDisagreement(ctx: StanceContext): Disagreement | undefined {
  if (!disagreementByContext.has(ctx)) disagreementByContext.set(ctx, disagreementOf(ctx));
  return disagreementByContext.get(ctx);
}

/** The bound negation cues of each side, as {@link negationDisagreement} gives them. */
interface Disagreement {
  claimCues: Word[];
  focusCues: Word[];
}

/** A sentence that ends in a question mark, before any closing quote or bracket. */
const QUESTION_RE = /\?["”’)\]]*\s*$/;

/** The words a sentence's negation cues govern: the cues given, or all it asserts. */
function negatedWords(view: SentenceView, cues = negationCues(view.words, view.text)): Set<Word> {
  return new Set(cues.flatMap((cue) => governed(view.words, cue, view.text)));
}

/** Quantifiers that a "not" before them negates in part ("not all", "not every", "not always"). */
const PARTIAL_AFTER = new Set(['all', 'every', 'everyone', 'everything', 'always', 'necessarily']);

/** "only after", "only when", "only once", "only if": a condition that "not ... until" states as well. */
const ONLY_AFTER_RE = /\bonly\s+(?:after|when|once|if)\b/i;
/** "-free" right after a word: "alcohol-free" is without alcohol. */
const FREE_AFTER_RE = /^-free\b/i;
/** Most words between "not" and the "until" that makes it a condition ("will not renew the contract until"). */
const UNTIL_REACH = 8;

/** Does one of the cues ("not", "never") wait for a condition: "until" follows it in its clause? */
function notUntil(view: SentenceView, cues: Word[]): boolean {
  return cues.some((cue) => {
    const until = view.words.slice(cue.index + 1, cue.index + 1 + UNTIL_REACH).find((w) => w.lower === 'until');
    return !!until && !/[;:]/.test(view.text.slice(cue.end, until.start));
  });
}

/** Each context's disagreement, found once: the detector and the support check both ask. */
const disagreementByContext = new WeakMap<StanceContext, Disagreement | undefined>();

function disagreementOf(ctx: StanceContext): Disagreement | undefined {
  // "not all creatures are called", "are not all traditional students": a negated quantifier denies that all do, not
  // that any does; it contradicts only the other side's own "all" ("All ferries run on Sundays" / "Not all ferries do").
  const whole = (view: SentenceView, other: SentenceView) => (cue: Word): boolean => {
    const next = view.words[cue.index + 1]?.lower ?? '';
    return !PARTIAL_AFTER.has(next) || other.words.some((w) => w.lower === next);
  };
  const claimCues = boundCues(ctx, 'claim').filter(whole(ctx.claim, ctx.focus));
  const focusCues = boundCues(ctx, 'focus').filter(whole(ctx.focus, ctx.claim));
  if (claimCues.length && focusCues.length) return crossed(ctx) ? { claimCues, focusCues } : undefined;
  if (!claimCues.length && !focusCues.length) return undefined;
  // "only after" is "not until" in other words ("would renew the contract only after the report" / "will not renew
  // the contract until it does").
  const [negating, cues, other] = claimCues.length ? [ctx.claim, claimCues, ctx.focus] : [ctx.focus, focusCues, ctx.claim];
  if (notUntil(negating, cues) && ONLY_AFTER_RE.test(other.text)) return undefined;
  // Both sides negate with the same word, the one side's governing a word the other rephrases ("has not made a
  // public appearance" / "has not been seen in public", "refused to name" / "refused to provide them").
  // A denial is the claim's way of reporting a source's "did not say" ("denied he had said" / "I did not say"), and
  // calling a report false a sentence's way of negating it ("was never sold" / "reports that it was sold are false").
  // A refutation word both sides use is what is negated, not a negation ("have not denied" / "have denied").
  // A refutation word that describes who speaks ("the fake report said", "a satirical site claimed") calls the
  // source false, not what it is reported to say.
  const refuting = (words: readonly Word[], others: readonly Word[]): Word[] => words.filter((w, k) => REFUTATION_CUES.has(w.lower)
    && !others.some((o) => o.norm === w.norm) && !describesSpeaker(words, k));
  const side = claimCues.length ? 'claim' : 'focus';
  const [bound, negations, refutations] = claimCues.length ? [claimCues, negationCues(ctx.focus.words, ctx.focus.text), refuting(ctx.focus.words, ctx.claim.words)]
    : [focusCues, negationCues(ctx.claim.words, ctx.claim.text), refuting(ctx.claim.words, ctx.focus.words)];
  if (bound.some((cue) => refutations.some((o) => sameCue(cue, o)))) return undefined;
  if (bound.some((cue) => negations.some((o) => sameCue(cue, o))) && !assertedElsewhere(ctx, bound, negations, side)) return undefined;
  // The other side negates the same words in another way ("doesn't need an island any more" / "no longer has
  // any need for an island", "never charged" / "without ever facing charges").
  if (bound.every((cue) => negatedOtherwise(ctx, cue, side))) return undefined;
  if (claimCues.length && claimCues.every((cue) => governed(ctx.claim.words, cue, ctx.claim.text).some((w) => negatedInPassage(ctx, w)))) return undefined;
  // The claim denies a deed to someone the sentence does not name: what the sentence asserts is another's deed
  // ("Bush had never appointed a judge" / "I've appointed prosecutors").
  if (claimCues.length && claimCues.every((cue) => deniedToAbsentName(ctx, cue))) return undefined;
  // The sentence negates a word the claim negates too, in whatever slot ("made no progress" / "the lack of progress").
  const negatedMatches = [...negatedWords(ctx.claim)].map((w) => matchOf(ctx.inFocus, w)).filter((m): m is Match => !!m?.word && m.score >= 0.8);
  const claimNegated = new Set(negatedMatches.map((m) => m.word));
  if (focusCues.some((cue) => governed(ctx.focus.words, cue, ctx.focus.text).some((w) => claimNegated.has(w)))) return undefined;
  // The sentence states the claim's negated word with a negative prefix ("without authorisation" / "unauthorised"), or
  // with "-free" after it ("contained no alcohol" / "an alcohol-free contest").
  if (claimCues.length && negatedMatches.some((m) => m.word && (prefixNegates(m.word.lower, m.claim.lower) || FREE_AFTER_RE.test(ctx.focus.text.slice(m.word.end))))) return undefined;
  return { claimCues, focusCues };
}

/**
 * Does each side deny what the other asserts: "spending the government's money, not the taxpayer's" / "we are not
 * spending the government's money, we are spending the taxpayer's"? A word a negation's clause in the claim holds
 * is stated and asserted in the sentence, and a word a negation's clause in the sentence holds states a word the
 * claim asserts; no word is denied by both.
 */
function crossed(ctx: StanceContext): boolean {
  // What a cue denies here is its whole clause ("the President did not order the marines,"): the doer, the verb
  // and its object. Every cue of a side counts, bound or not ("I don't think this talk helps").
  const polarities = (view: SentenceView): { denied: Set<string>; asserted: Set<string> } => {
    const negated = new Set(negationCues(view.words, view.text).flatMap((cue) => clauseAround(view, cue)));
    // A word a side says twice ("not spending X, we are spending Y") is denied or asserted only if every time alike.
    const [no, yes] = [new Set<string>(), new Set<string>()];
    for (const w of view.words) if (w.content) (negated.has(w) ? no : yes).add(w.norm);
    return { denied: new Set([...no].filter((n) => !yes.has(n))), asserted: new Set([...yes].filter((n) => !no.has(n))) };
  };
  const [claim, focus] = [polarities(ctx.claim), polarities(ctx.focus)];
  const strong = ctx.inFocus.matches.filter((m) => m.word && m.claim.content && m.score >= STRONG);
  // Both denying one thing, each in its own way, agree ("made no progress" / "didn't make any progress").
  if (strong.some((m) => claim.denied.has(m.claim.norm) && focus.denied.has((m.word as Word).norm))) return false;
  return strong.some((m) => claim.denied.has(m.claim.norm) && focus.asserted.has((m.word as Word).norm))
    && strong.some((m) => claim.asserted.has(m.claim.norm) && focus.denied.has((m.word as Word).norm));
}

/** Most words of a denial quoted in a reason ("not spending the Federal Government's money"). */
const DENIAL_WORDS = 6;

/** A cue and what it denies, as the text gives them: "not the taxpayer's". */
function denial(view: SentenceView, cue: Word): string {
  const clause = clauseAfter(view, cue).slice(0, DENIAL_WORDS);
  return view.text.slice(cue.start, (clause[clause.length - 1] ?? cue).end);
}

/** The words after `cue` up to the end of its clause (a comma, a semicolon, a colon or a bracket). */
function clauseAfter(view: SentenceView, cue: Word): Word[] {
  const out: Word[] = [];
  for (let k = cue.index + 1; k < view.words.length && !brokenAfter(view, view.words[k - 1]); k++) out.push(view.words[k]);
  return out;
}

/** The words of `cue`'s clause on both sides of it, up to a comma, a semicolon, a colon or a bracket. */
function clauseAround(view: SentenceView, cue: Word): Word[] {
  let first = cue.index;
  while (first > 0 && !brokenAfter(view, view.words[first - 1])) first--;
  return [...view.words.slice(first, cue.index), ...clauseAfter(view, cue)];
}

/**
 * Does the negation fall on the claim's own statement: a verb of the claim, stated on the other side by itself or a synonym,
 * where one side negates it, with its object stated by the other's object and its doer by the other's doer or by
 * a pronoun ("Cassy has since posted the video" / "she hasn't posted that video")?
 */
function negatesCore(ctx: StanceContext, { claimCues, focusCues }: Disagreement): boolean {
  const inClaim = negatedWords(ctx.claim, claimCues);
  const inFocus = negatedWords(ctx.focus, focusCues);
  // What the claim reports someone said is not disputed by a passage that never names the speaker ("a satirical
  // website claimed he had been attacked" / "he was not attacked"): that passage disputes the report, not the claim.
  const unnamedSpeaker = (verb: Word): boolean => {
    if (ctx.turn) return false;
    const before = ctx.claim.words.slice(0, verb.index);
    let report = before.length - 1;
    while (report >= 0 && !(before[report].predicate && isSpeechVerb(before[report].norm, before[report].lower))) report--;
    const speaker = before.slice(Math.max(0, report - SPEAKER_WORDS), report).filter((w) => w.content);
    return report >= 0 && speaker.length > 0 && !speaker.some((w) => stated(ctx.inWindow, w));
  };
  return ctx.inFocus.matches.some((m) => {
    if (!m.word || !CORE_RELATIONS.has(m.relation) || !m.claim.predicate || !m.word.predicate || !(inClaim.has(m.claim) || inFocus.has(m.word))) return false;
    if (unnamedSpeaker(m.claim)) return false;
    const mine = rolesOf(ctx.claim, m.claim);
    const theirs = rolesOf(ctx.focus, m.word);
    const states = (a: Word | undefined, b: Word | undefined): boolean => {
      const x = a && b && matchOf(ctx.inFocus, a);
      return !!x && x.word === b && x.score >= STRONG;
    };
    if (!states(mine.undergoer, theirs.undergoer)) return false;
    return !mine.doer || states(mine.doer, theirs.doer) || !!theirs.subjectWord && PERSONAL_SUBJECTS.has(theirs.subjectWord.lower);
  });
}

/** How the other side must state the negated verb: as itself or a synonym, not a broader or looser verb ("allowed" / "involved"). */
const CORE_RELATIONS = new Set<Match['relation']>(['same', 'synonym']);

/** Most words before a verb of saying that name its speaker. */
const SPEAKER_WORDS = 3;

/** Is the doer of the verb the claim's negation `cue` governs a name the central sentence does not state? */
function deniedToAbsentName(ctx: StanceContext, cue: Word): boolean {
  const verb = governed(ctx.claim.words, cue, ctx.claim.text).find((w) => w.predicate);
  const doer = verb && rolesOf(ctx.claim, verb).doer;
  return !!(doer?.name || doer?.capital) && !((matchOf(ctx.inFocus, doer)?.score ?? 0) >= STRONG);
}

/**
 * Does the other side state a verb that one side's negation `cues` govern, outside its own negations `theirCues`? Then
 * the other side's negation bears on something else ("The police did not condemn the attack" / "The police
 * have condemned the attack, warning locals not to take the law into their own hands").
 */
function assertedElsewhere(ctx: StanceContext, cues: Word[], theirCues: Word[], side: 'claim' | 'focus'): boolean {
  const [mine, theirs] = side === 'claim' ? [ctx.claim, ctx.focus] : [ctx.focus, ctx.claim];
  const negatedThere = negatedWords(theirs, theirCues);
  const negatedHere = negatedWords(mine, cues);
  return ctx.inFocus.matches.some((m) => {
    if (!m.word || m.score < STRONG) return false;
    // A light verb is stated only by itself: "made" in "has not made a public appearance" is no act that "his
    // absence has prompted speculation" asserts.
    if (m.relation !== 'same' && (lightVerb(m.claim) || lightVerb(m.word))) return false;
    const [here, there] = side === 'claim' ? [m.claim, m.word] : [m.word, m.claim];
    return here.predicate && there.predicate && negatedHere.has(here) && !negatedThere.has(there);
  });
}

/**
 * Does the other side put a plain negation ("not", "never", "no", "without") right before the words that state
 * what `cue` negates? The words the cue governs are found on the other side through the alignment; one of them
 * must stand within a negation's reach after one of that side's own negations.
 */
function negatedOtherwise(ctx: StanceContext, cue: Word, side: 'claim' | 'focus'): boolean {
  const [mine, theirs] = side === 'claim' ? [ctx.claim, ctx.focus] : [ctx.focus, ctx.claim];
  // A stand "against" something is stated by opposing it ("both against the draft" / "opposition to the draft").
  if (cue.lower === 'against' && theirs.words.some(opposes)) return true;
  const negated = governed(mine.words, cue, mine.text);
  const loose = ctx.inFocus.matches.filter((m) => m.word && m.score >= 0.5);
  const stated = new Set(loose
    .flatMap((m) => (side === 'claim' ? (negated.includes(m.claim) ? [m.word as Word] : []) : (negated.includes(m.word as Word) ? [m.claim] : []))));
  if (!stated.size) return false;
  // "no longer" is "stopped" in other words ("are no longer buying our wheat" / "had stopped purchasing wheat").
  if (cueText(mine.words, cue) === 'no longer' && theirs.words.some((w) => stops(w) && theirs.words.slice(w.index + 1, w.index + 1 + NEGATION_REACH).some((x) => stated.has(x)))) return true;
  // Another negation between them turns it back, and a verb the first side does not state takes the
  // negation for itself ("will not lose the click" keeps the click).
  const aligned = new Set(loose.map((m) => (side === 'claim' ? m.claim : m.word as Word)));
  const alignedThere = new Set(loose.map((m) => (side === 'claim' ? m.word : m.claim)));
  return theirs.words.some((w, k) => {
    if (!plainNegation(w)) return false;
    // "No" on the object of the verb the first side negates denies the act as well ("did not see any evidence" /
    // "saw no proof"), when that object is stated.
    if (w.lower === 'no' && stated.has(theirs.words[k - 1]) && governed(theirs.words, w, theirs.text).some((g) => alignedThere.has(g))) return true;
    const after = theirs.words.slice(k + 1, k + 1 + NEGATION_REACH + 2);
    const at = after.findIndex((x) => stated.has(x));
    return at >= 0 && !after.slice(0, at).some((x) => isNegation(theirs.words, x.index, theirs.text) || x.predicate && x.content && !aligned.has(x));
  });
}

/** A verb for ceasing to do: "stop" and its synonyms ("cease", "quit", "halt", "discontinue"). */
function stops(w: Word): boolean {
  const r = w.predicate ? relation(w.lower, 'stop') : undefined;
  return r === 'same' || r === 'synonym';
}

/** A word for opposing: "oppose", its synonyms and its derivations ("opposition", "opponents"). */
function opposes(w: Word): boolean {
  const r = relation(w.lower, 'oppose');
  return r === 'same' || r === 'synonym' || r === 'derived';
}

/** Is word `k` a modifier of the noun a verb of saying follows ("fake report said", "bogus news site claimed")? */
function describesSpeaker(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j <= k + SPEAKER_NOUN_WORDS + 1 && j < words.length; j++) {
    const w = words[j];
    if (j > k + 1 && isSpeechVerb(w.norm, w.lower)) return true;
    if (!w.content || w.predicate) return false;
  }
  return false;
}
/** Most nouns between a modifier and the verb of saying ("fake news site said"). */
const SPEAKER_NOUN_WORDS = 2;

/** Negative prefixes: "unauthorised", "non-binding", "illegal", "dishonest". */
const NEGATIVE_PREFIX = /^(?:un|non-?|in|im|il|ir|dis)(?=\p{L}{4})/u;
/** Shared letters that make two words one stem ("authoris-ation", "authoris-ed"). */
const STEM_LETTERS = 5;

/** Is `word` a negative-prefix form of `of` ("unauthorised" of "authorisation"), not the same word ("increase")? */
function prefixNegates(word: string, of: string): boolean {
  const prefix = NEGATIVE_PREFIX.exec(word);
  if (!prefix || of.startsWith(prefix[0])) return false;
  const stem = word.slice(prefix[0].length);
  return stem.length >= STEM_LETTERS && of.length >= STEM_LETTERS && stem.slice(0, STEM_LETTERS) === of.slice(0, STEM_LETTERS);
}

/**
 * Do two negation cues say the same: the same word, "not" in any spelling ("not", "n't", "cannot", and "rather
 * than" or "instead of", which deny an alternative: "stock images rather than photos" / "stock photos, not
 * pictures"), or any cue and a refutation ("denied", "false")? "Rather than" and "instead of" set up no
 * disagreement of their own (see {@link boundCues}).
 */
function sameCue(a: Word, b: Word): boolean {
  // Calling a report false negates all of it, whichever negation the other side uses.
  if (REFUTATION_CUES.has(a.lower) || REFUTATION_CUES.has(b.lower)) return true;
  // "not" and a word that negates the verb after it ("declined to name" / "would not reveal") deny alike.
  const form = (w: Word): string => (/n't$|^not$|^cannot$/.test(w.lower) || ALTERNATIVE_CUES.has(w.lower) || negatingVerb(w) ? 'not' : w.norm);
  return form(a) === form(b);
}

/** Does some sentence of the passage negate a word that states claim word `w` ("it's not testosterone")? */
function negatedInPassage(ctx: StanceContext, w: Word): boolean {
  return ctx.passage.sentences.some((s) => {
    const stating = new Set(align([w], s.words).matches.filter((m) => m.word && m.score >= 0.8).map((m) => m.word));
    return stating.size > 0 && negationCues(s.words, s.text).some((cue) => governed(s.words, cue, s.text).some((g) => stating.has(g)));
  });
}

/**
 * A claim word whose polarity the sentence's negation can dispute: one it states outright, or a predicate it
 * rewords with a word used alike ("would hand Boko Haram territory" / "would not be given territory"); a noun
 * only when the sentence's word is no verb, or is the noun's own verb.
 */
function polar(m: Match): boolean {
  // A verb the sentence negates says something else than a noun of the claim it merely rewords ("is not
  // identifying the firm" / "withheld the firm's name"); the same word or its form still counts ("did not
  // approve" / "won approval").
  if (m.word?.predicate && !m.claim.predicate && m.relation !== 'same' && m.relation !== 'derived') return false;
  return m.score >= STRONG || (m.relation === 'akin' || m.relation === 'loose') && m.claim.predicate;
}

/** Weakest match by which a verb of the other side rewords the claim's negated verb ("never brought in" / "hired"). */
const REWORDED_VERB = 0.55;

/**
 * Negation cues of one side that govern a word the other side states: for the claim, a governed word
 * stated in the central sentence; for the sentence, a governed word that states a word of the claim.
 */
export function boundCues(ctx: StanceContext, side: 'claim' | 'focus'): Word[] {
  if (side === 'claim') {
    // The governed word must be stated in its own slot ("Nike declined to comment" is not contradicted by
    // "ESPN obtained comment from the Tour").
    return negationCues(ctx.claim.words, ctx.claim.text).filter((cue) => ALTERNATIVE_CUES.has(cue.lower) ? deniedVerbStated(ctx, cue, 'claim') : governed(ctx.claim.words, cue, ctx.claim.text)
      .some((w) => {
        const m = matchOf(ctx.inFocus, w);
        // A word inside a name states a common word only as itself ("need" is not stated by "Mercury Press Agency").
        // A negated verb stated by a more general verb, or by a verb that rewords it, is denied too ("would not raise
        // spending" / "will increase spending", "never brought in a firm" / "hired a firm"), unless that verb is a
        // light one, general for too many ("was never found" / "managed to get").
        // Only an act is reworded: a state after "is not" is not ("was not ready to end the war" / "believes he is winning").
        const reworded = (m?.score ?? 0) >= REWORDED_VERB && !BE_FORMS.has(ctx.claim.words[cue.index - 1]?.lower ?? '');
        const verbs = (m?.relation === 'general' || reworded) && w.predicate && !!m?.word?.predicate && !lightVerb(m.word);
        // A negated act is not stated by a thing of its kind ("without waiting for Congress" / "a 90-day moratorium"): only
        // by its own noun ("never charged" / "no charges").
        const kindOfAct = (w.predicate || GERUND_RE.test(w.lower) && hasPos(w.lower, 'v')) && !!m?.word && !m.word.predicate
          && (m.relation === 'specific' || m.relation === 'general');
        // Nor by its noun pointing back to an act told before, whoever did it ("has not commented" / "The comment followed").
        return w.content && !!m?.word && (m.score >= STRONG || verbs) && !kindOfAct && !actPointedTo(ctx.focus.words, w, m.word) && (!m.word.capital || w.capital || m.relation === 'same')
          && slotsAlign(ctx, w, m.word, 8, { sides: 'any', names: true }) || denies(ctx, w, 'claim');
      }));
  }
  // A word the claim states only inside a condition or a demand ("if the council keeps ...") has no polarity
  // there for the passage's negation to contradict.
  const assertedMatches = ctx.inFocus.matches.filter((m) => asserted(ctx.claim.words, m.claim.index, ctx.claim.text));
  const statedWords = new Set(assertedMatches.filter(polar).map((m) => m.word));
  // A negated verb the claim does not state, whose object is a noun for the claim's act ("had not yet conducted
  // any strikes" / "had already struck"): the negation falls on the act. A noun for a thing is no act ("chose not
  // to disclose his name" / "named him").
  const acts = new Set(assertedMatches.filter((m) => m.claim.predicate && m.word && !m.word.predicate && (m.relation === 'same' || m.relation === 'derived')
    && nounIn(m.word.lower, LEXFILE.act)).map((m) => m.word));
  const stating = new Set(ctx.inFocus.matches.map((m) => m.word));
  const namesAct = (verb: Word): boolean => verb.predicate && !stating.has(verb) && acts.has(rolesOf(ctx.focus, verb).undergoer);
  return negationCues(ctx.focus.words, ctx.focus.text).filter((cue) => ALTERNATIVE_CUES.has(cue.lower) ? deniedVerbStated(ctx, cue, 'focus') : governed(ctx.focus.words, cue, ctx.focus.text)
    .some((w) => statedWords.has(w) || namesAct(w) || denies(ctx, w, 'focus')));
}

/**
 * Does the other side state, as itself or a synonym, the verb that `cue` ("rather than", "instead of") denies on
 * `side` ("is decreasing rather than increasing" / "addictions are increasing")? The claim must assert it.
 */
function deniedVerbStated(ctx: StanceContext, cue: Word, side: 'claim' | 'focus'): boolean {
  const verb = alternativeVerb(side === 'claim' ? ctx.claim.words : ctx.focus.words, cue);
  const m = verb && (side === 'claim' ? matchOf(ctx.inFocus, verb) : ctx.inFocus.matches.find((x) => x.word === verb));
  return !!m?.word && m.score >= STRONG && CORE_RELATIONS.has(m.relation) && (side === 'claim' || asserted(ctx.claim.words, m.claim.index, ctx.claim.text));
}

/**
 * Is `w`, on `side`, a negated verb of saying (a function word, so no match states it) where the other side has a verb
 * of saying that no negation governs, between the same words ("Osei did not say the ferry would close" / "Osei said
 * the ferry would close"; not "could not tell us the address" / "told the charity that Kai had been sold")?
 */
function denies(ctx: StanceContext, w: Word, side: 'claim' | 'focus'): boolean {
  if (w.content || !isSpeechVerb(w.norm, w.lower)) return false;
  const other = side === 'claim' ? ctx.focus : ctx.claim;
  const negated = negatedWords(other);
  return other.words.some((x) => {
    if (x.content || !isSpeechVerb(x.norm, x.lower) || negated.has(x)) return false;
    const [mine, theirs] = side === 'claim' ? [w, x] : [x, w];
    return slotsAlign(ctx, mine, theirs, 4, { sides: 'both', names: true });
  });
}
