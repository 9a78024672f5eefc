import { RELATION_WEIGHT, hasPos, isSpeechVerb, lemmas, lookup, relation } from '../../lexicon/wordnet';
import { compatible } from '../../text/quantities';
import { COMPARED_ABOVE, COMPARED_BELOW, OPPOSITE_PARTICLES } from '../../lexicon';
import { STRONG, relate, restCoverage } from '../align';
import { unstatedAnchors } from '../anchors';
import { inPassage, localTopic, matchOf, modifiedNoun, onTopic, slotsAlign, type Detector, type Finding, type StanceContext } from '../context';
import { asserted, governed, isNegation } from '../polarity';
import { brokenAfter, type SentenceView } from '../views';
import { changeAt, verbOnSameObject } from '../trends';
import { TREND_PARTICLES, directionOf, opposedMoves } from '../direction';
import { isPassive, noun, rolesOf } from '../agents';
import { lightVerb, type Word } from '../words';

/**
 * Opposite predicates about the same thing: a word of the claim and a word of the central sentence that
 * WordNet makes antonyms (agreed/disagreed, rose/fell, probably/unlikely, temporary/permanent), with the
 * words around them lined up, the rest of the claim on topic, and not both negated (a negated opposite
 * agrees: "not temporary" is "permanent").
 */
export const antonym: Detector = {
  id: 'antonym',
  description: 'an opposite predicate (WordNet antonyms) about the same thing',
  detect(ctx) {
    const out: Finding[] = [];
    for (const m of ctx.inFocus.matches) {
      const opposite = m.opposite;
      // A claim word stated only through a word that states another claim word better is not stated: "small"
      // is related to "size", but in "large size" the size is the claim's own "size".
      const taken = ctx.inFocus.matches.some((o) => o !== m && !!m.word && o.word === m.word && o.score > m.score);
      if (!opposite || m.score >= 0.8 && !taken) continue;
      // A word that runs into a figure is the figure's ("four-year-olds" / "olds" of "4-year-olds"): the number detector compares it.
      if (ctx.claim.a.quantities.some((q) => q.start < m.claim.end && m.claim.start < q.end)) continue;
      // An opposite that states another word of the claim (the same word, a synonym or a derivation) is that word's
      // ("construction began ... and 665,000 were finished" / "put under construction ... have been completed").
      if (ctx.inFocus.matches.some((o) => o !== m && o.word === opposite && o.score > STRONG)) continue;
      if (sameChangeNearer(ctx, m.claim, opposite)) continue;
      // Verbs of saying oppose only as each other's direct antonyms ("denied" / "admitted"): otherwise a
      // synonym of an antonym pairs reporting verbs that merely differ in tone ("claimed" / "acknowledged").
      // So do light verbs, whose many senses meet many opposites ("taken" / "standing" through "yield"), unless
      // they say opposite moves ("trim" / "add").
      if ((isSpeechVerb(m.claim.norm, m.claim.lower) || isSpeechVerb(opposite.norm, opposite.lower) || lightVerb(m.claim) || lightVerb(opposite))
        && !directAntonyms(m.claim, opposite) && !opposedMoves(m.claim, opposite)) continue;
      if (!verbOpposes(m.claim, opposite) || !verbOpposes(opposite, m.claim)) continue;
      if (negated(ctx.claim, m.claim) !== negated(ctx.focus, opposite)) continue;
      // A fact is not contradicted by a goal, a demand or a condition ("are unable to read" / "every child must be
      // able to read"), nor a goal by a fact.
      if (asserted(ctx.claim.words, m.claim.index, ctx.claim.text) !== asserted(ctx.focus.words, opposite.index, ctx.focus.text)) continue;
      // Opposites in a sentence that states the rest of the claim and all its anchors need not stand among the same words.
      // Only predicates of one kind (two verbs, two adjectives): nouns "opposed" in some sense ("sister" /
      // "brother") name two things more often than they contradict.
      const restAgrees = predicatesOfOneKind(m.claim, opposite) && sameRole(ctx, m.claim, opposite) && statesTheRest(ctx, m.claim);
      if (!restAgrees && (!aligned(ctx, m.claim, opposite) || !onTopic(ctx, [m.claim], ANTONYM_TOPIC) && !localTopic(ctx, m.claim))) continue;
      out.push(opposed(ctx, m.claim.raw, opposite.raw, opposite));
    }
    if (out.length) return out;
    for (const rule of OPPOSITE_RULES) {
      const found = rule(ctx);
      if (found.length) return found;
    }
    return [];
  },
};

