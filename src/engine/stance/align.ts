/**
 * Alignment: for each content word of the claim, the passage word that states it best, and how (the same
 * lemma, a synonym, a derivation, a more specific or general word, per WordNet). Coverage is the share of
 * the claim's word weight that the passage states. Antonyms found on the way are kept apart: a word and its
 * opposite never cover each other.
 *
 * A passage's words are indexed once by their WordNet keys (lemma, sense, hypernym, derivation and antonym
 * ids), so a claim word finds its candidates with a few lookups instead of being compared with every word.
 */
import { LEXFILE, RELATION_WEIGHT, formOfVerb, hasPos, isSpeechVerb, kinApart, relateKeys, sameLemma, senseIn, type Relation, type WordKeys } from '../lexicon/wordnet';
import type { Word } from './words';
import { vectorId, vectorSimilarity } from '../lexicon/vectors';
import { valenceOf } from '../lexicon/valence';
import { opposedMoves } from './direction';
import { DEICTIC_VERBS, DENIAL_VERBS, REFUTATION_CUES } from '../lexicon';

/** How one claim word is stated in the passage. */
export interface Match {
  claim: Word;
  /** The passage word, when one states it. */
  word?: Word;
  relation?: Relation;
  /** RELATION_WEIGHT of the relation, 0 when unstated. */
  score: number;
  /** A passage word opposite to it, when there is one. */
  opposite?: Word;
}

/** A claim aligned with some passage words. */
export interface Alignment {
  matches: Match[];
  /** Weighted share of the claim's content the passage states, in [0, 1]. */
  coverage: number;
  /** The same share over the claim's words that are not names: what is said of the people, not who they are. */
  contentCoverage: number;
}

/** Lowest match score that states a word outright (the same word, a synonym, a derivation, a more specific word). */
export const STRONG = 0.8;

/** Is this word a name (or a word WordNet does not know)? Names are only stated by themselves or their aliases. */
function isName(w: Word): boolean {
  return w.name || !w.keys.lemmas.length;
}

/** Relations that may state a name: the name itself, an alias (a shared synset), a demonym (a pertainym). */
export const NAMED: readonly Relation[] = ['same', 'synonym', 'derived'];
const NAME_RELATIONS = new Set<Relation>(NAMED);

/** Shortest names whose spellings may differ by one letter and still be one name ("Wilfried", "Wilfred"). */
const VARIANT_MIN_LENGTH = 6;

/** Do two names differ by one letter inserted, dropped, changed or two swapped ("Gonzalez", "Gonzales")? */
function spellingVariant(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < VARIANT_MIN_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number): boolean => a.slice(x) === b.slice(y);
  return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1) || a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2);
}

/** Shortest names compared for transliteration variants. */
const TRANSLITERATION_MIN_LENGTH = 4;

/**
 * A doubled letter, and a final "h" after three letters. Patterns with \p{…} are kept in constants: the bundler
 * compiles such a literal to a RegExp built anew each time it is evaluated, and names are compared often.
 */
const DOUBLED_RE = /(\p{L})\1+/gu;
const FINAL_H_RE = /(?<=\p{L}{3})h$/u;

/**
 * Do two names differ only in the ways transliterations of one name differ: a doubled letter written once, or
 * a final "h" ("Raqqa" / "Raqa", "Misrata" / "Misratah")?
 */
function transliterated(a: string, b: string): boolean {
  const squash = (s: string): string => s.replace(DOUBLED_RE, '$1').replace(FINAL_H_RE, '');
  return Math.min(a.length, b.length) >= TRANSLITERATION_MIN_LENGTH && a !== b && squash(a) === squash(b);
}

/** How passage word `b` relates to claim word `a`, names held to their own forms (or a one-letter variant). */
export function relate(a: Word, b: Word): Relation | undefined {
  if (sameForm(a, b)) return 'same';
  const r = relateKeys(a.keys, b.keys);
  if (!r) return undefined;
  // A name is stated by itself or an alias, and is nobody's opposite ("Trump" is no antonym of "silence"). So is a
  // word capitalised inside both sentences, a party's or a faith's ("a Republican governor" / "one Democratic
  // Governor", which WordNet makes similar as common adjectives), except as an opposite: capitalised opposites
  // still oppose ("certain Southwest States" / "certain Northwest States").
  if ((isName(a) || isName(b) || proper(a) && proper(b) && r !== 'antonym') && !NAME_RELATIONS.has(r)) return undefined;
  // Two kin are two people, whatever senses their words share ("father" and "mother" are one verb).
  if (r === 'synonym' && kinApart(a.lower, b.lower)) return undefined;
  return r;
}

