/**
 * Words as the stance detectors see them: each token with its WordNet keys (lemmas, senses, hypernyms,
 * derivations, antonyms), whether it carries content, and how much it weighs. The weight of a word falls
 * with how common it is in running text (its SemCor count), so that "said" or "make" count for little and
 * "crater" or a name count for much: a general measure, not one fitted to any story.
 *
 * Runs of two to four tokens that WordNet knows as one lemma ("United States", "loading dock", "ruled out",
 * "World War II") become one compound word, so that they match their synonyms ("US", "WWII").
 */
import { LEXFILE, formOfVerb, hasPos, isSpeechVerb, keysOf, lemmas, lookup, nounIn, sensesOf, startsCompound, startsCompoundWith, synset, type WordKeys } from '../lexicon/wordnet';
import { ordinalValue, wordValue } from '../text/quantities';
import { capitalised, memoizeByText, STOP_WORDS, tokenize, type Token } from '../text/tokens';
import { KEEP_AS_CONTINUE, LIGHT_VERBS, LOCATIVES, NEGATIONS } from '../lexicon';

/** One word of a claim or passage sentence. */
export interface Word extends Token {
  /** Position among the text's words. */
  index: number;
  /** Lower case, typography folded; words of a compound joined by spaces. */
  lower: string;
  keys: WordKeys;
  /** Not a function word, not a bare figure, at least two letters. */
  content: boolean;
  /** Written with a capital and not opening the sentence. */
  capital: boolean;
  /** Part of a name: capitalised and not a word WordNet has as a common noun or adjective ("Putin", not "Chancellor"). */
  name: boolean;
  /** Used as a verb: a verb form ("rose", "approved", "says") or after an auxiliary, not after a determiner. */
  predicate: boolean;
  /** Importance in [0.35, 1.5]: rare words and names weigh most. */
  weight: number;
  /** Set on a compound: how many tokens it spans. */
  span?: number;
}

/**
 * Highest SemCor count of a capitalised word that is taken for a name: words met this rarely in running text
 * ("Berg", "Mike", "Hale", "Tiger") are far more often names than the common words they also are.
 */
const RARE = 2;

/** Weight of a name or a word WordNet does not know (a surname, a brand). */
const NAME_WEIGHT = 1.5;
/** Lowest weight of a common word. */
const MIN_WEIGHT = 0.35;
/** Longest compound, in tokens. */
const MAX_COMPOUND = 4;

/** A token's lower-case form: typography folded, a possessive dropped. */
export function lowerOf(raw: string): string {
  const lower = raw.toLowerCase();
  // Most words have no apostrophe: skip the replacements (this runs for every word of every passage).
  if (!APOSTROPHE.test(lower)) return lower;
  return lower.replace(/[’‘]/g, "'").replace(/'s$|'$/, '');
}

