/**
 * Polarity: which words a negation governs, and whether the clause around a word asserts it at all. Shared
 * by the negation and antonym detectors and by support.
 */
import { ADDITIVE_FOCUS, BE_FORMS, CATENATIVE_VERBS, CONDITIONAL_OPENERS, DOWNTONERS, NEG_RAISING_VERBS, NEGATING_VERBS, NEGATIONS, NORMATIVE_FRAMES, OBLIGATION_MODALS, PRIVATIVE_VERBS, TRUTH_WORDS } from '../lexicon';
import { hasPos, isSpeechVerb, lemmas } from '../lexicon/wordnet';
import type { Word } from './words';

/** How many words after a negation cue it is taken to govern. */
export const NEGATION_REACH = 4;
/** Words that open a new clause: a negation or a condition never reaches back past them. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'when', 'while', 'after', 'before', 'because', 'but',
  'if', 'although', 'though', 'where', 'whereas', 'since', 'until', 'unless', 'and', 'or']);
/** The cue words of "rather than" and "instead of", each with the word that must come before it. */
export const ALTERNATIVE_CUES = new Map([['than', 'rather'], ['of', 'instead']]);
/** Before "yet to", which then negates ("is yet to make", "have yet to respond"). */
const AUXILIARY_BEFORE_YET = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'had']);
/** A comparison after "not" or "no" that makes it a bound ("not later than", "no more than"), not a negation. */
const BOUND_AFTER = /^\s+(?:later|earlier|sooner|more|less|fewer|longer|shorter|higher|lower|greater|smaller)\s+than\b/i;
/** Cues that, before a comparison in their clause, say that nothing matches what follows "than" ("no country grew faster than ours"). */
const NOBODY = new Set(['no', 'none', 'nobody', 'nothing']);
/** Most words from such a cue to the comparison. */
const OUTDONE_REACH = 10;

/**
 * Does a comparison with "than" follow cue `i` in its clause ("no major economy is growing faster than ours", "nobody has
 * done more than she")? Then the sentence ranks what follows "than" first, as a superlative does ("ours is the fastest
 * growing"): it denies nothing. Not across a new clause ("no evidence that it works better than a placebo").
 */
function outdoneBy(words: Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + OUTDONE_REACH; k++) {
    const w = words[k];
    if (CLAUSE_OPENERS.has(w.lower)) return false;
    if (words[k + 1]?.lower === 'than' && w.lower !== 'rather' && w.lower !== 'other' && (COMPARATIVE_RE.test(w.lower) || k > i + 1 && MORE_LESS.has(words[k - 1].lower))) return true;
  }
  return false;
}
/** A comparative form: "faster", "higher", "more", "less", "better", "worse", "fewer". */
const COMPARATIVE_RE = /^(?:more|less|better|worse|fewer|[a-z]{2,}er)$/;
/** Words before an adjective that make it a comparison ("more important than"). */
const MORE_LESS = new Set(['more', 'less']);

/** After these, "no" is an answer ("voted no", "said no"), not a negation. */
const ANSWER_VERBS = new Set(['vote', 'voted', 'say', 'said', 'says', 'answer', 'answered', 'reply', 'replied', 'respond', 'responded']);

/**
 * Is word `i` of `words` (in `text`) a negation cue: "not", "n't", "never", "no" (not as an answer), a
 * downtoner ("little progress", "hardly"), "failed to", "refused to", "lacks", "is yet to" ("has yet to reply"), or
 * "rather than" and "instead of" ("stock photos rather than pictures of a priest")?
 */