/** Is a word capitalised where a sentence does not ask for it (not its first word)? */
function proper(w: Word): boolean {
  return w.capital && w.index > 0;
}

/** Is passage word `b` claim word `a` itself ({@link relate} gives 'same'), the other relations left untried? */
export function sameWord(a: Word, b: Word): boolean {
  return sameForm(a, b) || sameLemma(a.keys, b.keys);
}

/** The same form, or one name spelt two ways. */
function sameForm(a: Word, b: Word): boolean {
  return a.lower === b.lower || a.norm === b.norm || a.name && b.name && (spellingVariant(a.lower, b.lower) || transliterated(a.lower, b.lower));
}

/** The key fields of a passage word under which it is indexed, and the claim-word fields that look them up. */
const LOOKUPS: [keyof WordKeys, (keyof WordKeys)[]][] = [
  ['lemmas', ['lemmas', 'derived', 'antonyms']],
  ['senses', ['senses', 'rareSenses', 'ancestors', 'derivedSenses', 'standsFor', 'antonymSenses']],
  ['ancestors', ['senses']],
  ['kinds', ['opposed']],
  ['rareSenses', ['senses', 'rareSenses', 'kinds']],
  ['derived', ['lemmas']],
  ['derivedSenses', ['senses', 'derivedSenses', 'standsFor']],
  ['standsFor', ['senses', 'derivedSenses']],
  ['antonyms', ['lemmas']],
  ['antonymSenses', ['senses']],
  ['opposed', ['kinds']],
  ['heads', ['heads', 'antiHeads']],
];

/** A passage's content words, indexed by surface form and by WordNet key ids. */
export interface WordIndex {
  words: Word[];
  /** For each word, the sentence it belongs to. */
  sentenceOf: Map<Word, number>;
  surface: Map<string, Listed>;
  /** For each of LOOKUPS in turn, the words under each id of its key field. */
  keys: Map<number, Listed>[];
  /** Verbs of reporting ("said", "told", "added"), content words or not, with their sentence and whether a pronoun is their subject ("he added"). */
  speech: [Word, number, boolean][];
}

/**
 * The words an index lists under one key, in passage order: most keys have one word, kept as itself, for a
 * passage has thousands of keys and an array for each is garbage on every check.
 */
type Listed = Word | Word[];

/** Indexes the content words of the given sentences (each a list of words). */
export function indexWords(sentences: Word[][]): WordIndex {
  const index: WordIndex = { words: [], sentenceOf: new Map(), surface: new Map(), keys: LOOKUPS.map(() => new Map()), speech: [] };
  const push = <K>(map: Map<K, Listed>, key: K, w: Word): void => {
    const listed = map.get(key);
    if (listed === undefined) map.set(key, w);
    else if (!Array.isArray(listed)) {
      if (listed !== w) map.set(key, [listed, w]);
    } else if (listed[listed.length - 1] !== w) listed.push(w);
  };
  sentences.forEach((words, s) => {
    words.forEach((w, i) => {
      if (isSpeechVerb(w.norm, w.lower) && !DENIAL_VERBS.has(w.norm)) {
        index.speech.push([w, s, [words[i - 1], words[i + 1]].some((x) => !!x && SPEAKER_PRONOUNS.has(x.lower))]);
      }
      if (!w.content) return;
      index.words.push(w);
      index.sentenceOf.set(w, s);
      push(index.surface, w.lower, w);
      push(index.surface, w.norm, w);
      for (let j = 0; j < LOOKUPS.length; j++) {
        const map = index.keys[j];
        const ids = w.keys[LOOKUPS[j][0]] as number[];
        for (let k = 0; k < ids.length; k++) push(map, ids[k], w);
      }
    });
  });
  return index;
}

