import type { Name } from '../../text/entities';
import { sameWord } from '../align';
import { inPassage, matchOf, onTopic, type Detector, type StanceContext } from '../context';
import { FIRST_PERSON_SUBJECTS, PERSONAL_SUBJECTS, THIRD_PERSON_SUBJECTS } from '../../lexicon';
import { LEXFILE, hasPos, nounIn } from '../../lexicon/wordnet';
import { ONE_ACT, directedAct, isPassive, rolesOf, sameActs, type VerbRoles } from '../agents';
import { nameKind } from '../names';
import type { SentenceView } from '../views';
import { wordsWithin, type Word } from '../words';

/**
 * Who did what to whom, swapped: the claim and the central sentence name the same two parties around the
 * same predicate, in the opposite order ("Obama briefed Pierson" / "Pierson briefed Obama"), or behind the
 * same preposition the other way round ("a letter to Gomez" / "a letter to Powers" with both named in each).
 * A passive ("was briefed by") reverses the order; reciprocal predicates ("met", "talked with") have no
 * direction and are left alone.
 */
export const roles: Detector = {
  id: 'roles',
  description: 'two parties swapped around the same predicate',
  detect(ctx) {
    // Parties are people, bodies or places ("Russia"), never a demonym or a thing ("European", "Ukraine war"),
    // named or not ("the customers", "its developers": a word WordNet files first as a person or a group).
    // Each party's word in the central sentence, found once: every pair below reads it.
    const placed = new Map<Name, Word>();
    for (const n of [...ctx.claim.a.names.filter(party), ...commonParties(ctx.claim.words)]) {
      const w = located(ctx.focus, n, ctx);
      if (w) placed.set(n, w);
    }
    const names = [...placed.keys()];
    // A sentence naming more parties than this is a list, not one act between two; and every pair costs a pass over the words.
    if (names.length > MAX_PARTIES) return [];
    // Each party's introducing preposition in the claim and in the central sentence, found once for all its pairs.
    const introductions = new Map<Name, Introductions>();
    const introduced = (n: Name): Introductions => {
      let found = introductions.get(n);
      if (!found) introductions.set(n, found = { claim: introducer(ctx.claim, n.start), focus: introducer(ctx.focus, (placed.get(n) as Word).start) });
      return found;
    };
    const voiced = swappedDoers(ctx) ?? swappedRecipients(ctx) ?? swappedComparison(ctx) ?? crossedDoers(ctx);
    if (voiced && onTopic(ctx, [])) {
      return [{ detector: 'roles', reason: `roles: ${voiced.reason}`, values: voiced.values, highlights: voiced.highlights.map((w) => inPassage(ctx, w)), strength: 0.7 }];
    }
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [names[i], names[j]];
        const [pa, pb] = [placed.get(a) as Word, placed.get(b) as Word];
        const found = swappedAroundVerb(ctx, a, b, pa, pb) ?? swappedNominal(ctx, a, b, pa, pb) ?? swappedPrepositions(ctx, a, b, introduced);
        if (found && onTopic(ctx, [])) {
          return [{
            detector: 'roles', reason: `roles: ${found}`, values: [a.text, b.text],
            highlights: [inPassage(ctx, pa), inPassage(ctx, pb)], strength: 0.7,
          }];
        }
      }
    }
    return [];
  },
};

/**
 * The two sides of a comparison the other way round: "North Koreans are three inches taller than South Koreans" /
 * "the average South Korean is three inches taller than the average North Korean"; "prices rose as fast under
 * Eisenhower as under Truman" / "as fast under Truman as under Eisenhower". The word compared by is stated on both
 * sides, and a capitalised word (a name, a people) of each side of the claim stands on the other
 * side of the sentence's.
 */