export function isNegation(words: Word[], i: number, text: string): boolean {
  const w = words[i];
  // "little progress" all but negates; "a little marijuana" is a small amount.
  if (DOWNTONERS.has(w.lower)) return words[i - 1]?.lower !== 'a';
  if (plainNegation(w)) {
    if (w.lower === 'not' && ADDITIVE_FOCUS.has(words[i + 1]?.lower ?? '')) return false;
    // "not later than March 15", "no more than ten": a bound on a time or an amount.
    if ((w.lower === 'not' || w.lower === 'no') && BOUND_AFTER.test(text.slice(w.end, w.end + 16))) return false;
    if (NOBODY.has(w.lower) && outdoneBy(words, i)) return false;
    if (w.lower !== 'no') return true;
    const answer = i > 0 && ANSWER_VERBS.has(words[i - 1].lower);
    // "No-one" is "nobody"; "no," or "voted no" answers.
    const standsAlone = /^\s*(?:[,;:.!?)—–-]|$)/.test(text.slice(w.end, w.end + 3)) && !/^-one\b/i.test(text.slice(w.end, w.end + 5));
    return !answer && !standsAlone;
  }
  if (w.lower === 'yet') return words[i + 1]?.lower === 'to' && AUXILIARY_BEFORE_YET.has(words[i - 1]?.lower ?? '');
  // "I'm against removing dams", "voted 10 to 0 against the treaty": a stand against what follows.
  if (w.lower === 'against') return standsAgainst(words, i, text);
  // "stock photos rather than pictures of a priest", "instead of a fine": what follows is denied.
  const alternative = ALTERNATIVE_CUES.get(w.lower);
  if (alternative) return words[i - 1]?.lower === alternative;
  return lemmas(w.lower).some((e) => PRIVATIVE_VERBS.has(e.lemma)) || words[i + 1]?.lower === 'to' && negatingVerb(w);
}

/**
 * The verb "rather than" or "instead of" (`cue` is "than" or "of") denies, when a verb comes right after it: an -ing
 * form ("is decreasing rather than increasing", "sold it instead of repairing it"), or a base form after a verb in
 * its base form ("chose to sell the dredger rather than repair it"). Before a noun the two contrast things ("stock
 * photos rather than pictures", "instead of new sanctions"), and undefined is given.
 */
export function alternativeVerb(words: Word[], cue: Word): Word | undefined {
  const next = words[cue.index + 1];
  const verb = (w: Word | undefined): w is Word => !!w && lemmas(w.lower).some((e) => e.senses.v);
  // "instead of being sold", "rather than having paid": the verb is the one after the auxiliary.
  if (next && AUXILIARY_ING.has(next.lower) && verb(words[cue.index + 2])) return words[cue.index + 2];
  if (!verb(next)) return undefined;
  if (next.lower.endsWith('ing')) return next;
  const base = (w: Word): boolean => lemmas(w.lower).some((e) => e.lemma === w.lower && e.senses.v);
  const before = words.slice(0, cue.index - 1).reverse().find((w) => w.predicate);
  return before && base(before) && base(next) ? next : undefined;
}

/** A negation cue as a reader would quote it: "no longer", "rather than", "instead of", or the word itself. */
export function cueText(words: Word[], cue: Word): string {
  const after = words[cue.index + 1];
  if (after?.lower === 'longer') return `${cue.raw} ${after.raw}`;
  return ALTERNATIVE_CUES.has(cue.lower) ? `${words[cue.index - 1].raw} ${cue.raw}` : cue.raw;
}

/** Auxiliaries in their -ing form, before a participle ("being sold", "having paid"). */
const AUXILIARY_ING = new Set(['being', 'having']);

/** Is `w` a word that negates the verb after "to" ("failed", "refused", "declined", "unable")? */
export function negatingVerb(w: Word): boolean {
  return lemmas(w.lower).some((e) => NEGATING_VERBS.has(e.lemma));
}

/** Most words (a tally, an adverb, an aside between commas) between "voted" or a form of "be" and "against". */
const AGAINST_REACH = 8;

/**
 * Is "against" at `i` a stand: after a form of "be" ("I'm against removing dams") or of "vote" ("voted 10 to 0,
 * with seven abstentions, against the treaty"), with only a tally, adverbs or an aside between commas between?
 */
function standsAgainst(words: Word[], i: number, text: string): boolean {
  let aside = /,\s*$/.test(text.slice(words[i - 1]?.end ?? 0, words[i].start));
  for (let k = i - 1; k >= 0 && i - k <= AGAINST_REACH; k--) {
    const w = words[k];
    if (aside) {
      if (k > 0 && /,\s*$/.test(text.slice(words[k - 1].end, w.start))) aside = false;
      continue;
    }
    // "as being against the temples" aims at them; "is against" takes a stand.
    // A word's lower form has its apostrophe folded and "'s" cut off ("he's" is "he"): only these contractions remain.
    if (BE_FORMS.has(w.lower) && w.lower !== 'being' || /^(?:i'm|we're|you're|they're)$/.test(w.lower)
      || lemmas(w.lower).some((e) => e.lemma === 'vote' && e.senses.v)) return true;
    if (w.content && !/^\d/.test(w.lower) && !isAdverb(w)) return false;
  }
  return false;
}

