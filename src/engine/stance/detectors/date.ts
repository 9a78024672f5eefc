import { dateWording, monthSpanHolds, sameDate, type DateMention } from '../../text/dates';
import { claimWordsIn, clausesAlign, inPassage, localTopic, onTopic, type Detector, type Finding, type StanceContext } from '../context';
import { STRONG } from '../align';
import { predicatesStated } from '../support';
import type { Word } from '../words';
import type { SentenceView } from '../views';
import { dateStated } from '../figures';

/** Dates of one day, which a passage's neighbouring sentence cannot also give for the same event. */
const DAYS = new Set<DateMention['granularity']>(['weekday', 'monthday']);

/** Share of the claim's other content a year conflict needs: years date many things in one article. */
const YEAR_TOPIC = 0.7;
/** Weakest match of a word that ties the clauses of two years after the same preposition. */
const STRONG_TIE = 0.8;

/**
 * A date of the claim that the passage gives differently: a day, month, year, weekday or named day of the
 * same precision in the central sentence, the claim's date stated nowhere in the passage, and the clauses
 * holding the two dates about the same thing. Weekdays recur (a Monday call and a Thursday call can both be
 * real), so a weekday conflict is marked weak: other evidence that states the claim's weekday
 * can settle it.
 */
export const date: Detector = {
  id: 'date',
  description: 'a date, year, weekday or named day that differs for the same event',
  detect(ctx) {
    const out: Finding[] = [];
    const claimDates = ctx.claim.a.dates;
    for (const d of claimDates) {
      if (dateStated(d, [ctx.focus])) continue;
      // A rival equal to another of the claim's dates dates something else the claim also mentions.
      // A week read from "last week" rivals a day it does not hold.
      const rival = ctx.focus.a.dates.find((p) => (p.granularity === d.granularity || d.granularity === 'monthday' && p.granularity === 'week') && !sameDate(d, p)
        && !claimDates.some((c) => c.granularity === p.granularity && sameDate(c, p)) && !relatedNames(d, p)
        && !monthSpanHolds(ctx.focus.text, ctx.focus.a.dates, p, d) && !monthSpanHolds(ctx.claim.text, claimDates, d, p));
      // The claim's day in a neighbouring sentence settles nothing when the sentence that states the claim
      // gives another ("revealed on Tuesday ... Bloomberg named him on Wednesday"). Months and years span
      // the several events a passage tells ("injured in June ... surgery in September"): stated anywhere
      // in the passage, they are stated.
      if (!rival || !DAYS.has(d.granularity) && dateStated(d, ctx.passage.sentences)) continue;
      const slot = claimWordsIn(ctx, d);
      const local = localTopic(ctx, d);
      // The same day of the same month in another year is most likely the same date misdated ("April 30, 1935" /
      // "April 30, 1933"): the day ties the two, and the year needs no more topic than other dates.
      // So does the same preposition before both years in clauses that state the same thing, not only the same
      // people ("the debt paid off by 2010" / "the debt eliminated by the year 2012").
      const yearTopic = d.granularity === 'year' && !sameDayBefore(ctx.claim, d, ctx.focus, rival) && !onlyYears(ctx, slot)
        && !(samePreposition(ctx.claim, d, ctx.focus, rival) && clausesAlign(ctx, d, rival, false, STRONG_TIE, false)) ? YEAR_TOPIC : undefined;
      if (!onTopic(ctx, slot, yearTopic) && !(d.granularity !== 'year' && local)) continue;
      // A sentence dates several events: the clauses holding both dates must say the same thing ("unveiled the
      // plan on a Monday" / "announced Thursday it plans"; "presented a report on 9 September" is not
      // contradicted by "what caused the explosion on Sept. 6"). Years date whole stories and are held to the
      // stricter topic share instead.
      // Weekdays recur, and a week is a loose reference: both conflicts are weak.
      const weekday = d.granularity === 'weekday' || rival.granularity === 'week';
      const opening = DAYS.has(d.granularity) || d.granularity === 'month' && loneDate(ctx.focus, rival);
      if (d.granularity !== 'year' && !clausesAlign(ctx, d, rival, opening)) continue;
      out.push({
        detector: 'date', reason: `date: ${d.text} vs ${dateWording(rival)}`, values: [d.text, rival.text],
        highlights: [inPassage(ctx, rival)], strength: 0.9, ...(weekday ? { weak: true } : {}),
      });
    }
    return out;
  },
};

/**
 * Is each side's year its only one, in a central sentence that states every predicate of the claim, one of
 * them outright ("went bankrupt in 1994 after a strike" / "In 2004, the company went bankrupt")? Then the
 * two years date the same event, and the year needs no more topic than other dates.
 */
function onlyYears(ctx: StanceContext, slot: Word[]): boolean {
  const years = (view: SentenceView): number => view.a.dates.filter((x) => x.granularity === 'year').length;
  return years(ctx.claim) === 1 && years(ctx.focus) === 1 && predicatesStated(ctx, new Set(slot))
    && ctx.inFocus.matches.some((m) => m.claim.predicate && m.score >= STRONG);
}

/** Is `date` the only date between the commas around it ("And in November, ...", not "Between January and August, ...")? */
function loneDate(view: SentenceView, date: DateMention): boolean {
  const from = view.text.lastIndexOf(',', date.start) + 1;
  const comma = view.text.indexOf(',', date.end);
  const to = comma < 0 ? view.text.length : comma;
  return view.a.dates.every((x) => x === date || x.end <= from || x.start >= to);
}

/** Two named days that share a word besides "day" ("Victory Day", "Victory in Europe Day") are related days, not rivals. */
function relatedNames(a: DateMention, b: DateMention): boolean {
  if (a.granularity !== 'named') return false;
  const words = (k: string): string[] => k.split(/\s+/).filter((w) => w !== 'day' && w.length > 2);
  return words(a.key).some((w) => words(b.key).includes(w));
}

/** Do two years each follow a day of a month ("April 30, 1935"), the same day on both sides? */
function sameDayBefore(a: SentenceView, ya: DateMention, b: SentenceView, yb: DateMention): boolean {
  const dayBefore = (view: SentenceView, year: DateMention): DateMention | undefined =>
    view.a.dates.find((x) => x.granularity === 'monthday' && x.end <= year.start && /^,?\s*$/.test(view.text.slice(x.end, year.start)));
  const [x, y] = [dayBefore(a, ya), dayBefore(b, yb)];
  return !!x && !!y && sameDate(x, y);
}

/**
 * A preposition that makes a year a bound ("by the year 2012", "since 1998"), "the year" aside. Not "in": a story
 * dates many events "in" its years ("wed in 2004" / "divorced in 2010").
 */
const YEAR_PREPOSITION_RE = /\b(by|since|until|before|after|from|through)\s+(?:the\s+year\s+)?$/i;

/** Does the same preposition stand right before both years ("by 2010" / "by the year 2012")? */
function samePreposition(a: SentenceView, ya: DateMention, b: SentenceView, yb: DateMention): boolean {
  const before = (view: SentenceView, year: DateMention): string | undefined => YEAR_PREPOSITION_RE.exec(view.text.slice(Math.max(0, year.start - 20), year.start))?.[1].toLowerCase();
  const p = before(a, ya);
  return !!p && p === before(b, yb);
}
