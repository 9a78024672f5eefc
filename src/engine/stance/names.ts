/**
 * What kind of thing a capitalised name is, from WordNet: a place ("Boston", "New Zealand"), an
 * organisation ("Secret Service", "Pentagon"), a person (capitalised words WordNet does not know as common
 * words: "Yury Ushakov", "Cooke"), or something the name detectors leave alone (a demonym such as
 * "Russian", a plural noun such as "Republicans", a holiday, a dateline).
 */
import type { Span } from '../types';
import { LEXFILE, isPlace, isSettlement, lemmas, lookup, nounIn, placeWithin, sensesOf, synset } from '../lexicon/wordnet';
import { STOP_WORDS, memoizeByText } from '../text/tokens';

export type NameKind = 'place' | 'group' | 'person' | 'other';

/** The kind of a name as written (memoised: the detectors ask it of the same names for every passage). */
export const nameKind: (text: string) => NameKind = memoizeByText(kindOf, 20_000);

function kindOf(text: string): NameKind {
  const lemma = text.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
  if (isPlace(lemma)) return 'place';
  const e = lookup(lemma);
  if (e && e.proper > 0 && sensesOf(e, 'n', 2).some((s) => synset(s).lexfile === LEXFILE.group)) return 'group';
  const tokens = lemma.split(/[\s/]+/).filter(Boolean);
  if (tokens.length > 1 && tokens.every((t) => isPlace(t))) return 'place';
  if (tokens.length > 1 && isPlace(tokens[tokens.length - 1]) && tokens.slice(0, -1).every((t) => !lemmas(t).length || isPlace(t))) return 'place';
  // A place with the kind of natural feature it is ("Tigris River", "Lake Victoria").
  if (tokens.length > 1 && tokens.some((t) => isPlace(t)) && tokens.every((t) => isPlace(t) || naturalFeature(t))) return 'place';
  // A word WordNet knows as a class ("European", "Republicans", "president") or an adjective names no particular one.
  const common = (t: string): boolean => lemmas(t).some((x) => x.proper < 2 || !!x.senses.a
    || sensesOf(x, 'n', 2).some((s) => !synset(s).instance));
  if (tokens.length === 1) return common(tokens[0]) ? 'other' : 'person';
  if (tokens.some((t) => /\d/.test(t))) return 'other';
  // A longer name with a word WordNet lacks ("Richard Hale", "Don Yeomans") is a person's; one made of
  // known words ("Wall Street Journal", "Victory Day") names a thing.
  return tokens.some(personalWord) ? 'person' : 'other';
}

/** A common noun first filed by WordNet as a natural object ("river", "lake", "mountain"). */
function naturalFeature(t: string): boolean {
  const e = lookup(t);
  const [first] = e ? sensesOf(e, 'n', 1) : [];
  return first !== undefined && !synset(first).instance && synset(first).lexfile === LEXFILE.object;
}

/** A word WordNet lacks, knows only as a person, or has never met in running text ("Berg") is a name's. */
function personalWord(t: string): boolean {
  const x = lookup(t);
  return !x || x.frequency === 0 && !x.senses.a
    || sensesOf(x, 'n', 4).length > 0 && sensesOf(x, 'n', 4).every((s) => synset(s).instance && synset(s).lexfile === LEXFILE.person);
}

/**
 * Is one of the senses WordNet gives a one-word name a particular person ("Marshall": a general, a judge, besides
 * the common "marshal")? After the same title as the claim's person ("General"), that is whom it names.
 */