/** The finding for the claim's wording `mine` opposed by the sentence's `theirs`, marking the sentence's `words`. */
function opposed(ctx: StanceContext, mine: string, theirs: string, ...words: Word[]): Finding {
  return { detector: 'antonym', reason: `predicate: ${mine} vs ${theirs}`, values: [mine, theirs], highlights: words.map((w) => inPassage(ctx, w)), strength: 0.8 };
}

/**
 * One word at opposite ends of its scale, the rest of the claim stated: "the least deadly year" / "the
 * deadliest year", "less likely" / "more likely".
 */
function oppositeDegrees(ctx: StanceContext): Finding[] {
  for (const m of ctx.inFocus.matches) {
    if (!m.word || m.score < STRONG) continue;
    const [mine, theirs] = [degreeOf(ctx.claim.words, m.claim), degreeOf(ctx.focus.words, m.word)];
    if (!mine || !theirs || mine.scale !== theirs.scale || mine.up === theirs.up) continue;
    // "least" or "more" before the word is the degree itself, not the rest of the claim.
    if (!statesTheRest(ctx, m.claim, ...mine.degree ? [mine.degree] : [])) continue;
    return [opposed(ctx, mine.text, theirs.text, m.word)];
  }
  return [];
}

/**
 * One verb with opposite particles after it, about the same thing: "she voted for the treaty" / "the treaty,
 * she voted against", "the vote came before the debate" / "came after the debate". A negation on one side
 * only turns it back ("did not vote for" is "voted against").
 */
function oppositeParticles(ctx: StanceContext): Finding[] {
  for (const m of ctx.inFocus.matches) {
    if (!m.word || m.score < STRONG || !hasPos(m.claim.lower, 'v')) continue;
    const [mine, theirs] = [ctx.claim.words[m.claim.index + 1], ctx.focus.words[m.word.index + 1]];
    if (!mine || !theirs || OPPOSITE_PARTICLES.get(mine.lower) !== theirs.lower) continue;
    if (negated(ctx.claim, m.claim) !== negated(ctx.focus, m.word)) continue;
    if (!statesTheRest(ctx, m.claim) && !onTopic(ctx, [m.claim], ANTONYM_TOPIC) && !localTopic(ctx, m.claim)) continue;
    const [a, b] = [`${m.claim.raw} ${mine.raw}`, `${m.word.raw} ${theirs.raw}`];
    return [opposed(ctx, a, b, m.word, theirs)];
  }
  return [];
}

/**
 * One figure changed in opposite directions, the rest of the claim on topic: "drug use had climbed 19 percent since
 * 2001" / "drug use is down 19 percent since 2001", "a 5 percent rise" / "a 5 percent drop". A direction is "up" or
 * "down", or a word WordNet makes a way to increase or rise, or to decrease or fall, next to the figure.
 */
function oppositeChanges(ctx: StanceContext): Finding[] {
  for (const q of ctx.claim.a.quantities) {
    const mine = changeAt(ctx.claim, q);
    if (!mine) continue;
    for (const p of ctx.focus.a.quantities) {
      // The same figure: a bound ("more than a million") allows too many to say which change it is.
      if (p.kind !== q.kind || q.bound || p.bound || !compatible(q, p)) continue;
      const theirs = changeAt(ctx.focus, p);
      if (!theirs || theirs.up === mine.up || !onTopic(ctx, [mine.word], ANTONYM_TOPIC)) continue;
      const [a, b] = [`${mine.word.raw} ${q.text.trim()}`, `${theirs.word.raw} ${p.text.trim()}`];
      return [opposed(ctx, a, b, theirs.word)];
    }
  }
  return [];
}

