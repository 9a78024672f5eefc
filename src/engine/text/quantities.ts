/**
 * Numbers in every form a news text writes them, turned into intervals so that
 * approximators can be compared: "fewer than ten" is [0, 10), "upwards of 30"
 * is [30, ∞), "nearly three hours" is [144, 180] minutes.
 */
import type { Span } from '../types';
import { hasPos, isDimension, lookup } from '../lexicon/wordnet';
import { MODAL_VERBS } from '../lexicon';
import { isContent, stem, tokenize } from './tokens';

/** What a quantity measures; only quantities of the same kind are compared. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'ordinal' | 'tally' | 'length' | 'mass' | 'speed' | 'area' | 'temperature' | 'age' | 'time' | 'factor';

/** A number found in text, as the interval of values it allows. */
export interface Quantity extends Span {
  text: string;
  kind: QuantityKind;
  /** Lowest value allowed (money in its currency unit, durations in minutes, a time of day in minutes after midnight). */
  lo: number;
  /** Highest value allowed; `Infinity` for "more than". */
  hi: number;
  /** For tallies ("218-214"), the second figure. */
  second?: number;
  /** For a share written as two counts ("94 out of 95", "one in four"), the counts: it states each of them. */
  parts?: [number, number];
  /** A share a thing changed by ("cut by a third", "rose by half", "cut in half"), not a share it stands at. */
  change?: true;
  /** An explicit range ("20 to 30 people", "between $13 and $18"): another range agrees only at both ends. */
  range?: true;
  /** An order of magnitude with no figure ("millions of", "dozens of"): it allows a precise figure but does not state one. */
  vague?: true;
  /** A share written as a fraction or a proportion ("a fifth", "one in four"): a round figure. */
  fraction?: true;
  /** A period another figure is spread across ("$36 billion over five years", "7 percent over the next two years"). */
  spread?: true;
  /**
   * Set when an approximator gives only one bound: `lower` for "at least 30",
   * "upwards of 30"; `upper` for "fewer than ten", "up to 10". Two figures
   * bounded the same way are compared by their stated numbers (see {@link compatible}).
   */
  bound?: 'lower' | 'upper';
  /**
   * The figure an approximator grades ("about 40", "nearly 12 million": 40, 12 million). Two estimates are compared
   * by their figures, not by the intervals they allow (see {@link compatible}).
   */
  estimate?: number;
  /**
   * True for a count that refers back to things already named ("the two
   * countries"): support need not find it stated, though a source giving a
   * different count still conflicts. Absent otherwise.
   */
  anaphoric?: boolean;
  /** Content stems of nearby words ("leader", "vote"): what is being counted. */
  context: string[];
  /** For a measure, the dimension it gives ("deep", "wide", "long", "tall", "high"), lower case, when stated. */
  attribute?: string;
  /** For a measure, its unit as written ("feet", "km"), for a duration its time unit ("month"): figures converted between units are rounded. */
  unit?: string;
  /** A number that completes a name ("World War Two", "Charles III"): it identifies, it does not count. */
  named?: boolean;
  /** For money, its currency when written ("$", "€", "£", "RUB"): sums in two currencies are conversions, not rivals. */
  currency?: string;
  /** For a time of day, its time zone when written ("GMT", "ET"): times in two zones are conversions, not rivals. */
  zone?: string;
  /** For a time of day written without a.m. or p.m. ("at 5:30", "six o'clock"): it may be either half of the day. */
  halfDay?: boolean;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth',
  'ninetieth'];

/** Value of a number word ("four", "twenty-five", "dozen") or NaN. */
export function wordValue(word: string): number {
  const w = word.toLowerCase();
  if (w === 'dozen') return 12;
  if (w === 'hundred') return 100;
  const unit = UNITS.indexOf(w);
  if (unit >= 0) return unit;
  const [tens, rest] = w.split(/[- ]/);
  const t = TENS.indexOf(tens);
  if (t >= 2) return rest ? (UNITS.indexOf(rest) > 0 ? t * 10 + UNITS.indexOf(rest) : NaN) : t * 10;
  return NaN;
}

/** Value of an ordinal word ("fourth", "sixtieth", "twenty-first") or NaN. */
export function ordinalValue(word: string): number {
  const w = word.toLowerCase();
  const unit = ORDINAL_UNITS.indexOf(w);
  if (unit >= 0) return unit;
  const t = ORDINAL_TENS.indexOf(w);
  if (t >= 2) return t * 10;
  const [tens, rest] = w.split(/[- ]/);
  const tv = TENS.indexOf(tens);
  const rv = rest ? ORDINAL_UNITS.indexOf(rest) : -1;
  return tv >= 2 && rv > 0 ? tv * 10 + rv : NaN;
}

const NUM_WORDS = `(?:(?:${TENS.slice(2).join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).reverse().join('|')}|a dozen|dozen)`;
const ORD_WORDS = `(?:(?:${TENS.slice(2).join('|')})-(?:${ORDINAL_UNITS.slice(1, 10).join('|')})|${ORDINAL_TENS.slice(2).join('|')}|${ORDINAL_UNITS.slice(1).reverse().join('|')})`;
const APPROX = '(?:about|around|roughly|approximately|some|nearly|almost|close to|more than|over|at least|upwards? of|in excess of|fewer than|less than|under|below|above|at most|up to|as many as|as much as|as long as|as large as|as high as|as big as|no more than|no fewer than|no less than|not less than|no lower than|a minimum of|no higher than|not more than|a maximum of|an estimated|estimated|just over|just under|well over|exactly|only|just)';
const SCALE = '(?:hundred|thousand|million|billion|trillion|bn|mn)';
const DURATION_UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)';
/** Kilograms in a pound. */
const KG_PER_POUND = 0.4536;

/** Units of length, mass, speed and area, each with its size in metres, kilograms, m/s or m². */
const MEASURES: [string, QuantityKind, number][] = [
  ['millimet(?:er|re)s?|mm', 'length', 0.001], ['centimet(?:er|re)s?|cm', 'length', 0.01], ['kilomet(?:er|re)s?|km', 'length', 1000],
  ['met(?:er|re)s?', 'length', 1], ['inch(?:es)?', 'length', 0.0254], ['f(?:oo|ee)t|ft', 'length', 0.3048],
  ['yards?|yds?', 'length', 0.9144], ['miles?', 'length', 1609.344], ['nautical miles?', 'length', 1852],
  ['kilograms?|kilos?|kg', 'mass', 1], ['grams?', 'mass', 0.001], ['tonnes?|metric tons?', 'mass', 1000], ['tons?', 'mass', 907.185],
  ['lbs?|pounds? of', 'mass', KG_PER_POUND], ['ounces?|oz', 'mass', 0.02835],
  ['miles per hour|mph', 'speed', 0.44704], ['kilomet(?:er|re)s per hour|km/h|kph', 'speed', 1 / 3.6],
  ['square miles?|sq mi', 'area', 2589988], ['square kilomet(?:er|re)s?|sq km|km2', 'area', 1e6], ['square (?:feet|foot)|sq ft', 'area', 0.0929],
  ['square met(?:er|re)s?|sq m|m2', 'area', 1], ['acres?', 'area', 4046.86], ['hectares?', 'area', 10000],
  // Temperatures in degrees Celsius; a bare C or F only right after the figure ("26C", "79F").
  ['degrees? (?:Celsius|centigrade|C)|°\\s?C|(?<=\\d)C', 'temperature', 1], ['degrees? (?:Fahrenheit|F)|°\\s?F|(?<=\\d)F', 'temperature', 5 / 9],
];
/** Water's freezing point in degrees Fahrenheit, taken off a Fahrenheit figure before its size converts it to Celsius. */
const FAHRENHEIT_ZERO = 32;
const MEASURE_UNIT = `(?<measure>${MEASURES.map(([re]) => re).sort((a, b) => b.length - a.length).join('|')})`;
/** Each unit's pattern, tested on a unit found: a lookbehind for the figure before it cannot hold on the unit alone. */
const MEASURE_RES = MEASURES.map(([re, kind, size]): [RegExp, QuantityKind, number] => [new RegExp(`^(?:${re.replaceAll('(?<=\\d)', '')})$`, 'i'), kind, size]);
/**
 * One lower-case word between a figure and its time unit ("24 tense hours",
 * "three long days") still makes the figure a duration; without it the figure
 * would count whatever noun comes next. Function words and plural nouns are
 * left out so "two of the hours" or "five soldiers days later" are not read this way.
 */
const DURATION_ADJECTIVE = `(?!(?:and|or|of|the|per|each|every|this|that|next|last|for|to|in|a|an|people|men|women|children)\\s)(?!${NUM_WORDS}\\s)\\p{Ll}{3,}(?<!(?<!ou)s)`;

/**
 * A number word is no count when it is the numerator of a fraction ("three-quarters", "two thirds of"): the
 * fraction is read as a share, or as a bound or an estimate of one after an approximator ("over three-quarters",
 * see proportions). "two quarters in a row" counts quarters.
 */
const NOT_A_NUMERATOR = `(?!-(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\\b|\\s+(?:thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\\s+of\\b)`;