const APOSTROPHE = /['’‘]/;

/** The words that lie wholly inside a span of their text (a name, a quotation's speaker). */
export function wordsWithin(words: readonly Word[], span: { start: number; end: number }): Word[] {
  return words.filter((w) => w.start >= span.start && w.end <= span.end);
}

/** The words of `text`, with offsets into `text`. */
export function wordsOf(text: string): Word[] {
  const tokens = tokenize(text);
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const compound = compoundAt(text, tokens, i);
    if (compound) {
      const last = tokens[i + compound.n - 1];
      const capital = tokens.slice(i, i + compound.n).some((t) => capitalised(t.raw));
      const keys = keysOf(compound.lemma);
      const name = capital && isName(compound.lemma);
      out.push({
        raw: text.slice(tokens[i].start, last.end), norm: compound.lemma, start: tokens[i].start, end: last.end, index: out.length,
        lower: compound.lemma, keys, content: true, capital, name, predicate: false, weight: weightOf(keys, name, true), span: compound.n,
      });
      i += compound.n - 1;
      continue;
    }
    const t = tokens[i];
    const lower = continuing(lowerOf(t.raw), tokens[i + 1]?.raw);
    const found = keysOf(lower);
    // A capital after "in" or "at" is the city, not its country's government ("based in Washington").
    const keys = found.standsFor.length && LOCATIVES.has(out[out.length - 1]?.lower ?? '') ? { ...found, standsFor: [] } : found;
    // Figures, in digits or words, are compared by the quantity detectors, not as words.
    const figure = /\d/.test(t.raw) || !Number.isNaN(wordValue(lower)) || !Number.isNaN(ordinalValue(lower));
    // "no longer" and "any longer" mark a state's end, not a length: the negation governs what follows.
    const content = !figure && lower.length > 1 && !STOP_WORDS.has(t.norm) && !STOP_WORDS.has(lower)
      && !(lower === 'longer' && ASPECT_BEFORE_LONGER.has(out[out.length - 1]?.lower ?? ''));
    const opensSentence = i === 0 || /[.!?:"“]\s*$/.test(text.slice(tokens[i - 1].end, t.start));
    // A capitalised word opening the sentence is a name when WordNet writes it capitalised, or knows it not at
    // all, or it is a rare word or one written capitalised before another capitalised word ("Anna Berg said").
    const nextCapital = capitalised(tokens[i + 1]?.raw ?? '');
    const capital = capitalised(t.raw) && (!opensSentence || !keys.lemmas.length || lookup(lower)?.proper === 2
      || nextCapital && ((lookup(lower)?.proper ?? 0) > 0 || keys.frequency <= RARE));
    // A rare word is a name only if it is no adjective ("Ukrainian" is a demonym, however rare).
    const name = capital && content && (isName(lower) || keys.frequency <= RARE && !lemmas(lower).some((e) => e.senses.a));
    const prev = out[out.length - 1];
    // A verb, or the adjective after a copula ("the freeze was permanent"); not a participle describing the
    // noun before it ("a report published Monday").
    // A copula ("became", "remained") links its subject to the predicate after it and is none itself.
    // A negation after a copula ("was neither joking nor ...") negates the predicate after it and is none itself.
    const predicate = content && !name && !COPULAS.has(lower) && !NEGATIONS.has(lower) && !describesNoun(out, lower, tokens[i + 1]?.raw)
      && (isVerbForm(lower, prev?.lower, !!prev && (prev.name || SUBJECT_PRONOUNS.has(prev.lower)), auxiliaryBefore(out))
      || copulaBefore(out) && lemmas(lower).some((e) => e.senses.a));
    // Properties listed, not spread from the token: V8 builds a spread-and-extend literal slowly, and passages
    // have many words.
    out.push({
      raw: t.raw, norm: t.norm, start: t.start, end: t.end, index: out.length,
      lower, keys, content, capital, name, predicate, weight: weightOf(keys, name, content),
    });
  }
  return out;
}

/** Does a copula end the words so far, or a copula and one adverb ("was permanent", "was still alive")? */
function copulaBefore(before: Word[]): boolean {
  const prev = before[before.length - 1];
  if (!prev) return false;
  if (COPULAS.has(prev.lower)) return true;
  const prior = before[before.length - 2];
  return !!prior && COPULAS.has(prior.lower) && !prev.name && lemmas(prev.lower).some((e) => e.senses.r);
}

/**
 * A capitalised word that WordNet has only as a particular person, place or thing, or not at all, or only as
 * a word never met in running text (its SemCor count is 0: "Berg", "Anna", not "Tiger" or "Rose"), unless that
 * word is first a person's office ("Premier": a title before a name).
 */
function isName(lower: string): boolean {
  const es = lemmas(lower);
  return !es.some((e) => e.proper < 2 || e.senses.a || sensesOf(e, 'n', 2).some((s) => !synset(s).instance))
    || es.every((e) => e.frequency === 0) && !nounIn(lower, LEXFILE.person, 1);
}

/**
 * "keep" before a verb in "-ing" is "continue", in the same form ("kept growing" is "continued growing"), and
 * so opposes "stop" as "continue" does; "keep the story" keeps its own senses.
 */
function continuing(lower: string, next: string | undefined): string {
  const as = KEEP_AS_CONTINUE.get(lower);
  if (!as || !next || !/ing$/.test(next) || !lemmas(lowerOf(next)).some((e) => e.senses.v)) return lower;
  return as;
}

/** Words before "longer" that make it mark a state's end ("no longer relevant", "not any longer"). */
const ASPECT_BEFORE_LONGER = new Set(['no', 'any']);

/** Adverbial particles of phrasal verbs. */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'over', 'around', 'apart', 'aside']);