/**
 * Opposite changes done to one thing: two verbs WordNet makes ways to increase and to decrease, each with the same
 * object right after it ("urged lawmakers to raise the tax on capital gains" / "we need to cut the tax on capital
 * gains"), not both negated, the rest of the claim on topic. WordNet relates neither verb to the other ("raise" is
 * one step under "increase", "cut" two under "decrease"), and verbs that are kinds of opposites in general meet too
 * often by chance ("bursts" / "pause"): the shared object is what makes them one act.
 */
function oppositeActs(ctx: StanceContext): Finding[] {
  for (const m of ctx.inFocus.matches) {
    const up = m.claim.predicate ? directionOf(m.claim) : undefined;
    if (up === undefined || m.score >= STRONG) continue;
    const verb = verbOnSameObject(ctx, m.claim);
    if (!verb || directionOf(verb) !== !up || negated(ctx.claim, m.claim) !== negated(ctx.focus, verb)) continue;
    if (!onTopic(ctx, [m.claim], ANTONYM_TOPIC)) continue;
    return [opposed(ctx, m.claim.raw, verb.raw, verb)];
  }
  return [];
}

/**
 * Does the sentence state the claim's change of direction, in other words, nearer than the opposite to the claim's
 * last stated word before it ("the number of surplus areas dropped" / "the number of surplus areas has declined ...;
 * the work-week has risen")? Then the opposite is another thing's change.
 */
function sameChangeNearer(ctx: StanceContext, word: Word, opposite: Word): boolean {
  const up = directionOf(word);
  if (up === undefined) return false;
  const anchor = ctx.claim.words.slice(0, word.index).reverse().map((w) => matchOf(ctx.inFocus, w)).find((x) => !!x?.word && x.score >= STRONG)?.word;
  if (!anchor) return false;
  const distance = (w: Word): number => Math.abs(w.index - anchor.index);
  return ctx.focus.words.some((w) => w !== opposite && (w.content || TREND_PARTICLES.has(w.lower)) && distance(w) < distance(opposite) && directionOf(w) === up);
}

/** Words between a subject and the word of its trend ("use is on the decline", "prices have been falling", "both rising"). */
const BEFORE_TREND = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'on', 'the', 'a', 'still', 'now', 'steadily', 'sharply', 'both', 'all']);

/**
 * One thing trending in opposite directions, no figure given: the claim's word of change, which the sentence does not
 * state, is said of a thing the sentence states as itself or a synonym (in any sense: "output" / "production"), and
 * the sentence says that thing changed the other way ("drug use was on the rise" / "drug use is on the decline",
 * "sales climbed" / "sales fell", "the number of such governments has grown" / "their number has declined", "output
 * is on the rise" / "production of oil and gas is still declining"), not both negated, the rest of the claim on
 * topic, both facts (a goal is no trend: "we must cut fares"). A sentence that also says the thing changed the
 * claim's way speaks of two changes ("crime was reduced by 13 percent, after an increase in crime").
 */
function oppositeTrends(ctx: StanceContext): Finding[] {
  for (const m of ctx.inFocus.matches) {
    const up = directionOf(m.claim);
    if (up === undefined || m.score >= STRONG) continue;
    const stated = changedThings(ctx.claim, m.claim).map((w) => matchOf(ctx.inFocus, w))
      .filter((x) => !!x?.word && (x.relation === 'same' || x.relation === 'synonym' || x.relation === 'loose')).map((x) => x?.word as Word);
    if (!stated.length) continue;
    // The sentence's changes said of the claim's thing; one the claim's way means the other is another change's.
    const changes = ctx.focus.words.filter((w) => (w.content && !w.name || TREND_PARTICLES.has(w.lower)) && directionOf(w) !== undefined
      && changedThings(ctx.focus, w).some((x) => stated.includes(x)));
    const trend = changes.find((w) => directionOf(w) === !up);
    if (!trend || changes.some((w) => directionOf(w) === up) || negated(ctx.claim, m.claim) !== negated(ctx.focus, trend) || !onTopic(ctx, [m.claim], ANTONYM_TOPIC)) continue;
    // A goal is no trend ("we must continue to expand exports" / "exports had been slumping").
    if (asserted(ctx.claim.words, m.claim.index, ctx.claim.text) !== asserted(ctx.focus.words, trend.index, ctx.focus.text)) continue;
    return [opposed(ctx, m.claim.raw, trend.raw, trend)];
  }
  return [];
}