const QUANTITY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}$€£.,])(?:(?<approx>${APPROX})\\s+)?(?:` +
    `(?<vague>(?:tens|hundreds|thousands|millions|billions|dozens)\\s+of(?:\\s+(?<vscale>thousands|millions|billions))?)` +
    `|(?<half>half\\s+an?|(?:an?\\s+)?half(?=-${DURATION_UNIT}\\b))(?:\\s+(?<hscale>${SCALE}|dozen)\\b|(?=[-\\s]${DURATION_UNIT}\\b))` +
    // "a quarter of a century", "a quarter century", "three quarters of an hour": a share of one time unit is a
    // length of time. "a quarter of a million dollars", "a quarter-million": a share of one scale is a figure.
    `|(?<quarter>(?:a|one|three)\\s+quarters?)(?:\\s+of\\s+an?(?=\\s${DURATION_UNIT}\\b)|(?=[-\\s]${DURATION_UNIT}\\b)|(?:\\s+of\\s+an?\\s+|-)(?<qscale>${SCALE})\\b)` +
    `|(?<currency>(?:US|U\\.S\\.|A|C|HK)?[$€£])\\s?(?<mnum>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)(?:[\\s-]?(?<mscale>${SCALE}|m|k)\\b)?` +
    `|(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<ord>st|nd|rd|th)?(?:(?<sep>\\s?[-–]\\s?|\\s+to\\s+)(?<num2>\\d[\\d,]*(?:\\.\\d+)?)(?![\\d/]))?(?<nfrac>[-\\s]+and[-\\s]+(?:an?|one)[-\\s]+half|[\\s-](?:1/2|1/4|3/4)(?![\\d/])|[½¼¾])?(?:[\\s-]?(?<scale>${SCALE})s?\\b)?` +
    `|(?<ordword>${ORD_WORDS})\\b` +
    // "two hundred and seventy-eight", "one hundred thirty": the tens and units after a hundred; "three hundred and
    // eighty-five thousand", "four hundred million": hundreds of a larger scale.
    // "a thousand dollars", "a million people", "another hundred years": the article counts one of the scale; so
    // does it one of a time unit completed by a half ("a year and a half ago").
    `|(?<word>${NUM_WORDS}|(?:an?|another)(?=\\s(?:hundred|thousand|million|billion|trillion)\\b)|an?(?=\\s(?:second|minute|hour|day|week|month|year|decade|century)\\s+and\\s+an?\\s+half\\b))\\b${NOT_A_NUMERATOR}(?<whalf>[-\\s]+and[-\\s]+(?:an?|one)[-\\s]+half)?(?:\\s(?<wscale>${SCALE}|dozen)\\b(?<shalf>\\s+and\\s+an?\\s+half\\b)?(?:(?<=hundred)(?:\\s+(?:and\\s+)?(?<wrest>${NUM_WORDS})\\b(?!-))?(?:\\s(?<wscale2>thousand|million|billion|trillion)\\b)?)?)?` +
    `|(?<single>an?|one)(?=[-\\s]${DURATION_UNIT}[-\\s]long\\b)` +
    // "a" or "an" before a time unit after an approximator ("almost an hour") or after a verb or a preposition that
    // takes a length of time ("waited an hour", "jailed for a year", "within a decade", "for another year": one more),
    // not elsewhere ("an hour later", "a day trip"). Before the unit's possessive it counts one too ("an hour's drive",
    // "a year's pay"), unless a figure before it makes it a rate ("$10 an hour's").
    `|(?:(?<=\\b(?:about|around|nearly|almost|over|under|more than|less than|at least|roughly|just over|just under|for|across|throughout|spanning|within|waited|lasted|lasting|spent|took|takes|taking)\\s)|(?<![\\d%]\\s)(?=an?\\s(?:second|minute|hour|day|week|month|year|decade|century)['’]s\\s))(?<unitone>an?|another)(?=\\s(?:second|minute|hour|day|week|month|year|decade|century)\\b)` +
    // "over the next decade", "in the past century": a period of many years named by where it lies counts one of its unit
    // (a year so named, "over the past year", is as often a date).
    `|(?<=\\b(?:over|during|within|across|throughout|in|for)\\s+the\\s)(?<unitthe>next|past|last|coming|following|previous)(?=\\s(?:decade|century)\\b(?![’']))` +
  `)(?<unit>\\s?%|[-\\s](?:percent|per cent|percentage points?)\\b|[-\\s](?:${DURATION_ADJECTIVE}\\s)?${DURATION_UNIT}\\b(?:[-\\s]long\\b)?|\\s(?:dollars|euros|pounds|rubles|roubles|cents|pence)\\b|[-\\s]?${MEASURE_UNIT}(?![\\p{L}\\p{N}]))?` +
  // "a minute and a half", "one minute and 20 seconds": a duration completed after its unit.
  `(?:(?<=${DURATION_UNIT})\\s+and\\s+(?:(?<uhalf>an?\\s+half)|(?<morenum>\\d+|${NUM_WORDS})\\s+(?<moreunit>${DURATION_UNIT}))\\b)?`,
  'giu',
);

/** The fraction of a mixed number ("2 1/2 years", "9-1/2 billion", "3¾ miles"); "and a half" is one half too. */
const MIXED_FRACTION: Record<string, number> = { '1/2': 0.5, '½': 0.5, '1/4': 0.25, '¼': 0.25, '3/4': 0.75, '¾': 0.75 };

const SCALE_VALUE: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12,
  thousands: 1e3, millions: 1e6, billions: 1e9, dozen: 12,
};
/** Each time unit's length in minutes, the unit in which durations are read (a month is a twelfth of a year: 18 months are 1.5 years). */
export const MINUTES: Readonly<Record<string, number>> = {
  second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080, month: 43800, year: 525600, decade: 5256000, century: 52560000,
};
const TALLY_CONTEXT = /^\s*(?:\S+\s+){0,2}?(?:votes?|vote|victory|win|defeat|loss|decision|margin|score|majority|split)\b/i;

const TALLY_BEFORE = /\b(?:votes?|voted|tally|score|margin|split)\b(?:\s+\S+){0,6}\s*$/i;
/** Words that make "pounds" a weight rather than money when they come just before it ("weighs 300 pounds", "tips the scales at 400 pounds"). */
const WEIGHT_BEFORE = /\b(?:weigh(?:s|ed|ing)?(?:\s+in)?(?:\s+at)?|weight\s+of|scales\s+at)\s*$/i;

function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** A figure in digits or in words ("1,200", "four"); NaN for neither. */
function figureValue(x: string): number {
  return /\d/.test(x) ? parseNumber(x) : wordValue(x);
}

/** Value of a count in a fraction: a figure, a number word, or "a" / "an" for one. */
function countValue(x: string): number {
  return /^an?$/i.test(x) ? 1 : figureValue(x);
}

/** Share of a figure that "about" always allows either side. */
const ABOUT_SHARE = 0.05;
/** Most that "about" allows either side, as a share of the figure, however round it is. */
const ABOUT_MAX_SHARE = 0.1;

/**
 * How far "about N" may be from N: 5% of N, or half of N's rounding unit
 * when N is round (the unit of 900 is 100, of 30 is 10), capped at 10%. So
 * "about 940" allows 893-987 (not 887), "about 900" allows 850-950 and
 * "about 30" allows 27-33.
 */
export function aboutTolerance(v: number): number {
  const a = Math.abs(v);
  if (a === 0) return 0;
  let unit = 1;
  if (Number.isInteger(a)) {
    while (a % (unit * 10) === 0) unit *= 10;
  } else {
    unit = 10 ** -(String(a).split('.')[1]?.length ?? 0);
  }
  return Math.max(a * ABOUT_SHARE, Math.min(unit / 2, a * ABOUT_MAX_SHARE));
}

/**
 * An approximator that grades a figure without bounding it, from both sides ("about") or from below ("nearly"):
 * it leaves an interval, and neither bound is open.
 */
function isEstimate(approx: string | undefined): boolean {
  const [lo, hi] = approximate(approx, 1);
  return !!approx && lo !== hi && !boundOf(approx);
}

/** A negation up to two words before a bound ("should not pay less than"), not one that adds ("not only more than"). */
const NEGATED_BEFORE = /\b(?:not|n['’]t|never)\s+(?!(?:only|just|merely|simply)\b)(?:[a-z]+\s+){0,2}$/i;
/** Strict bounds and what each says once negated: "not less than 30" is "at least 30", "never more than 5" "at most 5". */
const NEGATED_BOUNDS: Record<string, string> = { 'fewer than': 'at least', 'less than': 'at least', under: 'at least', below: 'at least', 'more than': 'at most', over: 'at most', above: 'at most' };

/** The approximator a figure is read with: a strict bound after a negation turns round ("should not pay less than 30 percent"). */
function negatedBound(approx: string | undefined, before: string): string | undefined {
  const turned = approx && NEGATED_BOUNDS[approx.toLowerCase()];
  return turned && NEGATED_BEFORE.test(before) ? turned : approx;
}

/** Approximators that state only a lower or an upper bound. */
function boundOf(approx: string | undefined): Quantity['bound'] {
  const [lo, hi] = approximate(approx, 1);
  if (hi === Infinity) return 'lower';
  return lo === 0 && approx ? 'upper' : undefined;
}

/**
 * A figure ("$36 billion", "7 percent", "300") and "over", "over the next", "across", "during the" right before a
 * period it is spread across.
 */
const SPREAD_BEFORE = /(?:\d|%|\b(?:percent|hundred|thousand|million|billion|trillion|dollars))\s+(?:over|across|during|within)\s+(?:the\s+)?(?:(?:next|past|last|coming|following|first)\s+)?$/i;

/** The interval allowed by an approximator around `v`. */
export function approximate(approx: string | undefined, v: number): [number, number] {
  switch ((approx ?? '').toLowerCase()) {
    case 'about': case 'around': case 'roughly': case 'approximately': case 'some': case 'an estimated': case 'estimated':
    case 'close to': {
      const t = aboutTolerance(v);
      return [v - t, v + t];
    }
    case 'nearly': case 'almost': case 'just under':
      return [v * 0.8, v];
    case 'more than': case 'over': case 'above': case 'upwards of': case 'upward of': case 'in excess of': case 'just over': case 'well over':
    case 'at least': case 'no fewer than': case 'no less than': case 'not less than': case 'no lower than': case 'a minimum of':
      return [v, Infinity];
    case 'fewer than': case 'less than': case 'under': case 'below':
      return [0, v - Math.max(Math.abs(v) * 1e-6, 1e-9)];
    case 'at most': case 'up to': case 'as many as': case 'as much as': case 'as long as': case 'as large as': case 'as high as': case 'as big as':
    case 'no more than': case 'not more than': case 'no higher than': case 'a maximum of':
      return [0, v];
    default:
      return [v, v];
  }
}

interface Groups { [key: string]: string | undefined }

/** Base value (before approximators) and whether the figure itself is vague. */
function baseValue(g: Groups): { lo: number; hi: number; kind: QuantityKind; second?: number } | undefined {
  if (g.vague) {
    const head = g.vague.split(/\s+/)[0].toLowerCase();
    const mult = g.vscale ? SCALE_VALUE[g.vscale.toLowerCase()] : 1;
    const base = head === 'dozens' ? 24 : head === 'tens' ? 10 : (SCALE_VALUE[head] ?? 100);
    // "millions of" reaches up to the next scale word ("millions of Americans" may be 47 million); "tens of",
    // "dozens of", "hundreds of" and a scale after them ("tens of thousands") up to ten times the base.
    const reach = !g.vscale && head in SCALE_VALUE ? 1000 : 10;
    return { lo: base * mult, hi: base * reach * mult, kind: 'count' };
  }
  if (g.quarter) {
    const v = (/^three/i.test(g.quarter) ? 0.75 : 0.25) * (g.qscale ? SCALE_VALUE[g.qscale.toLowerCase()] : 1);
    return { lo: v, hi: v, kind: 'count' };
  }
  if (g.half) {
    const v = 0.5 * (g.hscale ? SCALE_VALUE[g.hscale.toLowerCase()] : 1);
    return Number.isFinite(v) ? { lo: v, hi: v, kind: 'count' } : undefined;
  }
  if (g.mnum) {
    const v = parseNumber(g.mnum) * (g.mscale ? SCALE_VALUE[g.mscale.toLowerCase()] : 1);
    return { lo: v, hi: v, kind: 'money' };
  }
  if (g.num) {
    // "9 1/2 billions", as older texts write it, is 9.5 billion.
    const scale = g.scale ? SCALE_VALUE[g.scale.toLowerCase().replace(/s$/, '')] : 1;
    const v = (parseNumber(g.num) + (g.nfrac ? MIXED_FRACTION[g.nfrac.trim()] ?? 0.5 : 0)) * scale;
    if (g.ord) return { lo: v, hi: v, kind: 'ordinal' };
    if (g.num2 !== undefined) {
      const v2 = parseNumber(g.num2) * scale;
      return { lo: Math.min(v, v2), hi: Math.max(v, v2), kind: 'count', second: v2 };
    }
    return { lo: v, hi: v, kind: 'count' };
  }
  if (g.ordword) {
    const v = ordinalValue(g.ordword);
    return Number.isNaN(v) ? undefined : { lo: v, hi: v, kind: 'ordinal' };
  }
  if (g.word) {
    const lower = g.word.toLowerCase();
    const base = (lower.startsWith('a ') ? 12 : /^(?:an?|another)$/.test(lower) ? 1 : wordValue(g.word)) + (g.whalf ? 0.5 : 0);
    // "a billion and a half": half of the scale more.
    const hundreds = (base + (g.shalf ? 0.5 : 0)) * (g.wscale ? SCALE_VALUE[g.wscale.toLowerCase()] : 1) + (g.wrest ? wordValue(g.wrest) : 0);
    const v = hundreds * (g.wscale2 ? SCALE_VALUE[g.wscale2.toLowerCase()] : 1);
    return Number.isNaN(v) ? undefined : { lo: v, hi: v, kind: 'count' };
  }
  if (g.single ?? g.unitone ?? g.unitthe) return { lo: 1, hi: 1, kind: 'count' };
  return undefined;
}

/** Applies a unit ("%", "hours", "dollars") to a base value. */
function applyUnit(q: { lo: number; hi: number; kind: QuantityKind }, unit: string | undefined, measure?: string): void {
  if (!unit) return;
  if (measure && q.kind === 'count') {
    const found = MEASURE_RES.find(([re]) => re.test(measure.trim()));
    if (found) {
      // Degrees Fahrenheit count from another zero (no unit of Celsius has an "f").
      const zero = found[1] === 'temperature' && /f/i.test(measure) ? FAHRENHEIT_ZERO : 0;
      q.kind = found[1];
      q.lo = (q.lo - zero) * found[2];
      q.hi = (q.hi - zero) * found[2];
    }
    return;
  }
  const u = unit.trim().toLowerCase().replace(/^-/, '');
  if (u.startsWith('%') || u.startsWith('per')) { q.kind = 'percent'; return; }
  if (/^(dollars|euros|pounds|rubles|roubles)/.test(u)) { q.kind = 'money'; return; }
  // "80 cents" is $0.80, "50 pence" £0.50.
  if (/^(cents|pence)/.test(u)) { Object.assign(q, { kind: 'money', lo: q.lo / 100, hi: q.hi / 100 }); return; }
  const minutes = durationMinutes(u);
  if (minutes !== undefined && q.kind !== 'ordinal') {
    q.kind = 'duration';
    q.lo *= minutes;
    q.hi *= minutes;
  }
}

/** Minutes in the time unit a unit text names ("hours", "-day", "tense hours"), if it names one. */
function durationMinutes(unit: string): number | undefined {
  const word = durationUnit(unit);
  return word === undefined ? undefined : MINUTES[word];
}

/**
 * The time unit a unit text names ("hours" -> hour), if it names one. Durations in two units are compared as
 * converted measures are, with some slack: a month is no whole number of days, so "half a year" is "six
 * months" and "a year" is "12 months".
 */
function durationUnit(unit: string): string | undefined {
  return unit.toLowerCase().split(/[-\s]/).map((w) => w.replace(/ies$/, 'y').replace(/s$/, '')).find((w) => MINUTES[w] !== undefined);
}

/** Currency symbols and words, by the currency they name. */
const CURRENCIES: [RegExp, string][] = [[/\$|dollars/i, '$'], [/€|euros/i, '€'], [/£|pounds|pence/i, '£'], [/rubles|roubles/i, 'RUB']];

function currencyOf(written: string | undefined): string | undefined {
  return written ? CURRENCIES.find(([re]) => re.test(written))?.[1] : undefined;
}

/** Kinds of figure that are measures: a length, a mass, a speed, an area, a temperature. */
export const MEASURE_KINDS: ReadonlySet<QuantityKind> = new Set<QuantityKind>(['length', 'mass', 'speed', 'area', 'temperature']);
/** Kinds besides measures whose upper bounds are compared whatever follows them (see {@link compatible}). */
const CEILING_KINDS = new Set<QuantityKind>(['duration', 'money']);

/**
 * A bound that names the dimension: "as long as 50 metres", "as deep as 12 feet". Kept in a constant: the bundler
 * compiles a literal with \p{…} to a RegExp built anew each time it is evaluated.
 */
const DIMENSION_BOUND_RE = /^as\s+(\p{Ll}+)\s+as\b/u;

/**
 * The dimension a measure gives: the word right after it ("5 meters deep", "a 12-meter-wide crater") or the
 * noun it completes ("a depth of 5 meters", "5 meters in diameter"), or the bound it is written in ("as long as 50
 * meters"). Lower case; undefined when none.
 */
function attributeOf(text: string, start: number, end: number): string | undefined {
  const bound = DIMENSION_BOUND_RE.exec(text.slice(start, end))?.[1];
  if (bound && isDimension(bound)) return bound;
  const [, after, next] = /^[-\s]*(?:\([^)]{0,40}\)\s*)?(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text.slice(end, end + 60)) ?? [];
  // The first word of a compound noun is no dimension ("a ten-mile front line").
  if (after && isDimension(after) && !(next && lookup(`${after} ${next}`))) return after;
  const before = /\b(\p{Ll}+)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return before && isDimension(before) ? before : undefined;
}

/** Years of a person's age, written "38-year-old", "aged 38", "at the age of 38", "at age 38", "gave his age as 38", "who is 38", or "Gonzalez, 42," after a name. */
const MAX_AGE = 120;

/** A duration in years or decades, the units an age is given in. */
const YEARS_RE = /(?:years?|decades?)$/i;

/** Turns a figure that gives someone's age into an `age` (in years), whatever form it takes. */
function readAge(q: Quantity, text: string): void {
  // A figure in words has its value ("aged six", "fifteen-year-old"); one in digits is read from them.
  // Decades count ten years each ("four decades old" is 40 years old).
  const decades = /decades?$/i.test(q.text);
  const digits = decades ? undefined : /\d+/.exec(q.text)?.[0];
  const inWords = q.kind === 'count' ? q.lo : q.kind === 'duration' && YEARS_RE.test(q.text) ? q.lo / MINUTES.year : NaN;
  const years = digits ? Number(digits) : q.lo === q.hi ? inWords : NaN;
  if (!(years > 0 && years <= MAX_AGE)) return;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  const after = text.slice(q.end, q.end + 8);
  const hyphenated = q.kind === 'duration' && OLD_AFTER_RE.test(after) && YEARS_RE.test(q.text);
  const aged = q.kind === 'count' && (/\b(?:aged|age\s+of|at\s+age|age(?:\s+at\s+(?:death|the\s+time))?\s+(?:as|was|is))\s+$/i.test(before) || /\bwho(?:['’]s|\s+is|\s+was)\s+$/i.test(before) && /^\s*(?:[,.;)]|$)/.test(after));
  const apposed = q.kind === 'count' && /^\d+$/.test(q.text) && /\p{Lu}[\p{L}'’.-]+,\s*$/u.test(before) && /^\s*,/.test(after);
  // "Carr, who died last week, was 63.": a bare number after "is" or "was" that ends a sentence about someone named.
  const stated = q.kind === 'count' && /^\d+$/.test(q.text) && /\b(?:is|was)\s+$/.test(before) && /^\s*(?:[.;]|$)/.test(after)
    && NAMED_SUBJECT.test(text.slice(sentenceStart(text, q.start), q.start));
  // "aged 20-24" is a range of ages.
  const range = aged && q.hi > q.lo && q.hi <= MAX_AGE;
  if (hyphenated || aged || apposed || stated) Object.assign(q, { kind: 'age', lo: years, hi: range ? q.hi : years });
}

/** What follows a duration that gives an age: "-old", " old", and "-olds" for people of that age ("4-year-olds"). */
const OLD_AFTER_RE = /^[-\s]?olds?\b/i;

/** A sentence opening with a name (not an article or a pronoun) and a comma after it: "Carr, who died …, was". */
const NAMED_SUBJECT = /^\s*(?!(?:The|A|An|This|That|These|Those|It|Its|His|Her|Their|He|She|They)\b)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*,/u;

/** How far back the opening of a figure's sentence is looked for. */
const SENTENCE_REACH = 300;

/** Where the sentence holding offset `at` begins: after the last full stop, question or exclamation mark within reach. */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_REACH);
  const ends = [...text.slice(from, at).matchAll(/[.!?]\s+/g)];
  const last = ends[ends.length - 1];
  return last ? from + (last.index ?? 0) + last[0].length : from;
}

/** "12 meters (39 feet)": a measure in brackets right after another converts it, and gives the same dimension. */
function inheritAttributes(qs: Quantity[], text: string): void {
  qs.forEach((q, i) => {
    const prev = qs[i - 1];
    if (prev && !q.attribute && prev.kind === q.kind && /^\s*\(\s*$/.test(text.slice(prev.end, q.start))) {
      if (prev.attribute) q.attribute = prev.attribute;
    }
    if (prev && !prev.attribute && q.attribute && prev.kind === q.kind && /^\s*\(\s*$/.test(text.slice(prev.end, q.start))) prev.attribute = q.attribute;
  });
}

/** Scale, unit and currency words say nothing about what is counted. */
const UNIT_STEMS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'percent', 'cent', 'long',
  'second', 'minut', 'hour', 'day', 'week', 'month', 'year', 'decad', 'dollars', 'euros', 'pounds', 'rubles', 'roubles']
  .map((w) => stem(w)));

/** Content stems just before and after a quantity: what it counts. */
function contextOf(text: string, start: number, end: number): string[] {
  const keep = (t: { norm: string }): boolean => !/^\d/.test(t.norm) && !UNIT_STEMS.has(t.norm);
  // What is counted usually follows the figure ("30 foreign leaders"); otherwise it precedes it ("losses of $4.5 trillion").
  const after = tokenize(text.slice(end, end + 60).split(/[.;!?]\s/)[0]).filter(isContent).filter(keep).slice(0, 3);
  if (after.length) return after.map((t) => t.norm);
  return tokenize(text.slice(Math.max(0, start - 40), start)).filter(isContent).filter(keep).slice(-2).map((t) => t.norm);
}

/**
 * "one" that picks a member or stands for a noun or for anyone rather than counting:
 * "one of the senators", "one another", "no one", "the one who", "an old one", "the latest one", "not an easy one
 * to read" (an article and a modifier before it, and no noun after it), and "whatever one thinks", "One can only
 * hope" (the generic person).
 */
function isPronounOne(word: string, text: string, start: number, end: number): boolean {
  if (word.toLowerCase() !== 'one') return false;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 10);
  return /^\s+(?:of|another|who|that|which)\b/i.test(after) || MODAL_VERBS.has(/^\s+([a-z]+)\b/i.exec(after)?.[1]?.toLowerCase() ?? '')
    || /\b(?:no|the|any|every|each|this|that|which|someone|anyone|whatever|however)\s+$/i.test(before)
    || /\b(?:an?|the|this|that|another|every|each)\s+\p{Ll}+\s+$/iu.test(before) && /^(?:\s*[.,;:!?)]|\s*$|\s+to\s)/u.test(after);
}

/** Largest spelled-out count that a definite noun phrase uses to refer back ("the two leaders"). */
const ANAPHORIC_COUNT_MAX = 10;
/** Plural nouns without a final "s". */
const IRREGULAR_PLURALS = /^(?:people|men|women|children|media|staff|police)\b/;

/**
 * "the two countries", "these three men", "the final three majors": a definite
 * article or demonstrative (and at most one modifier) with a small spelled-out
 * number and a plural noun refers back to things
 * already listed (two named countries), so a source that lists them need not
 * state the count. A bare "two countries", or a unit ("the two-hour call"),
 * is an ordinary figure.
 */
function isDefiniteCount(word: string, text: string, start: number, end: number): boolean {
  const v = wordValue(word);
  if (!(v >= 2 && v <= ANAPHORIC_COUNT_MAX)) return false;
  const noun = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(end, end + 30))?.[1];
  const plural = !!noun && (/[^s]s$/.test(noun) || IRREGULAR_PLURALS.test(noun));
  // One adjective may stand between ("the final three majors", "the other two players"), not a noun ("put the
  // mayor eight points ahead").
  const before = /\b(?:the|these|those)(?:\s+(\p{Ll}+))?\s+$/iu.exec(text.slice(Math.max(0, start - 24), start));
  return plural && !!before && (!before[1] || hasPos(before[1].toLowerCase(), 'a'));
}

/** Roman numerals of two or more letters (a lone "I" or "V" is too often a word or an initial). */
const ROMAN_RE = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    total += i + 1 < s.length && ROMAN_VALUES[s[i + 1]] > v ? -v : v;
  }
  return total;
}

