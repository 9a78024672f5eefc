/**
 * Names, roles and speakers. Names are runs of capitalised words; a run at the
 * start of a sentence only counts when its first word is not an ordinary
 * sentence opener, so "The House" yields "House" and "Reports said" yields nothing.
 */
import type { Span } from '../types';
import { STOP_WORDS, tokenize, type Token } from './tokens';
import { hasPos, isSpeechVerb, lemmas, LEXFILE, nounIn, senseIn } from '../lexicon/wordnet';

/** A proper name: its span and its normalised words. */
export interface Name extends Span {
  text: string;
  words: string[];
}

const CONNECTORS = new Set(['of', 'von', 'der', 'de', 'del', 'al', 'bin', 'van', 'la', 'du', 'da', 'le']);

/**
 * A capitalised word that opens a sentence is a name only if English does not
 * have it as an ordinary word form there: a function word ("The", "After"), an
 * inflected common word ("Reports", "Officials", "Speaking") or an adverb
 * ("Meanwhile", "Earlier") is just the sentence's first word.
 */
function ordinaryOpener(raw: string): boolean {
  const lower = raw.toLowerCase();
  if (lower === 'i' || STOP_WORDS.has(lower) || STOP_WORDS.has(stemOrSelf(raw))) return true;
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

function isCapitalised(t: Token): boolean {
  return (/^\p{Lu}/u.test(t.raw) && !/^(?:\p{Lu}\.?)$/u.test(t.raw) || /^\p{Lu}{2,}/u.test(t.raw)) && !functionContraction(t.raw);
}

/** A function word contracted with a verb ("We're", "They'll", "It's", "Don't"), capitalised or not: never a name. */
function functionContraction(raw: string): boolean {
  const m = /^([\p{L}]+)['’](re|ve|ll|d|m|s|t)$/iu.exec(raw);
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
    else flush();
  }
  flush();
  return names;
}

/**
 * Head nouns of offices and roles ("president", "spokeswoman", "economist"):
 * common nouns whose frequent senses name a kind of person in WordNet.
 */
function isOffice(t: Token): boolean {
  const lower = t.raw.toLowerCase();
  return !STOP_WORDS.has(t.norm) && lower.length > 2 && nounIn(lower, LEXFILE.person, 3)
    && !lemmas(lower).some((e) => e.proper === 2);
}

/**
 * Lower-case words that belong to an office's title ("prime", "foreign",
 * "deputy", "former"): adjectives or nouns written in lower case right before
 * the office. Tense words ("former", "acting") are part of the office too, so a
 * former president never holds the same office as the president.
 */
function isOfficeModifier(t: Token): boolean {
  const lower = t.raw.toLowerCase();
  return t.raw === lower && !STOP_WORDS.has(t.norm) && (hasPos(lower, 'a') || hasPos(lower, 'n'))
    && !/(?:ed|ly)$/.test(lower);
}

/** Determiners that open an appositive title: "Borg, a Swedish economist". */
const APPOSITIVE_DETERMINERS = new Set(['a', 'an', 'the']);

/** A named holder of an office: "German Chancellor Friedrich Merz", "Anders Borg, a Swedish economist". */
export interface Role extends Span {
  /** Qualifier plus office, normalised: "german chancellor". */
  key: string;
  /** The office alone, normalised: "chancellor", "presidential aide", "former president". */
  office: string;
  /** Whether a country, body or institution qualifies the office ("German", "Kremlin", "of the Bank"). */
  qualified: boolean;
  /** The holder's name words. */
  holder: string[];
  holderText: string;
  /** Offset of the holder's name (the role's span also covers its title). */
  holderStart: number;
}

function isOfficeWord(t: Token): boolean {
  return isOffice(t) || isOfficeModifier(t);
}

/**
 * Only blanks between two tokens: they belong to one phrase. A line break
 * joins them only when `acrossLines` (a name wrapped after its title); a
 * title never reaches back to the line before, which is often a caption or
 * headline.
 */
function adjacent(text: string, a: Token, b: Token, acrossLines = true): boolean {
  const gap = text.slice(a.end, b.start);
  return /^\s+$/.test(gap) && !/\n\s*\n/.test(gap) && (acrossLines || !gap.includes('\n'));
}

/** A word that may be part of a person's name ("Putin", "von", "der"). */
function nameWord(t: Token): boolean {
  return isCapitalised(t) && !CALENDAR_WORDS.test(t.raw) && !isOffice(t) && !STOP_WORDS.has(t.raw.toLowerCase());
}

/** Capitalised run of one to three name words starting at token `i` (connectors allowed inside). */
function nameRunFrom(text: string, tokens: Token[], i: number): Token[] {
  const run: Token[] = [];
  for (let k = i; k < tokens.length && run.length < 4; k++) {
    const t = tokens[k];
    if (run.length && !adjacent(text, tokens[k - 1], t)) break;
    // After a first name any capitalised word continues it ("John Smith", "Martin Baker").
    if (nameWord(t) || run.length && isCapitalised(t) && !CALENDAR_WORDS.test(t.raw)) run.push(t);
    else if (run.length && CONNECTORS.has(t.raw.toLowerCase()) && connectsName(tokens, k)) run.push(t);
    else break;
  }
  while (run.length && CONNECTORS.has(run[run.length - 1].raw.toLowerCase())) run.pop();
  return run.filter((t) => !CONNECTORS.has(t.raw.toLowerCase())).length > 3 ? [] : run;
}

/** A connector at `k` ("von", "der") is followed, after any more connectors, by a name word. */
function connectsName(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (tokens[j] && CONNECTORS.has(tokens[j].raw.toLowerCase())) j++;
  return tokens[j] !== undefined && nameWord(tokens[j]);
}

/** Capitalised run of name words ending at token `i`. */
function nameRunTo(text: string, tokens: Token[], i: number): Token[] {
  const run: Token[] = [];
  for (let k = i; k >= 0 && run.length < 3; k--) {
    const t = tokens[k];
    if (run.length && !adjacent(text, t, run[0])) break;
    if (!nameWord(t)) break;
    run.unshift(t);
  }
  return run;
}

/**
 * Finds named office holders in three shapes: "<Qualifier> <Office> <Name>"
 * ("Kremlin spokesman Dmitry Peskov", "President Donald Trump", "Secretary of
 * State Marco Rubio"), "<Name>, a/the <Qualifier> <Office>" ("Anders Borg, a
 * Swedish economist") and "<Name>, the <Office> of <Body>". Unqualified roles
 * are returned too, marked `qualified: false`: "President X" and "President Y"
 * may be two presidents, so the stance detector asks more of them.
 */
export function extractRoles(text: string): Role[] {
  const tokens = tokenize(text);
  const roles: Role[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isOffice(tokens[i])) continue;
    // The office phrase: modifiers before the head, more title words or "of <title word>" after it.
    let first = i;
    while (first > 0 && i - first < 2 && isOfficeModifier(tokens[first - 1]) && adjacent(text, tokens[first - 1], tokens[first], false)) first--;
    let last = i;
    for (;;) {
      const next = tokens[last + 1];
      if (next && isOfficeWord(next) && adjacent(text, tokens[last], next)) last++;
      else if (next && /^of$/i.test(next.raw) && tokens[last + 2] && isOfficeWord(tokens[last + 2])) last += 2;
      else break;
    }
    i = last;
    const office = tokens.slice(first, last + 1).filter((t) => !/^of$/i.test(t.raw)).map((t) => t.norm);
    // Qualifiers: capitalised words right before the office ("German", "Kremlin", "European Commission").
    let q = first;
    while (q > 0 && first - q < 3 && isCapitalised(tokens[q - 1]) && !CALENDAR_WORDS.test(tokens[q - 1].raw)
      && !(q - 1 === 0 && ordinaryOpener(tokens[q - 1].raw)) && adjacent(text, tokens[q - 1], tokens[q], false)) q--;
    const holder = nameRunFrom(text, tokens, last + 1);
    const gapOk = holder.length > 0 && adjacent(text, tokens[last], holder[0]);
    if (gapOk) {
      const qualifiers = tokens.slice(q, first).map((t) => t.norm);
      roles.push(makeRole(text, { start: tokens[q].start, end: holder[holder.length - 1].end }, holder, qualifiers, office));
      continue;
    }
    const appositive = appositiveRole(text, tokens, q, first, last, office);
    if (appositive) roles.push(appositive);
  }
  return roles;
}

