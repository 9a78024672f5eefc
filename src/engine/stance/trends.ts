/**
 * Words of change at a figure: which way a figure moved ("climbed 19 percent", "is down 19 percent", "a 5 percent
 * drop"), and which way a verb moves what it is done to ("raised the levy" / "doubled the levy"). The antonym detector
 * finds a thing moved opposite ways; support finds it moved the same way in other words.
 */
import { DEFINITE_DETERMINERS } from '../lexicon';
import { hasPos } from '../lexicon/wordnet';
import { directionOf } from './direction';
import { FROM_BEFORE, compatible, type Quantity } from '../text/quantities';
import { matchOf, type StanceContext } from './context';
import { STRONG } from './align';
import type { SentenceView } from './views';
import type { Word } from './words';

/** Words that may stand between a word of change and its figure ("rose by about 5 percent", "is down nearly 19 percent", "reduce it by 252,000", "cut in half"). */
const BEFORE_FIGURE = new Set(['by', 'in', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'more', 'than', 'over', 'just', 'a', 'an', 'to', 'it', 'them']);

/** "by" right before a figure. */
const BY_BEFORE = /\bby\s+$/i;

/** Most words of an object between a word of change and the share it changes by, its determiner aside. */
const OBJECT_WORDS = 3;

/** The word of change next to a figure: before it ("climbed 19 percent"), or the noun right after it ("a 19 percent drop"). */
export function changeAt(view: SentenceView, q: Quantity): { word: Word; up: boolean } | undefined {
  const before = view.words.filter((w) => w.end <= q.start).reverse();
  // A percentage after "by" is a share something changed by, as "by a third" is ("increase our capacity by 15 percent").
  const changedBy = q.kind === 'percent' && BY_BEFORE.test(view.text.slice(Math.max(0, q.start - 4), q.start));
  let object = 0;
  for (const w of before) {
    // Past an object only a verb changes it ("cut the combined staff in half": not "combined"), one the tagger may
    // not take for a predicate when it has no subject but opens its object ("and increase our capacity by 15 percent").
    const verb = w.predicate || hasPos(w.lower, 'v') && DEFINITE_DETERMINERS.has(view.words[w.index + 1]?.lower ?? '');
    const up = object && !verb ? undefined : directionOf(w);
    if (up !== undefined) return { word: w, up };
    // A change by a share may follow what the verb changes.
    if (!BEFORE_FIGURE.has(w.lower) && (!changedBy && !q.change || !DEFINITE_DETERMINERS.has(w.lower) && ++object > OBJECT_WORDS)) break;
  }
  const next = view.words.find((w) => w.start >= q.end);
  const up = next && /^\s*$/.test(view.text.slice(q.end, next.start)) ? directionOf(next) : undefined;
  return next && up !== undefined ? { word: next, up } : undefined;
}

/**
 * Is the claim's word `w` a change at a figure that the central sentence gives the same figure changing the same way,
 * said of the same thing ("farm income had climbed 70 percent" / "farm income is up 70 percent")?
 */
export function changeStated(ctx: StanceContext, w: Word): boolean {
  return ctx.claim.a.quantities.some((q) => {
    const mine = changeAt(ctx.claim, q);
    return mine?.word === w && ctx.focus.a.quantities.some((p) => {
      const theirs = p.kind === q.kind && compatible(q, p) ? changeAt(ctx.focus, p) ?? pairChange(ctx.focus, p) : undefined;
      return theirs?.up === mine.up && subjectBefore(ctx, w, theirs.word);
    });
  });
}

/**
 * The way a figure moved when the sentence gives it as one end of a change between two figures of its kind ("beaten
 * down from 12.4 to 3.2 percent", "to 3.2 percent from 12.4"), with the word "from" that sets out the change.
 */