/** A capitalised number word or Roman numeral right after a capitalised word: "World War Two", "Charles III". */
const NAMED_NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})\\s+`
    + `(?<num>[IVX]{2,}|${UNITS.slice(1).map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);

/**
 * Numbers that complete a proper name ("World War Two", "World War II",
 * "Charles III") identify the named thing rather than count anything. They
 * are read as ordinals whose context is the name, so "World War Four" and
 * "World War II" are compared, and never as counts of the next noun.
 */
function namedNumbers(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(NAMED_NUMBER_RE)) {
    const g = m.groups as Groups;
    const num = g.num ?? '';
    const isWord = /^\p{Lu}\p{Ll}+$/u.test(num);
    if (!isWord && !ROMAN_RE.test(num)) continue;
    const v = isWord ? wordValue(num) : romanValue(num);
    if (!Number.isFinite(v) || v <= 0) continue;
    const start = (m.index ?? 0) + m[0].length - num.length;
    const context = tokenize(g.name ?? '').filter(isContent).map((t) => t.norm);
    out.push({ start, end: start + num.length, text: num, kind: 'ordinal', lo: v, hi: v, context, named: true });
  }
  return out;
}

/**
 * "one in four", "3 out of 10", "one in every five", "nineteen of every twenty", "one county in three", "one out of
 * every $6": a share, not two counts. What is counted may stand between the two figures (see {@link sharedThing}).
 */