/** Words after which a verb form is a noun or an adjective ("the approved plan", "a rise"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'each', 'every']);
/** Auxiliaries and modals before a verb ("will open", "has approved", "did not say", "to sign"). */
const AUXILIARIES = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'was', 'were',
  'is', 'are', 'be', 'been', 'did', 'does', 'do', 'to', 'not', "n't", 'never', 'also']);

/**
 * A reduced relative clause: a past participle right after a common noun that a determiner opens, followed
 * by a preposition or a day ("a Washington Post report published Monday", "the cuts passed in 2017"),
 * describes that noun; "the council passed the budget" keeps its verb.
 */
function describesNoun(before: Word[], lower: string, next: string | undefined): boolean {
  if (!/ed$/.test(lower) || !next || !PARTICIPLE_FOLLOWERS.test(next)) return false;
  const noun = before[before.length - 1];
  if (!noun || !noun.content || noun.name || noun.predicate || !lemmas(noun.lower).some((e) => e.senses.n)) return false;
  // The determiner must open the noun phrase as an object, not as the subject of a reported clause
  // ("officials said the council passed in 2019 a levy").
  let d = -1;
  for (let j = before.length - 2; j >= Math.max(0, before.length - 4) && d < 0; j--) if (DETERMINERS.has(before[j].lower)) d = j;
  if (d < 0) return false;
  const opener = before[d - 1];
  return !opener || !(isSpeechVerb(opener.norm, opener.lower) || opener.lower === 'that');
}

/** What follows a participle that describes a noun: a preposition or a day ("published Monday", "passed in 2017"). */
const PARTICIPLE_FOLLOWERS = /^(?:in|by|on|at|under|during|last|earlier|for|with|since|from|after|before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)$/;

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'who', 'which', 'that']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'seems', 'seemed', 'became', 'becomes']);

/** Does an auxiliary end the words so far, or an auxiliary and one adverb in "-ly" ("was actively weighing")? */
function auxiliaryBefore(before: Word[]): boolean {
  const prev = before[before.length - 1];
  if (!prev) return false;
  if (AUXILIARIES.has(prev.lower)) return true;
  const aux = before[before.length - 2];
  return /ly$/.test(prev.lower) && !!aux && AUXILIARIES.has(aux.lower);
}

/**
 * Is the word used as a verb? Any verb after an auxiliary (an adverb in "-ly" may come between); a past or irregular form WordNet reduces to a
 * verb lemma ("approved", "rose"); a third-person form ("says", "ties") only after a name or a pronoun, since
 * it is as often a plural noun. Never right after a determiner.
 */
function isVerbForm(lower: string, before: string | undefined, afterSubject: boolean, afterAuxiliary: boolean): boolean {
  if (before && DETERMINERS.has(before)) return false;
  const verbs = lemmas(lower).filter((e) => e.senses.v);
  if (!verbs.length) return false;
  if (afterAuxiliary) return true;
  if (/ing$/.test(lower)) return false;
  if (/[^s]s$/.test(lower)) return afterSubject && verbs.some((e) => e.lemma !== lower);
  return verbs.some((e) => e.lemma !== lower);
}

/**
 * A WordNet lemma of two to four tokens starting at token `i` (the longest), its first token lemmatised
 * ("ruled out" -> "rule out"). Only tokens separated by a single space or hyphen join.
 */