function swappedComparison(ctx: StanceContext): { reason: string; values: [string, string]; highlights: Word[] } | undefined {
  const [mine, theirs] = [comparisonOf(ctx.claim), comparisonOf(ctx.focus)];
  if (!mine || !theirs) return undefined;
  const by = matchOf(ctx.inFocus, mine.degree);
  if (!by?.word || by.word !== theirs.degree || !by.relation || !ONE_ACT.has(by.relation)) return undefined;
  const crosses = (w: Word, to: Word[], from: Word[]): boolean => {
    const m = matchOf(ctx.inFocus, w);
    return !!m?.word && m.relation === 'same' && to.includes(m.word) && !from.includes(m.word);
  };
  const a = mine.first.find((w) => w.capital && crosses(w, theirs.second, theirs.first));
  const b = mine.second.find((w) => w.capital && crosses(w, theirs.first, theirs.second));
  if (!a || !b) return undefined;
  const [x, y] = [matchOf(ctx.inFocus, a)?.word as Word, matchOf(ctx.inFocus, b)?.word as Word];
  return { reason: `${a.raw} ${mine.degree.raw} than ${b.raw} vs ${y.raw} ${theirs.degree.raw} than ${x.raw}`, values: [a.raw, b.raw], highlights: [x, y] };
}

/**
 * Two acts of the claim whose doers the central sentence gives the other way round: "he had backed the subsidies
 * while Obama had opposed them" / "I oppose subsidies for ethanol; Senator Obama supported those subsidies". Each
 * act is stated as itself, a synonym or a derivation; each doer is stated, or is a pronoun of the claim for the
 * turn's speaker, who says "I" or "we".
 */
function crossedDoers(ctx: StanceContext): { reason: string; values: [string, string]; highlights: Word[] } | undefined {
  const acts = sameActs(ctx.claim.words, ctx.inFocus).flatMap(({ verb: v, act }) => {
    const doer = rolesOf(ctx.claim, v).subjectWord;
    const theirs = rolesOf(ctx.focus, act).subjectWord;
    return doer && theirs ? [{ v, doer, act, theirs }] : [];
  });
  // A pronoun of the claim stands for the turn's speaker, who says "I" or "we"; a third person is anyone.
  const pronoun = (w: Word): boolean => PERSONAL_SUBJECTS.has(w.lower);
  const same = (claimWord: Word, word: Word): boolean => (pronoun(claimWord) ? !!ctx.turn && FIRST_PERSON_SUBJECTS.has(word.lower) : matchOf(ctx.inFocus, claimWord)?.word === word);
  const apart = (x: Word, y: Word): boolean => x.norm !== y.norm && !(pronoun(x) && pronoun(y));
  for (const a of acts) {
    for (const b of acts) {
      if (a === b || !apart(a.doer, b.doer) || !same(a.doer, b.theirs) || !same(b.doer, a.theirs) || same(a.doer, a.theirs)) continue;
      return {
        reason: `${a.doer.raw} ${a.v.raw}, ${b.doer.raw} ${b.v.raw} vs ${a.theirs.raw} ${a.act.raw}, ${b.theirs.raw} ${b.act.raw}`,
        values: [a.doer.raw, b.doer.raw], highlights: [a.theirs, b.theirs],
      };
    }
  }
  return undefined;
}

/** Most words between the two "as" of a comparison ("as fast under Eisenhower as"). */
const AS_REACH = 6;

/**
 * A comparison in a sentence: the word compared by (before "than", or after the first "as" of "as … as"), the
 * content words before that word, and those after "than" or the second "as" up to the clause's end.
 */
function comparisonOf(view: SentenceView): { degree: Word; first: Word[]; second: Word[] } | undefined {
  const words = view.words;
  let degree: Word | undefined;
  let second = -1;
  const than = words.findIndex((w) => w.lower === 'than');
  if (than > 0 && words[than - 1].content) [degree, second] = [words[than - 1], than];
  else {
    const as = words.findIndex((w, k) => w.lower === 'as' && words[k + 1]?.content && words.slice(k + 2, k + 2 + AS_REACH).some((x) => x.lower === 'as'));
    if (as >= 0) [degree, second] = [words[as + 1], words.findIndex((w, k) => k > as + 1 && w.lower === 'as')];
  }
  if (!degree || second < 0) return undefined;
  // What follows the comparison ends at the clause's end ("than the average North Korean, a huge gulag").
  const after: Word[] = [];
  for (let k = second + 1; k < words.length; k++) {
    if (k > second + 1 && /[,;:]/.test(view.text.slice(words[k - 1].end, words[k].start))) break;
    if (words[k].content) after.push(words[k]);
  }
  return { degree, first: words.slice(0, degree.index).filter((w) => w.content), second: after };
}