/**
 * Most words between the head of a subject and the word before a change ("the number of governments that sponsor and
 * shelter terrorists has grown").
 */
const HEAD_REACH = 8;

/**
 * What a word of change says changed: the content word right before it (past the words of {@link BEFORE_TREND}),
 * with the head of the phrase that word ends when it follows "of", "in", "for" or "among" ("production of oil and
 * gas is declining": gas and production; "fares in Riverton have climbed": Riverton and fares); for a noun of change,
 * the head of the phrase after its "of" or "in" ("the decline of farm prices", "a rise in output"; not "payroll" in
 * "an increase in payroll deductions"); for an active verb, the head of its object ("raised ferry fares": fares).
 */
function changedThings(view: SentenceView, change: Word): Word[] {
  const out: Word[] = [];
  const words = view.words;
  const before = subjectBefore(view, change);
  if (before) {
    out.push(before);
    for (let i = before.index - 1; i >= 0 && before.index - i <= HEAD_REACH && !brokenAfter(view, words[i]); i--) {
      if (!HEAD_PREPOSITIONS.has(words[i].lower)) continue;
      if (i > 0 && words[i - 1].content && !brokenAfter(view, words[i - 1])) out.push(words[i - 1]);
      break;
    }
  }
  // What an active verb of change is done to changed ("we have increased our naval presence": presence).
  const undergoer = change.predicate && !isPassive(words, change) ? rolesOf(view, change).undergoer : undefined;
  if (undergoer) out.push(headOf(view, undergoer));
  const after = words[change.index + 1];
  if (!change.predicate && (after?.lower === 'of' || after?.lower === 'in')) {
    // The phrase's head: its last noun before a break ("payroll deductions": what rose is the deductions).
    let head: Word | undefined;
    for (let i = change.index + 2; i < words.length && i - change.index <= CHANGED_PHRASE && !brokenAfter(view, words[i - 1]); i++) {
      const w = words[i];
      if (head && (!w.content || w.predicate)) break;
      if (w.content && !w.predicate) head = w;
    }
    if (head) out.push(head);
  }
  return out;
}

/** The last noun of the run of nouns a word opens ("ferry fares": fares), within a phrase. */
function headOf(view: SentenceView, w: Word): Word {
  let head = w;
  for (let next = view.words[head.index + 1]; next && noun(next) && !brokenAfter(view, head); next = view.words[head.index + 1]) head = next;
  return head;
}

/** Prepositions that tie a phrase to the noun it qualifies ("the number of governments", "fares in Riverton"). */
const HEAD_PREPOSITIONS = new Set(['of', 'in', 'for', 'among']);

/** Most words read after a noun of change's "of" or "in". */
const CHANGED_PHRASE = 4;

/**
 * The content word right before a word, past the words of {@link BEFORE_TREND} only, and past an aside between
 * commas ("the rate of new addiction, the most vicious threat of all, is decreasing": addiction).
 */
function subjectBefore(view: SentenceView, w: Word): Word | undefined {
  let skipped = false;
  for (let i = w.index - 1; i >= 0; i--) {
    const x = view.words[i];
    const aside = !skipped && commaAfter(view, x) ? asideOpening(view, i) : -1;
    if (aside > 0) {
      skipped = true;
      i = aside;
      continue;
    }
    if (!BEFORE_TREND.has(x.lower)) return x.content ? x : undefined;
  }
  return undefined;
}

