import { dateWording, monthSpanHolds, sameDate } from '../../text/dates';
import { tokenize } from '../../text/tokens';
import { NAMED, STRONG, relate, restCoverage, statedIn } from '../align';
import { anchorsOf, unstatedAnchors, type Anchor } from '../anchors';
import { inPassage, matchOf, slotsAlign, type Detector, type Finding, type StanceContext } from '../context';
import { comparable, countsApart, countsSomething, disputes } from '../figures';
import { personal, placesApart } from '../names';
import { framingVerbs, predicatesStated } from '../support';
import { lowerOf, type Word } from '../words';
import { POSSESSIVE_DETERMINERS } from '../../lexicon';
import { hasPos, isDemonym, isPlace, kinApart, pertainymsOf, placeWithin, sameKind } from '../../lexicon/wordnet';

/** How many content words on each side of a value make its slot. */
const SLOT_REACH = 4;

/** Share of the rest of the claim (its other words, weighted) the central sentence must state outright. */
const REST_STATED = 0.75;
/** The share that will do for a people's adjective before the same noun on both sides ("a Japanese dating app" / "Chinese dating app"). */
const SAME_HEAD_REST = 0.5;

/**
 * One detail changed and the rest stated: the central sentence states all of the claim but one name, figure
 * or date (its other anchors stated in the passage, its predicates in the sentence, at least three quarters
 * of its other words outright), the passage states that one nowhere, and the sentence gives another of the
 * same kind in its place: a person for a person (full names), a place for a place, a figure of the same kind,
 * a date of the same precision. "Robert Gates" / "Chuck Hagel", "in Newark" / "in Englewood". The narrower
 * detectors (number, date, entity) ask more of the slot around the two values; this one asks more of the
 * rest of the sentence instead.
 */
export const substitution: Detector = {
  id: 'substitution',
  description: 'one name, figure or date replaced in a sentence that states the rest of the claim',
  detect(ctx) {
    const unstated = unstatedAnchors(ctx);
    if (!unstated.length) return kindSubstituted(ctx);
    if (unstated.length !== 1) return [];
    const [mine] = unstated;
    const slot = new Set(ctx.claim.content.filter((w) => w.start >= mine.span.start && w.end <= mine.span.end));
    // A verb that frames what the claim says ("cited the lesson of ...") is not part of what the sentence must state.
    if (restCoverage(ctx.inFocus, new Set([...slot, ...framingVerbs(ctx)])) < REST_STATED) return [];
    if (!predicatesStated(ctx, slot)) return [];
    const claimTokens = new Set(tokenize(ctx.claim.text).map((t) => lowerOf(t.raw)));
    const rival = anchorsOf(ctx.focus).find((a) => rivals(ctx, mine, a, claimTokens));
    if (!rival) return [];
    const theirs = rival.kind === 'date' ? dateWording(rival.d) : rival.text;
    const label = mine.kind === 'name' ? (mine.nameKind === 'place' ? 'place' : 'name') : mine.kind === 'figure' ? 'number' : 'date';
    const finding: Finding = {
      detector: 'substitution', reason: `${label}: ${mine.text} vs ${theirs} (the rest agrees)`, values: [mine.text, rival.text],
      highlights: [inPassage(ctx, rival.span)], strength: 0.75,
      // Weekdays recur, and a week is a loose reference (as for the date detector).
      ...(rival.kind === 'date' && (rival.d.granularity === 'weekday' || rival.d.granularity === 'week') ? { weak: true } : {}),
    };
    return [finding];
  },
};

/** Is the sentence's anchor `b` another value in the place of the claim's `a`? */
function rivals(ctx: StanceContext, a: Anchor, b: Anchor, claimTokens: Set<string>): boolean {
  // Two figures count or measure related things (or, when one counts no named thing, "was 63", stand among
  // the same words); two dates stand among the same words.
  const slotted = (): boolean => slotsAlign(ctx, a.span, b.span, SLOT_REACH, { sides: 'any' });
  if (a.kind === 'figure' && b.kind === 'figure') {
    const bare = a.q.kind === b.q.kind && !countsApart(a.q, b.q) && (!countsSomething(ctx.claim, a.q) || !countsSomething(ctx.focus, b.q));
    return (comparable(a.q, ctx.claim, b.q, ctx.focus) || bare && slotted()) && disputes(a.q, ctx.claim, b.q, ctx.focus);
  }
  if (a.kind === 'date' && b.kind === 'date') {
    return a.d.granularity === b.d.granularity && !sameDate(a.d, b.d) && !ctx.claim.a.dates.some((o) => o.granularity === b.d.granularity && sameDate(o, b.d))
      && !monthSpanHolds(ctx.focus.text, ctx.focus.a.dates, b.d, a.d)
      && !monthSpanHolds(ctx.claim.text, ctx.claim.a.dates, a.d, b.d) && slotted();
  }
  if (a.kind !== 'name' || b.kind !== 'name' || a.nameKind !== b.nameKind) return false;
  // A rival shares no word with the claim, and names a whole person (two words), as the claim's does.
  if (tokenize(b.text).some((t) => claimTokens.has(lowerOf(t.raw))) || b.words.some((w) => ctx.claim.content.some((c) => relate(c, w)))) return false;
  if (a.nameKind === 'person') return a.words.length >= 2 && b.words.length >= 2 && personal(b.text);
  if (a.nameKind === 'place') return placesApart(a.text, b.text);
  return true;
}