/**
 * The same act with doer and undergoer the other way round, in either voice: "jihadists abducted members of
 * a rival group" / "jihadists were kidnapped by members of a rival group". Both words are stated on both sides.
 */
function swappedDoers(ctx: StanceContext): { reason: string; values: [string, string]; highlights: Word[] } | undefined {
  const same = (claimWord: Word | undefined, word: Word | undefined): boolean => {
    const m = claimWord && matchOf(ctx.inFocus, claimWord);
    return !!m && m.word === word && !!m.relation && ONE_ACT.has(m.relation);
  };
  for (const { v, act, mine, theirs } of actsWithRoles(ctx)) {
    if (!mine.undergoer || !theirs.doer || mine.doer?.norm === mine.undergoer.norm) continue;
    // Both roles swapped; or, in an active claim whose doer is a pronoun, the one the act is done to named as
    // the doer after "by" with no one said to undergo it ("she dumped her boyfriend" / "after getting dumped
    // by her boyfriend").
    const doers = theirs.undergoer ? !!mine.doer && same(mine.doer, theirs.undergoer)
      : !!theirs.byAgent && !!mine.subjectWord && THIRD_PERSON_SUBJECTS.has(mine.subjectWord.lower);
    if (doers && same(mine.undergoer, theirs.doer)) {
      return {
        reason: theirs.undergoer
          ? `${mine.doer?.raw} ${v.raw} ${mine.undergoer.raw} vs ${theirs.doer.raw} ${act.raw} ${theirs.undergoer.raw}`
          : `${v.raw} ${mine.undergoer.raw} vs ${act.raw} by ${theirs.doer.raw}`,
        values: theirs.undergoer ? [mine.doer?.raw ?? '', mine.undergoer.raw] : [mine.undergoer.raw, theirs.doer.raw],
        highlights: theirs.undergoer ? [theirs.doer, theirs.undergoer] : [theirs.doer],
      };
    }
  }
  return undefined;
}

/**
 * The claim's verbs for a directed act that the central sentence states as one act (a predicate that is the same
 * verb, a synonym or a derivation), each with its roles read on both sides.
 */
function* actsWithRoles(ctx: StanceContext): Generator<{ v: Word; act: Word; mine: VerbRoles; theirs: VerbRoles }> {
  for (const v of ctx.claim.words) {
    if (!directedAct(v)) continue;
    const m = matchOf(ctx.inFocus, v);
    if (!m?.word?.predicate || !m.relation || !ONE_ACT.has(m.relation)) continue;
    yield { v, act: m.word, mine: rolesOf(ctx.claim, v), theirs: rolesOf(ctx.focus, m.word) };
  }
}

/**
 * The same act passed on the other way round: who did it in the claim receives it in the central sentence, and the
 * claim's receiver did it ("a local dealer sold the truck to the auction house" / "the auction house sold it to a
 * local dealer"). Each word is stated as itself, a synonym or a derivation.
 */
function swappedRecipients(ctx: StanceContext): { reason: string; values: [string, string]; highlights: Word[] } | undefined {
  // The sentence may name a party twice ("sent it to an auction house, the auction house then sold it"): the word
  // aligned with the claim's need not be the one in the role, only the same word.
  const same = (claimWord: Word, word: Word): boolean => {
    const m = matchOf(ctx.inFocus, claimWord);
    return !!m?.word && (m.word === word || m.word.norm === word.norm) && !!m.relation && ONE_ACT.has(m.relation);
  };
  for (const { v, act, mine, theirs } of actsWithRoles(ctx)) {
    if (!mine.doer || !mine.recipient || !theirs.doer || !theirs.recipient || mine.doer.norm === mine.recipient.norm) continue;
    if (same(mine.doer, theirs.recipient) && same(mine.recipient, theirs.doer)) {
      return {
        reason: `${mine.doer.raw} ${v.raw} to ${mine.recipient.raw} vs ${theirs.doer.raw} ${act.raw} to ${theirs.recipient.raw}`,
        values: [mine.doer.raw, mine.recipient.raw], highlights: [theirs.doer, theirs.recipient],
      };
    }
  }
  return undefined;
}

