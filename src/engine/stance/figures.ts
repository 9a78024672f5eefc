/**
 * Figures and dates shared by the number and date detectors and by support: is a claim's figure stated in
 * the passage, and do two figures count the same thing?
 */
import { MEASURE_KINDS, MINUTES, compatible, type Quantity } from '../text/quantities';
import { sameDate, type DateMention } from '../text/dates';
import type { Name } from '../text/entities';
import type { Span } from '../types';
import { LEXFILE, RELATION_WEIGHT, hasPos, keysOf, nounIn } from '../lexicon/wordnet';
import { PLACEHOLDER_NOUNS } from '../lexicon';
import { STRONG, relate } from './align';
import { vectorId, vectorSimilarity } from '../lexicon/vectors';
import { neighbours } from './context';
import { brokenAfter, type SentenceView } from './views';
import { adjectiveOnly, wordsWithin, type Word } from './words';
import { changeAt, changedBefore, factorAsShare } from './trends';

/**
 * Content words around a span of a sentence, figures and dates excluded: those among `reach` words on each side,
 * or the nearest {@link CONTENT_REACH} content words when function words crowd the window ("raises in 1975 will be
 * held to 7 percent").
 */
export function around(view: SentenceView, span: Span, reach: number): Word[] {
  const near = neighbours(view.words, span, reach);
  if (near.length >= 2 * CONTENT_REACH) return near;
  const content = neighbours(view.words.filter((w) => w.content), span, CONTENT_REACH);
  return content.length > near.length ? content : near;
}

/** Content words on each side that make a figure's surroundings when function words crowd it. */
const CONTENT_REACH = 3;

/** How many words of `a` a word of `b` states outright (the same, a synonym, a derivation, a more specific word)? */
export function sharedWords(a: Word[], b: Word[]): number {
  return a.filter((x) => b.some((y) => {
    const r = relate(x, y);
    return r !== undefined && RELATION_WEIGHT[r] >= STRONG;
  })).length;
}

/**
 * Can two quantities be compared: the same kind and about the same thing? Measures must give the same
 * dimension when both say one ("deep" and "depth"); counts must count related things (the first content
 * words after them relate, or two words around them do); durations of one event are compared within one
 * order of magnitude.
 */
export function comparable(qa: Quantity, a: SentenceView, qb: Quantity, b: SentenceView): boolean {
  if (qa.kind !== qb.kind || !!qa.named !== !!qb.named) return false;
  if (qa.kind === 'tally') return true;
  if (qa.kind === 'age') return sameHolder(qa, a, qb, b);
  if (MEASURE_KINDS.has(qa.kind)) {
    // "a 60-foot hall" gives the hall's length, as "80-foot-long" and "a 60ft hall" do ("a 40-acre plot" gives
    // no dimension but its area).
    const ax = qa.attribute ?? (qa.kind === 'length' && (attributive(qa) || beforeNoun(a, qa)) ? 'long' : undefined);
    const bx = qb.attribute ?? (qb.kind === 'length' && (attributive(qb) || beforeNoun(b, qb)) ? 'long' : undefined);
    if (ax && bx) {
      const r = relate(wordOf(ax), wordOf(bx));
      return r === 'same' || r === 'synonym' || r === 'derived';
    }
    return !ax && !bx;
  }
  // "two years ago" places an event in time; "a ten-year lease" or "lasted two years" measures one; "$36 billion over
  // five years" gives the period a sum is spread across ("for 24 years I have fought" is none).
  if (qa.kind === 'duration' && (timeReference(qa, a) !== timeReference(qb, b) || !!qa.spread !== !!qb.spread)) return false;
  // "one officer" is usually "an officer", not a total of officers.
  if (qa.kind === 'count' && (indefinite(qa) || indefinite(qb))) return false;
  // "the final three majors" counts a set the text has picked out, not the total the other side gives
  // ("has won 14 majors"); two such sets ("the two leaders", "the four leaders") are compared.
  if (qa.kind === 'count' && !!qa.anaphoric !== !!qb.anaphoric) return false;
  if (qa.kind !== 'money' && !samePartners(qa, a, qb, b)) return false;
  const nearA = around(a, qa, 6);
  const nearB = around(b, qb, 6);
  const shared = sharedWords(nearA, nearB);
  if (qa.kind === 'duration') {
    // "a 72-hour truce" is what was declared; "the truce lasted 48 hours" is what happened: both may be true.
    if (attributive(qa) !== attributive(qb)) return false;
    return shared > 0 && sameMagnitude(qa, qb, SHARED_DURATION_SPREAD) || !attributive(qa) && sameMagnitude(qa, qb);
  }
  // Sums four orders of magnitude apart are sums of different things ("less than $250,000 a year" / "$200 billion"):
  // a thousandfold slip ("$350 million" for "$350 billion") is still compared.
  if (qa.kind === 'money' && !sameMagnitude(qa, qb, MONEY_SPREAD)) return false;
  if (countsApart(qa, qb)) return false;
  if (qa.kind === 'percent' && !changesAlike(qa, a, qb, b)) return false;
  if (qa.kind === 'money' || qa.kind === 'percent' || qa.kind === 'time' || qa.kind === 'factor') {
    // A multiple shares more than a place with its rival: "five times as much for Latin America" is another multiple
    // than "ten times more broadcasting at Latin America".
    const common = qa.kind === 'factor' ? sharedWords(nearA.filter((w) => !w.name), nearB.filter((w) => !w.name)) : shared;
    return common > 0 || nearA.length === 0 || nearB.length === 0;
  }
  // A number in a name ("World War Two") is compared with the same name's number.
  if (qa.named) return qa.context.some((w) => qb.context.includes(w));
  // Two frequencies are compared over the same period ("five times a day" / "three times a day").
  const period = samePeriod(a, qa, b, qb);
  if (period !== undefined) return period;
  // A count counts the noun after it: the two must count related things ("4.3 million visitors" and "some
  // 4,300,000 people"), whatever else stands around them. A count of a pronoun ("has tested 15,000 of them")
  // counts what its sentence is about: it is compared by the words around it.
  const [nounA, nounB] = [countedNoun(a, qa), countedNoun(b, qb)];
  if (pronounCount(a, qa) && nounB.length || pronounCount(b, qb) && nounA.length) return shared >= PRONOUN_COUNT_SHARED;
  // Two counts of nothing named ("lowered by 25 million" / "reduced by 30 million") fill one slot when the
  // words that lead to them say the same.
  if (qa.kind === 'count' && !nounA.length && !nounB.length) return sameLead(a, qa, b, qb);
  // A count of a noun and a count of nothing named ("62,000 troops for the Army and Marine Corps" / "increase the
  // Army and Marine Corps by 92,000") fill one slot when the words around them say the same in two places and the
  // two are of a size: a bare figure far from the other ("20" beside "more than 200 traps") counts something else.
  if (qa.kind === 'count' && !nounA.length !== !nounB.length) return shared >= PRONOUN_COUNT_SHARED && sameMagnitude(qa, qb, BARE_COUNT_SPREAD);
  // A kind counts its members either way round ("60 million viewers" / "in front of 40 million people"), when the
  // words around the two say the same ("three people familiar with the incident" are no count of officers); so does
  // a placeholder ("four accomplishments of his parents" / "a list of three things his parents had done").
  return sharedWords(nounA, nounB) > 0 || (sharedWords(nounB, nounA) > 0 || placeholder(nounA) || placeholder(nounB)) && shared > 0;
}

