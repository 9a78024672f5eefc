/**
 * Names and speakers. Names are runs of capitalised words; a run at the
 * start of a sentence only counts when its first word is not an ordinary
 * sentence opener, so "The House" yields "House" and "Reports said" yields nothing.
 */
import type { Span } from '../types';
import { STOP_WORDS, capitalised, tokenize, type Token } from './tokens';
import { hasPos, isSpeechVerb, lemmas, LEXFILE, senseIn } from '../lexicon/wordnet';
import { INDEFINITE_PRONOUNS, PERSONAL_SUBJECTS, QUOTING_VERBS } from '../lexicon';

/** A proper name: its span and its normalised words. */
export interface Name extends Span {
  text: string;
  words: string[];
}

const CONNECTORS = new Set(['of', 'von', 'der', 'de', 'del', 'al', 'bin', 'van', 'la', 'du', 'da', 'le']);

/**
 * A capitalised word that opens a sentence is a name only if English does not
 * have it as an ordinary word form there: a function word ("The", "After"), an
 * inflected common word ("Reports", "Officials", "Speaking"), an indefinite pronoun ("None", "Nobody") or an
 * adverb ("Meanwhile", "Earlier") is just the sentence's first word.
 */
function ordinaryOpener(raw: string): boolean {
  const lower = raw.toLowerCase();
  if (lower === 'i' || STOP_WORDS.has(lower) || STOP_WORDS.has(stemOrSelf(raw)) || INDEFINITE_PRONOUNS.has(lower)) return true;
  const forms = lemmas(lower);
  if (forms.some((e) => e.proper === 2)) return false;
  if (forms.some((e) => e.lemma !== lower && !e.proper)) return true;
  return hasPos(lower, 'r') && !hasPos(lower, 'n') || forms.length > 0 && !hasPos(lower, 'n') && !forms.some((e) => e.proper);
}

function stemOrSelf(raw: string): string {
  return tokenize(raw)[0]?.norm ?? raw.toLowerCase();
}

/** Weekdays and months are dates, not names. */
const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A lone capital (an initial), two capitals opening a word, a function word contracted. Patterns with \p{…} are
 * kept in constants: the bundler compiles such a literal to a RegExp built anew each time it is evaluated, and
 * these are read for every word of every sentence whose names are looked for.
 */
