import { BE_FORMS, NEGATIONS, OBJECT_DETERMINERS, REFUTATION_CUES, REPORTING_HEDGES } from '../../lexicon';
import { LEXFILE, isSpeechVerb, nounIn, relation } from '../../lexicon/wordnet';
import { inPassage, modifiedNoun, onTopic, type Detector, type StanceContext } from '../context';
import { dateStated, quantityStated } from '../figures';
import type { SentenceView } from '../views';
import { adjectiveOnly, type Word } from '../words';
import { memoizeByText } from '../../text/tokens';

/** Weakest match by which a noun the cue modifies states a claim word (a broader word will do: "article" for "post"). */
const STATES = 0.5;

/** Share of the claim the central sentence must state before its refutation counts. */
const REFUTATION_TOPIC = 0.6;

/**
 * The passage calls the claim untrue: its central sentence states most of the claim and calls it false, a
 * hoax or a fabrication, or denies it, while the claim itself uses no such word ("Reports that X died are
 * a hoax"), or reports a denial itself ("rejected the allegations": WordNet's more specific words for deny).
 */
export const refutation: Detector = {
  id: 'refutation',
  description: 'the passage calls the claim false, a hoax, or denies it',
  detect(ctx) {
    // A claim that itself reports a denial, hedges ("the supposed arrest", "carried the claims") or is negated
    // ("the car was not stolen") is about the report, not its content: a source calling that content false
    // agrees with it.
    if (reportsNotAsserts(ctx.claim)) return [];
    const cue = ctx.focus.words.find((w) => REFUTATION_CUES.has(w.lower) && refutes(ctx, w));
    if (!cue || ctx.inFocus.coverage < REFUTATION_TOPIC || !onTopic(ctx, [])) return [];
    // What the sentence denies is the claim only if it states the claim's figures ("denied the claims" next to
    // a claim about 2008 denies something else).
    if (!ctx.claim.a.quantities.every((q) => quantityStated(q, ctx.claim, [ctx.focus]))
      || !ctx.claim.a.dates.every((d) => dateStated(d, [ctx.focus]))) return [];
    return [{
      detector: 'refutation', reason: `refuted: the source says "${cue.raw}"`, values: ['', cue.raw],
      highlights: [inPassage(ctx, cue)], strength: 0.5,
    }];
  },
};

/** Most words between a refutation cue and the "that" of the statement it refutes ("denied the report that"). */
const THAT_REACH = 3;
/** Most words between a form of "be" and the cue said of its subject ("is categorically false", "was a hoax"). */
const PREDICATIVE_REACH = 3;

/**
 * Does the cue call a statement untrue, rather than describe a thing ("a satirical website", "fake news site Daily
 * Buzz Live", "a victim of a death hoax")? It opens the statement it refutes ("the rumor that we killed him", "denied
 * that he had anything to do with it"), is said of its subject ("reports of his death are a hoax", "the claim is
 * categorically false"), or denies as a verb an object that states a word of the claim or names a message ("denied
 * the arrest", "debunked the report"; not "denied any involvement" for a claim about a trade-in).
 */
function refutes(ctx: StanceContext, cue: Word): boolean {
  const words = ctx.focus.words;
  if (words.slice(cue.index + 1, cue.index + 1 + THAT_REACH).some((w) => w.lower === 'that')) return true;
  if (modifiedNoun(ctx.focus, cue)) return false;
  for (let k = cue.index - 1; k >= 0 && cue.index - k <= PREDICATIVE_REACH; k--) {
    const w = words[k];
    if (BE_FORMS.has(w.lower)) return true;
    if (!OBJECT_DETERMINERS.has(w.lower) && !/ly$/.test(w.lower) && !adjectiveOnly(w)) break;
  }
  if (!cue.predicate) return false;
  // The object: the first content word after the verb that is no mere adjective ("any direct involvement").
  const object = words.slice(cue.index + 1, cue.index + 1 + OBJECT_REACH).find((w) => w.content && !adjectiveOnly(w));
  return !!object && (ctx.inFocus.matches.some((m) => m.word === object && m.score >= STATES) || nounIn(object.lower, LEXFILE.communication));
}

/** Most words between a denying verb and the head of its object. */
const OBJECT_REACH = 4;

/** The answer of {@link reportsNotAsserts} per claim: a claim is judged against many passages. */
const reportingClaims = new WeakMap<SentenceView, boolean>();

/** Does the claim report a denial, hedge, or negate (so that a refutation of its content agrees with it)? */
function reportsNotAsserts(claim: SentenceView): boolean {
  let known = reportingClaims.get(claim);
  if (known === undefined) {
    known = claim.words.some((w) => reportsDenial(w) || hedges(w) || NEGATIONS.has(w.lower));
    reportingClaims.set(claim, known);
  }
  return known;
}

/** A refutation cue, or a verb WordNet files under "deny" (reject, repudiate, contradict). */
function reportsDenial(w: Word): boolean {
  if (REFUTATION_CUES.has(w.lower)) return true;
  const r = relation(w.lower, 'deny');
  return r === 'same' || r === 'synonym' || r === 'specific';
}

/**
 * A word with which the claim reports something without vouching for it, or WordNet's synonym of one ("supposed");
 * not a verb of saying, which WordNet's adjective "said" (aforesaid) would make a synonym of "alleged".
 */
function hedges(w: Word): boolean {
  if (REPORTING_HEDGES.has(w.lower)) return true;
  return !isSpeechVerb(w.norm, w.lower) && hedgeSynonym(w.lower);
}

/** Is the word WordNet's synonym of a reporting hedge? Memoised: each claim word would ask about every hedge. */
const hedgeSynonym = memoizeByText((lower: string) => [...REPORTING_HEDGES].some((h) => relation(lower, h) === 'synonym'), 20_000);
