/**
 * Who does and who undergoes what a verb says, read off the words around it in the plainest shapes: in "the
 * jihadists abducted members of a rival group" the doer is "jihadists" and the one done to "members"; in "the
 * jihadists were kidnapped by members of a rival group" it is the other way round. The subject stands right
 * before the verb (auxiliaries and adverbs between), the object right after it (articles, adjectives and verbs
 * coordinated with it between: "abducted, tortured and robbed members"), a passive's doer after "by".
 */
import { AUXILIARIES, BE_FORMS, OBJECT_DETERMINERS, RECIPROCAL_VERBS } from '../lexicon';
import { plainNegation } from './polarity';
import { hasPos, isSpeechVerb, lemmas, type Relation } from '../lexicon/wordnet';
import type { Alignment } from './align';
import { brokenAfter, type SentenceView } from './views';
import { adjectiveOnly, type Word } from './words';

export interface VerbRoles {
  doer?: Word;
  undergoer?: Word;
  /** A passive whose doer is named after "by" ("dumped by her boyfriend"). */
  byAgent?: boolean;
  /** The word in the subject's place, whatever it is ("she" in "she dumped"). */
  subjectWord?: Word;
  /** Who receives what the act passes on: the head of the noun after "to" ("sold the truck to a local dealer"). */
  recipient?: Word;
}

/** How a passage verb may state the claim's for it to be one act: itself, a synonym or a derivation. */
export const ONE_ACT = new Set<Relation>(['same', 'synonym', 'derived']);

/** A verb with no direction between its parties ("met", "talked with"). */
function reciprocal(v: Word): boolean {
  return lemmas(v.lower).some((e) => RECIPROCAL_VERBS.has(e.lemma));
}

/** A verb for one act with a direction between its parties: no verb with none ("met"), no verb of saying. */
export function directedAct(v: Word): boolean {
  return v.predicate && !reciprocal(v) && !isSpeechVerb(v.norm, v.lower);
}

/**
 * The claim's verbs that the central sentence states as one act, each with the sentence's word (a verb, or a word
 * used as one after "I": "I oppose subsidies"); verbs of saying and verbs with no direction are left out.
 */
export function sameActs(claimWords: readonly Word[], inFocus: Alignment): { verb: Word; act: Word }[] {
  return claimWords.flatMap((verb) => {
    if (!directedAct(verb)) return [];
    const m = inFocus.matches.find((x) => x.claim === verb);
    return m?.word && (m.word.predicate || hasPos(m.word.lower, 'v')) && m.relation && ONE_ACT.has(m.relation) ? [{ verb, act: m.word }] : [];
  });
}

/** Most words looked at on either side of the verb. */
const REACH = 5;

/** The doer and undergoer of `verb` in its sentence, where the words around it show them (none for an active verb before "by"). */
export function rolesOf(view: SentenceView, verb: Word): VerbRoles {
  const words = view.words;
  const passive = isPassive(words, verb);
  let subject: Word | undefined;
  let subjectWord: Word | undefined;
  for (let k = verb.index - 1; k >= 0 && verb.index - k <= REACH; k--) {
    const w = words[k];
    if (brokenAfter(view, w)) break;
    if (AUXILIARIES.has(w.lower) || /ly$/.test(w.lower) || plainNegation(w) || formOfGet(w)) continue;
    // A verb coordinated with an earlier one shares its subject ("the house took the title and sold it").
    const shared = w.lower === 'and' && k === verb.index - 1 && !passive ? coordinatedSubject(view, w) : undefined;
    subjectWord = shared ?? w;
    if (noun(subjectWord)) subject = subjectWord;
    break;
  }
  let object: Word | undefined;
  let agent: Word | undefined;
  let by = false;
  for (let k = verb.index + 1; k < words.length && k - verb.index <= REACH; k++) {
    const w = words[k];
    if (w.lower === 'by') {
      by = true;
      continue;
    }
    // Verbs coordinated with this one share its object or its "by" ("kidnapped, tortured and robbed by").
    if (OBJECT_DETERMINERS.has(w.lower) || !by && w.predicate && /ed$/.test(w.lower) || adjectiveOnly(w)) continue;
    if (noun(w)) {
      if (by) agent = w;
      else object = w;
    }
    break;
  }
  const recipient = recipientAfter(view, verb);
  if (passive) return { doer: agent, undergoer: subject, ...(agent && { byAgent: true }), ...(recipient && { recipient }) };
  return by ? {} : { doer: subject, undergoer: object, ...(subjectWord && { subjectWord }), ...(recipient && { recipient }) };
}

