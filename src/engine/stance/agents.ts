/**
 * Who does and who undergoes what a verb says, read off the words around it in the plainest shapes: in "the
 * jihadists abducted members of a rival group" the doer is "jihadists" and the one done to "members"; in "the
 * jihadists were kidnapped by members of a rival group" it is the other way round. The subject stands right
 * before the verb (auxiliaries and adverbs between), the object right after it (articles, adjectives and verbs
 * coordinated with it between: "abducted, tortured and robbed members"), a passive's doer after "by".
 */
import { hasPos } from '../lexicon/wordnet';
import type { SentenceView } from './views';
import type { Word } from './words';

export interface VerbRoles {
  doer?: Word;
  undergoer?: Word;
}

/** Auxiliaries that may stand between a subject and its verb ("had abducted", "were being held", "will not sign"). */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|am|has|have|had|having|do|does|did|will|would|shall|should|can|could|may|might|must|not|n't|never|also|later|then)$/;
/** A form of "be" right before a participle makes it passive ("were kidnapped", "had been seized"). */
const BE = /^(?:is|are|was|were|be|been|being|am)$/;
/** Words that may stand between a verb and its object or its "by". */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|several|two|three|four|five|six|seven|eight|nine|ten|dozens|many|all|both|and|or)$/;
/** Most words looked at on either side of the verb. */
const REACH = 5;

export function rolesOf(view: SentenceView, verb: Word): VerbRoles {
  const words = view.words;
  const passive = isPassive(words, verb);
  let subject: Word | undefined;
  for (let k = verb.index - 1; k >= 0 && verb.index - k <= REACH; k--) {
    const w = words[k];
    if (/[,;:()]/.test(view.text.slice(w.end, words[k + 1].start))) break;
    if (AUXILIARY.test(w.lower) || /ly$/.test(w.lower)) continue;
    if (noun(w)) subject = w;
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
    if (DETERMINER.test(w.lower) || !by && w.predicate && /ed$/.test(w.lower) || hasPos(w.lower, 'a') && !hasPos(w.lower, 'n')) continue;
    if (noun(w)) {
      if (by) agent = w;
      else object = w;
    }
    break;
  }
  return passive ? { doer: agent, undergoer: subject } : by ? {} : { doer: subject, undergoer: object };
}

function isPassive(words: readonly Word[], verb: Word): boolean {
  if (!/(?:ed|en|wn|ght)$/.test(verb.lower)) return false;
  for (let k = verb.index - 1; k >= 0 && verb.index - k <= 3; k--) {
    if (BE.test(words[k].lower)) return true;
    if (!/ly$/.test(words[k].lower) && words[k].lower !== 'not') return false;
  }
  return false;
}

/** A content word used as a noun: no verb here, no adjective only. */
function noun(w: Word): boolean {
  return w.content && !w.predicate && hasPos(w.lower, 'n');
}