const PROPORTION_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?<a>\\d{1,3}|${NUM_WORDS})\\s+(?<what>(?:[a-z]+\\s+){1,2}?)??(?:(?:in|out\\s+of)\\s+(?:every\\s+)?|of\\s+every\\s+)\\$?(?<b>\\d{1,4}|${NUM_WORDS})\\b`, 'giu');

/** Words that may follow "one county in three" when the share is the subject or object of a clause. */
const AFTER_SHARE = new Set(['in', 'of', 'to', 'for', 'on', 'at', 'and', 'or', 'but', 'who', 'that', 'which', 'would', 'will', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'now', 'still']);

/**
 * Is "one county in three" a share of counties, not one county in three of something else ("one player in two
 * games")? The words between are nouns, and after the second figure the phrase ends: a punctuation mark, a verb or a
 * word of {@link AFTER_SHARE}, never a noun that the second figure would count.
 */
function sharedThing(text: string, what: string, end: number): boolean {
  if (!what.trim().split(/\s+/).every((w) => hasPos(w.toLowerCase(), 'n'))) return false;
  const [next, then] = (/^\s*([\p{L}']+)(?:\s+([\p{L}']+))?/u.exec(text.slice(end)) ?? []).slice(1).map((x) => x?.toLowerCase());
  if (!next || AFTER_SHARE.has(next)) return true;
  // A verb ends the phrase; a plural noun is what the second figure counts. A word in "-s" that may be either is
  // a noun when a verb follows it ("one player in two games scored"), a verb otherwise ("one home in three lives on").
  const plural = hasPos(next, 'n') && next.endsWith('s') && !!then && hasPos(then, 'v') && !AFTER_SHARE.has(then);
  return hasPos(next, 'v') && !plural;
}


/** Denominators of fractions written out ("a third", "two-fifths", "three fourths"), by their word's stem. */
const DENOMINATORS: Record<string, number> = { half: 2, halve: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, twelfth: 12, twentieth: 20, hundredth: 100, thousandth: 1000 };

/** Verbs of cutting, which "in half" may follow: "cut in half", "slashed costs in half" (not "split in half", two parts). */
const CUT_VERBS = '(?:cut|cuts|cutting|slashed|slashes|slashing|reduced|reduces|reducing)';
/** A verb of cutting and what it cuts (up to three words) before "in half": "cut the combined staff in half". */
const CUT_OBJECT = `${CUT_VERBS}\\s+(?:[\\p{L}'’-]+\\s+){0,3}?`;
const CUT_IN = `${CUT_OBJECT}in\\s+`;

/** A fraction's numerator, and its denominator word ("a", "two"; "thirds", "half"). */
const NUMERATOR = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|\\d)';
const DENOMINATOR = `(?:halves|half|(?:${Object.keys(DENOMINATORS).slice(2).join('|')})s?)`;

/**
 * A fraction of something: "half of", "half the", "half that", "one third of", "a quarter of its", "two-thirds of"; or a
 * change by a fraction: "a fifth fewer votes", "rose by half", "cut by a third", "cut in half". A numerator is needed except
 * for "half" ("the third of five children" is an ordinal), and a fraction of a unit ("a quarter of an hour",
 * "half of a mile") is a measure, not a share.
 */
const FRACTION_RE = new RegExp(
  // A dash written as a hyphen may stand before the numerator ("of promise-a third of our counties").
  `(?:(?<![\\p{L}\\p{N}-])|(?<=\\p{L}-)(?=(?:a|an|one)\\s))(?<by>by\\s+|(?<=\\b${CUT_OBJECT})in\\s+(?=half\\b))?(?:(?<fa>${NUMERATOR})[-\\s]+)?(?<fb>${DENOMINATOR})`
  + '(?=\\s+of\\s+(?!an?\\s+(?!percent\\b|per cent\\b))|\\s+(?:the|its|their|his|her|our|all|them|those|these|that)\\b'
  + '|\\s+(?:fewer|more|less|higher|lower|larger|smaller|bigger|greater|below|above)\\b'
  // A fraction standing for its part of a whole named before it ("Of the 12 million serving, one-half have been released"),
  // not the half that ends a mixed figure ("the past year and a half had been").
  + '|(?<!\\band[-\\s]+(?:an?|one)[-\\s]+half)\\s+(?:have|has|had|are|is|were|was|will|would)\\b'
  // A fraction with its numerator that ends a clause is a share of what was named before ("the board paid two-thirds
  // and a charity the rest", "with the board paying a third."); "the third" stays an ordinal, "a year and a half" a time.
  + `|(?<!\\band[-\\s]+(?:an?|one)[-\\s]+half)(?<=\\b${NUMERATOR}[-\\s]+${DENOMINATOR})(?:\\s*[,.;:!?)]|\\s+(?:and|or|but)\\b)`
  + `|(?<=\\bby\\s+(?:${APPROX}\\s+)?\\S+(?:\\s+\\S+)?|\\b${CUT_IN}half)(?:\\s*(?:[,.;:!?)\\u2014\\u2013]|$)|\\s+(?:in|by|since|over|from|to|between|after|before|during|last|this|compared|and|or|but|while|as|on|at|within|among)\\b))`, 'giu');

/**
 * Words right before a fraction: an approximator ("nearly half", "more than two-thirds"), which makes it an
 * estimate or a bound, or a word that makes it a part of a period or a whole ("the second half of 2015").
 */
const BEFORE_SHARE_RE = new RegExp(`\\b(?:${APPROX}|first|second|latter|former|other)\\s+$`, 'i');

/**
 * The approximator before a fraction, with its offset in `text` (its stressing words, "just half", are none); null
 * when the words before leave the fraction out; undefined when nothing qualifies it.
 */
function shareLead(text: string, start: number): { word: string; at: number } | null | undefined {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = BEFORE_SHARE_RE.exec(before);
  const word = m?.[0].trim();
  if (!m || !word) return undefined;
  if (!APPROX_RE.test(word)) return null;
  const [lo, hi] = approximate(word, 1);
  return lo === 1 && hi === 1 ? undefined : { word, at: start - before.length + m.index };
}
const APPROX_RE = new RegExp(`^${APPROX}$`, 'i');

/** A percentage after a fraction: " of one percent", " of a per cent", " of 1%". */
const PERCENT_OF_RE = new RegExp(`^\\s+of\\s+(an?|\\d+(?:\\.\\d+)?|${NUM_WORDS})\\s*(?:%|percent\\b|per cent\\b)`, 'i');

/** Shares written as "one in four" or as a fraction ("a third of"), as percentages (25%). */
function proportions(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(FRACTION_RE)) {
    const g = m.groups as Groups;
    const numerator = g.fa ? countValue(g.fa) : 1;
    const denominator = DENOMINATORS[(g.fb ?? '').toLowerCase().replace(/s$/, '')];
    const start = (m.index ?? 0) + (g.by?.length ?? 0);
    // "cut almost in half": the approximator stands before "in".
    const lead = g.by && /^in\s/i.test(g.by) ? shareLead(text, m.index ?? 0) : shareLead(text, start);
    if (!g.fa && !/^half$/i.test(g.fb ?? '') || !(numerator > 0 && numerator < denominator) || lead === null) continue;
    let end = (m.index ?? 0) + m[0].length;
    let share = (100 * numerator) / denominator;
    // A fraction of a percentage is a percentage: "half of one percent" is 0.5%.
    const ofPercent = PERCENT_OF_RE.exec(text.slice(end));
    if (ofPercent) {
      share = (countValue(ofPercent[1]) * numerator) / denominator;
      end += ofPercent[0].length;
    }
    // "more than two-thirds of adults" is a bound, "nearly half" an estimate, as "more than 66 percent" would be.
    out.push({ ...shareAt(text, lead ?? undefined, start, end, share), ...(g.by ? { change: true as const } : {}) });
  }
  for (const m of text.matchAll(PROPORTION_RE)) {
    const g = m.groups as Groups;
    const [a, b] = [figureValue(g.a ?? ''), figureValue(g.b ?? '')];
    if (!(a > 0) || !(b > a) || b > 1000) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (g.what && !sharedThing(text, g.what, end)) continue;
    // "about one county in three" is an estimate, as "about a third" is.
    out.push({ ...shareAt(text, shareLead(text, at) ?? undefined, at, end, (100 * a) / b), parts: [a, b] });
  }
  return out;
}