/** "<Name>, a Swedish economist" / "<Name>, the head of the Central Bank": the office with the name before it. */
function appositiveRole(text: string, tokens: Token[], q: number, first: number, last: number, office: string[]): Role | undefined {
  const det = tokens[q - 1];
  if (!det || !APPOSITIVE_DETERMINERS.has(det.raw.toLowerCase()) || !adjacent(text, det, tokens[q])) return undefined;
  const before = tokens[q - 2];
  if (!before || !/^\s*,\s*$/.test(text.slice(before.end, det.start))) return undefined;
  const holder = nameRunTo(text, tokens, q - 2);
  if (!holder.length) return undefined;
  const qualifiers = tokens.slice(q, first).map((t) => t.norm);
  // "the head of the Central Bank": the body after "of" qualifies the office.
  let end = tokens[last].end;
  const tail = /^\s+(?:of|for|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(text.slice(end));
  if (tail) {
    qualifiers.push(...tokenize(tail[1]).map((t) => t.norm));
    end += tail[0].length;
  }
  return makeRole(text, { start: holder[0].start, end }, holder, qualifiers, office);
}

/** A role spanning `span` ("Kremlin spokesman Dmitry Peskov", or "Anders Åslund, a Swedish economist"). */
function makeRole(text: string, span: Span, holder: Token[], qualifiers: string[], office: string[]): Role {
  const holderStart = holder[0].start;
  return {
    start: span.start,
    end: span.end,
    key: [...qualifiers, ...office].join(' '),
    office: office.join(' '),
    qualified: qualifiers.length > 0,
    holder: holder.map((t) => t.norm).filter((w) => !STOP_WORDS.has(w)),
    holderText: text.slice(holderStart, holder[holder.length - 1].end),
    holderStart,
  };
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
    const before = names.filter((n) => n.end <= tokens[i].start && tokens[i].start - n.end <= 30 && !insideQuotation(text, n, tokens[i].start));
    const after = names.filter((n) => n.start >= tokens[i].end && n.start - tokens[i].end <= 25);
    // "said X" names the speaker only when X follows at once, or after a description of it ('..., wrote the
    // site Mediaite'), after a quote or comma ('..., said Peskov').
    const inverted = after[0] && describesOnly(text.slice(tokens[i].end, after[0].start))
      && /[,"”'’]\s*$/.test(text.slice(0, tokens[i].start)) ? after[0] : undefined;
    const near = tokens[i].raw.toLowerCase() === 'according' ? after[0] : appositiveHead(text, names, tokens[i].start) ?? before[before.length - 1] ?? inverted;
    if (near) return near;
  }
  return undefined;
}

/**
 * A verb of communication in WordNet (in its first two senses) right next to a quotation: 'Patten posted: "..."',
 * '"...," shouted the sergeant', 'Tan remarked: "..."'. Other verbs of saying than the listed ones introduce
 * quoted speech only there.
 */
function quotingVerb(text: string, t: Token): boolean {
  const opens = /^\s*:?\s*["“]/.test(text.slice(t.end, t.end + 4));
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
