/**
 * Dates as a news text writes them: "May 9", "9 May", "June 2025", years,
 * weekdays and named days ("Independence Day"). Each mention gets a granularity
 * so that only like is compared with like (a weekday never contradicts a
 * month-day; "in June" never contradicts "June 14").
 */
import type { Span } from '../types';
import { ordinalValue, wordValue } from './quantities';

/** How precise a date mention is. */
export type DateGranularity = 'monthday' | 'month' | 'year' | 'weekday' | 'named' | 'week' | 'season';

/** A date found in text. */
export interface DateMention extends Span {
  text: string;
  granularity: DateGranularity;
  /** Comparable key: "5-9" for May 9, "2020", "monday", "independence day". */
  key: string;
  /** For month-day mentions, the month number, so "in June" matches "June 14". */
  month?: number;
  /** For a week ("last week", read against a source's date), the month-day keys of its seven days, Monday first. */
  days?: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];
const MONTH_RE = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

/** A day of the month written as an ordinal word: "first" to "thirty-first". */
const DAY_WORD = '(?:(?:twenty|thirty)[-\\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';

/** Tens and units of a spoken year ("fifty-five"): the tens from thirty, so that a year is of the last century. */
const YEAR_TENS = '(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const YEAR_UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';

/** The year a spoken year's tens and units give: 1955 for "fifty", "five". */
function spokenYear(tens: string, unit: string | undefined): string {
  return String(1900 + wordValue(unit ? `${tens}-${unit}` : tens));
}

/** Words that date a season ("this spring", "late summer") and prepositions before one ("since the autumn of 1975"). */
const SEASON_DATING = '[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat|[Ee]arly|[Ll]ate|[Mm]id';
const SEASON_PREP = '[Ii]n|[Dd]uring|[Oo]ver|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hrough';
const YEAR_DIGITS = '(?:1[89]|20)\\d\\d\\b';
/** What may follow a season: a pause, "of" and a year, or a word that opens a clause or a phrase (not a name: "the Summer Olympics"). */
const SEASON_AFTER = `\\s*(?:[.,;:!?)"”’]|$)|\\s+(?:of\\s+${YEAR_DIGITS}|(?:I|we|he|she|they|it|and|or|but|when|after|before|as|with|to|in|on|at|for|is|was|will|would|the|a|an|that|this|next|last|its|his|her|their|our)\\b)`;
/** A season's key: "fall" is the autumn. */
const SEASONS: Record<string, string> = { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter', fall: 'autumn' };

const DATE_RE = new RegExp(
  `\\b(?:(?<m1>${MONTH_RE})\\s+(?:(?:the\\s+(?=[0-3]?\\d(?:st|nd|rd|th)\\b))?(?<d1>[0-3]?\\d)(?:st|nd|rd|th|(?<=[23])d)?|(?:the\\s+)?(?<w1>${DAY_WORD})(?![-\\p{L}]))\\b(?!\\s*[-–]\\s*\\d)` +
    `|(?:(?<d2>[0-3]?\\d)(?:st|nd|rd|th|(?<=[23])d)?|(?<=\\bthe\\s+)(?<w2>${DAY_WORD}))\\s+(?:of\\s+)?(?<m2>${MONTH_RE})\\b` +
    `|(?<m3>January|February|March|April|June|July|August|September|October|November|December)\\b` +
    // "May" alone is a month only where the modal cannot stand: after a preposition or "last", "early", "mid-".
    `|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|of|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate)\\s+|\\b[Mm]id-)(?<may>May)\\b(?!\\s+(?:be|have|not)\\b)` +
    // A year as spoken: "nineteen fifty-five", "in '72", "from 1960 to '70", and after "in", "since" or "until" a year of the
    // century's last seventy ("in fifty-five.": 1955) ending its clause.
    `|(?<spoken>[Nn]ineteen[-\\s](?<sdecade>${YEAR_TENS})(?:[-\\s](?<sunit>${YEAR_UNITS}))?)\\b` +
    `|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil)\\s+['’]|\\b(?:1[89]|20)\\d\\d\\s*(?:to|and|through|[-–])\\s*['’])(?<yy>\\d\\d)\\b` +
    `|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil)\\s+)(?<bare>(?<bdecade>${YEAR_TENS})(?:[-\\s](?<bunit>${YEAR_UNITS}))?)(?=\\s*[.,;]|\\s+and\\b|$)` +
    `|(?<year>(?:1[89]|20)\\d\\d)(?!\\s*(?:%|percent|[-–]?\\s*(?:page|seat|member|strong)))(?!\\s?(?!A\\.?D\\b)\\p{Lu}{1,3}\\d*\\b)\\b` +
    `|(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b` +
    // A season where only a season can stand: after "this", "last", "in the" and the like, before a year, a pause or the
    // next clause ("this spring I will", "in the summer of 1975"), not in a compound ("summer heat", "spring water").
    // "Fall" is a season only after a word that dates it, or before a year ("the fall of 2005", not "the fall in prices").
    `|(?:(?<=\\b(?:${SEASON_DATING}|${SEASON_PREP}|[Tt]he)[-\\s]+|\\b(?:${SEASON_DATING}|${SEASON_PREP})\\s+the\\s+)(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)`
    + `|(?<=\\b(?:${SEASON_DATING}|${SEASON_PREP})\\s+(?:the\\s+)?)(?<fall>[Ff]all)|(?<=\\b[Tt]he\\s+)(?<fallOf>[Ff]all)(?=\\s+of\\s+${YEAR_DIGITS}))(?=${SEASON_AFTER})` +
    `|(?<named>(?:(?:["“]?[A-Z][\\p{L}'’]+["”]?\\s+(?:in\\s+|of\\s+)?)){1,3}Day)\\b` +
    `|(?<feast>Christmas|Easter|Thanksgiving|New Year's|Ramadan|Hanukkah|Diwali)\\b)`,
  'gu',
);

/**
 * Named days that fall on the same month and day every year wherever they are kept (month, day): they are that
 * date ("New Year's Day, 1942" is January 1, 1942). Days a country names for itself ("Independence Day") fall on
 * different dates in different countries, and movable feasts on different dates each year: neither is here.
 */
const FIXED_DAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1], "valentine's day": [2, 14], 'armistice day': [11, 11], 'christmas day': [12, 25],
  'boxing day': [12, 26],
};