/** Is the noun a count counts a placeholder ("three things"), which names no kind of its own? */
function placeholder(nouns: Word[]): boolean {
  return nouns.length > 0 && PLACEHOLDER_NOUNS.has(nouns[nouns.length - 1].norm);
}

/**
 * Can two shares be the same change, or the same level? A share changed by ("cut in half") is compared only with a
 * figure at a word of change ("cut by 30 percent"), never with a level ("is below 4 percent"); and two shares that are
 * each a change must be changes of something both name: the words before each word of change share a word ("water
 * use in the valley has climbed 12 percent" / "household bills are expected to rise by about 4 percent" do not), or,
 * where both name what changed between it and the figure, the last of those words are alike.
 * Shares at no word of change, or with nothing named before it, are left to the other tests.
 */
function changesAlike(qa: Quantity, a: SentenceView, qb: Quantity, b: SentenceView): boolean {
  const [ca, cb] = [changeAt(a, qa), changeAt(b, qb)];
  if (!ca || !cb) return !qa.change && !qb.change;
  const [wa, wb] = [changedBefore(a, ca.word), changedBefore(b, cb.word)];
  // What a verb changes may follow it instead: where both name it there, the last words must be alike ("will raise
  // steelmaking capacity by a quarter" / "increase our steelmaking capacity by 15 percent", not "increase our power
  // supply by 40 percent", nor "cut Riverton property taxes" for "cut Riverton ferry fares").
  const object = (v: SentenceView, change: Word, q: Quantity): Word[] => v.words.filter((w) => w.index > change.index && w.end <= q.start && w.content);
  const [oa, ob] = [object(a, ca.word, qa), object(b, cb.word, qb)];
  if (oa.length && ob.length) return sharedWords(oa.slice(-1), ob.slice(-1)) > 0;
  return !wa.length || !wb.length || sharedWords(wa, wb) > 0;
}

/**
 * Two ages are compared when they are the same person's. Where both sides name the person next to the age
 * ("Tom Herron, 68,", "Rahim, who is 52", "the 66-year-old Plant"), the names must share a word; otherwise
 * each sentence must give one age only (the detector's topic test then decides whether the sentences are
 * about the same person).
 */