/** A share of `share` percent written from `start` to `end`, graded by the approximator before it, if any. */
function shareAt(text: string, lead: { word: string; at: number } | undefined, start: number, end: number, share: number): Quantity {
  const from = lead?.at ?? start;
  const [lo, hi] = approximate(lead?.word, share);
  const bound = boundOf(lead?.word);
  const estimate = isEstimate(lead?.word) ? share : undefined;
  return { start: from, end, text: text.slice(from, end), kind: 'percent', lo, hi, ...(bound ? { bound } : {}), ...(estimate !== undefined ? { estimate } : {}), context: contextOf(text, from, end), fraction: true };
}

/** Verbs that multiply what they act on, by their stem, with the factor. */
const FACTOR_VERBS: Record<string, number> = { halv: 0.5, doubl: 2, tripl: 3, quadrupl: 4 };

/**
 * A change by a factor written as a verb: "tripled the budget", "will double spending", "halved". The bare form
 * counts after "to", a modal or a subject pronoun, where it can only be a verb ("would double over five years", "we
 * triple spending"), or after a comma or "and" before a possessive, as the next verb of a list ("we will renew the
 * programme, double its staff"); none counts in a phrase of another sense ("doubled down", "double-check",
 * "doubled over").
 */
const FACTOR_STEMS = Object.keys(FACTOR_VERBS).join('|');
const FACTOR_RE = new RegExp(
  `\\b(?:(?<stem>${FACTOR_STEMS})(?:ed|es|ing)|(?<=\\b(?:${['to', 'we', 'they', 'i', 'you', ...MODAL_VERBS].join('|')})\\s+)(?<bare>${FACTOR_STEMS})e`
  + `|(?<=(?:,|\\band)\\s+)(?<listed>${FACTOR_STEMS})e(?=\\s+(?:its|their|his|her|our|your)\\b))`
  + '(?![-\\w]|\\s+(?:down|up|back|as)\\b|\\s+over\\s+(?:in|with)\\b)', 'gi');

/**
 * A multiple written as a figure: "four times as much", "twice that amount", "five times its present level", "three
 * times what it is today", "a threefold rise", and "double" or "triple" after a copula, an approximator or "or" ("would
 * be roughly triple today's", "$199, or double the plastic model's price"). "Times" and "twice" count only before what
 * the multiple compares with, so a rate ("three times a week", "twice a year") or a count of events ("vetoed it
 * twice") is none.
 */
