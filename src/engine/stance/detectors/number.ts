import { compatible, type Quantity } from '../../text/quantities';
import { hasPos } from '../../lexicon/wordnet';
import { STRONG, restCoverage } from '../align';
import { claimWordsIn, inPassage, localTopic, matchOf, onTopic, type Detector, type Finding, type StanceContext } from '../context';
import { around, comparable, disputes, quantityStated, sharedWords } from '../figures';
import type { SentenceView } from '../views';
import type { Word } from '../words';
import type { Name } from '../../text/entities';

/**
 * A figure of the claim that the passage gives differently in the same slot: the central sentence has a
 * figure of the same kind about the same thing that cannot also be true ("40 vs 400", "about 16 feet deep
 * vs 12 meters deep"), the passage states the claim's figure nowhere, and the rest of the claim is on topic.
 */
export const number: Detector = {
  id: 'number',
  description: 'a count, sum, percentage, duration, measure, age, tally or ordinal that differs in the same slot',
  detect(ctx) {
    const swapped = swappedFigures(ctx);
    if (swapped) return [swapped];
    const out: Finding[] = [];
    for (const q of ctx.claim.a.quantities) {
      const rate = otherRate(ctx, q) ?? listedForAnother(ctx, q);
      if (rate) {
        out.push(rate);
        continue;
      }
      if (quantityStated(q, ctx.claim, ctx.passage.sentences)) continue;
      // A rival that agrees with another of the claim's figures counts something else the claim also mentions.
      // Of several rivals, the one among the claim's own words ("a 72-hour truce" for "the ceasefire lasted").
      const near = around(ctx.claim, q, 6);
      const rival = ctx.focus.a.quantities.filter((p) => comparable(q, ctx.claim, p, ctx.focus) && disputes(q, ctx.claim, p, ctx.focus))
        .sort((x, y) => sharedWords(near, around(ctx.focus, y, 6)) - sharedWords(near, around(ctx.focus, x, 6)))[0];
      if (!rival || !onTopic(ctx, claimWordsIn(ctx, q)) && !localTopic(ctx, q) || otherThingMeasured(ctx, q)) continue;
      // An age reads best as years, whatever its form ("58-year-old", "Herron, 68,").
      const reason = q.kind === 'age' ? `age: ${q.lo} vs ${rival.lo}`
        : `${q.kind === 'time' ? 'time' : 'number'}: ${q.text.trim()} vs ${rival.text.trim()}`;
      out.push({
        detector: 'number', reason, values: [q.text.trim(), rival.text.trim()],
        highlights: [inPassage(ctx, rival)], strength: 1,
      });
    }
    return out;
  },
};

/** Weakest match by which one side's modifier states the other's (a broader word will do). */
const STATES_MODIFIER = 0.5;

/**
 * Does the central sentence measure another thing with the claim's head noun: a noun before that head in the claim,
 * which the sentence does not state, and another noun before it in the sentence, which no claim word states ("the
 * unemployment rate reached 8.8 percent" / "mortgage rates reached 21.5 percent")?
 */
function otherThingMeasured(ctx: StanceContext, q: Quantity): boolean {
  const figure = (view: SentenceView, w: Word): boolean => view.a.quantities.some((x) => x.start < w.end && w.start < x.end);
  const noun = (view: SentenceView, w: Word | undefined): w is Word => !!w && w.content && !w.name && !w.predicate && !figure(view, w)
    && hasPos(w.lower, 'n') && !hasPos(w.lower, 'a');
  const before = (view: SentenceView, w: Word): Word | undefined => {
    const x = view.words[w.index - 1];
    return x && /^\s+$/.test(view.text.slice(x.end, w.start)) && view.text[x.start - 1] !== '-' ? x : undefined;
  };
  return around(ctx.claim, q, 6).some((head) => {
    const m = matchOf(ctx.inFocus, head);
    if (!m?.word || m.score < STRONG || !hasPos(head.lower, 'n') || head.predicate) return false;
    const [mine, theirs] = [before(ctx.claim, head), before(ctx.focus, m.word)];
    // A compound of WordNet's holds its own modifier ("interest rates" for the claim's "rate").
    const compound = /\s/.test(m.word.raw) && !/\s/.test(head.raw);
    return noun(ctx.claim, mine) && (matchOf(ctx.inFocus, mine)?.score ?? 0) < STATES_MODIFIER
      && (compound || noun(ctx.focus, theirs) && !ctx.inFocus.matches.some((o) => o.word === theirs && o.score >= STATES_MODIFIER));
  });
}

/** A rate's period right after a figure: "$6,000 a year", "40 hours per week". */
const RATE_RE = /^\s*(?:a|an|per|each|every)\s+(hour|day|week|month|year)\b/i;

function rateOf(text: string, q: Quantity): string | undefined {
  return RATE_RE.exec(text.slice(q.end, q.end + 16))?.[1].toLowerCase();
}

/**
 * The same figure over another period in the central sentence ("$6,000 a month" / "$6,000 a year"), the claim's
 * rate stated nowhere in the passage and the rest of the claim on topic.
 */
function otherRate(ctx: StanceContext, q: Quantity): Finding | undefined {
  const mine = rateOf(ctx.claim.text, q);
  if (!mine) return undefined;
  const same = (p: Quantity): boolean => p.kind === q.kind && compatible(q, p);
  if (ctx.passage.sentences.some((s) => s.a.quantities.some((p) => same(p) && rateOf(s.text, p) === mine))) return undefined;
  const rival = ctx.focus.a.quantities.find((p) => same(p) && (rateOf(ctx.focus.text, p) ?? mine) !== mine);
  if (!rival || !onTopic(ctx, claimWordsIn(ctx, q))) return undefined;
  const theirs = rateOf(ctx.focus.text, rival);
  return {
    detector: 'number', reason: `rate: ${q.text.trim()} a ${mine} vs ${rival.text.trim()} a ${theirs}`, values: [`${q.text.trim()} a ${mine}`, `${rival.text.trim()} a ${theirs}`],
    highlights: [inPassage(ctx, rival)], strength: 1,
  };
}