function compoundAt(text: string, tokens: Token[], i: number): { lemma: string; n: number } | undefined {
  const opener = tokens[i];
  // A negation never hides inside a compound ("has not" is no "have-not"), nor does one open with a function word.
  if (STOP_WORDS.has(opener.norm) || !joins(opener)) return undefined;
  const first = lowerOf(opener.raw);
  if (!opensCompound(first)) return undefined;
  // How many tokens from `i` may form one: a single space or hyphen between each two, no figure, no negation.
  let joinable = 1;
  while (joinable < MAX_COMPOUND && i + joinable < tokens.length) {
    const t = tokens[i + joinable];
    if (!/^[ -]$/.test(text.slice(tokens[i + joinable - 1].end, t.start)) || !joins(t)) break;
    joinable++;
  }
  if (joinable < 2) return undefined;
  const heads = [first, ...lemmas(first).map((e) => e.lemma)];
  // Every lemma tried below starts with a head and the next word as written, or (two words) with the first word
  // and a lemma of the next: when WordNet has no lemma starting so, none can be found.
  const next = lowerOf(tokens[i + 1].raw);
  if (!heads.some((head) => startsCompoundWith(`${head} ${next}`)) && !lemmas(next).some((e) => startsCompoundWith(`${first} ${e.lemma}`))) return undefined;
  for (let n = joinable; n >= 2; n--) {
    // A phrasal verb takes an adverbial particle ("rule out", "turn down"), and is no verb after a determiner
    // or a number ("4 points up"); a preposition after a verb usually opens its own phrase ("prices fell in
    // Riverton", "the cut in the Open").
    const end = tokens[i + n - 1];
    const last = lowerOf(end.raw);
    if (STOP_WORDS.has(end.norm) && (!PARTICLES.has(last) || i > 0 && nounSlot(tokens[i - 1]))) continue;
    const rest = tokens.slice(i + 1, i + n).map((t) => lowerOf(t.raw));
    const tail = rest.join(' ');
    for (const head of heads) {
      const lemma = `${head} ${tail}`;
      if (lookup(lemma)) return { lemma, n };
    }
    // The last token inflected: "loading docks" -> "loading dock".
    for (const inflected of lemmas(last).map((e) => e.lemma)) {
      const lemma = [first, ...rest.slice(0, -1), inflected].join(' ');
      if (lookup(lemma)) return { lemma, n };
    }
  }
  return undefined;
}

/**
 * Does a token make the word after it a noun: a determiner, or a number in figures or words ("one" aside, a
 * pronoun as often: "no one showed up")?
 */
function nounSlot(t: Token): boolean {
  const lower = lowerOf(t.raw);
  return DETERMINERS.has(lower) || /^\d/.test(lower) || lower !== 'one' && !Number.isNaN(wordValue(lower));
}

/** May a token be part of a compound: no figure (a Roman numeral aside: "World War II") and no negation? */
function joins(t: Token): boolean {
  return !(/\d/.test(t.raw) && !/^(?:ii|iii|iv|i)$/i.test(t.raw)) && !NEGATIONS.has(lowerOf(t.raw)) && !/n't$/i.test(t.raw);
}

/** Can a WordNet compound start with this word or one of its lemmas ("ruled" -> "rule out")? Memoised. */
const opensCompound = memoizeByText((lower: string) => startsCompound(lower) || lemmas(lower).some((e) => startsCompound(e.lemma)), 50_000);

function weightOf(keys: WordKeys, name: boolean, content: boolean): number {
  if (!content) return 0;
  if (name || !keys.lemmas.length) return NAME_WEIGHT;
  return Math.max(MIN_WEIGHT, 1 / (1 + Math.log10(1 + keys.frequency) / 3));
}

/** A word WordNet knows as an adjective and not as a noun ("direct", "complete"), so it modifies what follows. */
export function adjectiveOnly(w: Word): boolean {
  return hasPos(w.lower, 'a') && !hasPos(w.lower, 'n');
}

/** A light verb ("take", "make", "stand", "give"): a verb of so many senses that it says little by itself. */
export function lightVerb(w: Word): boolean {
  return formOfVerb(w.lower, LIGHT_VERBS);
}