const MULTIPLE_RE = new RegExp(
  `\\b(?:(?:(?<times>\\d+(?:\\.\\d+)?|${NUM_WORDS})[-\\s]+times|(?<twice>twice))(?=\\s+(?:as|what|the|its|their|his|her|our|that|this|those|more|higher|larger|greater|bigger|faster|\\p{L}+['’]s)\\b)`
  + `|(?<fold>${NUM_WORDS})-?fold\\b`
  + `|(?<=\\b(?:is|are|was|were|be|been|being|or|${APPROX})\\s+)(?<adj>double|triple|quadruple)(?=\\s+(?:the|its|their|his|her|our|that|this|what|\\p{L}+['’]s)\\b))`, 'giu');

/** An approximator right before a factor verb ("more than doubled", "nearly tripled"). */
const APPROX_BEFORE = new RegExp(`\\b(?<approx>${APPROX})\\s+$`, 'i');

/** Changes by a factor written as verbs ("tripled", "more than doubled") or as multiples: a factor, compared only with another. */
function factors(text: string): Quantity[] {
  return [...text.matchAll(FACTOR_RE), ...text.matchAll(MULTIPLE_RE)].map((m) => {
    const end = (m.index ?? 0) + m[0].length;
    const g = m.groups ?? {};
    const written = g.twice ? '2' : g.times ?? g.fold;
    const factor = written ? figureValue(written) : FACTOR_VERBS[(g.stem ?? g.bare ?? g.listed ?? g.adj ?? '').toLowerCase().replace(/e$/, '')];
    const approx = APPROX_BEFORE.exec(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index))?.groups?.approx;
    const start = (m.index ?? 0) - (approx ? approx.length + 1 : 0);
    const [lo, hi] = approximate(approx, factor);
    const bound = boundOf(approx);
    return { start, end, text: text.slice(start, end), kind: 'factor' as const, lo, hi, ...(bound ? { bound } : {}), context: contextOf(text, start, end) };
  });
}

/** A vote told as "nine votes to four" or "by 52 votes to 48". */
const VOTES_TO_RE = new RegExp(`\\b(?<a>\\d+|${NUM_WORDS})\\s+votes?\\s+to\\s+(?<b>\\d+|${NUM_WORDS})\\b`, 'giu');

/** Votes told with "votes to" ("nine votes to four"): a tally, as "voted 9 to 4" is. */
function voteTallies(text: string): Quantity[] {
  return [...text.matchAll(VOTES_TO_RE)].map((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const first = figureValue(m.groups?.a ?? '');
    return { start, end, text: m[0], kind: 'tally' as const, lo: first, hi: first, second: figureValue(m.groups?.b ?? ''), context: contextOf(text, start, end) };
  });
}

/** Words before a time of day that say it is one ("at 5:30", "shortly before 9:15"); {@link clockInterval} gives what each allows. */
const CLOCK_CUE = '(?<cue>(?:at|by|from|until|till|around|about|approximately|roughly|shortly\\s+(?:after|before)|just\\s+(?:after|before)|before|after|since)\\s+)';
/** An hour in digits or words ("5", "five"). */
const CLOCK_HOUR = `\\d{1,2}|${UNITS.slice(1, 13).join('|')}`;
/**
 * A time of day: "3:30 pm", "5:30 p.m.", "10am", "9.15pm", "four in the afternoon", "15:30 GMT", "at 5:30",
 * "six o'clock", "noon", "half past two in the morning", "a quarter to six o'clock". A clock figure without a.m.
 * or p.m. needs a word before it that makes it a time ("at 5:30"), so "John 3:16" stays out.
 */
const CLOCK_RE = new RegExp(
  `(?<![\\p{L}\\p{N}:.,])${CLOCK_CUE}?(?:(?<part>half|(?:a\\s+)?quarter)\\s+(?<dir>past|to)\\s+)?(?:`
    + `(?<h>${CLOCK_HOUR})(?:[:.](?<m>[0-5]\\d))?`
    + `(?<mer>\\s?[ap]\\.?\\s?m\\b\\.?|\\s+in\\s+the\\s+(?:morning|afternoon|evening)\\b|\\s+at\\s+night\\b)`
    + `|(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)(?![\\d:])`
    + `|(?<hw>${CLOCK_HOUR})\\s+o['’]clock\\b`
    + `|(?<noon>noon|midday|midnight)\\b`
    + `)(?:\\s+(?<zone>GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|local\\s+time))?`,
  'giu',
);
/** How far "about 5:30" may be from 5:30, in minutes; "shortly after" allows this much after. */
const CLOCK_SLACK = 20;
const HALF_DAY = 720;

/** Times of day in `text`, in minutes after midnight. */
function clockTimes(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(CLOCK_RE)) {
    const g = m.groups as Groups;
    const cue = (g.cue ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    let minutes: number;
    let halfDay = false;
    if (g.noon) minutes = /midnight/i.test(g.noon) ? 0 : HALF_DAY;
    else if (g.h !== undefined) {
      const h = figureValue(g.h);
      if (!(h >= 1 && h <= 12)) continue;
      const mer = (g.mer ?? '').trim().toLowerCase();
      // "at night" is the evening up to midnight, the small hours after it ("2 at night").
      const pm = /^p|afternoon|evening/.test(mer) || /night/.test(mer) && h >= 5 && h < 12;
      minutes = (h % 12) * 60 + Number(g.m ?? 0) + (pm ? HALF_DAY : 0);
    } else if (g.h24 !== undefined) {
      if (!cue && !g.zone) continue;
      const h = Number(g.h24);
      minutes = h * 60 + Number(g.m24);
      halfDay = h >= 1 && h <= 12 && !g.h24.startsWith('0');
    } else {
      const h = figureValue(g.hw ?? '');
      if (!(h >= 1 && h <= 12)) continue;
      minutes = (h % 12) * 60;
      halfDay = true;
    }
    // "half past two", "a quarter to noon".
    if (g.part) minutes += (/half/i.test(g.part) ? 30 : 15) * (/to/i.test(g.dir ?? '') ? -1 : 1);
    const [lo, hi, bound] = clockInterval(cue, minutes);
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({
      start, end, text: m[0], kind: 'time', lo, hi, context: contextOf(text, start, end),
      ...(bound ? { bound } : {}), ...(halfDay ? { halfDay } : {}), ...(g.zone ? { zone: g.zone.toUpperCase().replace(/\s+/g, ' ') } : {}),
    });
  }
  return out;
}

/** The minutes a time of day allows after its cue ("about 5:30", "by 6:00"), and the bound a cue gives. */
function clockInterval(cue: string, t: number): [number, number, Quantity['bound']?] {
  switch (cue) {
    case 'about': case 'around': case 'approximately': case 'roughly':
      return [t - CLOCK_SLACK, t + CLOCK_SLACK];
    case 'shortly after': case 'just after':
      return [t, t + CLOCK_SLACK];
    case 'shortly before': case 'just before':
      return [t - CLOCK_SLACK, t];
    case 'after': case 'since': case 'from':
      return [t, Infinity, 'lower'];
    case 'before': case 'by': case 'until': case 'till':
      return [0, t, 'upper'];
    default:
      return [t, t];
  }
}

/** Can two times of day both hold? One written without a.m. or p.m. may be in either half of the day. */
function clockCompatible(a: Quantity, b: Quantity): boolean {
  if (a.zone && b.zone && a.zone !== b.zone) return true;
  const overlap = (x: Quantity, shift: number): boolean => x.lo + shift <= b.hi && b.lo <= x.hi + shift;
  if (overlap(a, 0)) return true;
  return !!(a.halfDay || b.halfDay) && (overlap(a, HALF_DAY) || overlap(a, -HALF_DAY));
}

/**
 * Finds quantities in `text`, skipping `exclude` spans (dates and years are
 * handled by the date detector) and bare four-digit years.
 */
/** A form of "add" right before "up to": "that adds up to". */
const ADD_BEFORE_RE = /\badd(?:s|ed|ing)?\s+$/i;