/** Finds date mentions in `text`. */
export function extractDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const mention = toMention(g, m[0], start);
    if (mention) out.push(mention);
  }
  return out;
}

function toMention(g: Record<string, string | undefined>, raw: string, start: number): DateMention | undefined {
  const base = { start, end: start + raw.length, text: raw };
  const monthWord = g.m1 ?? g.m2;
  const dayWord = g.w1 ?? g.w2;
  const day = g.d1 ?? g.d2 ?? dayWord;
  if (monthWord && day) {
    const month = monthNumber(monthWord);
    const d = dayWord ? ordinalValue(dayWord.replace(/\s+/, '-')) : Number(day);
    if (d < 1 || d > 31) return undefined;
    return { ...base, granularity: 'monthday', key: `${month}-${d}`, month };
  }
  const bareMonth = g.m3 ?? g.may;
  if (bareMonth) return { ...base, granularity: 'month', key: String(monthNumber(bareMonth)), month: monthNumber(bareMonth) };
  if (g.year) return { ...base, granularity: 'year', key: g.year };
  if (g.spoken && g.sdecade) return { ...base, granularity: 'year', key: spokenYear(g.sdecade, g.sunit) };
  if (g.bare && g.bdecade) return { ...base, granularity: 'year', key: spokenYear(g.bdecade, g.bunit) };
  // "'72" is 1972 and "'08" 2008: a two-digit year under thirty is of this century.
  if (g.yy) return { ...base, granularity: 'year', key: String((Number(g.yy) < 30 ? 2000 : 1900) + Number(g.yy)) };
  if (g.weekday) return { ...base, granularity: 'weekday', key: g.weekday.toLowerCase() };
  const season = g.season ?? g.fall ?? g.fallOf;
  if (season) return { ...base, granularity: 'season', key: SEASONS[season.toLowerCase()] };
  const named = g.named ?? g.feast;
  if (named && !WEEKDAYS.some((w) => named.toLowerCase().startsWith(w))) {
    const lead = /^(?:The|A|On|In|This|Last|Next|Every)\s+/.exec(named)?.[0].length ?? 0;
    const name = named.slice(lead);
    const key = name.toLowerCase().replace(/["“”]/g, '').replace(/’/g, "'").replace(/\s+/g, ' ');
    const fixed = FIXED_DAYS[key];
    if (fixed) return { start: start + lead, end: start + named.length, text: name, granularity: 'monthday', key: `${fixed[0]}-${fixed[1]}`, month: fixed[0] };
    return { start: start + lead, end: start + named.length, text: name, granularity: 'named', key };
  }
  return undefined;
}

/**
 * True when mention `a` and `b` can refer to the same day (different granularities always can, except a day
 * or a month and a week that does not hold it).
 */
export function sameDate(a: DateMention, b: DateMention): boolean {
  const week = a.days ? a : b.days ? b : undefined;
  const other = week === a ? b : a;
  if (week && other.granularity === 'monthday') return week.days!.includes(other.key);
  if (week && other.granularity === 'month') return week.days!.some((k) => k.startsWith(`${other.key}-`));
  if (a.granularity !== b.granularity) {
    const month = (x: DateMention): boolean => x.granularity === 'month' || x.granularity === 'monthday';
    if (month(a) && month(b)) return a.month === b.month;
    return true;
  }
  return a.key === b.key;
}

/**
 * Is `end` one end of a span of months that holds `d`'s month ("Between January and August, sales rose" holds
 * March)? `dates` are the mentions of `text`. Either side may give the span: the other's month inside it is no rival.
 */
export function monthSpanHolds(text: string, dates: DateMention[], end: DateMention, d: DateMention): boolean {
  const month = d.month;
  if (month === undefined || end.month === undefined) return false;
  return dates.some((other) => {
    if (other === end || other.month === undefined) return false;
    const [first, last] = other.start < end.start ? [other, end] : [end, other];
    return MONTH_SPAN_JOIN.test(text.slice(first.end, last.start)) && MONTH_SPAN_OPEN.test(text.slice(Math.max(0, first.start - 9), first.start))
      && first.month! <= month && month <= last.month!;
  });
}
const MONTH_SPAN_JOIN = /^\s*(?:and|to|through|until|till|[-–])\s*$/;
const MONTH_SPAN_OPEN = /\b(?:between|from)\s+$/i;

/** A date mention read from a relative phrase ("this year", "on Thursday") against the date of its source. */
export interface ResolvedDate extends DateMention {
  /** The phrase as the text writes it ("this year"); `text` gives the date it stands for ("2020"). */
  phrase: string;
  /** The source date (YYYY-MM-DD) it was read against. */
  from: string;
}

const RELATIVE_RE = /\b(?:(?<rel>this|last|next)\s+(?<unit>year|month|week)|(?<day>yesterday|today)|(?:(?<dir>last|next|on|this)\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/giu;

/**
 * The relative dates of `text` read against `sourceDate` (an ISO date): "this year", "last year", "next
 * year" as years; "this month", "last month", "next month" as months; "this week", "last week", "next week"
 * as the seven days from a Monday; "yesterday" and "today" as days; and
 * a weekday as the latest such day on or before the source date ("on Thursday" in a Friday paper is the
 * day before), or the next one after "next". A date that is not a real calendar day resolves nothing.
 */
export function relativeDates(text: string, sourceDate: string): ResolvedDate[] {
  const ref = parseIsoDate(sourceDate);
  if (!ref) return [];
  const out: ResolvedDate[] = [];
  for (const m of text.matchAll(RELATIVE_RE)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const base = { start, end: start + m[0].length, phrase: m[0], from: sourceDate };
    const shift = (rel: string | undefined): number => (rel?.toLowerCase() === 'last' ? -1 : rel?.toLowerCase() === 'next' ? 1 : 0);
    if (g.unit?.toLowerCase() === 'week') {
      // Weeks run Monday to Sunday; "this week" is the one holding the source's date.
      const monday = new Date(ref.getTime() - ((ref.getUTCDay() + 6) % 7) * 86_400_000 + shift(g.rel) * 7 * 86_400_000);
      const days = Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * 86_400_000));
      const [first, last] = [days[0], days[6]];
      const firstMonth = first.getUTCMonth() === last.getUTCMonth() ? '' : ` ${monthName(first.getUTCMonth() + 1)}`;
      const text = `the week of ${first.getUTCDate()}${firstMonth}–${last.getUTCDate()} ${monthName(last.getUTCMonth() + 1)} ${last.getUTCFullYear()}`;
      out.push({ ...base, text, granularity: 'week', key: `${first.getUTCFullYear()}-${first.getUTCMonth() + 1}-${first.getUTCDate()}`, days: days.map((d) => `${d.getUTCMonth() + 1}-${d.getUTCDate()}`) });
    } else if (g.unit?.toLowerCase() === 'year') {
      const year = String(ref.getUTCFullYear() + shift(g.rel));
      out.push({ ...base, text: year, granularity: 'year', key: year });
    } else if (g.unit) {
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift(g.rel), 1));
      const month = d.getUTCMonth() + 1;
      out.push({ ...base, text: `${monthName(month)} ${d.getUTCFullYear()}`, granularity: 'month', key: String(month), month });
    } else {
      let days = 0;
      if (g.day) days = g.day.toLowerCase() === 'yesterday' ? -1 : 0;
      else {
        const target = WEEKDAYS.indexOf((g.weekday as string).toLowerCase());
        const today = (ref.getUTCDay() + 6) % 7;
        const ahead = g.dir?.toLowerCase() === 'next' || FUTURE_CUE.test(text.slice(Math.max(0, start - 40), start));
        days = ahead ? ((target - today + 7) % 7 || 7) : -((today - target + 7) % 7);
      }
      const d = new Date(ref.getTime() + days * 86_400_000);
      const month = d.getUTCMonth() + 1;
      out.push({ ...base, text: `${d.getUTCDate()} ${monthName(month)} ${d.getUTCFullYear()}`, granularity: 'monthday', key: `${month}-${d.getUTCDate()}`, month });
    }
  }
  return out;
}

