/**
 * How positive or negative a word is (AFINN-165, rated by hand from -5 to +5; compiled by
 * scripts/build-valence.mjs, which keeps ratings of 2 or more either way). Two words that rate the same thing
 * at opposite ends ("a lovely dog" / "a nervous dog", "adored by critics" / "panned by critics") contradict each
 * other where WordNet records no antonymy.
 */
import { VALENCE_TABLE } from './valence.generated';
import { lemmas } from './wordnet';

let table: Map<string, number> | undefined;

function load(): Map<string, number> {
  if (table) return table;
  table = new Map();
  for (const pair of VALENCE_TABLE.split(';')) {
    const cut = pair.indexOf(' ');
    table.set(pair.slice(0, cut), Number(pair.slice(cut + 1)));
  }
  return table;
}

/** The rating of a lower-case word form, or of its WordNet lemma when the form is not rated; 0 when neither is. */
export function valenceOf(word: string): number {
  const t = load();
  const own = t.get(word);
  if (own !== undefined) return own;
  for (const e of lemmas(word)) {
    const v = t.get(e.lemma);
    if (v !== undefined) return v;
  }
  return 0;
}