function sameHolder(qa: Quantity, a: SentenceView, qb: Quantity, b: SentenceView): boolean {
  const [ha, hb] = [holder(a, qa), holder(b, qb)];
  if (ha && hb) return ha.words.some((w) => hb.words.includes(w));
  const ages = (v: SentenceView): number => v.a.quantities.filter((q) => q.kind === 'age').length;
  return ages(a) === 1 && ages(b) === 1;
}

/**
 * The name an age is given to: the name right before it, in apposition ("Rahim, 47,", "Tom Herron, a
 * 58-year-old", "Rahim, who is 52") or with a copula ("Kadalim is 26"), or the name right after it ("the
 * 66-year-old Plant").
 */
function holder(view: SentenceView, q: Span): Name | undefined {
  const after = view.a.names.find((n) => n.start >= q.end && /^(?:-old)?\s+$/.test(view.text.slice(q.end, n.start)));
  if (after) return after;
  const before = view.a.names.filter((n) => n.end <= q.start && q.start - n.end <= 40).pop();
  return before && APPOSED_AGE.test(view.text.slice(before.end, q.start)) ? before : undefined;
}

/** What may stand between a name and its age. */
const APPOSED_AGE = /^(?:\s*,\s*(?:(?:who(?:['’]s|\s+is|\s+was)|aged|now)\s+|(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2})?|,?\s+(?:is|was)\s+(?:now\s+)?)$/u;

/** Words around a count of a pronoun, or of nothing named, that the other side's count must share to count the same thing. */
const PRONOUN_COUNT_SHARED = 2;

/** A partitive after a count: "50,000 of the phones" counts phones. */
const PARTITIVE = /^\s+of\s+(?:(?:the|these|those|its|their|his|her|our|your|my)\s+)?/i;

/**
 * Does one count count part of a whole ("two of the suspects were Turkish", "15,000 of them") and the other a whole
 * ("10 suspects had been captured"), with nothing but the counted noun shared around them? They count different
 * things; a part and a whole of which the same is said ("burned seven fighters" / "burned five of its fighters") do not.
 */
function partAndWhole(a: Quantity, aView: SentenceView, b: Quantity, bView: SentenceView): boolean {
  const part = (view: SentenceView, q: Quantity): boolean => PART_OF_WHOLE.test(view.text.slice(q.end, q.end + 16));
  return a.kind === 'count' && b.kind === 'count' && part(aView, a) !== part(bView, b)
    && sharedWords(around(aView, a, PART_REACH), around(bView, b, PART_REACH)) < 2;
}

/** A partitive with a determiner or a pronoun: "of the", "of its", "of them". */
const PART_OF_WHOLE = /^\s+of\s+(?:the|these|those|its|their|his|her|our|your|my|them)\b/i;
/** Words on each side of a count read for what is said of the part and of the whole. */
const PART_REACH = 6;

/** Is the count one of a pronoun ("15,000 of them", "two of those")? */
function pronounCount(view: SentenceView, q: Span): boolean {
  return /^\s+of\s+(?:them|these|those|us|theirs|ours)\b/i.test(view.text.slice(q.end, q.end + 16));
}

/** Is a function word an adverb grading the adjective after it ("most", "very")? */
function gradesNext(w: Word, next: Word | undefined): boolean {
  return !!next?.content && hasPos(w.lower, 'r') && !hasPos(w.lower, 'v') && adjectiveOnly(next);
}

/** Is a function word an adjective before a content word ("six other outlets", "two more bodies")? */
function qualifiesNext(w: Word, next: Word | undefined): boolean {
  return !!next?.content && !next.predicate && hasPos(w.lower, 'a');
}

/** Does a figure count a named thing (a noun follows it: "two leaders", "50,000 of the phones")? */
export function countsSomething(view: SentenceView, q: Span): boolean {
  return countedNoun(view, q).length > 0;
}

/** The noun phrase right after a count (past a partitive "of the"): its content words up to the first word that is not one ("two leaders said"). */
function countedNoun(view: SentenceView, q: Span): Word[] {
  // "times" counts the acts of its verb, unless it multiplies or gives a frequency: then it counts nothing.
  const next = view.text.slice(q.end, q.end + 24);
  if (TIMES.test(next)) {
    if (NOT_OCCURRENCES.test(next)) return [];
    const verb = occurrencesOf(view, q);
    if (verb) return [verb];
  }
  const out: Word[] = [];
  const partitive = next.match(PARTITIVE)?.[0].length ?? 0;
  const after = view.words.filter((w) => w.start >= q.end + partitive);
  for (let k = 0; k < after.length && out.length < 3; k++) {
    const w = after[k];
    // A participle before the noun describes it ("sixth known phone call"), and an adverb may grade the
    // adjective after it ("four of the most celebrated cartoonists"). Punctuation ends the phrase: "at least
    // one website, National Report," counts websites, not nationals.
    if (!w.content && (gradesNext(w, after[k + 1]) || qualifiesNext(w, after[k + 1]))) continue;
    if (!w.content || w.predicate && !after[k + 1]?.content) break;
    if (k > 0 && brokenAfter(view, after[k - 1])) break;
    // A participle after the noun and before no noun starts a clause about it ("six councils asking them"),
    // unlike one that qualifies the noun after it ("300 living magnets").
    if (out.length && /(?:ing|ed)$/.test(w.lower) && hasPos(w.lower, 'v') && !after[k + 1]?.content) break;
    out.push(w);
  }
  if (out.length) return out;
  const head = headBeforeOf(view, q);
  return head.length ? head : numberOf(view, q);
}

/**
 * What "the number of" names, for a figure it is put at a few words on ("put the number of cases there at 16",
 * "raised the number of charter schools to 3,000").
 */
const NUMBER_OF_RE = /\b(?:number|total)\s+of\s+([^,;:.]{1,40}?)\s+(?:\p{Ll}+\s+){0,3}?(?:at|to|as)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$/u;

/** The nouns "the number of" names before a figure ({@link NUMBER_OF_RE}), or none. */
function numberOf(view: SentenceView, q: Span): Word[] {
  const from = Math.max(0, q.start - 80);
  const m = NUMBER_OF_RE.exec(view.text.slice(from, q.start));
  if (!m) return [];
  const start = from + m.index + m[0].indexOf(m[1]);
  return view.words.filter((w) => w.start >= start && w.end <= start + m[1].length && w.content && !w.predicate).slice(0, 3);
}

/**
 * The noun a figure with no noun after it gives the size of through "of" ("a population of about 8 million",
 * "a crowd of 5,000"): what it counts, as "8 million people" would name it.
 */
function headBeforeOf(view: SentenceView, q: Span): Word[] {
  const at = /\s+of\s+$/.exec(view.text.slice(Math.max(0, q.start - 8), q.start));
  if (!at) return [];
  const end = q.start - at[0].length;
  const head = view.words.find((w) => w.end === end);
  // "a father of three" counts his children, not fathers.
  return head && head.content && !head.predicate && !head.name && hasPos(head.lower, 'n') && !nounIn(head.lower, LEXFILE.person) ? [head] : [];
}

/** How many words before a figure may hold the content word that leads to it. */
const LEAD_REACH = 3;

/** Least relation weight, or least cosine of two predicates' vectors, for two leading words to say the same. */
const LEAD_ALIKE = 0.5;

/**
 * Do the content words right before two figures say the same: the same or a related word ("price of 30
 * million" / "price of 25 million"), or two predicates used alike in news text ("lowered by" / "reduced by")?
 */
function sameLead(a: SentenceView, qa: Span, b: SentenceView, qb: Span): boolean {
  const lead = (v: SentenceView, q: Span): Word | undefined => v.words.filter((w) => w.end <= q.start).slice(-LEAD_REACH).reverse().find((w) => w.content);
  const [x, y] = [lead(a, qa), lead(b, qb)];
  if (!x || !y) return false;
  const r = relate(x, y);
  if (r) return RELATION_WEIGHT[r] >= LEAD_ALIKE;
  return x.predicate && y.predicate && vectorSimilarity(vectorId(x.lower), vectorId(y.lower)) >= LEAD_ALIKE;
}

/** When either figure is a frequency: are both over the same period ("day" of "five times a day")? Undefined when neither is one. */
function samePeriod(a: SentenceView, qa: Span, b: SentenceView, qb: Span): boolean | undefined {
  const period = (view: SentenceView, q: Span): string | undefined => FREQUENCY.exec(view.text.slice(q.end, q.end + 32))?.[1].toLowerCase();
  const [x, y] = [period(a, qa), period(b, qb)];
  return x || y ? x === y : undefined;
}

/** A frequency after a figure: "times a day", "times per week", "times each month". */
const FREQUENCY = /^\s*times\s+(?:a|an|per|each|every)\s+(\p{L}+)/iu;

/** "times" right after a figure. */
const TIMES = /^\s*times\b/i;

/** "times" as a multiplier ("times as many", "times more", "times larger") or in a frequency ("times a week", "times per day"). */
const NOT_OCCURRENCES = /^\s*times\s+(?:as|more|less|fewer|over|the|a|an|per|each|every|\p{L}+er)\b/iu;

/**
 * The verb whose occurrences a count of "times" counts ("viewed nearly two million times" counts views):
 * the predicate right before the figure, past adverbs and auxiliaries.
 */
function occurrencesOf(view: SentenceView, q: Span): Word | undefined {
  const before = view.words.filter((w) => w.end <= q.start).slice(-LEAD_REACH).reverse();
  for (const w of before) {
    if (w.predicate && w.content) return w;
    if (w.content && !hasPos(w.lower, 'r')) return undefined;
  }
  return undefined;
}

/**
 * Names attached to a figure's noun phrase: its possessor ("Putin's first call") or its partner ("the first
 * call with Macron", "talks between X and Y"). Two figures only count the same thing when each one's partners
 * are named on the other side too; sums aside, whose deal may name its parties otherwise ("saved $6.8 billion
 * by fighting a deal between an aircraft manufacturer, DOD, and ...").
 */
function partners(view: SentenceView, q: Span): Name[] {
  return view.a.names.filter((n) => {
    if (n.end <= q.start) return /['’]s\s+(?:[\p{L}-]+\s+)?$/u.test(view.text.slice(n.start, q.start)) && q.start - n.end <= 20;
    const gap = view.text.slice(q.end, n.start);
    return n.start >= q.end && gap.length <= 60 && PARTNER_GAP.test(gap) && !/[.,;:()—–]/.test(gap) && !qualifiesNoun(view, n);
  });
}

/**
 * Is a name right before a common noun, which it qualifies ("meetings with the Islamist extremists"): the partner is
 * then the noun, which the other side may name otherwise ("with the militants").
 */
function qualifiesNoun(view: SentenceView, n: Span): boolean {
  const next = view.words.find((w) => w.start >= n.end);
  return !!next && /^\s+$/.test(view.text.slice(n.end, next.start)) && next.content && !next.capital && !next.predicate && hasPos(next.lower, 'n');
}

/**
 * What stands between a figure and its partner: "with", "between" or "against" right before the name, or
 * before the other names of a pair ("talks between Putin and Macron"); not a name further on ("travelled
 * with him to Tanzania").
 */
const PARTNER_GAP = /\b(?:[Ww]ith|[Bb]etween|[Aa]gainst)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:and\s+)?)*$/u;

function samePartners(qa: Quantity, a: SentenceView, qb: Quantity, b: SentenceView): boolean {
  // A partner is named by its last word, or by its first where the other side names it so ("against Saddam
  // Hussein's invasion" / "Saddam's invasion"): capitalised there, as a name is.
  const named = (n: Name, view: SentenceView): boolean => {
    const [first, surname] = [n.words[0], n.words[n.words.length - 1]];
    return view.words.some((w) => w.norm === surname || w.lower === surname || n.words.length > 1 && (w.norm === first || w.lower === first) && w.capital);
  };
  return partners(a, qa).every((n) => named(n, b)) && partners(b, qb).every((n) => named(n, a));
}

/** A word made from a lower-case string, for relating attribute words. */
function wordOf(lower: string): Word {
  return { raw: lower, norm: lower, lower, start: 0, end: lower.length, index: 0, keys: keysOf(lower), content: true, capital: false, name: false, predicate: false, weight: 1 };
}

/** A hyphenated figure ("a 72-hour truce", "a 60-foot hall", "a ten-mile front line") describes the noun after it; "lasted 48 hours" measures the event. */
function attributive(q: Quantity): boolean {
  return /\d-\s*\p{L}+(?:-long)?$|^\p{L}+-\p{L}+(?:-long)?$|-\s*(?:second|minute|hour|day|week|month|year|decade)s?(?:-long)?$/iu.test(q.text.trim());
}

/** Is a measure written without a space before a noun ("the 2ft bombs"): a modifier, as "two-foot" is? */
function beforeNoun(view: SentenceView, q: Quantity): boolean {
  const next = view.words.find((w) => w.start >= q.end);
  return /^\d/.test(q.text) && !/\s/.test(q.text.trim()) && !!next && /^\s+$/.test(view.text.slice(q.end, next.start))
    && next.content && !next.predicate && hasPos(next.lower, 'n');
}

/** Is a duration followed by "ago", "earlier" or "later": a point in time rather than a length? */
function timeReference(q: Quantity, view: SentenceView): boolean {
  return /^\s*(?:ago|earlier|later|before|after|hence)\b/i.test(view.text.slice(q.end, q.end + 12));
}

/** A count of one written as a word ("one officer", "a single shot"). */
function indefinite(q: Quantity): boolean {
  return q.lo === 1 && q.hi === 1 && !/\d/.test(q.text);
}

/**
 * Durations of one event are compared only within one order of magnitude; with words around them in common,
 * within two ("three decades" and "40 minutes" time different things, whatever words they share).
 */
const DURATION_SPREAD = 10;
const SHARED_DURATION_SPREAD = 100;
/** Widest ratio of two sums that are compared. */
const MONEY_SPREAD = 10_000;
/** Widest ratio between two counts of one thing. */
const COUNT_SPREAD = 1000;
/** Widest ratio between a count of a noun and a count of nothing named that may fill one slot. */
const BARE_COUNT_SPREAD = 2;

/**
 * Are two counts more than three orders apart, counts of different things ("won 9.6 million votes" / "won eight of
 * them")? A thousandfold slip is not.
 */
export function countsApart(a: Quantity, b: Quantity): boolean {
  return a.kind === 'count' && b.kind === 'count' && a.hi > 0 && b.hi > 0 && !sameMagnitude(a, b, COUNT_SPREAD);
}

function sameMagnitude(a: Quantity, b: Quantity, spread = DURATION_SPREAD): boolean {
  const mid = (q: Quantity): number => (Number.isFinite(q.hi) ? (q.lo + q.hi) / 2 : q.lo);
  const [x, y] = [mid(a), mid(b)];
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= spread;
}

function exactSame(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.lo === b.lo && a.hi === b.hi && a.second === b.second;
}

/**
 * Does the sentence's equal count count something else, while another of its counts counts the claim's
 * noun ("three sizes" / "three models in two sizes")?
 */
function countOther(qa: Quantity, a: SentenceView, qb: Quantity, b: SentenceView): boolean {
  if (qa.kind !== 'count') return false;
  // A frequency over another period counts other times ("five times a week" / "five times a day").
  const period = samePeriod(a, qa, b, qb);
  if (period !== undefined) return !period;
  const [nounA, nounB] = [countedNoun(a, qa), countedNoun(b, qb)];
  if (!nounA.length || !nounB.length || sharedWords(nounA, nounB) > 0) return false;
  return b.a.quantities.some((o) => o !== qb && o.kind === 'count' && sharedWords(nounA, countedNoun(b, o)) > 0);
}

/** Is the claim's quantity stated by some sentence: a compatible figure of the same kind about the same thing? */
export function quantityStated(q: Quantity, claim: SentenceView, sentences: SentenceView[]): boolean {
  // A figure the sentence denies ("13 buses, not 31") states nothing, nor does an order of magnitude ("millions of") a figure.
  return sentences.some((s) => s.a.quantities.some((p) => p.kind === q.kind && compatible(q, p) && !boundFarFrom(p, q) && !negatedMention(s.text, p.start) && (!p.vague || !!q.vague)
    && (q.kind !== 'age' && exactSame(q, p) && !countOther(q, claim, p, s) || comparable(q, claim, p, s))
    // "Now 48, Olsen" gives as a bare figure the age the passage writes "Olsen, 48,".
    || p.kind === 'age' && q.kind === 'count' && q.lo === p.lo && q.hi === p.hi)
    // "94 of the 95 Republicans" is stated by "94 out of 95 Republicans", and the share by the two counts.
    || q.kind === 'count' && s.a.quantities.some((p) => p.parts?.includes(q.lo) && q.hi === q.lo && !negatedMention(s.text, p.start))
    || !!q.parts && q.parts.every((v) => s.a.quantities.some((p) => p.kind === 'count' && p.lo === v && p.hi === v && !negatedMention(s.text, p.start)))
    // "halved" is stated by "cut in half", "doubled" by "up 100 percent".
    || factorAsShare(q, claim, s)
    // "the third phase" is stated by "phase three".
    || s.a.quantities.some((p) => numberedAlike(q, claim, p, s) || numberedAlike(p, s, q, claim))
    // "two chemicals, muscimol and ibotenic acid" is stated by a sentence that names both.
    || listStated(q, claim, s)
    // "one day before" is "the day before", "a day later" "the next day".
    || adjacentDayStated(q, claim, s)
    // "the previous twelve months" is "the past year".
    || yearSpanStated(q, claim, s));
}

/** A day in minutes. */
const DAY_MINUTES = MINUTES.day;

/** Whether a one-day duration in the claim points back ("one day before", "a day earlier") or on ("a day later"). */
function adjacentDay(q: Quantity, claim: SentenceView): 'before' | 'after' | undefined {
  if (q.kind !== 'duration' || q.lo !== DAY_MINUTES || q.hi !== DAY_MINUTES) return undefined;
  const next = /^\s+(before|earlier|after|later)\b/i.exec(claim.text.slice(q.end))?.[1].toLowerCase();
  return next === undefined ? undefined : next === 'before' || next === 'earlier' ? 'before' : 'after';
}

/** Does sentence `s` name the day the claim's one-day duration points to ("one day before" / "the day before")? */
function adjacentDayStated(q: Quantity, claim: SentenceView, s: SentenceView): boolean {
  const day = adjacentDay(q, claim);
  return day !== undefined && day === adjacentDayIn(s.text);
}

/** Whether a sentence names the day before ("the day before", "the previous day") or after ("the next day"), if either. */
function adjacentDayIn(text: string): 'before' | 'after' | undefined {
  const m = /\bthe\s+(?:(previous|preceding|next|following)\s+day|day\s+(before|after))\b/i.exec(text);
  if (!m) return undefined;
  return /^(?:previous|preceding|before)$/i.test(m[1] ?? m[2]) ? 'before' : 'after';
}

/** Twelve months in minutes, as durations are read ("twelve months"). */
const TWELVE_MONTHS = 12 * MINUTES.month;

/** Words that place a span before or after now: the first three look ahead. */
const SPAN_PLACE = '(next|coming|following|past|last|previous|preceding)';
const SPAN_BEFORE_RE = new RegExp(`\\b${SPAN_PLACE}\\s+$`, 'i');
const YEAR_SPAN_RE = new RegExp(`\\b${SPAN_PLACE}\\s+year\\b`, 'i');

/**
 * Does sentence `s` state the claim's twelve months, placed ahead or back ("within the next twelve months", "over the
 * previous 12 months"), as the year placed the same way ("over the next year", "in the past year")?
 */
function yearSpanStated(q: Quantity, claim: SentenceView, s: SentenceView): boolean {
  if (q.kind !== 'duration' || q.lo !== TWELVE_MONTHS || q.hi !== TWELVE_MONTHS) return false;
  const mine = SPAN_BEFORE_RE.exec(claim.text.slice(Math.max(0, q.start - 12), q.start))?.[1];
  const theirs = YEAR_SPAN_RE.exec(s.text)?.[1];
  const ahead = (w: string): boolean => /^(?:next|coming|following)$/i.test(w);
  return !!mine && !!theirs && ahead(mine) === ahead(theirs);
}

/** Most content words of one member of a list a count sums up. */
const LIST_MEMBER_WORDS = 4;

/** A name of one or more capitalised words. */
const LIST_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*`;
/** Names joined by commas and a last "and" or "or" ("Greece, Turkey and Yugoslavia"). */
const NAME_LIST = String.raw`${LIST_NAME}(?:\s*,\s*${LIST_NAME})*\s*,?\s+(?:and|or)\s+${LIST_NAME}`;
/** A list of names right after a count's noun ("a three-way alliance of Greece, Turkey and Yugoslavia"). */
const NAMES_AFTER = new RegExp(String.raw`^\s*(?:[:,]|\s(?:of|among|between))\s*(${NAME_LIST})`, 'u');
/** A list of names right before a count, after a comma ("Thor and Jupiter, the two missiles"). */
const NAMES_BEFORE = new RegExp(String.raw`(${NAME_LIST})\s*,\s*(?:the\s+)?$`, 'u');

/**
 * The members of the list a small count sums up in the claim, each as its content words: names right after the
 * counted noun ("an alliance of Greece, Turkey and Yugoslavia") or right before the count ("thanked Ada Osei and
 * Ben Mensah, two pilots"), or any list after the noun and a colon or comma, running to the end of the clause
 * ("four flavours: apple, banana, strawberry and orange"). Undefined when there is none, or when the members are
 * not as many as the count.
 */
function listOf(q: Quantity, claim: SentenceView): Word[][] | undefined {
  if (q.kind !== 'count' || q.lo !== q.hi || q.lo < 2 || q.lo > 10 || q.bound) return undefined;
  if (!listsOf.has(q)) listsOf.set(q, findList(q, claim));
  return listsOf.get(q);
}

/** Each claim count's list, found once: {@link quantityStated} asks for it sentence by sentence. */
const listsOf = new WeakMap<Quantity, Word[][] | undefined>();

/** The list {@link listOf} gives, found afresh. */
function findList(q: Quantity, claim: SentenceView): Word[][] | undefined {
  const members = (text: string, offset: number): Word[][] => {
    let at = 0;
    return text.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((part) => {
      at = text.indexOf(part, at);
      const start = offset + at;
      at += part.length;
      return claim.words.filter((w) => w.start >= start && w.end <= start + part.length && w.content);
    });
  };
  const noun = countedNoun(claim, q);
  const after = noun.length ? noun[noun.length - 1].end : q.end;
  const rest = claim.text.slice(after);
  const named = NAMES_AFTER.exec(rest);
  const before = NAMES_BEFORE.exec(claim.text.slice(0, q.start));
  const opener = /^\s*[:,]\s*/.exec(rest);
  let list: Word[][] | undefined;
  if (named) list = members(named[1], after + named.index + named[0].length - named[1].length);
  else if (before) list = members(before[1], before.index);
  else if (opener) {
    let clause = rest.slice(opener[0].length).split(/[.;:!?()—–]/)[0];
    // The member after "and" is the last: a comma after it closes the list ("two boats, the Osprey and the Kestrel, to a yard").
    const last = /\s(?:and|or)\s[^,]*/.exec(clause);
    if (last) clause = clause.slice(0, last.index + last[0].length);
    list = members(clause, after + opener[0].length);
  }
  return list && list.length === q.lo && list.every((m) => m.length > 0 && m.length <= LIST_MEMBER_WORDS) ? list : undefined;
}

/** Does sentence `s` name every member of the list the claim's count sums up? */
function listStated(q: Quantity, claim: SentenceView, s: SentenceView): boolean {
  const list = listOf(q, claim);
  if (!list) return false;
  const said = new Set(s.words.map((w) => w.norm));
  return list.every((member) => member.every((w) => said.has(w.norm)));
}

/**
 * Is an ordinal before a noun the number after the same noun ("the third phase" / "phase three", "the fifth day" /
 * "day five")?
 */
function numberedAlike(ordinal: Quantity, a: SentenceView, count: Quantity, b: SentenceView): boolean {
  if (ordinal.kind !== 'ordinal' || count.kind !== 'count' || ordinal.lo !== count.lo || ordinal.hi !== count.hi || ordinal.named || count.named) return false;
  // The ordinal itself is a figure, no content word: what content the span holds is its noun ("fifth day").
  const within = wordsWithin(a.words, ordinal).filter((w) => w.content);
  const noun = within.length ? within[within.length - 1] : a.words.find((w) => w.start >= ordinal.end && /^\s+$/.test(a.text.slice(ordinal.end, w.start)));
  const before = b.words.filter((w) => w.end <= count.start).pop();
  return !!noun?.content && !!before && before.norm === noun.norm && /^\s+$/.test(b.text.slice(before.end, count.start));
}

/** How far from a bound a figure may lie for the bound to state it, as a share of the bound. */
const BOUND_STATES_WITHIN = 0.05;

/**
 * Is `p` only a bound, far from the claim's figure `q`: "a minimum of 3 years" allows 25 years but does not
 * state them, nor does "a maximum of 15.4 percent" state 14.5 percent, where "more than 1,000" states about 1,040. A bound of the claim's own direction states it only
 * with an edge as near ("all costs over $4,000" does not state "all costs above $6,000"); one of the other
 * direction is compatible only.
 */
function boundFarFrom(p: Quantity, q: Quantity): boolean {
  if (!p.bound || q.bound && q.bound !== p.bound) return false;
  const [edge, figure] = p.bound === 'lower' ? [p.lo, q.lo] : [p.hi, q.hi];
  return Math.abs(figure - edge) > Math.abs(edge) * BOUND_STATES_WITHIN;
}

/** Is the claim's date stated by some sentence (the same day, month or year, at the claim's precision)? */
export function dateStated(d: DateMention, sentences: SentenceView[]): boolean {
  return statingDate(d, sentences) !== undefined;
}

/** The passage date that states the claim's date, if any (see dateStated). */
export function statingDate(d: DateMention, sentences: SentenceView[]): DateMention | undefined {
  for (const s of sentences) {
    // A month is stated by a day of it or a week in it, never by a weekday or a year, which say nothing of the month.
    const p = s.a.dates.find((x) => sameDate(d, x) && (x.granularity === d.granularity || d.granularity === 'month' && (x.granularity === 'monthday' || !!x.days))
      && !negatedMention(s.text, x.start));
    if (p) return p;
  }
  return undefined;
}

/** A date the sentence rules out: "in 2000 (not 1998 or 1999 as he claimed)", "not on Monday". */
function negatedMention(text: string, start: number): boolean {
  return /\bnot\s+(?:(?:on|in)\s+)?(?:[\w.]+,?\s+(?:or|nor|and)\s+)?$/i.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * Can the passage's figure `p` (in `focus`) dispute the claim's figure `q` (in `claim`): it does not allow it, is not
 * another thing's figure a hundred times off (see {@link farApart}), nor a part where the other counts the whole (see
 * {@link partAndWhole}), and no other figure of the claim agrees with it (the claim mentions that thing too)?
 */
export function disputes(q: Quantity, claim: SentenceView, p: Quantity, focus: SentenceView): boolean {
  return !compatible(q, p) && !farApart(q, p) && !partAndWhole(q, claim, p, focus)
    && !claim.a.quantities.some((o) => o !== q && o.kind === p.kind && compatible(o, p));
}

/** Widest ratio between a claim's figure and a rival that is not a slip of scale. */
const RIVAL_SPREAD = 10;

/**
 * Are two figures more than ten times apart without being one figure at another scale ("fewer than 8,000" / "more
 * than 80,000", "$350 million" / "$350 billion")? A draft that gets a figure wrong gets it wrong by a little or by a
 * slip of scale; a figure a hundred times another ("$38 billion" / "about $100 million", "17 new bureaucracies" /
 * "3,000 pages") measures something else the sentence also speaks of.
 */
function farApart(q: Quantity, p: Quantity): boolean {
  // The gap between the nearest ends of the two ranges ("tens of millions" reaches down to ten million).
  const [low, high] = q.hi < p.lo ? [q, p] : p.hi < q.lo ? [p, q] : [undefined, undefined];
  if (!low || !high || !(low.hi > 0) || high.lo / low.hi <= RIVAL_SPREAD) return false;
  // The figure as written: a bound's edge ("fewer than 8,000"), an estimate's middle.
  const written = (x: Quantity): number => (x.lo <= 0 ? x.hi : Number.isFinite(x.hi) ? (x.lo + x.hi) / 2 : x.lo);
  const [a, b] = [written(q), written(p)];
  // The same leading digits at another power of ten.
  const digits = (v: number): number => {
    const r = Number(v.toPrecision(3));
    return Number((r / 10 ** Math.floor(Math.log10(r))).toPrecision(3));
  };
  return digits(a) !== digits(b);
}