/** A month's name, capitalised (1 = "January"). */
function monthName(month: number): string {
  return MONTHS[month - 1][0].toUpperCase() + MONTHS[month - 1].slice(1);
}

/** Was this date read from a relative phrase against its source's date? */
export function isResolved(d: DateMention): d is ResolvedDate {
  return 'phrase' in d;
}

/** How a reason quotes a passage's date: as written, and a relative one with the day it stands for. */
export function dateWording(d: DateMention): string {
  return isResolved(d) ? `"${d.phrase}" (${d.text}, in a source dated ${d.from})` : d.text;
}

/** Words before a weekday that put it ahead of the source's date ("will vote on Thursday", "is due Friday"). */
const FUTURE_CUE = /\b(?:will|would|shall|is to|are to|set to|due|expected to|scheduled|planned|plans? to|next)\b[^.;]*$/i;

/** A real calendar day written YYYY-MM-DD, as a UTC date; undefined otherwise. */
function parseIsoDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDate(year, month, day) ? new Date(Date.UTC(year, month - 1, day)) : undefined;
}

/** True when the day exists in that month (2025-02-30 does not; `Date.parse` would roll it into March). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const FULL_DATE = `(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:(?<m1>${MONTH_RE})\\s+(?<d1>[0-3]?\\d)(?:st|nd|rd|th|(?<=[23])d)?,?|(?<d2>[0-3]?\\d)(?:st|nd|rd|th|(?<=[23])d)?\\s+(?<m2>${MONTH_RE}),?)\\s+(?<y>(?:19|20)\\d\\d)`;
/** "LONDON, Oct. 24, 2014 (Reuters) -": places in capitals, a comma, the date, an agency, a dash or colon. */
const DATELINE_RE = new RegExp(`^\\s*(?:\\p{Lu}[\\p{Lu} .'-]+,\\s+(?:\\p{Lu}[\\p{L}.]+,?\\s+)?)?${FULL_DATE}\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[-–—:]`, 'u');
/** A line that is only a date, perhaps "Published" and a time: "Published: Friday, 24 October 2014, 10:32". */
const DATE_LINE_RE = new RegExp(`^\\s*(?:(?:Published|Posted|Updated|Last updated)(?:\\s+on)?:?\\s*)?${FULL_DATE}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}[^\\n]{0,20})?\\s*$`, 'u');
/** How many of an article's first lines may hold its dateline. */
const DATELINE_LINES = 4;
/** How far into an article its dateline may stand (characters). */
const DATELINE_CHARS = 600;

/**
 * The date an article gives itself in its opening lines, as YYYY-MM-DD: a wire-style dateline ("LONDON,
 * Oct. 24, 2014 (Reuters) - ...") or a line that is only a date ("Published: 24 October 2014"). A date
 * inside a sentence ("On Oct. 24, 2014, the council ...") is an event's, not the article's, and is not read.
 */
export function datelineDate(text: string): string | undefined {
  const lines = text.slice(0, DATELINE_CHARS).split(/\r\n?|\n/).filter((l) => l.trim()).slice(0, DATELINE_LINES);
  for (const line of lines) {
    const m = DATELINE_RE.exec(line) ?? DATE_LINE_RE.exec(line);
    const g = m?.groups;
    if (!g) continue;
    const month = monthNumber((g.m1 ?? g.m2) as string);
    const [year, day] = [Number(g.y), Number(g.d1 ?? g.d2)];
    if (month > 0 && isCalendarDate(year, month, day)) return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