/** The passage words that may relate to claim word `c` (a superset; `relate` decides). */
function candidates(index: WordIndex, c: Word): Set<Word> {
  // Index loops and no empty arrays for misses: this runs for every claim word against every passage.
  const out = new Set<Word>();
  addAll(out, index.surface.get(c.lower));
  addAll(out, index.surface.get(c.norm));
  for (let j = 0; j < LOOKUPS.length; j++) {
    const map = index.keys[j];
    const from = LOOKUPS[j][1];
    for (let f = 0; f < from.length; f++) {
      const ids = c.keys[from[f]] as number[];
      for (let k = 0; k < ids.length; k++) addAll(out, map.get(ids[k]));
    }
  }
  return out;
}

function addAll(out: Set<Word>, listed: Listed | undefined): void {
  if (listed === undefined) return;
  if (!Array.isArray(listed)) out.add(listed);
  else for (let i = 0; i < listed.length; i++) out.add(listed[i]);
}

/** Does some word of the indexed passage relate to `c` in one of the given ways? */
export function statedIn(index: WordIndex, c: Word, ways: readonly Relation[]): boolean {
  for (const w of candidates(index, c)) {
    const r = relate(c, w);
    if (r && ways.includes(r)) return true;
  }
  return false;
}

/**
 * Of words that state a claim word equally well, the first that no other claim word is stated by better: in "1,240
 * were started last year and 600 were finished" / "Last year ... 600 have been completed", "finished" is stated by
 * "completed", not by "Last" (a synonym in one sense), which states the claim's own "last".
 */
function untie(m: Match, words: Word[], matches: Match[]): void {
  const taken = (w: Word): boolean => matches.some((o) => o !== m && o.word === w && o.score > m.score);
  if (!taken(m.word as Word)) return;
  const free = words.find((w) => !taken(w));
  if (free) m.word = free;
}

/** A form of a verb of motion whose opposite is only another point of view (see DEICTIC_VERBS). */
function deictic(w: Word): boolean {
  return formOfVerb(w.lower, DEICTIC_VERBS);
}

/**
 * Aligns the claim's words with every sentence of an indexed passage at once: the best match of each
 * claim word in each sentence. Returns one match list per sentence (sentences with no match get an
 * unstated entry per claim word).
 */
export function alignSentences(claimWords: Word[], index: WordIndex, sentenceCount: number, claimText?: string): Match[][] {
  const perSentence: Match[][] = Array.from({ length: sentenceCount }, () => claimWords.map((c): Match => ({ claim: c, score: 0 })));
  // The words of matches that others state as well, for untie() to settle: kept only when a tie occurs.
  const ties = new Map<Match, Word[]>();
  claimWords.forEach((c, k) => {
    for (const w of candidates(index, c)) {
      const r = relate(c, w);
      if (!r) continue;
      const m = perSentence[index.sentenceOf.get(w) as number][k];
      if (r === 'antonym') {
        if (!(deictic(c) && deictic(w))) m.opposite ??= w;
        continue;
      }
      const score = RELATION_WEIGHT[r];
      if (score > m.score) {
        Object.assign(m, { word: w, relation: r, score });
        ties.delete(m);
      } else if (score === m.score && m.word && m.word !== w) {
        const tied = ties.get(m);
        if (tied) tied.push(w);
        else ties.set(m, [m.word, w]);
      }
    }
  });
  for (const [m, words] of ties) untie(m, words, perSentence[index.sentenceOf.get(words[0]) as number]);
  // Each sentence's content words, gathered once (on first use) for the three alignments below.
  let bySentence: Word[][] | undefined;
  const sentences = (): Word[][] => (bySentence ??= sentenceWords(index, sentenceCount));
  alignAkin(claimWords, sentences, perSentence);
  alignValence(claimWords, sentences, perSentence);
  if (claimText !== undefined) alignSpeech(claimText, claimWords, index, sentences, perSentence);
  for (const matches of perSentence) dropOwnOpposites(claimWords, matches);
  return perSentence;
}

/**
 * A passage word the claim itself states is no opposite of another claim word: in "she referred to the child's
 * father" / "describes the father", "father" is the claim's own word, not a contrary of its "child".
 */