/** Most words of an aside between commas. */
const ASIDE_WORDS = 7;

/** Does a comma, and nothing else, stand between the word and the next? */
function commaAfter(view: SentenceView, x: Word): boolean {
  const next = view.words[x.index + 1];
  return !!next && /^\s*,\s*$/.test(view.text.slice(x.end, next.start));
}

/** The index of the first word of the aside that ends at word `end` (a comma before it), or -1. */
function asideOpening(view: SentenceView, end: number): number {
  for (let i = end; i > 0 && end - i < ASIDE_WORDS; i--) if (commaAfter(view, view.words[i - 1])) return i;
  return -1;
}

/**
 * One thing put on opposite sides of the same measure: "exports are falling short of imports" / "our exports exceed
 * our imports", "the deficit will come in below earlier projections" / "will exceed our earlier projections". The
 * nouns compared (the nearest before the claim's word and after it) are stated outright around the sentence's
 * opposite word, in the same order; not both negated, the rest of the claim on topic.
 */
function oppositeComparisons(ctx: StanceContext): Finding[] {
  for (const c of ctx.claim.words) {
    const above = comparedWay(ctx.claim, c);
    if (above === undefined) continue;
    const [subject, measure] = [nounNear(ctx.claim, c, -1), nounNear(ctx.claim, c, 1)];
    const stated = subject && matchOf(ctx.inFocus, subject);
    if (!subject || !stated?.word || stated.score < STRONG || !measure) continue;
    const from = stated.word.index;
    // The measure may be named on both sides of the sentence's word ("volumes at the south quay exceed the volumes at
    // the north quay"): it is looked for after that word.
    const measures = (w: Word): boolean => { const r = relate(measure, w); return !!r && RELATION_WEIGHT[r] >= STRONG; };
    const cue = ctx.focus.words.find((w) => w.index > from && w.index - from <= COMPARED_REACH * 2 && comparedWay(ctx.focus, w) === !above
      && ctx.focus.words.slice(w.index + 1, w.index + 1 + COMPARED_REACH).some(measures));
    if (!cue || ctx.focus.words.some((w) => w.index > from && w.index < cue.index && comparedWay(ctx.focus, w) === above)) continue;
    // The words of the comparison itself ("are falling well short of") are the claim's opposite, not its topic.
    const comparison = ctx.claim.words.filter((w) => w.index > subject.index && w.index < measure.index);
    if (negated(ctx.claim, c) !== negated(ctx.focus, cue) || !onTopic(ctx, comparison, ANTONYM_TOPIC)) continue;
    return [opposed(ctx, c.raw, cue.raw, cue)];
  }
  return [];
}

/** Most words from a word of comparison to the noun it measures against. */
const COMPARED_REACH = 4;

/**
 * Above (true), below (false) or neither: a word of {@link COMPARED_ABOVE} or {@link COMPARED_BELOW} ("short" only
 * before "of", alone or ending a compound).
 */
function comparedWay(view: SentenceView, w: Word): boolean | undefined {
  if (COMPARED_ABOVE.has(w.norm)) return true;
  // A compound WordNet knows counts by its last word ("fell short").
  const last = w.norm.slice(w.norm.lastIndexOf(' ') + 1);
  if (COMPARED_BELOW.has(last) && (last !== 'short' || view.words[w.index + 1]?.lower === 'of')) return false;
  return undefined;
}

/**
 * The nearest noun (no adverb: "well short of") before (`step` -1) or after (1) a word, within {@link COMPARED_REACH}
 * words after it and twice that before.
 */
function nounNear(view: SentenceView, w: Word, step: -1 | 1): Word | undefined {
  for (let i = w.index + step; i >= 0 && i < view.words.length && Math.abs(i - w.index) <= COMPARED_REACH * (step < 0 ? 2 : 1); i += step) {
    const x = view.words[i];
    if (noun(x) && (x.name || !hasPos(x.lower, 'r'))) return x;
  }
  return undefined;
}