export function knownPerson(text: string): boolean {
  const e = lookup(text.toLowerCase().replace(/['’]s$/, ''));
  return !!e && sensesOf(e, 'n', 8).some((s) => synset(s).instance && synset(s).lexfile === LEXFILE.person);
}

/**
 * Could a name be a person's: none of its words is a common word that WordNet has met in running text ("Omar
 * Gonzalez", "Kim Jong Il"; not "National Arts Centre", "Civic Campus", "Toronto Maple Leafs")?
 */
export function personal(text: string): boolean {
  const tokens = text.toLowerCase().replace(/['’]s$/, '').split(/[\s/]+/).filter((t) => /\p{L}/u.test(t));
  return tokens.length > 0 && tokens.every((t) => {
    const x = lookup(t.replace(/\.$/, ''));
    return !x || x.frequency === 0 || !sensesOf(x, 'n', 4).some((s) => !synset(s).instance) && !x.senses.a && !x.senses.v;
  });
}

/**
 * Words right before a name that place it ("formed in Englewood", "based in Banja Luka", "the port city of
 * Wonsan"): a person is seldom "in" anyone, and never a city of anything.
 */
const PLACE_CUE = /(?:\b(?:in|near|outside|inside)|\b(?:city|town|village|province|region|state|county|district|capital|suburb|port|island|neighbou?rhood)\s+of)\s+(?:the\s+)?$/i;

/**
 * The kind of the name at `span` of `text`, read in its sentence: a name WordNet does not know at all, which
 * {@link nameKind} takes for a person's, is a place's when a place cue stands right before it and no
 * possessive after it ("in Englewood", not "in Smith's view"); so is one WordNet knows only as a name, a
 * person's, which many towns share ("based in Kettering").
 */
export function nameKindAt(text: string, span: Span): NameKind {
  const name = text.slice(span.start, span.end);
  const kind = nameKind(name);
  if (kind !== 'person' || /^['’]s\b/.test(text.slice(span.end))) return kind;
  const tokens = name.toLowerCase().split(/[\s/-]+/).filter(Boolean);
  const cued = PLACE_CUE.test(text.slice(Math.max(0, span.start - 30), span.start));
  if (tokens.every((t) => !lookup(t))) return cued || placeNounAfter(text, span.end) ? 'place' : kind;
  // A name WordNet knows only as a name (a person's, "Kettering") is a place only right after a place cue.
  return cued && tokens.every((t) => (lookup(t)?.proper ?? 2) === 2) ? 'place' : kind;
}

/**
 * Is the name the qualifier of a noun for a place ("Nusseirat district", "the Mughraqa area"): the lower-case
 * word right after it has a location as its first noun sense in WordNet?
 */
function placeNounAfter(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
  // A function word is no noun, whatever WordNet lists under its letters ("was" as the plural of "WA", Washington).
  return !!next && !STOP_WORDS.has(next) && nounIn(next, LEXFILE.location, 1);
}

/** A place name as a WordNet lemma: no article, no possessive ("India's Rajasthan" names Rajasthan). */
export function placeLemma(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/^.*['’]s\s+/, '');
}

/**
 * Can two places not both be right: neither lies within the other, and a place WordNet does not know (read as
 * one from its sentence, see nameKindAt), which may lie within any region, is set only against a town or
 * city or another such place ("Rieti" is no rival of "Italy", "Englewood" is one of "Newark").
 */
export function placesApart(a: string, b: string): boolean {
  const [x, y] = [placeLemma(a), placeLemma(b)];
  if (placeWithin(x, y) || placeWithin(y, x)) return false;
  const known = (t: string): boolean => nameKind(t) === 'place';
  const town = (t: string): boolean => !known(t) || isSettlement(placeLemma(t));
  return known(a) && known(b) || town(a) && town(b);
}

/** A name (or any text) without its diacritics, which sources drop or keep at will ("Aslund", "Åslund"). */
export function foldMarks(text: string): string {
  return text.normalize('NFD').replace(MARK_RE, '');
}

/** A combining mark (kept in a constant: the bundler compiles a \p{…} literal to a RegExp built at every call). */
const MARK_RE = /\p{M}/gu;

/** Shortest word that one letter added, dropped or changed may leave the same name ("Dmitry" / "Dimitry"). */
const SPELLING_MIN = 5;

/**
 * Two spellings of one name rather than two names: words of some length, diacritics aside, one letter added, dropped
 * or changed ("Dmitry" / "Dimitry", "Mohammed" / "Mohamed"). Short words differ by one letter as different names do
 * ("Bush" / "Rush").
 */
export function spelledAlike(a: string, b: string): boolean {
  const [x, y] = [foldMarks(a).toLowerCase(), foldMarks(b).toLowerCase()];
  if (x === y) return true;
  if (Math.min(x.length, y.length) < SPELLING_MIN || Math.abs(x.length - y.length) > 1) return false;
  // One edit apart: skip the common prefix and suffix; what is left on each side is at most one letter.
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return x.length - i - j <= 1 && y.length - i - j <= 1;
}
