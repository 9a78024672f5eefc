/**
 * What kind of thing a capitalised name is, from WordNet: a place ("Boston", "New Zealand"), an
 * organisation ("Secret Service", "Pentagon"), a person (capitalised words WordNet does not know as common
 * words: "Yury Ushakov", "Cooke"), or something the name detectors leave alone (a demonym such as
 * "Russian", a plural noun such as "Republicans", a holiday, a dateline).
 */
import { LEXFILE, isPlace, lemmas, lookup, sensesOf, synset } from '../lexicon/wordnet';

export type NameKind = 'place' | 'group' | 'person' | 'other';

/** The kind of a name as written. */
export function nameKind(text: string): NameKind {
  const lemma = text.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
  if (isPlace(lemma)) return 'place';
  const e = lookup(lemma);
  if (e && e.proper > 0 && sensesOf(e, 'n', 2).some((s) => synset(s).lexfile === LEXFILE.group)) return 'group';
  const tokens = lemma.split(/[\s/]+/).filter(Boolean);
  if (tokens.length > 1 && tokens.every((t) => isPlace(t))) return 'place';
  if (tokens.length > 1 && isPlace(tokens[tokens.length - 1]) && tokens.slice(0, -1).every((t) => !lemmas(t).length || isPlace(t))) return 'place';
  // A word WordNet knows as a class ("European", "Republicans", "president") or an adjective names no particular one.
  const common = (t: string): boolean => lemmas(t).some((x) => x.proper < 2 || !!x.senses.a
    || sensesOf(x, 'n', 2).some((s) => !synset(s).instance));
  if (tokens.length === 1) return common(tokens[0]) ? 'other' : 'person';
  if (tokens.some((t) => /\d/.test(t))) return 'other';
  // A longer name with a word WordNet lacks ("Richard Hale", "Don Yeomans") is a person's; one made of
  // known words ("Wall Street Journal", "Victory Day") names a thing.
  // A word WordNet lacks, knows only as a person, or has never met in running text ("Berg") is a name's.
  const personal = (t: string): boolean => {
    const x = lookup(t);
    return !x || x.frequency === 0 && !x.senses.a
      || sensesOf(x, 'n', 4).length > 0 && sensesOf(x, 'n', 4).every((s) => synset(s).instance && synset(s).lexfile === LEXFILE.person);
  };
  return tokens.some(personal) ? 'person' : 'other';
}