export function extractQuantities(text: string, exclude: Span[] = []): Quantity[] {
  const named = [...namedNumbers(text), ...proportions(text), ...clockTimes(text), ...factors(text), ...voteTallies(text)].filter((q) => !exclude.some((x) => x.start < q.end && q.start < x.end));
  const out: Quantity[] = [...named];
  const skip = [...exclude, ...named];
  for (const m of text.matchAll(QUANTITY_RE)) {
    const g = { ...m.groups } as Groups;
    let start = m.index ?? 0;
    let matched = m[0];
    // An approximator never grades an ordinal ("a person close to First Look"): the ordinal stands alone. And
    // "adds up to 44 million" is a total, not a bound: "up" is the verb's particle; nor is "under" before a measure
    // of a stuff ("buried under ten inches of snow"), which says where.
    const lead = g.approx?.toLowerCase();
    if (g.approx && (g.ord || g.ordword || lead === 'up to' && ADD_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))
      || lead === 'under' && g.measure && /^\s+of\s/i.test(text.slice(start + matched.length, start + matched.length + 4)))) {
      const rest = matched.slice(g.approx.length).replace(/^\s+/, '');
      start += matched.length - rest.length;
      matched = rest;
      g.approx = undefined;
    }
    // An ordinal century ("the 13th century") dates; it is no length of time, so the unit stays out of the figure.
    if ((g.ord || g.ordword) && g.unit && durationUnit(g.unit) === 'century') {
      matched = matched.slice(0, matched.indexOf(g.unit));
      g.unit = undefined;
    }
    const end = start + matched.length;
    if (skip.some((x) => x.start < end && start < x.end)) continue;
    if (g.num && !g.scale && !g.unit && !g.ord && g.num2 === undefined && /^(1[89]|20)\d\d$/.test(g.num)) continue;
    // A list's enumerator ("4. MUTUAL TRADE Fourth: ...") and a label after "number" ("Number three, women can't
    // be charged more") count nothing.
    if (g.num && !g.scale && !g.unit && !g.approx && !g.currency && /^[\s#*>-]*$/.test(text.slice(0, start)) && /^[.)]\s/.test(text.slice(end, end + 2))) continue;
    if ((g.num || g.word) && !g.unit && !g.approx && /\bnumber\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (g.word && !g.approx && !g.wscale && !g.unit && isPronounOne(g.word, text, start, end)) continue;
    const base = baseValue(g);
    if (!base) continue;
    // "218 to 214" is a tally after "margin of" or "vote of", otherwise a range ("20 to 30 people").
    const before = text.slice(Math.max(0, start - 40), start);
    const tally = g.num2 !== undefined && ((g.sep ?? '').trim() !== 'to' || TALLY_BEFORE.test(before))
      && (TALLY_CONTEXT.test(text.slice(end, end + 40)) || TALLY_BEFORE.test(before));
    const q = { ...base };
    // A rank after "No." is an ordinal: "ranked at No. 248" is "248th".
    if (q.kind === 'count' && g.num && !g.scale && !g.unit && !g.approx && /\bNo\.\s*$/.test(before)) q.kind = 'ordinal';
    if (tally) {
      const first = parseNumber(g.num ?? '0');
      Object.assign(q, { kind: 'tally', lo: first, hi: first, second: base.second });
    }
    // "5.9 billion dollars", and "a 5.9 billion dollar deficit", where the currency qualifies a noun after a scale.
    const currencyWord = /^\s+(?:of\s+|in\s+)?(dollars|euros|pounds|rubles|roubles)\b/i.exec(text.slice(end, end + 20))?.[1]
      ?? (g.scale || g.wscale ? /^[\s-]+(dollar|euro)[\s-]+\p{L}/iu.exec(text.slice(end, end + 20))?.[1] : undefined);
    applyUnit(q, g.unit ?? (currencyWord ? ' dollars' : undefined), g.measure);
    // "pounds" with no pound sign, right after a word of weighing, is a weight.
    if (q.kind === 'money' && !g.currency && /pounds/i.test(g.unit ?? currencyWord ?? '') && WEIGHT_BEFORE.test(before)) {
      Object.assign(q, { kind: 'mass', lo: q.lo * KG_PER_POUND, hi: q.hi * KG_PER_POUND });
    }
    if (q.kind === 'duration' && g.unit) {
      const extra = g.uhalf ? 0.5 * (durationMinutes(g.unit) ?? 0)
        : g.morenum && g.moreunit ? figureValue(g.morenum) * (durationMinutes(g.moreunit) ?? 0) : 0;
      q.lo += extra;
      q.hi += extra;
    }
    const currency = q.kind === 'money' ? currencyOf(g.currency ?? g.unit ?? currencyWord) : undefined;
    // "$36 billion over five years": "over" after a figure gives the period it is spread across, not a bound.
    const overAfterFigure = q.kind === 'duration' && /^over$/i.test(g.approx ?? '') && SPREAD_BEFORE.test(`${before}over `);
    const spread = overAfterFigure || q.kind === 'duration' && !g.approx && SPREAD_BEFORE.test(before);
    const approx = overAfterFigure ? undefined : negatedBound(g.approx, before);
    const bound = tally || g.vague ? undefined : boundOf(approx);
    const estimate = !tally && !g.vague && g.num2 === undefined && q.lo === q.hi && isEstimate(approx) ? q.lo : undefined;
    const exactHi = q.hi;
    if (!tally) {
      const [alo] = approximate(approx, q.lo);
      const [, ahi] = approximate(approx, q.hi);
      q.lo = alo;
      q.hi = ahi;
    }
    const anaphoric = !!g.word && !g.approx && !g.wscale && !g.unit && isDefiniteCount(g.word, text, start, end);
    const measure = MEASURE_KINDS.has(q.kind);
    const attribute = measure ? attributeOf(text, start, end) : undefined;
    const figure: Quantity = {
      ...q, ...(bound ? { bound } : {}), ...(anaphoric ? { anaphoric } : {}), ...(attribute ? { attribute } : {}),
      ...(measure && g.measure ? { unit: g.measure.toLowerCase() } : {}), ...(q.kind === 'duration' && g.unit ? { unit: durationUnit(g.unit) } : {}),
      ...(currency ? { currency } : {}), ...(estimate !== undefined ? { estimate } : {}), ...(g.vague ? { vague: true as const } : {}),
      ...(spread ? { spread: true as const } : {}),
      start, end, text: matched, context: contextOf(text, start, end),
    };
    out.push(...(tally ? [figure] : fromTo(g.num2 !== undefined ? { ...figure, range: true } : figure, g, text, exactHi, approx)));
  }
  out.sort((a, b) => a.start - b.start);
  inheritListUnits(out, text);
  joinBetween(out, text);
  for (let i = 0; i < out.length; i++) out[i] = trailingBound(out[i], text);
  inheritAttributes(out, text);
  for (const q of out) {
    readAge(q, text);
    readAnniversary(q, text);
  }
  return out;
}

/** "the 250th anniversary of his birth" is 250 years since it. */
function readAnniversary(q: Quantity, text: string): void {
  if (q.kind !== 'ordinal' || !/^\s+anniversary\b/i.test(text.slice(q.end, q.end + 13))) return;
  Object.assign(q, { kind: 'duration', lo: q.lo * MINUTES.year, hi: q.hi * MINUTES.year, unit: 'year' });
}

/**
 * "from 175,000 to 15,000": a pair written high to low is a change from one value to another, never a range
 * (a range runs low to high: "15 to 18 percent"). So is a pair after "from" ("grew from 2 million to 7
 * million"; not "ranging from"), and one whose first figure is a bound ("over 2,000,000 to 7,000,000"): a
 * bound opens no range. It gives two figures, each with the unit written after the second ("fell from 40 to 25
 * percent"); the first keeps its approximator. `exactHi` is the pair's larger figure before approximators.
 */
function fromTo(q: Quantity, g: Groups, text: string, exactHi: number, approx: string | undefined): Quantity[] {
  if (g.num === undefined || g.num2 === undefined || (g.sep ?? '').trim() !== 'to' || q.second === undefined) return [q];
  const [first, second] = [parseNumber(g.num), parseNumber(g.num2)];
  const change = first > second || !!q.bound || changeFrom(text, q.start);
  if (!change || exactHi === 0 || first === second) return [q];
  const size = exactHi / Math.max(first, second);
  const cut = q.text.search(/\s+to\s+/);
  const secondAt = q.start + q.text.indexOf(g.num2, cut);
  const { second: _second, range: _range, bound, estimate: _estimate, ...rest } = q;
  const one = ([lo, hi]: [number, number], start: number, end: number, bounded?: Quantity['bound']): Quantity =>
    ({ ...rest, ...(bounded ? { bound: bounded } : {}), lo, hi, start, end, text: text.slice(start, end), context: contextOf(text, start, end) });
  return [one(approximate(approx, first * size), q.start, q.start + cut, bound), one([second * size, second * size], secondAt, q.end)];
}

/**
 * "from" before a pair of figures, with at most two words between ("from a little over"), but not "ranging from": the
 * pair is a change, not a range. FROM_BEFORE asks less ("from" right before, "ranging from" too), because a range's
 * start takes the unit of its end as a change's does.
 */
const CHANGE_FROM = /(?<!\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|anything)\s+)\bfrom\s+(?:\p{L}+\s+){0,2}$/iu;
/** Whether a pair of figures starting at `start` is a change from one value to another ("grew from 2 to 7 million"). */
const changeFrom = (text: string, start: number): boolean => CHANGE_FROM.test(text.slice(Math.max(0, start - 30), start));

/**
 * A list of bare numbers ending in one with a percent sign or word takes it: "12, 25 or 35 percent" gives
 * percentages throughout, not counts ("between 15 and 18 percent" then makes one range: see joinBetween). A change
 * from a percentage leaves the unit off its end: "down from 12.4 percent to 8.9" ends at 8.9 percent; a change to
 * a sum leaves it off its start: "from 500 to $1,000" starts at $500.
 */
function inheritListUnits(out: Quantity[], text: string): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const [q, next] = [out[i], out[i + 1]];
    const change = (): boolean => FROM_BEFORE.test(text.slice(Math.max(0, q.start - 6), q.start)) && /^\s+to\s+$/.test(text.slice(q.end, next.start));
    if (q.kind === 'percent' && next.kind === 'count' && BARE_NUMBER.test(next.text) && change()) out[i + 1] = { ...next, kind: 'percent' };
    // "from 500 to $1,000", "from seven hundred and fifty to a thousand dollars": the change starts in the sum's
    // currency (a scale after the sum's figure, "from 5 to $10 billion", is the start's too: see sharedScale).
    if (q.kind === 'count' && next.kind === 'money' && (BARE_NUMBER.test(q.text) || NUMBER_IN_WORDS.test(q.text))
      && (!SCALE_WORD.test(next.text) || ONE_OF_SCALE.test(next.text)) && change()) {
      out[i] = { ...q, kind: 'money', ...(next.currency ? { currency: next.currency } : {}) };
    }
    if (q.kind !== 'count' || next.kind !== 'percent' || !BARE_NUMBER.test(q.text) || !LIST_JOINER.test(text.slice(q.end, next.start))) continue;
    out[i] = { ...q, kind: 'percent' };
  }
}

