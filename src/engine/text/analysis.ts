/**
 * One pass over a sentence that every detector shares: its content words,
 * names, figures, dates, speaker and polarity. Analyses are memoised by
 * text because the same claim is compared with many passages.
 */
import { extractDates, type DateMention } from './dates';
import { extractNames, extractSpeaker, type Name } from './entities';
import { extractQuantities, type Quantity } from './quantities';
import { isContent, memoizeByText, normalizeWord, tokenize, type Token } from './tokens';
import { NEGATIONS } from '../lexicon';

/** Everything the detectors need to know about one sentence or passage. */
export interface Analysis {
  readonly text: string;
  readonly tokens: Token[];
  /** Normalised content words. */
  readonly content: Set<string>;
  readonly names: Name[];
  readonly quantities: Quantity[];
  readonly dates: DateMention[];
  readonly speaker?: Name;
  /** Number of negation cues (see {@link negationCues}). */
  readonly negations: number;
  /** The negation cues themselves, in text order. */
  readonly negationCues: Token[];
}

/** Analyses `text` (memoised). */
export const analyse: (text: string) => Analysis = memoizeByText((text) => new LazyAnalysis(text), 5000);

/**
 * An analysis whose parts are each computed on first use and kept: a detector that reads a passage
 * sentence's dates does not pay for its names and speaker. Every part is a pure function of the
 * text, so when it is computed changes nothing.
 */
class LazyAnalysis implements Analysis {
  #tokens?: Token[];
  #content?: Set<string>;
  #names?: Name[];
  #quantities?: Quantity[];
  #dates?: DateMention[];
  #speaker?: { name?: Name };
  #negationCues?: Token[];

  constructor(readonly text: string) {}

  get tokens(): Token[] { return this.#tokens ??= tokenize(this.text); }
  get content(): Set<string> { return this.#content ??= new Set(this.tokens.filter(isContent).map((t) => t.norm)); }
  get names(): Name[] { return this.#names ??= extractNames(this.text); }
  get quantities(): Quantity[] { return this.#quantities ??= extractQuantities(this.text, this.dates); }
  get dates(): DateMention[] { return this.#dates ??= extractDates(this.text); }
  get speaker(): Name | undefined { return (this.#speaker ??= { name: extractSpeaker(this.text, this.names) }).name; }
  get negations(): number { return this.negationCues.length; }
  get negationCues(): Token[] { return this.#negationCues ??= negationCues(this.text, this.tokens); }
}

/**
 * An analysis with some parts given (a source's relative dates resolved; a claim's attribution taken as
 * stated), its other parts read from `base` when first used.
 */
export function withParts(base: Analysis, parts: Partial<Pick<Analysis, 'dates' | 'names' | 'speaker'>>): Analysis {
  const given = (part: keyof typeof parts): boolean => Object.prototype.hasOwnProperty.call(parts, part);
  return {
    get dates() { return given('dates') ? parts.dates as DateMention[] : base.dates; },
    get names() { return given('names') ? parts.names as Name[] : base.names; },
    get speaker() { return given('speaker') ? parts.speaker : base.speaker; },
    get text() { return base.text; },
    get tokens() { return base.tokens; },
    get content() { return base.content; },
    get quantities() { return base.quantities; },
    get negations() { return base.negations; },
    get negationCues() { return base.negationCues; },
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