function dropOwnOpposites(claimWords: Word[], matches: Match[]): void {
  for (const m of matches) {
    const o = m.opposite;
    if (o && claimWords.some((c) => c !== m.claim && sameWord(c, o))) delete m.opposite;
  }
}

/**
 * A predicate is akin only to a verb, as it is: word vectors place antonymous adjectives close together ("poor" /
 * "good", "easy" / "impossible", "soaring" / "tanking"), so an adjective akin to the claim's may say the opposite.
 */
const AKIN_POS = ['v'] as const;

/** Least cosine of two predicates' vectors for one to state the other when WordNet relates them in no way. */
const AKIN_SIMILARITY = 0.5;

/** How many content words on each side of a predicate make its slot. */
const AKIN_REACH = 4;

/**
 * A claim predicate that a sentence does not state through WordNet is stated there by a predicate used alike
 * in news text (its vector close to the claim word's, see lexicon/vectors.ts) that WordNet does not oppose to
 * it ("mocked" / "ridiculed", "traced" / "originated"), in a sentence that holds no opposite of it, and in
 * the same slot: the words on each side of the claim's predicate are stated on the same side of the other
 * ("Silva attended the parade" is not stated by "Silva stayed away from the parade although she had been
 * invited"). Words of denial are never matched this way, and a word rated at the other end of AFINN's scale
 * opposes. Only verbs: people reword verbs far more freely than the things they name, and an adjective's
 * neighbours in vector space include its opposites.
 */
function alignAkin(claimWords: Word[], sentences: () => Word[][], perSentence: Match[][]): void {
  const weight = RELATION_WEIGHT.akin;
  claimWords.forEach((c, k) => {
    if (!c.predicate || isName(c) || DENIAL_VERBS.has(c.norm)) return;
    const id = vectorId(c.lower);
    if (id < 0) return;
    const kinds = AKIN_POS.filter((pos) => hasPos(c.lower, pos));
    sentences().forEach((words, s) => {
      const m = perSentence[s][k];
      if (m.score >= weight || m.opposite) return;
      words.forEach((w, j) => {
        if (m.score >= weight || !w.predicate || isName(w) || DENIAL_VERBS.has(w.norm)) return;
        if (vectorSimilarity(id, vectorId(w.lower)) < AKIN_SIMILARITY || !kinds.some((pos) => hasPos(w.lower, pos)) || relate(c, w)) return;
        if (!inSameSlot(perSentence[s], claimWords, k, words, j)) return;
        // Vectors place opposite moves close ("trim" / "add"), and opposite feelings ("encouraged" / "disappointed",
        // rated at the two ends of AFINN's scale): used alike, they say the other way.
        if (opposedMoves(c, w) || valenceOf(c.lower) * valenceOf(w.lower) < 0) m.opposite = w;
        else Object.assign(m, { word: w, relation: 'akin', score: weight });
      });
    });
  });
}

/**
 * A claim word a sentence does not state is opposed there by a word rated at the other end of AFINN's scale in
 * the same slot, of the same part of speech: two predicates ("welcomed the quotas" / "are protesting the quotas")
 * or two adjectives before one noun ("in poor condition" / "in excellent condition"). Some words on each side of
 * the claim's word must be stated, by a synonym or better, on the same side of the other, and the nearest stated
 * ones too, so that two judgements of different things ("a bad year for a good company") never meet.
 */
function alignValence(claimWords: Word[], sentences: () => Word[][], perSentence: Match[][]): void {
  claimWords.forEach((c, k) => {
    // A verb of saying is matched by the source's own verbs of reporting (see alignSpeech), whatever its tone.
    if (isName(c) || isSpeechVerb(c.norm, c.lower)) return;
    const mine = valenceOf(c.lower);
    if (!mine) return;
    const kinds = VALENCE_POS.filter((pos) => hasPos(c.lower, pos));
    sentences().forEach((words, s) => {
      const m = perSentence[s][k];
      if (m.score >= STRONG || m.opposite) return;
      words.forEach((w, j) => {
        if (m.opposite || isName(w) || isSpeechVerb(w.norm, w.lower) || mine * valenceOf(w.lower) >= 0 || !kinds.some((pos) => hasPos(w.lower, pos))) return;
        if (!(c.predicate && w.predicate) && !modifiesTheSame(perSentence[s][k + 1], claimWords[k + 1], c, w, words[j + 1])) return;
        if (!inSameSlot(perSentence[s], claimWords, k, words, j, RELATION_WEIGHT.synonym, true) || !nearestOnItsSide(perSentence[s], k, w)) return;
        m.opposite = w;
      });
    });
  });
}