/**
 * A name that can be a party: a person, body or place, or a name WordNet knows as a common noun ("Apple",
 * "Shell"), but never a demonym or other adjective ("European") nor a name with a figure ("iPhone 6").
 */
function party(n: Name): boolean {
  if (nameKind(n.text) !== 'other') return true;
  return !/\d/.test(n.text) && n.words.every((w) => !hasPos(w, 'a'));
}

/** Most parties whose pairs are compared. */
const MAX_PARTIES = 8;

/** The claim's common parties, found once per claim (the claim is judged against many passages). */
const claimParties = new WeakMap<Word[], Name[]>();

/** Common nouns of a sentence for people or groups, as parties ("customers", "developers", "villagers"). */
function commonParties(words: Word[]): Name[] {
  let parties = claimParties.get(words);
  if (!parties) claimParties.set(words, parties = findCommonParties(words));
  return parties;
}

function findCommonParties(words: Word[]): Name[] {
  return words.filter((w) => w.content && !w.name && !w.predicate && (nounIn(w.lower, LEXFILE.person, 1) || nounIn(w.lower, LEXFILE.group, 1)))
    .map((w) => ({ start: w.start, end: w.end, text: w.raw, words: [w.lower] }));
}

/** The central sentence's word that names the claim's name (its last word, the surname, is enough, or a synonym aligned with it). */
function located(view: SentenceView, name: Name, ctx: StanceContext): Word | undefined {
  const mine = wordsWithin(ctx.claim.words, name).filter((w) => w.content);
  const last = mine[mine.length - 1];
  if (!last) return undefined;
  // Aligned as the same name under another form ("Homeland Security" / "the Department of Homeland Security").
  const aligned = view === ctx.focus ? matchOf(ctx.inFocus, last) : undefined;
  if (aligned?.word && aligned.relation === 'synonym' && aligned.word.capital) return aligned.word;
  return view.words.find((w) => sameWord(last, w) || w.lower === last.lower);
}

/** Most words between a subject and its verb ("Obama on Friday briefed", "developers are said to be hurrying"). */
const SUBJECT_REACH = 5;

/**
 * The same predicate with the other party as its subject: "Obama briefed Pierson" / "she [Pierson] briefed
 * President Obama"; "Woods wanted to leave his contract unless he could use the same ball as McIlroy" /
 * "McIlroy wanted out of his contract if he couldn't have the same ball as Woods". Both parties are named
 * in both. A passive on one side only ("Pierson was briefed by Obama") turns the subject round. `pa` and `pb`
 * are the central sentence's words for `a` and `b` (see located).
 */
