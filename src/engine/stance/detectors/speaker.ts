import type { Span } from '../../types';
import { analyse } from '../../text/analysis';
import { isAside, quotedSpeaker, type Name } from '../../text/entities';
import { splitSentences } from '../../text/sentences';
import { STOP_WORDS, memoizeByText, tokenize } from '../../text/tokens';
import { LEXFILE, hasPos, isDemonym, isSpeechVerb, lookup, nounIn, sensesOf, synset } from '../../lexicon/wordnet';
import { rolesOf, sameActs } from '../agents';
import { inPassage, matchOf, onTopic, type Detector, type Finding, type StanceContext } from '../context';
import { STRONG, restCoverage } from '../align';
import { dateStated, quantityStated } from '../figures';
import { foldMarks, nameKind } from '../names';
import { wordsWithin, type Word } from '../words';
import { attribution, reportsOrNames, sameSpeaker } from '../attribution';
import { claimView } from '../views';
import { FIRST_PERSON_SUBJECTS, PERSONAL_SUBJECTS } from '../../lexicon';

/** Share of a claim's said words the passage's own quotation must hold. */
const QUOTE_COVERAGE = 0.8;
/** Fewest distinct words of reported speech without quotation marks that are matched against quotations. */
const REPORTED_MIN_WORDS = 3;
/** How many words may stand between a speaker's surname and the speech verb ("Trump also told"). */
const INNER_SPEECH_REACH = 3;
/** A claim's own quotation in double quotes, long enough to be words someone said (the first; no global flag, so `exec` keeps no state). */
const CLAIM_QUOTE_RE = /["“]([^"”]{12,})["”]/;
/** Quotations in double quotes, or in single quotes that are not apostrophes ("Trump's" is no quote mark). */
const QUOTATION_RE = /["“]([^"”]+)["”]?|(?<![\p{L}\p{N}])['‘]([^\n]*?[^\s'’])['’](?![\p{L}\p{N}])/gu;

/**
 * Words put in someone else's mouth: the claim's speaker says words that the passage quotes from another
 * named person, either quoted in the claim too or reported ("X said (that) ...") at enough length that
 * near-verbatim overlap cannot be chance. The claim's speaker must be credited in no passage sentence
 * quoting the words, neither as its speaker nor named outside its quotation.
 */
export const speaker: Detector = {
  id: 'speaker',
  description: 'a quotation given to the wrong speaker',
  detect(ctx) {
    const voiced = otherTurn(ctx);
    if (voiced) return [voiced];
    // Words one speaker repeats from another are the other's ("Kennedy quoted Woodrow Wilson as calling ...").
    const quoted = ctx.claim.a.speaker ? undefined : quotedSpeaker(ctx.claim.text, ctx.claim.a.names);
    const who = ctx.claim.a.speaker ?? quoted;
    // A body's name in a description ("a Downing Street spokeswoman") describes the speaker too.
    if (!who || isBody(who.text)) return described(ctx);
    const words = who.words.filter((w) => !STOP_WORDS.has(w));
    if (!words.length) return [];
    const said = saidWords(ctx.claim.text, who, !!quoted);
    if (!said) return [];
    const found = quotingSentences(ctx.passage.text, said);
    if (!found.length) return paraphrased(ctx, who, !!quoted);
    // Names are compared without diacritics, which sources drop or keep at will ("Aslund", "Åslund").
    const named = words.map(foldMarks);
    const surname = named[named.length - 1];
    // A speaker named by a part of the claim's name ("Navkiran" for "Navkiran Singh") is the claim's.
    const credited = found.some((f) => {
      const theirs = f.speaker.words.map(foldMarks);
      return theirs.includes(surname) || f.outsideQuotes.has(surname) || theirs.every((w) => named.includes(w));
    });
    if (credited || isBody(who.text)) return [];
    const { speaker: rival, offset } = found[0];
    // "The Somali president said": a people's adjective qualifies the speaker, it names nobody.
    if (innerSpeaker(ctx.claim.text, rival) || !/\s/.test(rival.text.trim()) && isDemonym(rival.text.trim().toLowerCase())) return [];
    const finding: Finding = {
      detector: 'speaker', reason: `speaker: ${who.text} vs ${rival.text}`, values: [who.text, rival.text],
      highlights: [{ start: offset + rival.start, end: offset + rival.end }], strength: 0.8,
    };
    return [finding];
  },
};

/**
 * A quotation the claim gives to someone it describes rather than names ('A harbour board spokeswoman said: "…"'),
 * which the passage quotes from a named person whose description shares no word with the claim's, when no word
 * of the claim's description stands anywhere in the passage outside quotation marks ('Commander Dara Osei, head of
 * the coastguard, said: "…"'): a source that names the spokeswoman also says what she is.
 */
function described(ctx: StanceContext): Finding[] {
  const quote = CLAIM_QUOTE_RE.exec(ctx.claim.text);
  if (!quote) return [];
  const describer = DESCRIBED_BEFORE_RE.exec(ctx.claim.text.slice(0, quote.index)) ?? DESCRIBED_AFTER_RE.exec(ctx.claim.text.slice(quote.index + quote[0].length));
  const who = (describer?.[1] ?? describer?.[2])?.trim();
  if (!who) return [];
  const description = wordSet(who);
  if (!description.length || isBody(who)) return [];
  const found = quotingSentences(ctx.passage.text, wordSet(quote[1]));
  if (!found.length) return otherDescription(ctx, wordSet(quote[1]), who, description);
  const { speaker: rival, offset } = found[0];
  if (nameKind(rival.text) !== 'person' || rival.words.length < 2 || isBody(rival.text)) return [];
  const unquoted = unquotedWords(ctx.passage.text);
  if (description.some((w) => unquoted.has(w))) return [];
  return [{
    detector: 'speaker', reason: `speaker: ${who} vs ${rival.text}`, values: [who, rival.text],
    highlights: [{ start: offset + rival.start, end: offset + rival.end }], strength: 0.8,
  }];
}

/**
 * A quotation the claim gives to someone it describes, which the passage gives to someone it describes otherwise
 * ('"...," a harbour doctor said' / '"...," said a police source'): a word of each description is one the other
 * text never uses, outside quotation marks (a source that calls the doctor a source elsewhere says both).
 */
function otherDescription(ctx: StanceContext, said: string[], who: string, description: string[]): Finding[] {
  const text = ctx.passage.text;
  const unquoted = unquotedWords(text);
  if (description.every((w) => unquoted.has(w))) return [];
  const mine = new Set(tokenize(ctx.claim.text).map((t) => t.norm));
  const sentences = splitSentences(text);
  for (const q of quotedSpans(text)) {
    if (!holdsSaid(new Set(tokenize(text.slice(q.start, q.end)).map((t) => t.norm)), said)) continue;
    const sentence = sentences.find((x) => x.start <= q.start && q.start < x.end);
    if (!sentence) continue;
    const before = text.slice(sentence.start, q.start - 1);
    const after = text.slice(q.end + 1, sentence.end);
    const describer = DESCRIBED_BEFORE_RE.exec(before) ?? DESCRIBED_AFTER_RE.exec(after);
    // The description ends before a phrase of time ("said a harbour spokeswoman after the vote").
    const theirs = (describer?.[1] ?? describer?.[2])?.replace(TIME_PHRASE_RE, '').trim();
    if (!describer || !theirs || isBody(theirs) || !wordSet(theirs).some((w) => !mine.has(w))) continue;
    const start = (describer.input === before ? sentence.start : q.end + 1) + describer.index + describer[0].indexOf(theirs);
    return [{
      detector: 'speaker', reason: `speaker: ${who} vs ${theirs}`, values: [who, theirs],
      highlights: [{ start, end: start + theirs.length }], strength: 0.8,
    }];
  }
  return [];
}

/** Do quoted words hold enough of the claim's said words ({@link QUOTE_COVERAGE}) to be the same quotation? */
function holdsSaid(quoted: ReadonlySet<string>, said: string[]): boolean {
  return said.filter((w) => quoted.has(w)).length >= QUOTE_COVERAGE * said.length;
}

/** The words of a text outside quotation marks. */
function unquotedWords(text: string): Set<string> {
  return new Set(tokenize(text.replace(QUOTATION_RE, ' ')).map((t) => t.norm));
}

/** A phrase of time closing a description of a speaker ("after the vote", "on Friday"). */
const TIME_PHRASE_RE = /\s+(?:after|before|during|following|on|late|early|last)\b.*$/i;

/** A description of a speaker before the verb of saying: "A Downing Street spokeswoman said:", "the owner himself remarked". */
const DESCRIBED_BEFORE_RE = /(?:^|[,;]\s*)((?:the|an?)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:himself\s+|herself\s+)?(?:said|says|told|tells|added|remarked|wrote|replied|asked|explained|stated|insisted|described)\b/iu;
/** A description after an inverted verb of saying: '"…," said a Hollywood source', '"…," the agent told'. */
const DESCRIBED_AFTER_RE = /^\s*,?\s*(?:(?:said|says|added|asked|replied|wrote)\s+((?:the|an?)\s+[^,.;:!?"”]{1,60}?)\s*(?:[,.;:!?]|$)|((?:the|an?)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:said|says|told|added|asked|replied|wrote)\b)/iu;

/** A sentence that opens on one capitalised word, the start of a name (the pattern kept in a constant for the bundler). */
const FIRST_NAME_OPENING_RE = /^\s*\p{Lu}\p{Ll}+ $/u;

/** Share of the rest of the claim (what was said, and to whom) the central sentence must state for paraphrased words. */
const PARAPHRASE_REST = 0.7;

/** Is the claim's verb of saying stated in the central sentence right after "I" or "we" ("I promised")? */
function ownAct(ctx: StanceContext, verb: Word | undefined): boolean {
  const stated = verb && ctx.inFocus.matches.find((m) => m.claim === verb && m.score >= STRONG)?.word;
  return !!stated && FIRST_PERSON_SUBJECTS.has(ctx.focus.words[stated.index - 1]?.lower ?? '');
}

/** How far into a claim its subject's name may start ("Vice President Mike Pence made ..."). */
const SUBJECT_REACH = 30;

/**
 * A deed a claim gives to one person that another claims in a transcript, in his own voice: the central
 * sentence is in the turn of a speaker the claim does not name ("Pence made a solemn promise to protect
 * Medicare" / TRUMP: "I also made a solemn promise to ... protect Medicare"), has "I" or "we" for a subject,
 * reports no speech and never names the claim's person, and states the rest of the claim. The claim's person
 * is the one it opens with. Words a claim gives to someone ("Holt pointed out that ...") are left alone, as two
 * speakers may say the same thing, unless the speaker claims the very act of saying ("Osei promised to reopen
 * the library" / VASQUEZ: "I promised to reopen the library").
 */
function otherTurn(ctx: StanceContext): Finding | undefined {
  if (!ctx.turn || ctx.focus.a.speaker) return undefined;
  // A claim already read as this turn's speaker's words gives them to no one else ("Osei told the Riverton
  // Assembly"), but may give away the deed the speaker claims.
  if (ctx.claim.voiceOf === ctx.turn) return deedGivenAway(ctx, ctx.turn);
  const attributed = attribution(ctx.claim);
  // Words given to the claim's speaker that another speaker's turn states nearly whole are that speaker's.
  if (attributed && !ownAct(ctx, attributed.verb)) return wordsOfAnother(ctx, attributed.who, attributed.verb);
  const who = attributed?.who ?? ctx.claim.a.names.find((n) => n.start <= SUBJECT_REACH && nameKind(n.text) === 'person');
  if (!who || isBody(who.text)) return deedGivenAway(ctx, ctx.turn);
  if (sameSpeaker(who.text, ctx.turn)) return undefined;
  // A sentence that reports speech may be quoting the claim's person ("you said we should ..."): left alone.
  const voice = ctx.focus.words.find((w) => FIRST_PERSON_SUBJECTS.has(w.lower));
  if (!voice || reportsOrNames(ctx.focus.words, who)) return undefined;
  if (restCoverage(ctx.inFocus, new Set(wordsWithin(ctx.claim.words, who))) < PARAPHRASE_REST) return undefined;
  return {
    detector: 'speaker', reason: `speaker: ${who.text} vs ${ctx.turn}`, values: [who.text, ctx.turn],
    highlights: [inPassage(ctx, voice)], strength: 0.8,
  };
}

/**
 * A deed the speaker claims as their own ("Three months ago, I outlined a program") that the claim gives, in the
 * speaker's words or in its own, to a body or person the passage never states ("Carter said Congress had outlined
 * a program"): the doer of the same act is that party in the claim and "I" in the central sentence. An office
 * ("the President") may be the speaker's own and is left alone.
 */
function deedGivenAway(ctx: StanceContext, turn: string): Finding | undefined {
  for (const { verb: v, act } of sameActs(ctx.claim.words, ctx.inFocus)) {
    const doer = rolesOf(ctx.claim, v).doer;
    const mine = rolesOf(ctx.focus, act).subjectWord;
    if (!doer || mine?.lower !== 'i' || matchOf(ctx.inWindow, doer)?.word) continue;
    if (!doer.name && !(doer.capital && !nounIn(doer.lower, LEXFILE.person))) continue;
    const name = ctx.claim.a.names.find((n) => n.start <= doer.start && doer.end <= n.end);
    if (sameSpeaker(name?.text ?? doer.raw, turn)) continue;
    // The doer's whole name is the slot in dispute ("Vice President Mondale"), not a topic the passage must share.
    if (!onTopic(ctx, name ? wordsWithin(ctx.claim.words, name) : [doer])) continue;
    return {
      detector: 'speaker', reason: `speaker: ${name?.text ?? doer.raw} ${v.raw} vs ${mine.raw} ${act.raw} (${turn})`,
      values: [name?.text ?? doer.raw, turn], highlights: [inPassage(ctx, mine), inPassage(ctx, act)], strength: 0.7,
    };
  }
  return undefined;
}

/** Share of the rest of the claim another speaker's sentence must state for the claim's words to be that speaker's. */
const ANOTHER_SPEAKER_REST = 0.85;
/** The same share when the sentence states every figure and date of the claim. */
const ANOTHER_SPEAKER_TIED = 0.7;

/**
 * The words a claim gives to one person ("Obama said the government had grown by 40 percent") stated nearly whole
 * in the turn of another speaker, who is not quoting or naming the claim's person: the transcript gives them to
 * someone else. A passage of the claim's own speaker that says them too outweighs this (a lone conflict of less
 * than high confidence against support is dropped; see check.ts).
 */
function wordsOfAnother(ctx: StanceContext, who: Name, verb: Word | undefined): Finding | undefined {
  // The speaker is the claim's first name: in "Wallace noted that Justice Kennedy wrote the ruling" Kennedy only
  // wrote, and in Wallace's turn the claim is Wallace's own words.
  const turn = ctx.turn;
  if (!turn || ctx.claim.a.names[0] !== who || claimView(ctx.claim.text).a.names.some((n) => sameSpeaker(n.text, turn))) return undefined;
  if (nameKind(who.text) !== 'person' || reportsOrNames(ctx.focus.words, who)) return undefined;
  // The subject of the words said must be the sentence's too: "Vasquez said that the council hired engineers" is not
  // said by "I hired engineers".
  const subject = verb && subjectSaid(ctx, verb);
  // "Vasquez said she had voted for the plan" tells of the speaker's own deed, which no one else's words state.
  if (subject && (PERSONAL_SUBJECTS.has(subject.lower) || (matchOf(ctx.inFocus, subject)?.score ?? 0) < STRONG)) return undefined;
  const frame = new Set([...wordsWithin(ctx.claim.words, who), ...(verb ? [verb] : [])]);
  // The claim's figures and dates, all stated in the sentence, tie it to the claim as much as its words.
  const figures = [...ctx.claim.a.quantities, ...ctx.claim.a.dates];
  const tied = figures.length > 0 && ctx.claim.a.quantities.every((q) => quantityStated(q, ctx.claim, [ctx.focus]))
    && ctx.claim.a.dates.every((d) => dateStated(d, [ctx.focus]));
  if (restCoverage(ctx.inFocus, frame) < (tied ? ANOTHER_SPEAKER_TIED : ANOTHER_SPEAKER_REST)) return undefined;
  return {
    detector: 'speaker', reason: `speaker: ${who.text} vs ${turn}`, values: [who.text, turn],
    highlights: [{ start: ctx.focus.start, end: ctx.focus.start + ctx.focus.text.length }], strength: 0.7,
  };
}

/**
 * The subject of what the claim says was said: its first content word, or a personal pronoun before it, after
 * "that" when it follows the verb of saying, else right after the verb.
 */
function subjectSaid(ctx: StanceContext, verb: Word): Word | undefined {
  const after = ctx.claim.words.slice(verb.index + 1);
  const that = after.findIndex((w) => w.lower === 'that');
  return after.slice(that < 0 ? 0 : that + 1).find((w) => w.content || PERSONAL_SUBJECTS.has(w.lower));
}

/**
 * Words of the claim's speaker that the passage gives, in part or reworded, to another person: the central
 * sentence states most of the rest of the claim and credits it to a named person ('Reddon told reporters he
 * was "still in surgery and would be OK"' / 'Leila Knight said he was still in surgery and would be fine';
 * 'Foreign Secretary William Hague said Britain would stay out' / 'Foreign Secretary Philip Hammond said
 * Britain would not take part'), who shares no word with the claim's speaker (a title both hold in front
 * aside), and the passage never names the claim's speaker. Bodies speak through their people and are left
 * alone.
 */
function paraphrased(ctx: StanceContext, who: Name, quoted: boolean): Finding[] {
  // A quotation that reports someone else's words ('"She did say the plan works," Diaz confirmed') is no one's own.
  const quote = CLAIM_QUOTE_RE.exec(ctx.claim.text)?.[1];
  if (quote && tokenize(quote).some((t) => isSpeechVerb(t.norm, t.raw.toLowerCase()))) return [];
  const rival = analyse(ctx.focus.text).speaker;
  if (!rival || nameKind(who.text) !== 'person' || nameKind(rival.text) !== 'person' || /\bof\b/i.test(rival.text) || isBody(rival.text)) return [];
  const [mine, theirs] = withoutSharedTitle(who.words, rival.words);
  // Words reported without quotation marks may be anyone's: they are the claim's speaker's alone when the
  // speaker is named in full, or holds the very office the other speaker holds.
  if (!quote && mine.length < 2 && mine.length === who.words.length) return [];
  const names = new Set(mine.map(foldMarks));
  if (theirs.some((w) => names.has(foldMarks(w))) || mine.some((w) => ctx.passage.index.surface.has(w))) return [];
  // A speaker named by one word must have a title before it ("Mr Karam"), or it may be anyone's surname; or a
  // first name the names left out as the sentence's opening word, since English has it as a verb ("Harry Truman").
  const before = ctx.focus.text.slice(0, rival.start);
  if (rival.words.length < 2 && !/\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+$/.test(before.slice(-8)) && !FIRST_NAME_OPENING_RE.test(before)) return [];
  // A claim that names the other speaker too ("Osei told Al Jazeera that ...") credits him somewhere.
  const surname = foldMarks(theirs.at(-1) ?? '');
  if (tokenize(ctx.claim.text).some((t) => foldMarks(t.norm) === surname)) return [];
  // The frame is not what was said: what comes before the speaker ("At the briefing,", "Osei quoted"), the speaker
  // and the verb of saying.
  const verb = ctx.claim.words.find((w) => w.start >= who.end && isSpeechVerb(w.norm, w.lower));
  const slot = new Set(wordsWithin(ctx.claim.content, { start: 0, end: verb?.end ?? saidFrom(ctx.claim.text, who.end, quoted) ?? who.end }));
  if (restCoverage(ctx.inFocus, slot) < PARAPHRASE_REST || !onTopic(ctx, slot)) return [];
  return [{
    detector: 'speaker', reason: `speaker: ${who.text} vs ${rival.text}`, values: [who.text, rival.text],
    highlights: [inPassage(ctx, rival)], strength: 0.8,
  }];
}

/**
 * Two speakers' words without what they share in front ("Foreign Secretary William Hague" / "Foreign Secretary
 * Philip Hammond") and without the words of an office they share anywhere else ("Attorney General Loretta Lynch" /
 * "United States Attorney General Eric Holder"). The last word of each, the surname, always stays.
 */
function withoutSharedTitle(mine: string[], theirs: string[]): [string[], string[]] {
  let k = 0;
  while (k < mine.length - 1 && k < theirs.length - 1 && mine[k] === theirs[k]) k++;
  const office = (w: string): boolean => nounIn(w, LEXFILE.person) || hasPos(w, 'a');
  const titles = new Set(theirs.slice(0, -1).filter(office));
  const shared = new Set([...mine.slice(0, k), ...mine.slice(0, -1).filter((w) => titles.has(w))]);
  return [mine.filter((w) => !shared.has(w)), theirs.filter((w) => !shared.has(w))];
}

/** Does the claim give words to its speaker (a quotation, or a clause after the speech verb)? */
export function reportsSpeech(claim: string, who: Name): boolean {
  return saidWords(claim, who) !== undefined;
}

/** An organisation or a place speaks through its people ("the ministry said" / "its spokesman said"). */
function isBody(name: string): boolean {
  const lemma = name.toLowerCase().replace(/^the\s+/, '');
  const e = lookup(lemma);
  if (e && sensesOf(e, 'n', 2).some((s) => synset(s).lexfile === LEXFILE.group || synset(s).lexfile === LEXFILE.location)) return true;
  const head = lemma.split(/\s+/).pop() ?? '';
  return nounIn(head, LEXFILE.group, 1);
}

/** "X said Y told Z that ..." reports Y's words through X: a passage quoting Y is the nested speech, not a misattribution. */
function innerSpeaker(claim: string, rival: Name): boolean {
  const surname = foldMarks(rival.words[rival.words.length - 1] ?? '');
  const tokens = tokenize(claim);
  return tokens.some((t, i) => foldMarks(t.norm) === surname
    && tokens.slice(i + 1, i + 1 + INNER_SPEECH_REACH).some((n) => isSpeechVerb(n.norm, n.raw.toLowerCase())));
}

function wordSet(text: string): string[] {
  return [...new Set(tokenize(text).map((t) => t.norm).filter((w) => !STOP_WORDS.has(w)))];
}

/**
 * The words the claim says its speaker said: its quotation, or else the clause after the speaker's speech
 * verb when it has at least {@link REPORTED_MIN_WORDS} words. Memoised by the claim and where its speaker
 * ends: two detectors ask for every passage.
 */
function saidWords(text: string, who: Name, quoted = false): string[] | undefined {
  return saidAfter(`${who.end}${quoted ? 'q' : ''}\u0000${text}`);
}

const saidAfter = memoizeByText((key: string): string[] | undefined => {
  const cut = key.indexOf('\u0000');
  return findSaidWords(key.slice(cut + 1), parseInt(key, 10), key[cut - 1] === 'q');
}, 2000);

function findSaidWords(text: string, whoEnd: number, quoted: boolean): string[] | undefined {
  const quote = CLAIM_QUOTE_RE.exec(text)?.[1];
  if (quote) return wordSet(quote);
  if ([...text.matchAll(QUOTATION_RE)].length) return undefined;
  const from = saidFrom(text, whoEnd, quoted);
  if (from === undefined) return undefined;
  const said = wordSet(text.slice(from));
  return said.length >= REPORTED_MIN_WORDS ? said : undefined;
}

/**
 * Where the words a claim reports its speaker (ending at `whoEnd`) said begin: after the speech verb ("Osei said
 * that"), or, when the speaker is one another speaker `quoted`, after the frame that follows the name ("quoted
 * Wilson as calling ...").
 */
function saidFrom(text: string, whoEnd: number, quoted: boolean): number | undefined {
  const verb = tokenize(text).find((t) => t.start >= whoEnd && isSpeechVerb(t.norm, t.raw.toLowerCase()) && (t.start - whoEnd <= 30 || isAside(text.slice(whoEnd, t.start))));
  if (verb || !quoted) return verb?.end;
  const frame = QUOTED_FRAME_RE.exec(text.slice(whoEnd));
  return frame ? whoEnd + frame[0].length : undefined;
}

/**
 * What stands between the one quoted and the words repeated: "as calling", "as saying that", or a clause's subject
 * and verb after a comma (", he reminded lawmakers that").
 */
const QUOTED_FRAME_RE = /^\s*(?:as\s+(?:\p{Ll}+ing\s+)?(?:that\s+)?|,\s*(?:he|she|they|we|the\s+\p{Ll}+|\p{Lu}\p{Ll}+)\s+\p{Ll}+\s+(?:that\s+)?)/u;

/** Where the quoted words of `text` lie; a quotation may run over several sentences. */
function quotedSpans(text: string): Span[] {
  return [...text.matchAll(QUOTATION_RE)].map((m) => {
    const inner = m[1] ?? m[2];
    const start = (m.index ?? 0) + m[0].indexOf(inner);
    return { start, end: start + inner.length };
  });
}

/** A determiner and lower-case words before a speech verb: "the aide said", "an official was quoted as saying". */
const GENERIC_SUBJECT_RE = /(?:^|[,;"]\s*)(?:the|an?|one|another)\s+(?:[\p{Ll}-]+\s+){1,3}(?:(?:was|were)\s+quoted\s+as\s+|(?:has|had|also)\s+)?$/u;
/** A determiner and a lower-case noun right after a speech verb: '"...," said the official'. */
const GENERIC_INVERTED_RE = /^\s+(?:the|an?|one|another)\s+[\p{Ll}-]+/u;

/** Is the quotation attributed to a common noun ("the aide") rather than a name or a pronoun? */
function genericSpeaker(sentence: string): boolean {
  const outside = sentence.replace(QUOTATION_RE, '"');
  return tokenize(outside).some((t) => isSpeechVerb(t.norm, t.raw.toLowerCase())
    && (GENERIC_SUBJECT_RE.test(outside.slice(0, t.start)) || /[,"]\s*$/.test(outside.slice(0, t.start)) && GENERIC_INVERTED_RE.test(outside.slice(t.end))));
}

/**
 * The passage sentences whose quotations hold the claim's said words, each with the speaker it names (or,
 * for a quotation running on, the speaker of the nearest sentence before that names one) and its words
 * outside quotation marks.
 */
function quotingSentences(text: string, said: string[]): { speaker: Name; offset: number; outsideQuotes: Set<string> }[] {
  const sentences = splitSentences(text);
  const quoted = quotedSpans(text);
  const out: { speaker: Name; offset: number; outsideQuotes: Set<string> }[] = [];
  sentences.forEach((s, at) => {
    const sentence = text.slice(s.start, s.end);
    const inside = quoted.map((q) => ({ start: Math.max(q.start, s.start), end: Math.min(q.end, s.end) })).filter((q) => q.start < q.end);
    const words = new Set(tokenize(inside.map((q) => text.slice(q.start, q.end)).join(' ')).map((t) => t.norm));
    if (!holdsSaid(words, said)) return;
    let outside = sentence;
    for (const q of inside) outside = outside.slice(0, q.start - s.start) + ' '.repeat(q.end - q.start) + outside.slice(q.end - s.start);
    const outsideQuotes = new Set(tokenize(outside).map((t) => foldMarks(t.norm)));
    if (!analyse(sentence).speaker && genericSpeaker(sentence)) return;
    for (let k = at; k >= 0; k--) {
      const found = analyse(text.slice(sentences[k].start, sentences[k].end)).speaker;
      if (found) {
        out.push({ speaker: found, offset: sentences[k].start, outsideQuotes });
        return;
      }
    }
  });
  return out;
}