/**
 * Are the claim words stated nearest to the claim's `k`th word, before and after it, stated on the same sides of
 * `w`? "made to donate blood for wounded fighters" puts nothing of "blood" after "injured" in "give blood to help
 * injured fighters".
 */
function nearestOnItsSide(matches: Match[], k: number, w: Word): boolean {
  const stated = (x: Match): boolean => !!x.word && x.score >= 0.5;
  const before = matches.slice(0, k).reverse().find(stated);
  const after = matches.slice(k + 1).find(stated);
  return (!before || (before.word as Word).index < w.index) && (!after || (after.word as Word).index > w.index);
}

/**
 * Are two adjectives the modifiers of one thing: each right before a noun, the claim's stated by the other's
 * ("in poor condition" / "in good condition")?
 */
function modifiesTheSame(next: Match | undefined, claimNext: Word | undefined, c: Word, w: Word, theirNext: Word | undefined): boolean {
  return !!next && !!claimNext && !!theirNext && next.word === theirNext && next.score >= STRONG && claimNext.index === c.index + 1
    && theirNext.index === w.index + 1 && hasPos(c.lower, 'a') && hasPos(w.lower, 'a');
}

/** Parts of speech in which two rated words may oppose each other. */
const VALENCE_POS = ['v', 'a', 'n'] as const;

/**
 * Is the sentence word `words[j]` in the slot of the claim's `k`th word: some of the claim's words within
 * {@link AKIN_REACH} before it stated (at `least`) among the sentence's words as near before `words[j]`, and so
 * after? A side with no claim words passes, unless `bothSides` asks for words on each.
 */
function inSameSlot(matches: Match[], claimWords: Word[], k: number, words: Word[], j: number, least = 0.5, bothSides = false): boolean {
  const side = (mine: Word[], theirs: Word[]): boolean => (!bothSides || mine.length > 0) && statedAmong(matches, claimWords, mine, theirs, least);
  return side(claimWords.slice(Math.max(0, k - AKIN_REACH), k), words.slice(Math.max(0, j - AKIN_REACH), j))
    && side(claimWords.slice(k + 1, k + 1 + AKIN_REACH), words.slice(j + 1, j + 1 + AKIN_REACH));
}

/**
 * Are some of the claim words `mine` (any, when there are none) stated in a sentence's `matches` by words among
 * `theirs`? A word the sentence states twice is stated by either ("where Foley had worked, … demanded a ransom
 * for Foley's release").
 */
function statedAmong(matches: Match[], claimWords: Word[], mine: Word[], theirs: Word[], least = 0.5): boolean {
  return !mine.length || mine.some((x) => {
    const mx = matches[claimWords.indexOf(x)];
    const word = mx.score >= least ? mx.word : undefined;
    return !!word && theirs.some((w) => w.lower === word.lower);
  });
}

/** Pronouns that may stand for a claim's speaker beside a source's verb of reporting ("he added"). */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they']);

/** How many of a word's first WordNet senses may make it a verb of communication. */
const SPEECH_SENSES = 2;

/**
 * A claim's verb of saying ("described", "warned", "argued", "joked") is stated by a source's plain verb of
 * reporting ("said", "told", "added") with the same speaker and the same words said: reporters vary the verb
 * that introduces a statement far more than the statement. Only verbs that WordNet files as communication
 * and opposes to nothing ("accept"/"reject", "confirm"/"deny" are facts in themselves), never a denial or a
 * refutation, and only where the sentence holds no opposite of the claim verb. The speaker (the claim words
 * just before the verb) must stand next to the source's verb, on either side ("Sorkin said", "…, said
 * Sorkin"), or a pronoun must ("he added": the speaker's name is an anchor checked elsewhere); what was
 * said (the words after it) anywhere in the sentence, for a quotation may come first.
 */