const INITIAL_RE = /^(?:\p{Lu}\.?)$/u;
const CAPITALS_RE = /^\p{Lu}{2,}/u;
const CONTRACTION_RE = /^([\p{L}]+)['’](re|ve|ll|d|m|s|t)$/iu;

function isCapitalised(t: Token): boolean {
  return (capitalised(t.raw) && !INITIAL_RE.test(t.raw) || CAPITALS_RE.test(t.raw)) && !functionContraction(t.raw);
}

/** A function word contracted with a verb ("We're", "They'll", "It's", "Don't"), capitalised or not: never a name. */
function functionContraction(raw: string): boolean {
  const m = CONTRACTION_RE.exec(raw);
  if (!m) return false;
  const base = m[1].toLowerCase();
  return m[2].toLowerCase() === 't' || STOP_WORDS.has(base) || STOP_WORDS.has(`${base}'${m[2].toLowerCase()}`);
}

/** Proper names in one sentence (`text` is the sentence). */
export function extractNames(text: string): Name[] {
  const tokens = tokenize(text);
  const names: Name[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length && CONNECTORS.has(run[run.length - 1].raw.toLowerCase())) run.pop();
    if (run.length && run[0].start === tokens[0]?.start && ordinaryOpener(run[0].raw)) run.shift();
    if (run.length && run.every((t) => CALENDAR_WORDS.test(t.raw))) run = [];
    if (run.length && !(run.length === 1 && STOP_WORDS.has(run[0].norm) && run[0].start === tokens[0]?.start)) {
      const start = run[0].start;
      const end = run[run.length - 1].end;
      names.push({ start, end, text: text.slice(start, end), words: run.map((t) => t.norm) });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const gap = i > 0 ? text.slice(tokens[i - 1].end, t.start) : '';
    if (run.length && /[,;:()"“”—–]|\s-\s/.test(gap)) flush();
    if (isCapitalised(t)) run.push(t);
    else if (run.length && CONNECTORS.has(t.raw.toLowerCase()) && tokens[i + 1] && isCapitalised(tokens[i + 1])) run.push(t);
    else if (middleInitial(tokens, i, run.length > 0)) run.push(t);
    else flush();
  }
  flush();
  return names;
}

/** An initial with its full stop. */
const DOTTED_INITIAL_RE = /^\p{Lu}\.$/u;

/**
 * Is the token at `i` an initial inside a person's name: "F." in "John F. Kennedy", "J." and "K." in "J. K.
 * Rowling"? It is when it has its full stop, a capitalised word follows it (after any more initials), and it
 * continues a name or opens one with another initial or a name after it.
 */
function middleInitial(tokens: Token[], i: number, inRun: boolean): boolean {
  if (!DOTTED_INITIAL_RE.test(tokens[i].raw)) return false;
  let k = i + 1;
  while (tokens[k] && DOTTED_INITIAL_RE.test(tokens[k].raw)) k++;
  return !!tokens[k] && isCapitalised(tokens[k]) && (inRun || k > i + 1 || tokens[i].start > 0);
}

/** The named speaker of a sentence ("Peskov said", "said Yury Ushakov", "according to TASS"), if any. */
export function extractSpeaker(text: string, names: Name[] = extractNames(text)): Name | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const isSpeech = isSpeechVerb(tokens[i].norm, tokens[i].raw.toLowerCase()) || tokens[i].raw.toLowerCase() === 'according' || quotingVerb(text, tokens[i]);
    // A capitalised speech verb inside a name run is Title Case headline wording ("Report That Trump Told Europe").
    if (!isSpeech || names.some((n) => n.start <= tokens[i].start && tokens[i].end <= n.end)) continue;
    // A name that a closing quotation mark separates from the verb is inside the quotation ('"... meet God,"
    // said Navkiran'): what was said, not who said it. A name quoted alone ('"Kelly," warned') is the speaker.
    // A pronoun between a name and the verb is the speaker ("... the Proliferation Security Initiative, he said").
    const pronoun = (n: Name): boolean => tokens.some((t) => t.start >= n.end && t.end <= tokens[i].start && PERSONAL_SUBJECTS.has(t.raw.toLowerCase()));
    const before = names.filter((n) => n.end <= tokens[i].start && tokens[i].start - n.end <= 30 && !insideQuotation(text, n, tokens[i].start) && !pronoun(n));
    const after = names.filter((n) => n.start >= tokens[i].end && n.start - tokens[i].end <= 25);
    // "said X" names the speaker only when X follows at once, or after a description of it ('..., wrote the
    // site Mediaite'), after a quote or comma ('..., said Peskov').
    const inverted = after[0] && describesOnly(text.slice(tokens[i].end, after[0].start))
      && /[,"”'’]\s*$/.test(text.slice(0, tokens[i].start)) ? after[0] : undefined;
    // "According to the story, X's spokeswoman said": a name past the comma is not whom the words are according to.
    const according = after[0] && /^[^,.;:]*$/.test(text.slice(tokens[i].end, after[0].start)) ? after[0] : undefined;
    // A word quoted alone that opens the sentence is the start of the words said ('"Civilization," said H. G. Wells, "is a
    // race"'), not the speaker an inverted verb names.
    const opening = before.length && inverted && /^\s*["“]\s*$/.test(text.slice(0, before[before.length - 1].start)) ? inverted : undefined;
    const near = tokens[i].raw.toLowerCase() === 'according' ? according : participleSubject(text, names, tokens[i]) ?? appositiveHead(text, names, tokens[i].start)
      ?? opening ?? before[before.length - 1] ?? inverted;
    if (near) return near;
  }
  return undefined;
}

/**
 * The one whose words a sentence says another repeats: the name right after a verb of quoting, or after a short
 * description ("Kennedy quoted Woodrow Wilson as calling", "Quoting the prophet Isaiah, he said").
 */
export function quotedSpeaker(text: string, names: Name[] = extractNames(text)): Name | undefined {
  for (const t of tokenize(text)) {
    if (!QUOTING_VERBS.has(t.norm)) continue;
    const quoted = names.find((n) => n.start >= t.end && describesOnly(text.slice(t.end, n.start)));
    if (quoted) return quoted;
  }
  return undefined;
}

/**
 * A verb of communication in WordNet (in its first two senses) right next to a quotation: 'Patten posted: "..."', 'Tan asked, "..."',
 * '"...," shouted the sergeant', 'Tan remarked: "..."'. Other verbs of saying than the listed ones introduce
 * quoted speech only there.
 */
function quotingVerb(text: string, t: Token): boolean {
  const opens = /^\s*[:,]?\s*["“]/.test(text.slice(t.end, t.end + 4));
  const closes = /[,!?]["”]\s*$/.test(text.slice(Math.max(0, t.start - 4), t.start));
  return (opens || closes) && senseIn(t.raw.toLowerCase(), 'v', LEXFILE.communication, 2);
}

/** Does a quotation that holds more than the name close between the name and the verb at `verb`? */
function insideQuotation(text: string, name: Name, verb: number): boolean {
  if (!/["”]/.test(text.slice(name.end, verb))) return false;
  const quotedAlone = /["“]\s*$/.test(text.slice(Math.max(0, name.start - 2), name.start)) && /^[,.]?["”]/.test(text.slice(name.end, name.end + 2));
  return !quotedAlone;
}

/** Is `gap` nothing, or an article and at most two lower-case content words ("the site", "party spokesman")? */
function describesOnly(gap: string): boolean {
  const m = /^\s*(?:(?:the|a|an)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2})$/u.exec(gap);
  return !!m && m[1].split(/\s+/).filter(Boolean).every((w) => !STOP_WORDS.has(w));
}

/**
 * The speaker of a verb of saying in a participle clause after a comma ("Osei mourned Ana Berg, saying ..."): the
 * name that opens the sentence, the subject of the clause the participle hangs on, not the nearest name.
 */
function participleSubject(text: string, names: Name[], verb: Token): Name | undefined {
  if (!/ing$/i.test(verb.raw) || !/,\s*$/.test(text.slice(0, verb.start))) return undefined;
  const first = names[0];
  // A possessive opens a description of someone else ("Osei's aide, Ana Berg, wrote, saying ...").
  const possessive = !!first && (/['’]s$/.test(first.text) || /^['’]s\b/.test(text.slice(first.end)));
  return first && !possessive && first.end <= verb.start && /^\W*$/.test(text.slice(0, first.start)) ? first : undefined;
}

/** An aside between commas, of at most 120 characters, that may separate a speaker from its verb. */
const ASIDE = String.raw`,\s[^,]{1,120},\s*`;
const APPOSITIVE_RE = new RegExp(`${ASIDE}$`);
const ASIDE_RE = new RegExp(`^${ASIDE}$`);

/** Is `gap` (the text between a speaker and its verb) one comma-delimited aside? */
export function isAside(gap: string): boolean {
  return ASIDE_RE.test(gap);
}

/**
 * The name right before a comma-delimited aside that ends at `verbStart`: in
 * "Anna Berg, who advised Riverland, said" or "Berg, a Riverton aide, said"
 * the speaker is Berg, not the name inside the aside.
 */
function appositiveHead(text: string, names: Name[], verbStart: number): Name | undefined {
  const aside = APPOSITIVE_RE.exec(text.slice(0, verbStart));
  if (!aside) return undefined;
  return names.filter((n) => n.end <= aside.index && /^\s*$/.test(text.slice(n.end, aside.index))).pop();
}