/**
 * A thing replaced by another of its kind, the rest stated: every name, figure and date of the claim stated,
 * its predicates in the sentence and three quarters of its other words outright, but one common noun (or a
 * people's adjective) stated nowhere in the passage, and the sentence gives a co-ordinate term in its slot
 * ("drank vodka" / "drank beer", "a Japanese dating app" / "a Chinese dating app").
 */
function kindSubstituted(ctx: StanceContext): Finding[] {
  // The replaced word is a noun or an adjective, never a predicate: every predicate must be stated.
  if (!predicatesStated(ctx)) return [];
  const used = new Set(ctx.inFocus.matches.filter((o) => o.score >= STRONG).map((o) => o.word));
  for (const m of ctx.inFocus.matches) {
    const mine = m.claim;
    if (m.score >= STRONG || !mine.content || mine.name && !isDemonym(mine.lower) || mine.predicate || statedIn(ctx.passage.index, mine, NAMED)) continue;
    const rest = restCoverage(ctx.inFocus, new Set([mine]));
    if (rest < (isDemonym(mine.lower) ? SAME_HEAD_REST : REST_STATED)) continue;
    // A people's adjective is rivalled by another people's, or by a place that the same noun is "of" ("on Asian soil" / "on the soil of Europe").
    const place = (w: Word): boolean => isDemonym(mine.lower) && w.capital && !isDemonym(w.lower) && isPlace(w.lower);
    const rival = ctx.focus.words.find((w) => w.content && (!w.name || isDemonym(w.lower) || place(w)) && !used.has(w) && ofOneKind(ctx, mine, w) && slotsAlign(ctx, mine, w, SLOT_REACH, { sides: 'any' }));
    if (rival && (rest >= REST_STATED || sameHead(ctx, mine, rival) || ofHead(ctx, mine, rival))) return [{ detector: 'substitution', reason: `${place(rival) ? 'place' : 'word'}: ${mine.raw} vs ${rival.raw} (the rest agrees)`, values: [mine.raw, rival.raw], highlights: [inPassage(ctx, rival)], strength: 0.7 }];
  }
  return [];
}

/** Do two modifiers stand before the same word ("Japanese dating app" / "Chinese dating app")? */
function sameHead(ctx: StanceContext, mine: Word, theirs: Word): boolean {
  const head = ctx.claim.words[mine.index + 1];
  const m = head && matchOf(ctx.inFocus, head);
  return !!m && m.score >= STRONG && m.word === ctx.focus.words[theirs.index + 1];
}

/**
 * Is `theirs` the place that the sentence says the claim's modified word is "of" ("Asian soil" / "the soil of
 * Europe")? The claim's word after the modifier must be stated by the word before "of".
 */
function ofHead(ctx: StanceContext, mine: Word, theirs: Word): boolean {
  const head = ctx.claim.words[mine.index + 1];
  const m = head && matchOf(ctx.inFocus, head);
  const words = ctx.focus.words;
  const of = words[theirs.index - 1]?.lower === 'the' ? theirs.index - 2 : theirs.index - 1;
  return !!m?.word && m.score >= STRONG && words[of]?.lower === 'of' && m.word === words[of - 1];
}

/**
 * Two words for different things of one kind: co-ordinate nouns, two peoples' adjectives of places apart, or two
 * kin of someone ("his mother" / "his wife"; "had a daughter" / "the mother of a girl" is one tie seen from
 * either end).
 */
function ofOneKind(ctx: StanceContext, a: Word, b: Word): boolean {
  if (isDemonym(a.lower) && (isDemonym(b.lower) || isPlace(b.lower))) {
    const [x, y] = [pertainymsOf(a.lower), isDemonym(b.lower) ? pertainymsOf(b.lower) : [b.lower]];
    return !x.some((p) => y.some((q) => p === q || placeWithin(p, q) || placeWithin(q, p)));
  }
  return sameKind(a.lower, b.lower) || kinApart(a.lower, b.lower) && possessed(ctx.claim.words, a) && possessed(ctx.focus.words, b);
}

/** Is the word someone's: right after a possessive ("his", "Foley's"), or after one and an adjective ("his older")? */
function possessed(words: Word[], w: Word): boolean {
  const owner = (x: Word | undefined): boolean => !!x && (POSSESSIVE_DETERMINERS.has(x.lower) || /['’]s$/.test(x.raw));
  const before = words[w.index - 1];
  return owner(before) || !!before && hasPos(before.lower, 'a') && owner(words[w.index - 2]);
}