/** The narrower readings of opposites, tried in turn when no antonym pair is found: the first that finds one answers. */
const OPPOSITE_RULES: ((ctx: StanceContext) => Finding[])[] = [oppositeDegrees, oppositeParticles, oppositeChanges, oppositeActs, oppositeTrends, oppositeComparisons];

/**
 * Do two opposites play the same part in their sentences? An opposite right before a noun modifies it, and says
 * something of the claim only when the claim's word modifies the same noun ("an early stage" / "a later stage"),
 * not of the claim's predicate ("traffic rising" / "traffic on fixed networks", "the younger brother" / "his
 * elder brother said"), or when the claim's word is said of that noun as its verb ("crime rates had climbed" /
 * "years of falling crime rates": the subject is the noun or ends the compound it opens).
 */
function sameRole(ctx: StanceContext, word: Word, opposite: Word): boolean {
  const theirs = modifiedNoun(ctx.focus, opposite);
  if (!theirs) return true;
  const modified = modifiedNoun(ctx.claim, word);
  const subject = !modified && word.predicate ? subjectOf(ctx.claim.words, word) : undefined;
  const mine = modified ?? subject;
  const m = mine && matchOf(ctx.inFocus, mine);
  if (!m?.word || m.score < STRONG) return false;
  return m.word === theirs || !!subject && compoundAfter(ctx.focus, theirs).includes(m.word);
}

/** The nouns that continue a compound opened by `noun` ("crime rates", "interest rate policy"). */
function compoundAfter(view: SentenceView, noun: Word): Word[] {
  const out: Word[] = [];
  for (let w = modifiedNoun(view, noun); w && out.length < 2; w = modifiedNoun(view, w)) out.push(w);
  return out;
}

/** Does the central sentence state the claim's every anchor and, `words` aside, {@link ANTONYM_REST} of its other words? */
function statesTheRest(ctx: StanceContext, ...words: Word[]): boolean {
  return restCoverage(ctx.inFocus, new Set(words)) >= ANTONYM_REST && !unstatedAnchors(ctx).length;
}

/** The scale and direction of each word of degree before an adjective, an adverb or a noun ("fewer people"). */
const DEGREE_WORDS = new Map<string, { scale: 'most' | 'more'; up: boolean }>([
  ['least', { scale: 'most', up: false }], ['most', { scale: 'most', up: true }],
  ['less', { scale: 'more', up: false }], ['fewer', { scale: 'more', up: false }], ['more', { scale: 'more', up: true }],
]);

/**
 * Where a word stands on its scale: after "least" or "most", "less" or "more" (the `degree` word), or as a superlative
 * or comparative form.
 */
function degreeOf(words: Word[], w: Word): { scale: 'most' | 'more'; up: boolean; text: string; degree?: Word } | undefined {
  const before = words[w.index - 1];
  const place = before && DEGREE_WORDS.get(before.lower);
  if (place) return { ...place, text: `${before.raw} ${w.raw}`, degree: before };
  // An inflected adjective ("deadliest", "safer"), not a word that merely ends so ("honest", "never").
  const inflected = (suffix: string): boolean => w.lower.endsWith(suffix) && !lookup(w.lower) && lemmas(w.lower).some((e) => !!e.senses.a);
  if (inflected('est')) return { scale: 'most', up: true, text: w.raw };
  if (inflected('er')) return { scale: 'more', up: true, text: w.raw };
  return undefined;
}

/**
 * Do the two opposites say something of the same thing?
 * - Two predicates (verbs, or adjectives after a copula): the words around them, other than names, line up
 *   ("prices rose" / "prices fell").
 * - A modifier ("a sweeping package", "had probably broken away"): what it modifies, the content word after
 *   it, is stated right after the opposite too ("unlikely that a piece had separated"), not elsewhere
 *   ("a narrow vote").
 * - Two nouns: they often merely co-occur ("a peace deal", "the war"), so both sides must line up.
 */