function pairChange(view: SentenceView, q: Quantity): { word: Word; up: boolean } | undefined {
  for (const p of view.a.quantities) {
    if (p === q || p.kind !== q.kind || p.lo === q.lo) continue;
    const [first, second] = p.start < q.start ? [p, q] : [q, p];
    const between = view.text.slice(first.end, second.start);
    const before = view.text.slice(0, first.start);
    // "from A to B" starts at A; "to B from A" at B.
    const start = TO_RE.test(between) && FROM_BEFORE.test(before) ? first : FROM_RE.test(between) && TO_BEFORE_RE.test(before) ? second : undefined;
    if (!start) continue;
    const from = view.words.filter((w) => w.end <= start.start).pop();
    const end = start === first ? second : first;
    if (from?.lower === 'from') return { word: from, up: end.lo > start.lo };
  }
  return undefined;
}
/** What joins the two figures of a change ("from A to B", "to B from A"), and the "to" that opens the second order. */
const TO_RE = /^\s+to\s+$/i;
const FROM_RE = /^\s+from\s+$/i;
const TO_BEFORE_RE = /\bto\s+$/i;

/** Most words before a word of change that may say what changed. */
const CHANGED_REACH = 6;

/** The content words just before a word of change: what changed, when the sentence names it there. */
export function changedBefore(view: SentenceView, change: Word): Word[] {
  return view.words.slice(Math.max(0, change.index - CHANGED_REACH), change.index).filter((x) => x.content);
}

/**
 * Does the central sentence state what changed before its own word of change: every claim word just before the
 * claim's change that the sentence states at all ("ferry use in Riverton has soared" / "ferry use in Riverton is up",
 * not "bus use in Riverton is up, while ferry use is flat")?
 */
function subjectBefore(ctx: StanceContext, mine: Word, theirs: Word): boolean {
  const stating = changedBefore(ctx.claim, mine).map((x) => matchOf(ctx.inFocus, x)?.word).filter((x): x is Word => !!x);
  return stating.length > 0 && stating.every((x) => x.index < theirs.index);
}

/**
 * Does sentence `s` give as a change by a share the change the claim gives by a factor, or the other way round
 * ("halved" / "cut in half", "doubled" / "up 100 percent")? A factor below one is a fall by what it leaves out, one
 * above a rise by what it adds.
 */
export function factorAsShare(q: Quantity, claim: SentenceView, s: SentenceView): boolean {
  // A factor's interval as the share it changes by: "nearly halved" (0.4 to 0.5) is a fall by 50 to 60 percent, and
  // "cut almost in half" a fall by 40 to 50; they meet at 50.
  const same = (factor: Quantity, share: Quantity, view: SentenceView): boolean => {
    const up = factor.lo > 1;
    const [lo, hi] = up ? [(factor.lo - 1) * 100, (factor.hi - 1) * 100] : [(1 - factor.hi) * 100, (1 - factor.lo) * 100];
    return (factor.hi > 1) === up && !factor.bound && !share.bound && share.lo <= hi + 1e-6 && lo <= share.hi + 1e-6 && changeAt(view, share)?.up === up;
  };
  if (q.kind === 'factor') return s.a.quantities.some((p) => p.kind === 'percent' && same(q, p, s));
  return q.kind === 'percent' && s.a.quantities.some((p) => p.kind === 'factor' && same(p, q, claim));
}

/**
 * The central sentence's verb done to what the claim's verb is done to: the claim's first content word after its verb,
 * stated strongly, with the sentence's last content word before it a verb ("urged lawmakers to raise the tax on capital
 * gains" / "we need to cut the tax on capital gains": cut; "raised the child tax credit" / "doubled the child tax
 * credit": doubled).
 */
export function verbOnSameObject(ctx: StanceContext, verb: Word): Word | undefined {
  const object = ctx.claim.words.slice(verb.index + 1).find((w) => w.content);
  const stated = object && matchOf(ctx.inFocus, object);
  if (!stated?.word || stated.score < STRONG) return undefined;
  const theirs = ctx.focus.words.slice(0, stated.word.index).reverse().find((w) => w.content);
  return theirs && hasPos(theirs.lower, 'v') ? theirs : undefined;
}

/** Does the central sentence move what the claim's verb of change moves the same way ("raised the credit" / "doubled the credit")? */
export function sameMoveStated(ctx: StanceContext, verb: Word): boolean {
  const up = verb.predicate ? directionOf(verb) : undefined;
  if (up === undefined) return false;
  const theirs = verbOnSameObject(ctx, verb);
  return !!theirs && directionOf(theirs) === up;
}