function swappedAroundVerb(ctx: StanceContext, a: Name, b: Name, pa: Word, pb: Word): string | undefined {
  // Every word of the claim's names stands for its name: an object may be a long title ("Secretary of State William Galvin").
  const claimNames = new Map<Word | undefined, Name>([...wordsWithin(ctx.claim.words, b).map((w) => [w, b] as const), ...wordsWithin(ctx.claim.words, a).map((w) => [w, a] as const)]);
  const focusNames = new Map<Word | undefined, Name>([[pa, a], [pb, b]]);
  for (const v of ctx.claim.words) {
    if (!directedAct(v)) continue;
    const m = matchOf(ctx.inFocus, v);
    if (!m?.word || m.score < 0.8) continue;
    const mine = subjectOf(ctx.claim, v, claimNames);
    if (!mine) continue;
    // The act named by a noun, its doer after "from" or "by" ("gained praise from Obama", "got a call from
    // Microsoft"): the doer is the claim's subject (an active verb's, with the other party its object), or
    // the roles are swapped.
    const active = directObject(ctx.claim.words, v, claimNames, mine) && !isPassive(ctx.claim.words, v);
    const agent = active && !m.word.predicate && hasPos(m.word.lower, 'n') && !/ing$/.test(m.word.lower) ? nominalAgent(ctx.focus.words, m.word, focusNames) : undefined;
    if (agent) {
      if (agent === mine) continue;
      const other = (n: Name): Name => (n === a ? b : a);
      return `${mine.text} ${v.raw} ${other(mine).text} vs ${m.word.raw} from ${agent.text}`;
    }
    const theirs = subjectOf(ctx.focus, m.word, focusNames);
    if (!theirs) continue;
    // The other party must be the object on both sides, right after the verb ("briefed President Obama"); between
    // two named people or bodies and one act (the same verb, a synonym or a derivation, not a broader or narrower
    // one), anywhere after it in its clause ("Woods wanted to leave his contract unless he could use the same ball
    // as McIlroy").
    const oneAct = m.word.predicate && !!m.relation && ONE_ACT.has(m.relation);
    const reach = oneAct && named(ctx, a) && named(ctx, b) ? CLAUSE_REACH : OBJECT_REACH;
    if (!objectAfter(ctx.claim, v, claimNames, mine, reach) || !objectAfter(ctx.focus, m.word, focusNames, theirs, reach)) continue;
    const [claimPassive, focusPassive] = [isPassive(ctx.claim.words, v), isPassive(ctx.focus.words, m.word)];
    const sameVoice = claimPassive === focusPassive;
    // A passive turns the subject round only against its doer, after "by": "was killed in Syria" names where.
    if (!sameVoice && !(claimPassive ? byAgent(ctx.claim, v, claimNames, mine) : byAgent(ctx.focus, m.word, focusNames, theirs))) continue;
    if (sameVoice ? mine !== theirs : mine === theirs) {
      const other = (n: Name): Name => (n === a ? b : a);
      return `${mine.text} ${v.raw} … ${other(mine).text} vs ${theirs.text} ${m.word.raw} … ${other(theirs).text}`;
    }
  }
  return undefined;
}

/**
 * An act named by a noun, its doer before it in the possessive and the party it was done to after "of", the
 * other way round: "India's invasion of Communist China" / "Communist China's arrogant invasion of India".
 */
function swappedNominal(ctx: StanceContext, a: Name, b: Name, pa: Word, pb: Word): string | undefined {
  const claimNames = new Map<Word, Name>([...wordsWithin(ctx.claim.words, a).map((w) => [w, a] as const), ...wordsWithin(ctx.claim.words, b).map((w) => [w, b] as const)]);
  const claimActs = nominalActs(ctx.claim.words, claimNames);
  if (!claimActs.length) return undefined;
  const focusActs = nominalActs(ctx.focus.words, new Map<Word, Name>([[pa, a], [pb, b]]));
  for (const mine of claimActs) {
    const m = matchOf(ctx.inFocus, mine.noun);
    if (!m?.word || m.score < 0.8) continue;
    const theirs = focusActs.find((t) => t.noun === m.word);
    if (theirs && theirs.doer !== mine.doer) return `${bare(mine.doer)}'s ${mine.noun.raw} of ${bare(mine.undergoer)} vs ${bare(theirs.doer)}'s ${m.word.raw} of ${bare(theirs.undergoer)}`;
  }
  return undefined;
}