/** Is the word a negation by itself ("not", "n't", "never", "no", "without"), whatever its context? */
export function plainNegation(w: Word): boolean {
  return NEGATIONS.has(w.lower) || /n't$/.test(w.lower);
}

/**
 * The negation cues of a sentence that are asserted (not inside a condition, a demand or an obligation).
 * Remembered per sentence: the detectors ask for the claim's and each passage sentence's cues once per
 * comparison, and a check makes thousands; callers only read the list.
 */
export function negationCues(words: Word[], text: string): Word[] {
  const known = cuesOf.get(words);
  if (known?.text === text) return known.cues;
  const cues = words.filter((_, i) => isNegation(words, i, text) && asserted(words, i, text));
  cuesOf.set(words, { text, cues });
  return cues;
}

/** {@link negationCues} per word list, with the text they were found in. */
const cuesOf = new WeakMap<Word[], { text: string; cues: Word[] }>();

/**
 * The word a negation cue governs: the first content word after it that is neither a name nor an adverb,
 * within a few words and inside its clause ("did not comment" -> comment, "has not officially commented" ->
 * commented, "no progress" -> progress, "failed to stop" -> stop, "had not said Putin was unwilling" ->
 * unwilling, "does not begin to meet" -> begin and meet).
 */
export function governed(words: Word[], cue: Word, text: string): Word[] {
  // A determiner ("no", "little") negates the noun after its adjectives: "little tangible progress".
  // "no longer" negates a state, whatever word states it ("no longer relevant").
  const determiner = DETERMINER_CUES.has(cue.lower) && words[cue.index + 1]?.lower !== 'longer';
  let reach = cue.index + NEGATION_REACH;
  let afterAside = false;
  for (let k = cue.index + 1; k < words.length && k <= reach; k++) {
    if (!afterAside && /[,;:()"“”—–]/.test(text.slice(words[k - 1].end, words[k].start)) || CLAUSE_OPENERS.has(words[k].lower)) {
      // "do not, very frankly, take seriously": an aside of adverbs between commas is stepped over.
      const aside = asideEnd(words, k, text);
      if (aside < 0) break;
      reach += aside - k + 1;
      k = aside;
      afterAside = true;
      continue;
    }
    afterAside = false;
    const w = words[k];
    // "based in Tessby, not in Orlen": a "not" after a comma sets a name against the one before it, and denies it.
    if (w.name && cue.lower === 'not' && cue.index > 0 && /,\s*$/.test(text.slice(words[cue.index - 1].end, cue.start))) return [w];
    if (lemmas(w.lower).some((e) => NEG_RAISING_VERBS.has(e.lemma) && e.senses.v)) return [w, ...complementHead(words, k, text)];
    // "It is not true that X", "not correct to infer that X": the clause after "that" is denied.
    const that = TRUTH_WORDS.has(w.lower) ? words.slice(k + 1, k + 1 + TRUTH_TO_THAT).find((x) => x.lower === 'that') : undefined;
    if (that) return [w, ...complementHead(words, that.index, text)];
    if (words[k + 1]?.lower === 'to' && words[k + 2] && lemmas(w.lower).some((e) => CATENATIVE_VERBS.has(e.lemma) && e.senses.v)) return [w, words[k + 2]];
    // "did not say whether X" leaves X open; "did not say that X" and "cannot confirm the sale" negate the
    // saying itself.
    if (isSpeechVerb(w.norm, w.lower)) return OPEN_QUESTION.has(words[k + 1]?.lower ?? '') ? [] : [w];
    if (w.content && !w.name && !isAdverb(w) && !(determiner && onlyPos(w, 'a'))) return withComplement(words, k, text);
  }
  return [];
}

/** Most words between a word for truth and the "that" of what it denies ("not correct to infer that"). */
const TRUTH_TO_THAT = 4;

/** Most words between an opinion verb and the predicate of the clause after it ("think that the plan alone is"). */
const COMPLEMENT_REACH = 6;

/**
 * The predicate of the clause after an opinion verb at `k`, which a negation of the verb denies ("don't think
 * he will win" -> win, "don't believe that conservation is the answer" -> answer): its first verb, or after a
 * form of "be" the first content word.
 */
function complementHead(words: Word[], k: number, text: string): Word[] {
  let copula = false;
  for (let j = k + 1; j < words.length && j <= k + COMPLEMENT_REACH; j++) {
    if (/[;:()"“”—–]/.test(text.slice(words[j - 1].end, words[j].start))) break;
    const w = words[j];
    if (BE_FORMS.has(w.lower)) copula = true;
    else if (w.predicate || copula && w.content && !w.name && !isAdverb(w)) return [w];
  }
  return [];
}

/** Most words of an aside between commas that a negation reaches past. */
const ASIDE_WORDS = 3;

/**
 * The last word of an aside of adverbs that opens with a comma before word `k` and closes with a comma
 * ("not, very frankly, take"), or -1 when none starts there.
 */
function asideEnd(words: Word[], k: number, text: string): number {
  if (text.slice(words[k - 1].end, words[k].start).trim() !== ',') return -1;
  for (let j = k; j < words.length && j < k + ASIDE_WORDS; j++) {
    if (!lemmas(words[j].lower).some((e) => 'r' in e.senses)) return -1;
    if (words[j + 1] && text.slice(words[j].end, words[j + 1].start).trim() === ',') return j;
  }
  return -1;
}

/**
 * The governed noun and, when "of" follows it, the head of its complement: "not a shred of truth" negates
 * the truth as much as the shred, and "no sign of progress" the progress.
 */
function withComplement(words: Word[], k: number, text: string): Word[] {
  const of = words[k + 1];
  if (of?.lower !== 'of' || /[,;:()"“”—–]/.test(text.slice(words[k].end, of.start))) return [words[k]];
  const head = words.slice(k + 2, k + 5).find((w) => w.content && !isAdverb(w));
  return head ? [words[k], head] : [words[k]];
}

/** Words after a speech verb that leave what was said open ("would not say whether"). */
const OPEN_QUESTION = new Set(['whether', 'if']);

/** Negation cues that stand before a noun phrase. */
const DETERMINER_CUES = new Set(['no', 'little', 'few', 'none', 'neither']);

/** A word WordNet knows only as an adverb ("officially", "still"). */
function isAdverb(w: Word): boolean {
  return onlyPos(w, 'r');
}

/** A word WordNet knows only in one part of speech. */
function onlyPos(w: Word, pos: 'a' | 'r'): boolean {
  const es = lemmas(w.lower);
  return es.length > 0 && es.every((e) => Object.keys(e.senses).every((p) => p === pos));
}

/**
 * Does the clause holding word `i` assert its content? Not when the clause is a condition ("if the US steps
 * back"), a demand or wish ("it is crucial that the US does not step back") or prescribed by a modal of
 * obligation: such a clause has no polarity to contradict a statement of fact.
 */
export function asserted(words: Word[], i: number, text: string): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const lower = words[k].lower;
    if (CONDITIONAL_OPENERS.has(lower) || OBLIGATION_MODALS.has(lower)) return false;
    if (lower === 'that') return !(k > 0 && NORMATIVE_FRAMES.has(words[k - 1].norm));
    if (CLAUSE_OPENERS.has(lower) || /[,;:()"“”—–]/.test(text.slice(words[k].end, words[k + 1].start))) return true;
  }
  return true;
}

/** Determiners by which a noun refers back to something the text has told. */
const POINTING_DETERMINERS = new Set(['the', 'this', 'these', 'those']);

/**
 * Is a sentence's noun `word`, stating the claim's verb `verb`, one that points back to an act told before ("The comment
 * followed criticism")? It says the act happened, not who did it, so it neither states nor denies the claim's own.
 */
export function actPointedTo(words: readonly Word[], verb: Word, word: Word): boolean {
  return verb.predicate && !word.predicate && hasPos(word.lower, 'n') && POINTING_DETERMINERS.has(words[word.index - 1]?.lower ?? '');
}
