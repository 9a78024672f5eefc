/**
 * One pass over a sentence that every detector shares: its content words,
 * names, figures, dates, roles, speaker and polarity. Analyses are memoised by
 * text because the same claim is compared with many passages.
 */
import { extractDates, type DateMention } from './dates';
import { extractNames, extractRoles, extractSpeaker, type Name, type Role } from './entities';
import { extractQuantities, type Quantity } from './quantities';
import { isContent, memoizeByText, normalizeWord, tokenize, type Token } from './tokens';
import { NEGATIONS } from '../lexicon';

/** Everything the detectors need to know about one sentence or passage. */
export interface Analysis {
  text: string;
  tokens: Token[];
  /** Normalised content words. */
  content: Set<string>;
  names: Name[];
  quantities: Quantity[];
  dates: DateMention[];
  roles: Role[];
  speaker?: Name;
  /** Number of negation cues (see {@link negationCues}). */
  negations: number;
  /** The negation cues themselves, in text order. */
  negationCues: Token[];
}

/** Analyses `text` (memoised). */
export const analyse: (text: string) => Analysis = memoizeByText(computeAnalysis, 5000);

function computeAnalysis(text: string): Analysis {
  const tokens = tokenize(text);
  const dates = extractDates(text);
  const names = extractNames(text);
  const cues = negationCues(text, tokens);
  return {
    text,
    tokens,
    content: new Set(tokens.filter(isContent).map((t) => t.norm)),
    names,
    quantities: extractQuantities(text, dates),
    dates,
    roles: extractRoles(text),
    speaker: extractSpeaker(text, names),
    negations: cues.length,
    negationCues: cues,
  };
}

/** Verbs after which "no" is the content of a vote or an answer ("voted no", "said no"), not a negation. */
const ANSWER_VERBS = new Set(['vote', 'voted', 'say', 'said', 'says', 'answer', 'answered', 'repli', 'reply', 'respond', 'responded']
  .map(normalizeWord));

/**
 * Words that negate the predicate. A bare "no" that is the answer itself
 * ("voted no", "said no", "no, ...") negates nothing.
 */
export function negationCues(text: string, tokens: Token[] = tokenize(text)): Token[] {
  return tokens.filter((t, i) => {
    const lower = t.raw.toLowerCase();
    if (!NEGATIONS.has(lower) && !/n[’']t$/i.test(t.raw)) return false;
    if (lower !== 'no') return true;
    const answer = i > 0 && ANSWER_VERBS.has(tokens[i - 1].norm);
    const standsAlone = /^\s*(?:[,;:.!?)—–-]|$)/.test(text.slice(t.end, t.end + 3));
    return !answer && !standsAlone;
  });
}
