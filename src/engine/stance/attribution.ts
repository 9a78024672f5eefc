/**
 * Attribution: whom a claim gives its words to ("Pence said that ...", "according to Kaine", "Trump pledged"),
 * and the claim as that speaker's own words, for a passage in the speaker's turn of a transcript.
 */
import { LEXFILE, isSpeechVerb, nounIn, senseIn } from '../lexicon/wordnet';
import { ADDRESSING_VERBS, BE_FORMS, FIRST_PERSON_RE, PERSONAL_SUBJECTS, SAID_OPENERS } from '../lexicon';
import type { Name } from '../text/entities';
import { withParts } from '../text/analysis';
import { foldMarks, nameKind } from './names';
import type { ClaimView } from './views';
import type { Word } from './words';

/** Each claim's views as a transcript speaker's words, by speaker (null: the claim names someone else or no one). */
const spokenViews = new WeakMap<ClaimView, Map<string, ClaimView | null>>();

/** A word of a name (a pattern with \\p{…} is kept in a constant: the bundler rebuilds such a literal each time). */
const WORD_RE = /[\p{L}'’-]+/gu;

/** Farthest a verb of saying may stand from the speaker's name to be the claim's attribution. */
const FRAME_REACH = 40;
/** How many of a verb's first WordNet senses may make it one of communication. */
const COMMUNICATION_SENSES = 2;

/**
 * The claim as the words of a transcript's speaker. When the claim gives what it says to that speaker
 * ("Pence said that ...", "according to Kaine, ...", "Kaine accused Pence of ..."), the turn's label is the
 * attribution: the speaker's name and the verb of saying are no longer words the passage must state, nor a
 * name it must give. Undefined when the claim names another speaker, or none.
 */
export function spokenBy(claim: ClaimView, speaker: string): ClaimView | undefined {
  let views = spokenViews.get(claim);
  if (!views) spokenViews.set(claim, views = new Map());
  let view = views.get(speaker);
  if (view === undefined) views.set(speaker, view = computeSpoken(claim, speaker) ?? null);
  return view ?? undefined;
}

function computeSpoken(claim: ClaimView, speaker: string): ClaimView | undefined {
  const attributed = attribution(claim);
  if (!attributed) return describedSpeaker(claim, speaker);
  if (!sameSpeaker(attributed.who.text, speaker)) return undefined;
  const { who } = attributed;
  const frame = frameWords(claim, attributed);
  const framed = (n: Name): boolean => n.start === who.start || claim.words.some((w) => frame.has(w) && w.start >= n.start && w.end <= n.end);
  return {
    ...claim,
    a: withParts(claim.a, { names: claim.a.names.filter((n) => !framed(n)), speaker: undefined }),
    content: claim.content.filter((w) => !frame.has(w)),
    voiceOf: speaker,
  };
}

/** Pronouns that may open a claim in a speaker's place. */
const OPENING_PRONOUNS = new Set(['he', 'she']);

/** Most words of a speaker's description ("the vice president", "the Democratic nominee"). */
const DESCRIPTION_WORDS = 3;

/**
 * The claim as the words of a transcript's speaker whom it describes by his office rather than names, at its
 * start: "The president said that ...", "According to the governor, ...", or by a pronoun: "He said that ...";
 * or at its end: "..., the president said.", "..., he told lawmakers.". The description (a person in WordNet's
 * first sense of its last word) and the verb of saying are the attribution, as a name would be; who holds the
 * office the transcript does not say, so the turn's speaker is taken to.
 */
function describedSpeaker(claim: ClaimView, speaker: string): ClaimView | undefined {
  // Called only when the claim names no speaker (see computeSpoken).
  const frame = openingDescription(claim) ?? closingDescription(claim);
  if (!frame) return undefined;
  return { ...claim, content: claim.content.filter((w) => !frame.has(w)), voiceOf: speaker };
}

/** The words of a description and verb of saying that open the claim ("The mayor said", "According to the mayor,"). */
function openingDescription(claim: ClaimView): Set<Word> | undefined {
  const verb = claim.words.find((w) => isSpeechVerb(w.norm, w.lower) || w.lower === 'according');
  if (!verb) return undefined;
  const according = verb.lower === 'according';
  if (according ? claim.words[verb.index + 1]?.lower !== 'to' : verb.index > DESCRIPTION_WORDS) return undefined;
  // "The president said": the description opens the claim; "According to the president,": it follows "to" up to a comma.
  const from = according ? verb.index + 2 : 0;
  const words = claim.words.slice(from, according ? from + DESCRIPTION_WORDS + 1 : verb.index);
  const end = according ? words.findIndex((w, i) => i > 0 && /^\s*,/.test(claim.text.slice(w.end, w.end + 2))) + 1 : words.length;
  const description = words.slice(0, end);
  // "He said", "She told lawmakers that": a pronoun stands for the person the draft just named, as a description does.
  if (!describesSpeaker(description, !according)) return undefined;
  return new Set([verb, ...description, ...(according ? [claim.words[verb.index + 1]] : []), ...addressee(claim.words, verb)]);
}

/**
 * The words of a description and verb of saying that close the claim after a comma ("..., the president said.",
 * "..., he told lawmakers."): nothing but whom it was said to may follow the verb.
 */
function closingDescription(claim: ClaimView): Set<Word> | undefined {
  const { words, text } = claim;
  const last = words[words.length - 1];
  if (!last || !/^[\s.!"'”’)]*$/.test(text.slice(last.end))) return undefined;
  const verb = words.slice(-2 - ADDRESSEE_WORDS).reverse().find((w) => isSpeechVerb(w.norm, w.lower));
  if (!verb) return undefined;
  const after = words.slice(verb.index + 1);
  if (after.length && !addressedTo(after)) return undefined;
  const comma = text.lastIndexOf(',', verb.start);
  const description = words.slice(0, verb.index).filter((w) => w.start > comma);
  if (comma < 0 || !describesSpeaker(description, true)) return undefined;
  return new Set([verb, ...description, ...after]);
}

/** Is this a description of a person ("the president", "the Democratic nominee"), or, where `pronoun` allows, "he" or "she"? */
function describesSpeaker(description: readonly Word[], pronoun: boolean): boolean {
  const head = description[description.length - 1];
  if (!head) return false;
  if (pronoun && description.length === 1 && OPENING_PRONOUNS.has(head.lower)) return true;
  return description[0].lower === 'the' && description.length >= 2 && description.length <= DESCRIPTION_WORDS
    && !description.some((w) => w.name) && nounIn(head.lower, LEXFILE.person, 1);
}

/**
 * The claim as a transcript speaker's account of himself: when the claim opens on the speaker's name ("Dukakis
 * put the arsenal at 31,000 warheads") and the passage speaks in the first person ("today we have 13,000"), the
 * name is the speaker's "I" or "we", not a name the passage must give. Undefined otherwise.
 */
export function selfReported(claim: ClaimView, speaker: string, passageText: string): ClaimView | undefined {
  const subject = claim.a.names[0];
  if (!subject || !sameSpeaker(subject.text, speaker) || claim.text.slice(0, subject.start).match(WORD_RE)?.length || !FIRST_PERSON_RE.test(passageText)) return undefined;
  return {
    ...claim,
    a: withParts(claim.a, { names: claim.a.names.filter((n) => n !== subject) }),
    content: claim.content.filter((w) => w.end <= subject.start || w.start >= subject.end),
    voiceOf: speaker,
  };
}

/** Do a name and a transcript's label name one speaker (the same last word: "Senator Kaine", "KAINE")? */
export function sameSpeaker(name: string, label: string): boolean {
  const surname = (text: string): string | undefined => foldMarks(text.toLowerCase()).match(WORD_RE)?.at(-1)?.replace(/['’]s?$/, '');
  return surname(name) === surname(label);
}

/** The claim's words of attribution: the speaker's name, the verb and whom the words were said to. */
function frameWords(claim: ClaimView, { who, verb }: Attribution): Set<Word> {
  const to = verb ? addressee(claim.words, verb) : [];
  return new Set(claim.words.filter((w) => w === verb || to.includes(w) || w.start >= who.start && w.end <= who.end || retold(claim.words, w)));
}

/**
 * A verb of saying whose subject is "he" or "she", the speaker again, inside what the speaker is said to have said
 * ("According to Bush, the budget cuts 151 programs he described as wasteful"): the speaker's own words need no
 * verb for it.
 */
function retold(words: readonly Word[], w: Word): boolean {
  return isSpeechVerb(w.norm, w.lower) && OPENING_PRONOUNS.has(words[w.index - 1]?.lower ?? '');
}

/** Most words an addressee may have ("the television audience"). */
const ADDRESSEE_WORDS = 3;

/**
 * Whom a verb of saying addresses: a person or a body (in WordNet's first sense of its last word) between the verb
 * and a "that" or a subject pronoun that opens what was said ("told Congress that ...", "reminded the audience
 * that ...", "told lawmakers he would ..."), or, after a verb of telling, a determiner ("told Congress the budget
 * ..."). A speech's or a debate's audience is the occasion, not part of what was said. None when the verb is
 * followed by what was said ("said the budget he proposed ...").
 */
function addressee(words: readonly Word[], verb: Word): Word[] {
  const after = words.slice(verb.index + 1, verb.index + 2 + ADDRESSEE_WORDS);
  // After "told" (not "said") a determiner may open what was said as well ("told Congress the economy had added").
  const opens = (w: Word): boolean => w.lower === 'that' || PERSONAL_SUBJECTS.has(w.lower) || ADDRESSING_VERBS.has(verb.norm) && SAID_OPENERS.has(w.lower);
  const end = after.findIndex((w, i) => i > 0 && opens(w));
  // Before `end` only the first word can be a pronoun: then it opens what was said ("said he would").
  if (end < 0 || PERSONAL_SUBJECTS.has(after[0].lower)) return [];
  const to = after.slice(0, end);
  return addressedTo(to) ? to : [];
}

/** Are these words a person or a body (in WordNet's first sense of the last word), whom something is said to? */
function addressedTo(words: readonly Word[]): boolean {
  const head = words[words.length - 1];
  return words.length <= ADDRESSEE_WORDS && !!head && (nounIn(head.lower, LEXFILE.person, 1) || nounIn(head.lower, LEXFILE.group, 1));
}

/** Who a claim gives its words to, and the verb that does. */
export interface Attribution {
  who: Name;
  verb?: Word;
}

/**
 * Who the claim gives its words to, and the verb that does: the speaker the analysis found, with the verb of
 * saying nearest it; or else a name followed at once by a verb of communication in WordNet ("Clinton
 * accused", "Trump pledged", "Holt reminded viewers").
 */
export function attribution(claim: ClaimView): Attribution | undefined {
  const who = claim.a.speaker;
  if (who) {
    const distance = (w: Word): number => Math.max(who.start - w.end, w.start - who.end);
    const verbs = claim.words.filter((w) => (isSpeechVerb(w.norm, w.lower) || w.lower === 'according') && distance(w) <= FRAME_REACH);
    return { who, verb: verbs.sort((x, y) => distance(x) - distance(y))[0] };
  }
  for (const name of claim.a.names) {
    const next = claim.words.find((w) => w.start >= name.end);
    if (next && /^\s*$/.test(claim.text.slice(name.end, next.start)) && senseIn(next.lower, 'v', LEXFILE.communication, COMMUNICATION_SENSES)) return { who: name, verb: next };
  }
  return accountOf(claim);
}

/** A claim that opens on someone's account of it: "In Reagan's telling, ...", "By Romney's count, ...". */
const ACCOUNT_RE = /^\s*(?:In|By)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?\p{Lu}[\p{L}.-]*['’]s?\s+(?:own\s+)?(telling|account|view|words|estimate|reckoning|version|recollection|count)\b/u;

/** The person whose account the claim opens on, with the word that names the account as its verb. */
function accountOf(claim: ClaimView): Attribution | undefined {
  const m = ACCOUNT_RE.exec(claim.text);
  if (!m) return undefined;
  const at = m.index + m[0].length - m[1].length;
  const who = claim.a.names.find((n) => n.start < at && n.end <= at);
  const verb = claim.words.find((w) => w.start === at);
  return who && verb ? { who, verb } : undefined;
}

/**
 * The speaker of a transcript turn whose words a claim gives to another person: the claim has a speaker and a verb
 * of saying ("Obama said Joe had worked 12 hours a day"), the central sentence is in another speaker's turn and names
 * no word of the claim's speaker. Such a sentence supports nothing, as the transcript gives its words to someone
 * else; the claim's speaker's own turn, if it says them too, supports the claim. Undefined otherwise.
 */
export function otherMouth(claim: ClaimView, focus: readonly Word[], turn: string | undefined): string | undefined {
  const who = claim.a.speaker;
  if (!turn || !who || nameKind(who.text) !== 'person') return undefined;
  const attributed = attribution(claim);
  const verb = attributed?.verb;
  // "Kim is said to have ..." reports what others say of Kim: a form of "be" before the verb makes it passive.
  if (!verb || verb.lower === 'according' || BE_FORMS.has(claim.words[verb.index - 1]?.lower ?? '') || sameSpeaker(who.text, turn)) return undefined;
  return reportsOrNames(focus, who) ? undefined : turn;
}

/**
 * Does a sentence report speech ("They just announced ...", "you said we should ...") or name a word of the person?
 * Either way it may be giving that person's words, not its speaker's own.
 */
export function reportsOrNames(words: readonly Word[], who: Name): boolean {
  if (words.some((w) => isSpeechVerb(w.norm, w.lower))) return true;
  const named = new Set(who.words.map((w) => foldMarks(w.toLowerCase())));
  return words.some((w) => named.has(foldMarks(w.lower)));
}