/** Share of the claim's words besides its names that the listing sentence must state outright. */
const LIST_TOPIC = 0.5;

/**
 * The claim's figure given to another name of a list in the central sentence ("In New York City, murders are down
 * 25 percent; in St. Louis, 18 percent; in Seattle, 32 percent" / "murders in New York City have fallen by 32
 * percent"): the item that names the claim's name (items are parted by semicolons) gives another figure of the
 * kind, and another item, with a name of its own, gives the claim's.
 */
function listedForAnother(ctx: StanceContext, q: Quantity): Finding | undefined {
  const { text } = ctx.focus;
  if (!text.includes(';') || !onTopic(ctx, claimWordsIn(ctx, q))) return undefined;
  // What is measured must be the list's: the names in it say only where or who.
  if (restCoverage(ctx.inFocus, new Set(ctx.claim.words.filter((w) => w.name))) < LIST_TOPIC) return undefined;
  const cuts = [0, ...[...text.matchAll(/;/g)].map((m) => (m.index as number) + 1), text.length + 1];
  const itemOf = (at: number): number => cuts.findIndex((c, i) => at >= c && at < cuts[i + 1]);
  const names = ctx.focus.a.names;
  // An item's number in parentheses ("(3) enactment by the Congress ...") counts nothing.
  const quantities = ctx.focus.a.quantities.filter((p) => p.kind === q.kind && !(text[p.start - 1] === '(' && text[p.end] === ')'));
  // An item of a list gives one name one figure: "in St. Louis, 18 percent".
  const itemPair = (item: number): [Name, Quantity] | undefined => {
    const [n, p] = [names.filter((x) => itemOf(x.start) === item), quantities.filter((x) => itemOf(x.start) === item)];
    return n.length === 1 && p.length === 1 ? [n[0], p[0]] : undefined;
  };
  const pairs = cuts.slice(0, -1).map((_, i) => itemPair(i)).filter((x) => !!x);
  for (const name of ctx.claim.a.names) {
    const last = name.words[name.words.length - 1];
    const mine = pairs.find(([n]) => n.words.includes(last));
    const elsewhere = pairs.find(([n, p]) => !n.words.includes(last) && compatible(q, p));
    if (!mine || !elsewhere || compatible(q, mine[1])) continue;
    const rival = mine[1];
    return {
      detector: 'number', reason: `number: ${q.text.trim()} vs ${rival.text.trim()} (${name.text})`, values: [q.text.trim(), rival.text.trim()],
      highlights: [inPassage(ctx, rival)], strength: 1,
    };
  }
  return undefined;
}

/**
 * Two figures swapped between the things they count: the claim gives figure A to one thing and figure B to
 * another ("43 states ... 32 governors"), and the central sentence gives A to the second thing and B to the
 * first ("32 States ... 43 Governors"). Each figure counts the content word right after it.
 */
function swappedFigures(ctx: StanceContext): Finding | undefined {
  const mine = counted(ctx.claim);
  if (mine.length < 2) return undefined;
  // The two may stand in neighbouring sentences ("as 32 States have called for ... used by 43 Governors").
  const theirs = ctx.passage.sentences.slice(Math.max(0, ctx.focusIndex - 1), ctx.focusIndex + 2).flatMap((s) => counted(s).map((c) => ({ ...c, sentence: s })));
  const at = (q: Quantity, noun: Word, not: Word): (Counted & { sentence: SentenceView }) | undefined => theirs.find((t) => t.q.kind === q.kind && compatible(q, t.q)
    && sharedWords([noun], [t.noun]) > 0 && sharedWords([not], [t.noun]) === 0);
  for (let i = 0; i < mine.length; i++) {
    for (let j = i + 1; j < mine.length; j++) {
      const [a, b] = [mine[i], mine[j]];
      if (a.q.kind !== b.q.kind || compatible(a.q, b.q) || sharedWords([a.noun], [b.noun]) > 0) continue;
      // In the sentence: A's figure counting B's thing, and B's figure counting A's thing.
      const aAtB = at(a.q, b.noun, a.noun);
      const bAtA = at(b.q, a.noun, b.noun);
      if (!aAtB || !bAtA || !(aAtB.sentence === ctx.focus || bAtA.sentence === ctx.focus) || !onTopic(ctx, [a.noun, b.noun])) continue;
      const pair = (c: Counted): string => `${c.q.text.trim()} ${c.noun.raw}`;
      return {
        detector: 'number', reason: `number: ${pair(a)} vs ${pair(bAtA)}`, values: [pair(a), pair(bAtA)],
        highlights: [aAtB, bAtA].map((c) => ({ start: c.sentence.start + c.q.start, end: c.sentence.start + c.q.end })), strength: 1,
      };
    }
  }
  return undefined;
}

interface Counted { q: Quantity; noun: Word }

/** The sentence's figures, each with the content word it counts: the word right after it. */
function counted(view: SentenceView): Counted[] {
  const out: Counted[] = [];
  for (const q of view.a.quantities) {
    const noun = view.words.find((w) => w.start >= q.end);
    if (noun && noun.content && /^\s*$/.test(view.text.slice(q.end, noun.start))) out.push({ q, noun });
  }
  return out;
}