/** A name without its possessive ending. */
function bare(n: Name): string {
  return n.text.replace(/['’]s$/, '');
}

/** Most words (adjectives) between a possessive doer and the noun for its act ("China's arrogant invasion"). */
const NOMINAL_REACH = 2;

/**
 * Nouns for an act or a message with a possessive doer before them and the other party after "of" ("India's
 * invasion of China", "Osei's criticism of Mensah").
 */
function nominalActs(words: Word[], names: Map<Word, Name>): { noun: Word; doer: Name; undergoer: Name }[] {
  const out: { noun: Word; doer: Name; undergoer: Name }[] = [];
  for (const [w, doer] of names) {
    if (!/['’]s$/.test(w.raw)) continue;
    for (let k = w.index + 1; k <= w.index + 1 + NOMINAL_REACH && k + 1 < words.length; k++) {
      const noun = words[k];
      if (!noun.content || names.has(noun)) break;
      if (words[k + 1].lower !== 'of' || !nounIn(noun.lower, LEXFILE.act) && !nounIn(noun.lower, LEXFILE.message)) continue;
      const undergoer = words.slice(k + 2, k + 2 + OBJECT_REACH).map((x) => names.get(x)).find(Boolean);
      if (undergoer && undergoer !== doer) out.push({ noun, doer, undergoer });
      break;
    }
  }
  return out;
}

/** Is the other party the verb's direct object: named within a few words after it, with no preposition between? */
function directObject(words: Word[], verb: Word, names: Map<Word | undefined, Name>, subject: Name): boolean {
  const after = words.slice(verb.index + 1, verb.index + 1 + OBJECT_REACH);
  const at = after.findIndex((w) => names.has(w) && names.get(w) !== subject);
  return at >= 0 && !after.slice(0, at).some((w) => !w.content && !/^(?:the|a|an|his|her|its|their)$/.test(w.lower));
}

/** The party after "from" or "by" right after a noun for an act ("praise from President Obama"), if any. */
function nominalAgent(words: Word[], noun: Word, names: Map<Word | undefined, Name>): Name | undefined {
  const next = words[noun.index + 1];
  if (!next || next.lower !== 'from' && next.lower !== 'by') return undefined;
  return words.slice(noun.index + 2, noun.index + 2 + OBJECT_REACH).map((w) => names.get(w)).find(Boolean);
}

/** Most words between a verb and its object ("briefed President Obama", "wanted out of his Nike contract ... Woods"). */
const OBJECT_REACH = 4;

/** Most words after a verb in which the other of two named parties is looked for. */
const CLAUSE_REACH = 20;

/**
 * Is the other name of the pair (not `subject`) within `reach` words after the verb? Past the first few
 * words, the clause must go on: no comma, semicolon, colon or dash comes first.
 */
function objectAfter(view: SentenceView, verb: Word, names: Map<Word | undefined, Name>, subject: Name, reach: number): boolean {
  const words = view.words;
  for (let k = verb.index + 1; k < words.length && k - verb.index <= reach; k++) {
    if (k - verb.index > OBJECT_REACH && /[,;:—–]/.test(view.text.slice(words[k - 1].end, words[k].start))) return false;
    if (names.has(words[k]) && names.get(words[k]) !== subject) return true;
  }
  return false;
}

/** Is the first other party after a passive verb its doer: is "by" among the words between? */
function byAgent(view: SentenceView, verb: Word, names: Map<Word | undefined, Name>, subject: Name): boolean {
  const words = view.words;
  for (let k = verb.index + 1; k < words.length; k++) {
    if (names.has(words[k]) && names.get(words[k]) !== subject) return words.slice(verb.index + 1, k).some((w) => w.lower === 'by');
  }
  return false;
}

/** A party the claim names (not a common noun such as "villagers") that is a person or a body, not a place. */
function named(ctx: StanceContext, party: Name): boolean {
  return ctx.claim.a.names.includes(party) && nameKind(party.text) !== 'place';
}

/**
 * The name whose last word stands right before the verb (an auxiliary or adverb may come between, or a
 * relative clause set off by commas: "Galvin, who heads the commission, called"), or a pronoun there
 * standing for the last of the names met before it.
 */
function subjectOf(view: SentenceView, verb: Word, names: Map<Word | undefined, Name>): Name | undefined {
  const words = view.words;
  const end = relativeClauseStart(view, verb);
  for (let k = end - 1; k >= 0 && end - k <= SUBJECT_REACH; k--) {
    const w = words[k];
    if (names.has(w)) return names.get(w);
    if (THIRD_PERSON_SUBJECTS.has(w.lower)) {
      // "he" and "she" stand for a person, "it" and "they" for anything.
      const personal = w.lower === 'he' || w.lower === 'she';
      for (let j = k - 1; j >= 0; j--) {
        const n = names.get(words[j]);
        if (n && (!personal || nameKind(n.text) === 'person')) return n;
      }
      return undefined;
    }
    if (w.content && !w.predicate && !adverb(w)) return undefined;
  }
  return undefined;
}

/** Most words of a relative clause between a subject and its verb. */
const RELATIVE_REACH = 12;

/**
 * Where the words before the verb start when a relative clause set off by commas ends right before it
 * (", who heads the state historical commission, called"): the index of its relative pronoun, else the verb's.
 */
function relativeClauseStart(view: SentenceView, verb: Word): number {
  const words = view.words;
  const prev = words[verb.index - 1];
  if (!prev || !/,\s*$/.test(view.text.slice(prev.end, verb.start))) return verb.index;
  for (let k = verb.index - 1; k > 0 && verb.index - k <= RELATIVE_REACH; k--) {
    if (/,\s*$/.test(view.text.slice(words[k - 1].end, words[k].start))) return /^(?:who|which|whose|whom)$/.test(words[k].lower) ? k : verb.index;
  }
  return verb.index;
}

/** A word that can only modify a verb ("publicly", "later", "quickly"), never name a party. */
function adverb(w: Word): boolean {
  return /ly$/.test(w.lower) || hasPos(w.lower, 'r') && !hasPos(w.lower, 'n');
}

/**
 * "a letter to Gomez" in the claim and "a letter to Powers" in the sentence, both named in both: the same
 * noun or verb governs the same preposition, whose object is the other party. `introduced` gives what
 * introduces a party on each side (see introducer).
 */
function swappedPrepositions(ctx: StanceContext, a: Name, b: Name, introduced: (n: Name) => Introductions): string | undefined {
  const { claim: ca, focus: fa } = introduced(a);
  const { claim: cb, focus: fb } = introduced(b);
  const same = (x: Introducer, y: Introducer): boolean => x.preposition === y.preposition && (matchOf(ctx.inFocus, x.head)?.word === y.head);
  if (ca && !cb && fb && same(ca, fb) && !(fa && fa.preposition === ca.preposition)) return `${ca.preposition} ${a.text} vs ${ca.preposition} ${b.text}`;
  if (cb && !ca && fa && same(cb, fa) && !(fb && fb.preposition === cb.preposition)) return `${cb.preposition} ${b.text} vs ${cb.preposition} ${a.text}`;
  // Where from and where to, the other way round: "from Riverton to Westmark" / "from Westmark to Riverton".
  const route = (x?: Introducer, y?: Introducer): boolean => x?.preposition === 'from' && y?.preposition === 'to';
  if (route(ca, cb) && route(fb, fa)) return `from ${a.text} to ${b.text} vs from ${b.text} to ${a.text}`;
  if (route(cb, ca) && route(fa, fb)) return `from ${b.text} to ${a.text} vs from ${a.text} to ${b.text}`;
  return undefined;
}

interface Introducer { preposition: string; head: Word }
/** What introduces a party in the claim and in the central sentence. */
interface Introductions { claim?: Introducer; focus?: Introducer }

/** Prepositions that mark who receives, gives, opposes or is bested ("a coup over Amazon"). */
const ROLE_PREPOSITIONS = new Set(['to', 'from', 'by', 'against', 'over']);
/** Most words of a title or apposition between a preposition and its name ("to the U.S. Ambassador in Managua, Phyllis Powers"). */
const TITLE_REACH = 7;

/**
 * The preposition that introduces the name at offset `at`, and the content word it hangs on ("letter" in
 * "a letter to ..."). Between them only a title may stand: capitalised words, articles, possessives,
 * adjectives, words for people ("deputy foreign minister") and "in <Place>".
 */
function introducer(view: SentenceView, at: number): Introducer | undefined {
  const before = view.words.filter((w) => w.end <= at);
  for (let k = before.length - 1; k >= 0 && before.length - k <= TITLE_REACH; k--) {
    const w = before[k];
    if (ROLE_PREPOSITIONS.has(w.lower)) {
      const head = before.slice(0, k).reverse().find((x) => x.content);
      return head && head.index === k - 1 || head && before.slice(head.index + 1, k).every((x) => !x.content) ? { preposition: w.lower, head } : undefined;
    }
    const titleWord = w.capital || /^(?:the|a|an|in|of)$/.test(w.lower) || /'s$/.test(w.raw) || hasPos(w.lower, 'a') && !hasPos(w.lower, 'v')
      || nounIn(w.lower, LEXFILE.person);
    if (!titleWord) return undefined;
  }
  return undefined;
}