function aligned(ctx: StanceContext, word: Word, opposite: Word): boolean {
  if (nounOnly(word) || nounOnly(opposite)) return slotsAlign(ctx, word, opposite, 3, { sides: 'both', names: true });
  // Around predicates, the words must say what they are about: the same people do opposite things to different things.
  // When the sentence does not state who does it (the claim's subject), the words on both sides must line up:
  // "veterans attended the parade" is not contradicted by "the ambassador skipped the event".
  if (word.predicate && opposite.predicate) {
    const subject = subjectOf(ctx.claim.words, word);
    const unstated = !!subject && (matchOf(ctx.inFocus, subject)?.score ?? 0) < STRONG;
    return slotsAlign(ctx, word, opposite, 4, unstated ? { sides: 'both' } : {});
  }
  const head = ctx.claim.words.slice(word.index + 1).find((w) => w.content && !w.name);
  const m = head && matchOf(ctx.inFocus, head);
  return !!m?.word && m.score >= STRONG && m.word.index > opposite.index && m.word.index - opposite.index <= MODIFIER_REACH;
}

/** The content word right before a verb, past auxiliaries and adverbs: its subject's head ("veterans attended"). */
function subjectOf(words: Word[], verb: Word): Word | undefined {
  for (let k = verb.index - 1; k >= 0 && verb.index - k <= SUBJECT_REACH; k--) {
    const w = words[k];
    if (w.content && !w.predicate && !(hasPos(w.lower, 'r') && !hasPos(w.lower, 'n'))) return w;
    if (/[,;:]/.test(w.raw)) return undefined;
  }
  return undefined;
}

/** Most words between a subject and its verb ("veterans had still attended"). */
const SUBJECT_REACH = 3;

/** How far after a modifier's opposite the modified word may stand ("unlikely that a piece of rock had separated"). */
const MODIFIER_REACH = 8;

/** Share of the rest of the claim the central sentence must state for opposites anywhere in it to conflict. */
const ANTONYM_REST = 0.7;

/** Share of the rest of the claim the passage must state: opposites are common words. */
const ANTONYM_TOPIC = 0.6;

/** Two words both verbs or both adjectives (and neither only a noun)? */
function predicatesOfOneKind(a: Word, b: Word): boolean {
  return !nounOnly(a) && !nounOnly(b) && (['v', 'a'] as const).some((pos) => hasPos(a.lower, pos) && hasPos(b.lower, pos));
}

function nounOnly(w: Word): boolean {
  return hasPos(w.lower, 'n') && !hasPos(w.lower, 'v') && !hasPos(w.lower, 'a') && !hasPos(w.lower, 'r');
}

/**
 * Is the word governed by a negation in its sentence, asserted or not? A negated opposite agrees whatever frames
 * it ("hoped they were false" / "I hope that it isn't true").
 */
function negated(view: SentenceView, w: Word): boolean {
  return view.words.some((cue, i) => isNegation(view.words, i, view.text) && governed(view.words, cue, view.text).includes(w));
}

/** Does WordNet list the two words (or their derivations) as each other's antonyms, not merely a synonym of one as the other's? */
function directAntonyms(a: Word, b: Word): boolean {
  return a.keys.antonyms.some((id) => b.keys.lemmas.includes(id)) || b.keys.antonyms.some((id) => a.keys.lemmas.includes(id));
}

/**
 * An irregular verb form that is also another word ("left" of "leave", besides "left" of "right") opposes as its
 * verb when it is a predicate: "would be left to the states" has nothing to do with "a woman's right".
 */
function verbOpposes(w: Word, other: Word): boolean {
  if (!w.predicate) return true;
  const verbs = lemmas(w.lower).filter((e) => e.senses.v);
  // A regular form ("annoyed", "welcomed") means what its verb does, whatever else its word is.
  if (!verbs.length || verbs.some((e) => w.lower.startsWith(e.lemma.replace(/e$/, '')))) return true;
  return verbs.some((e) => relation(e.lemma, other.lower) === 'antonym');
}