function alignSpeech(claimText: string, claimWords: Word[], index: WordIndex, sentences: () => Word[][], perSentence: Match[][]): void {
  const weight = RELATION_WEIGHT.akin;
  claimWords.forEach((c, k) => {
    if (!c.predicate || isName(c) || c.keys.antonyms.length || DENIAL_VERBS.has(c.norm) || REFUTATION_CUES.has(c.lower)) return;
    if (!senseIn(c.lower, 'v', LEXFILE.communication, SPEECH_SENSES) || !reports(claimText, c)) return;
    const speaker = claimWords.slice(Math.max(0, k - AKIN_REACH), k);
    const said = claimWords.slice(k + 1, k + 1 + AKIN_REACH);
    sentences().forEach((words, s) => {
      const m = perSentence[s][k];
      if (m.score >= weight || m.opposite) return;
      const lined = (mine: Word[], theirs: Word[]): boolean => statedAmong(perSentence[s], claimWords, mine, theirs);
      if (!lined(said, words)) return;
      for (const [verb, vs, pronoun] of index.speech) {
        if (vs !== s) continue;
        const j = words.findIndex((w) => w.start > verb.start);
        const at = j < 0 ? words.length : j;
        if (!pronoun && !lined(speaker, words.slice(Math.max(0, at - AKIN_REACH), at + AKIN_REACH))) continue;
        Object.assign(m, { word: verb, relation: 'akin', score: weight });
        return;
      }
    });
  });
}

/**
 * Does the verb introduce what was said: a clause ("warned that", "wrote:"), a quotation, or a description
 * ("described him as")? "interviewed Lin", "issued a statement" and "asked for a briefing" report no words.
 */
function reports(text: string, verb: Word): boolean {
  return /^(?:\s+[\p{L}'’.-]+){0,3}?\s*(?:\s(?:that|as)\b|[:"“‘])/u.test(text.slice(verb.end, verb.end + 60));
}

/** The indexed content words of each sentence, in order. */
function sentenceWords(index: WordIndex, count: number): Word[][] {
  const out: Word[][] = Array.from({ length: count }, () => []);
  for (const w of index.words) out[index.sentenceOf.get(w) as number].push(w);
  return out;
}

/** The best of several match lists for the same claim words (a claim word stated in any of them). */
export function bestOf(lists: Match[][]): Match[] {
  if (!lists.length) return [];
  return lists[0].map((_, k) => lists.reduce((best, list) => {
    const m = list[k];
    const opposite = best.opposite ?? m.opposite;
    return m.score > best.score ? { ...m, ...(opposite ? { opposite } : {}) } : opposite && !best.opposite ? { ...best, opposite } : best;
  }, lists[0][k]));
}

/** An alignment (with its coverages) from match lists. */
export function alignmentOf(matches: Match[]): Alignment {
  let total = 0;
  let stated = 0;
  let contentTotal = 0;
  let contentStated = 0;
  for (const m of matches) {
    total += m.claim.weight;
    stated += m.claim.weight * m.score;
    if (!m.claim.name) {
      contentTotal += m.claim.weight;
      contentStated += m.claim.weight * m.score;
    }
  }
  const coverage = total ? stated / total : 0;
  return { matches, coverage, contentCoverage: contentTotal ? contentStated / contentTotal : coverage };
}

/** Aligns claim words with the given words (any order, any sentence): for occasional small alignments. */
export function align(claimWords: Word[], words: Word[]): Alignment {
  return alignmentOf(alignSentences(claimWords, indexWords([words]), 1)[0]);
}

/**
 * Weighted coverage of the claim words not in `slot` (the words a detector sets aside as the disputed
 * value), counting only words stated outright: a conflict needs the passage to be about the same thing.
 * `agreed` figures the passage states as the claim does count as stated words.
 */
export function restCoverage(alignment: Alignment, slot: Set<Word>, agreed = 0): number {
  let total = agreed;
  let stated = agreed;
  for (const m of alignment.matches) {
    if (slot.has(m.claim)) continue;
    total += m.claim.weight;
    if (m.score >= STRONG) stated += m.claim.weight * m.score;
  }
  return total ? stated / total : 0;
}