/** "from" right before a figure: it opens a change ("from 12.4 percent to 8.9"). */
export const FROM_BEFORE = /\bfrom\s+$/i;

/**
 * "between $13 and $18", "between 20 and 24", "$4,000 to $5,000": one range from the first figure to the second,
 * which any value inside it agrees with, where two figures would each be contradicted by the other side's one
 * value. A pair written high to low is a change, not a range (see fromTo).
 */
function joinBetween(out: Quantity[], text: string): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const next = out[i + 1];
    const gap = text.slice(out[i].end, next.start);
    const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, out[i].start - 9), out[i].start)) && /^\s+and\s+$/.test(gap);
    const shared = between || /^\s+to\s+$/.test(gap) ? sharedScale(out[i], next) : out[i];
    const q = between ? sharedUnit(shared, next) : shared;
    if (q.kind !== next.kind || !AMOUNT_KINDS.has(q.kind) || q.bound || next.bound || q.range || next.range) continue;
    if (!between && !(/^\s+to\s+$/.test(gap) && q.hi < next.lo)) continue;
    // A change keeps its two figures, the first in the second's scale ("from five to ten billion dollars").
    if (!between && changeFrom(text, out[i].start)) { out[i] = q; continue; }
    out.splice(i, 2, { ...next, lo: Math.min(q.lo, next.lo), hi: Math.max(q.hi, next.hi), range: true, start: q.start, text: text.slice(q.start, next.end), context: contextOf(text, q.start, next.end) });
  }
}

/**
 * The first end of a range that leaves its scale and unit to the second: "$10 and $12 billion" and "ten to twelve
 * billion dollars" run from 10 to 12 billion dollars. The first end is a bare number, or a sum without a scale, below
 * the second's number.
 */
function sharedScale(q: Quantity, next: Quantity): Quantity {
  const scale = SCALE_WORD.exec(next.text)?.[1].toLowerCase();
  if (!scale || SCALE_WORD.test(q.text) || q.bound || q.lo !== q.hi) return q;
  const bare = q.kind === 'count' && (BARE_NUMBER.test(q.text) || !Number.isNaN(wordValue(q.text)));
  if (!bare && !(q.kind === 'money' && next.kind === 'money')) return q;
  const value = q.lo * SCALE_VALUE[scale];
  return value < next.lo ? { ...next, start: q.start, end: q.end, text: q.text, lo: value, hi: value } : q;
}

/**
 * The first end of "between" that leaves its unit to the second: "between 5 and 6 centimetres" and "between two
 * and three hours" run from 5 to 6 centimetres and from two to three hours. The first end is a bare number.
 */
function sharedUnit(q: Quantity, next: Quantity): Quantity {
  if (q.kind !== 'count' || q.lo !== q.hi || q.bound || !(BARE_NUMBER.test(q.text) || !Number.isNaN(wordValue(q.text)))) return q;
  if (next.kind === 'count' || next.lo !== next.hi || next.bound || SCALE_WORD.test(next.text)) return q;
  // In the second end's unit: 5 is to 0.05 m as the 6 written in "6 centimetres" is to 0.06 m.
  const written = figureValue(LEADING_FIGURE.exec(next.text)?.[0] ?? '');
  if (!(written > 0)) return q;
  const value = Number(((q.lo * next.lo) / written).toPrecision(12));
  return { ...next, start: q.start, end: q.end, text: q.text, lo: value, hi: value };
}

/** The number a figure's text opens with, in digits or in words ("6" of "6 centimetres", "three" of "three hours"). */
const LEADING_FIGURE = new RegExp(`^(?:\\d[\\d,]*(?:\\.\\d+)?|${NUM_WORDS})(?![\\p{L}\\d])`, 'iu');

/** A scale word in a figure's text ("$12 billion", "twelve billion dollars"). */
const SCALE_WORD = new RegExp(`\\b(${SCALE})\\b`, 'i');

/**
 * A bound written after the figure: "25 years at most", "20 people or more", "$5 million or less". The figure
 * keeps its text; its interval opens on the bound's side. A figure already approximated keeps its reading.
 */
function trailingBound(q: Quantity, text: string): Quantity {
  if (q.bound || q.range || !AMOUNT_KINDS.has(q.kind) || q.lo !== q.hi) return q;
  const after = TRAILING_BOUND.exec(text.slice(q.end, q.end + 20))?.[1].toLowerCase();
  if (!after) return q;
  return /more|least/.test(after) ? { ...q, hi: Infinity, bound: 'lower' } : { ...q, lo: 0, bound: 'upper' };
}

/** "at most", "at the most", "or less", "or fewer", "or more", "at least", "at the least" right after a figure (and its noun). */
const TRAILING_BOUND = /^(?:\s+[\p{Ll}]+)?\s+(at (?:the )?most|or (?:less|fewer|more)|at (?:the )?least)\b/u;

/** Amounts: the kinds of figure that make a range or take a trailing bound, not times of day, tallies, ordinals or ages. */
const AMOUNT_KINDS = new Set<QuantityKind>(['count', 'money', 'percent', 'duration', ...MEASURE_KINDS]);

/** "between" right before a figure. */
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/** A number written alone, no word, sign or unit with it. */
const BARE_NUMBER = /^\d[\d,]*(?:\.\d+)?$/;
/** A figure written in words alone ("seven hundred and fifty"). */
const NUMBER_IN_WORDS = /^\p{L}[\p{L}\s-]*$/u;
/** A sum that is one of its scale ("a thousand dollars"): the scale is its own figure, not one the start shares. */
const ONE_OF_SCALE = new RegExp(`^(?:an?|one)\\s+(?:${SCALE})\\b`, 'i');

/** What joins the members of a list of figures: a comma, "and", "or", "to", or a comma and one of them. */
const LIST_JOINER = /^(?:\s*,\s*|\s+(?:and|or|to)\s+|\s*,\s+(?:and|or)\s+)$/;

/** Relative slack for a measure converted between units: "5 meters (16 feet)" rounds 4.88 m to 16 feet. */
const CONVERSION_SLACK = 0.06;

/** True when two quantities of the same kind can both be true. */
export function compatible(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return true;
  if (a.kind === 'time') return clockCompatible(a, b);
  if (a.kind === 'tally') return close(a.lo, b.lo) && close(a.second ?? 0, b.second ?? 0);
  if (a.kind === 'ordinal') return close(a.lo, b.lo);
  if (a.currency && b.currency && a.currency !== b.currency) return true;
  const converted = !!a.unit && !!b.unit && a.unit !== b.unit;
  // Two ranges of one thing agree only at both ends ("between 15 and 75" / "between 15 and 55").
  if (a.range && b.range) return close(a.lo, b.lo, converted ? CONVERSION_SLACK : undefined) && close(a.hi, b.hi, converted ? CONVERSION_SLACK : undefined);
  // "at least five calls" and "at least six calls" report different counts, though both bounds could hold;
  // "at least six official calls" may count a subset, so the first word of what is counted must agree. A
  // distance, weight or speed counts no subset: "at least 500 km" and "at least 300km" always differ. Nor does
  // the most a time or a sum can be: "up to five years" and "as long as two years" differ.
  if (a.bound && a.bound === b.bound && (a.context[0] === b.context[0] || MEASURE_KINDS.has(a.kind) || a.bound === 'upper' && CEILING_KINDS.has(a.kind))) {
    const share = converted ? CONVERSION_SLACK : CLOSE_SHARE;
    return a.bound === 'lower' ? close(a.lo, b.lo, share) : close(a.hi, b.hi, share);
  }
  if (converted) return a.lo <= b.hi * (1 + CONVERSION_SLACK) && b.lo <= a.hi * (1 + CONVERSION_SLACK);
  // "nearly 12 million votes" and "almost 14 million votes" are two estimates, though their intervals meet; so are
  // "nearly three-quarters" and "nearly two-thirds". A fraction against a figure in digits is a round figure for it:
  // "nearly a fifth" allows "about 18 percent", as their intervals meet.
  if (a.estimate !== undefined && b.estimate !== undefined && !!a.fraction === !!b.fraction) return close(a.estimate, b.estimate, ESTIMATE_SHARE);
  return a.lo <= b.hi * (1 + 1e-9) + 1e-9 && b.lo <= a.hi * (1 + 1e-9) + 1e-9 && !meetAtEdgeOnly(a, b)
    || close(a.lo, b.lo) && close(a.hi, b.hi);
}

/**
 * "more than $115 billion" and "nearly $115 billion" overlap only at the
 * figure itself, which each approximator leaves out: they disagree. An exact
 * figure on either side ("115") is still allowed by the other.
 */
function meetAtEdgeOnly(a: Quantity, b: Quantity): boolean {
  const exact = (q: Quantity): boolean => Number.isFinite(q.hi) && close(q.lo, q.hi);
  if (exact(a) || exact(b)) return false;
  const touches = (x: Quantity, y: Quantity): boolean => Number.isFinite(x.hi) && close(x.hi, y.lo);
  return touches(a, b) || touches(b, a);
}

/** Share by which two estimates may differ and still give one figure ("about 40" / "around 41"). */
const ESTIMATE_SHARE = 0.05;

/** Share by which two figures may differ and still be the same figure (rounding). */
const CLOSE_SHARE = 0.005;

function close(a: number, b: number, share = CLOSE_SHARE): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * share;
}
