/**
 * Names, roles and speakers. Names are runs of capitalised words; a run at the
 * start of a sentence only counts when its first word is not an ordinary
 * sentence opener, so "The House" yields "House" and "Reports said" yields nothing.
 */
import type { Span } from './types';
import { STOP_WORDS, normalizeWord, stem, tokenize, type Token } from './text';
import { SPEECH_VERBS } from './lexicon';

/** A proper name: its span and its normalised words. */
export interface Name extends Span {
  text: string;
  words: string[];
}

const CONNECTORS = new Set(['of', 'von', 'der', 'de', 'del', 'al', 'bin', 'van', 'la', 'du', 'da', 'le']);
const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'since', 'during', 'according', 'several', 'few', 'many',
  'some', 'reports', 'report', 'here', 'there', 'what', 'when', 'while', 'this', 'that', 'these', 'those', 'it', 'he',
  'she', 'they', 'we', 'you', 'but', 'and', 'or', 'if', 'as', 'only', 'despite', 'instead', 'still', 'also', 'earlier',
  'later', 'meanwhile', 'however', 'yet', 'so', 'once', 'both', 'each', 'every', 'all', 'no', 'not', 'his', 'her',
  'their', 'our', 'its', 'one', 'two', 'relations', 'ties', 'officials', 'specifically', 'speaking',
]);

/** Weekdays and months are dates, not names. */
const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.raw) && !/^(?:\p{Lu}\.?)$/u.test(t.raw) || /^\p{Lu}{2,}/u.test(t.raw);
}

/** Proper names in one sentence (`text` is the sentence). */
export function extractNames(text: string): Name[] {
  const tokens = tokenize(text);
  const names: Name[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length && CONNECTORS.has(run[run.length - 1].raw.toLowerCase())) run.pop();
    if (run.length && run[0].start === tokens[0]?.start && NOT_NAMES.has(run[0].raw.toLowerCase())) run.shift();
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

/** Office words that form a role with a qualifier ("German Chancellor", "Kremlin spokesman"). */
const TITLES = new Set(
  ['president', 'prime', 'minister', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'aide',
    'speaker', 'ambassador', 'governor', 'senator', 'mayor', 'king', 'queen', 'pope', 'general', 'commissioner',
    'chief', 'director', 'leader', 'chairman', 'chair', 'ceo', 'envoy', 'premier', 'foreign', 'defense', 'defence',
    'press', 'vice', 'deputy', 'state', 'finance', 'economist', 'presidential', 'representative', 'attorney', 'judge']
    .map(stem),
);

/** A named holder of an office: "German Chancellor Friedrich Merz". */
export interface Role extends Span {
  /** Qualifier plus office, normalised: "german chancellor". */
  key: string;
  /** The holder's name words. */
  holder: string[];
  holderText: string;
}

/**
 * Finds "<Qualifier> <Office> <Name>" patterns. Only roles with a qualifier
 * (a country, body or institution) are returned, because "President X" and
 * "President Y" are often two different presidents.
 */
export function extractRoles(text: string): Role[] {
  const re = /((?:\b\p{Lu}[\p{L}.]*\s+){1,2})((?:[\p{L}]+\s+){0,2}?)(\p{Lu}\p{Ll}+(?:\s+(?:von der\s+|de\s+)?\p{Lu}[\p{L}'’-]+){1,2})/gu;
  const roles: Role[] = [];
  for (const m of text.matchAll(re)) {
    const words = m[0].trim().split(/\s+/);
    const split = words.findIndex((w) => TITLES.has(normalizeWord(w)));
    if (split <= 0) continue;
    let last = split;
    while (last + 1 < words.length && (TITLES.has(normalizeWord(words[last + 1])) || /^of$/i.test(words[last + 1]))) last++;
    const holderWords = words.slice(last + 1);
    if (!holderWords.length || holderWords.length > 4) continue;
    const holderText = holderWords.join(' ');
    const start = m.index ?? 0;
    const end = start + m[0].trimEnd().length;
    roles.push({
      start,
      end,
      key: words.slice(0, last + 1).map(normalizeWord).join(' '),
      holder: tokenize(holderText).map((t) => t.norm),
      holderText: text.slice(end - holderText.length, end),
    });
  }
  return roles;
}

/** The named speaker of a sentence ("Peskov said", "said Yury Ushakov", "according to TASS"), if any. */
export function extractSpeaker(text: string, names: Name[] = extractNames(text)): Name | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const isSpeech = SPEECH_VERBS.has(tokens[i].norm) || tokens[i].raw.toLowerCase() === 'according';
    // A capitalised speech verb inside a name run is Title Case headline wording ("Report That Trump Told Europe").
    if (!isSpeech || names.some((n) => n.start <= tokens[i].start && tokens[i].end <= n.end)) continue;
    const before = names.filter((n) => n.end <= tokens[i].start && tokens[i].start - n.end <= 30);
    const after = names.filter((n) => n.start >= tokens[i].end && n.start - tokens[i].end <= 25);
    // "said X" names the speaker only when X follows at once, after a quote or comma ('..., said Peskov').
    const inverted = after[0] && /^\s*$/.test(text.slice(tokens[i].end, after[0].start))
      && /[,"”'’]\s*$/.test(text.slice(0, tokens[i].start)) ? after[0] : undefined;
    const near = tokens[i].raw.toLowerCase() === 'according' ? after[0] : before[before.length - 1] ?? inverted;
    if (near) return near;
  }
  return undefined;
}