/** Most words between a verb and the "to" of its receiver ("sold the used pickup truck to"). */
const RECIPIENT_REACH = 6;

/**
 * The receiver of an act: the head of the noun phrase after "to", past the verb's object and before any break
 * ("sold it to a local used car dealer": dealer); none for an infinitive ("sold it to raise money").
 */
function recipientAfter(view: SentenceView, verb: Word): Word | undefined {
  const words = view.words;
  for (let k = verb.index + 1; k < words.length && k - verb.index <= RECIPIENT_REACH; k++) {
    if (brokenAfter(view, words[k - 1])) return undefined;
    if (words[k].lower !== 'to') continue;
    // The phrase's words up to its end; its head is the last ("a local used car dealer": dealer). A verb right
    // after "to" opens an infinitive.
    let head: Word | undefined;
    let determined = false;
    for (let j = k + 1; j < words.length; j++) {
      const w = words[j];
      if (!head && OBJECT_DETERMINERS.has(w.lower)) {
        determined = true;
        continue;
      }
      if (!w.content || !head && !determined && w.predicate) break;
      head = w;
      if (brokenAfter(view, w)) break;
    }
    return head && noun(head) ? head : undefined;
  }
  return undefined;
}

/** The subject of the verb before "and" in its clause, when that verb has a noun right before it (past auxiliaries). */
function coordinatedSubject(view: SentenceView, and: Word): Word | undefined {
  const words = view.words;
  for (let k = and.index - 1; k >= 0 && and.index - k <= REACH; k--) {
    if (brokenAfter(view, words[k])) return undefined;
    if (!words[k].predicate) continue;
    const before = words.slice(Math.max(0, k - REACH), k).reverse().find((w) => !AUXILIARIES.has(w.lower) && !/ly$/.test(w.lower));
    return before && noun(before) && !brokenAfter(view, before) ? before : undefined;
  }
  return undefined;
}

/** A participle after a form of "be" or of "get" ("were kidnapped", "after getting dumped", "are being held"). */
export function isPassive(words: readonly Word[], verb: Word): boolean {
  if (!pastParticiple(verb)) return false;
  for (let k = verb.index - 1; k >= 0 && verb.index - k <= 3; k--) {
    if (BE_FORMS.has(words[k].lower) || formOfGet(words[k])) return true;
    if (!/ly$/.test(words[k].lower) && words[k].lower !== 'not') return false;
  }
  return false;
}

/**
 * A word that can be a past participle: a regular ending ("kidnapped", "taken", "shown", "bought"), or, used as
 * a verb, an irregular form of another verb ("held" of hold, "sold" of sell, "left" of leave; not "men" of man).
 */
function pastParticiple(w: Word): boolean {
  return /(?:ed|en|wn|ght)$/.test(w.lower) || w.predicate && !/(?:ing|s)$/.test(w.lower) && lemmas(w.lower).some((e) => e.lemma !== w.lower && !!e.senses.v);
}

/** "got", "getting": before a participle, the auxiliary of a passive. */
function formOfGet(w: Word): boolean {
  return lemmas(w.lower).some((e) => e.lemma === 'get');
}

/** A content word used as a noun: a name, or a word no verb here and no adjective only. */
export function noun(w: Word): boolean {
  return w.content && !w.predicate && (w.name || hasPos(w.lower, 'n'));
}
