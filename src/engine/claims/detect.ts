/**
 * Check-worthiness: which sentences of a draft assert something a source can
 * confirm or contradict. The score is a logistic combination of named 0/1
 * features, so each weight can be read and argued about: concrete content
 * (names, figures, dates, quotes, a completed action on something) raises the
 * score, while hedges, opinion, questions and outlooks lower it. The weights
 * are fitted on labelled debate sentences with the hand-set news weights as
 * their prior (checkworthinessWeights.ts says how, with the figures).
 */
import nlp from 'compromise';
import type { Claim, ClaimKind, Span } from '../types';
import { hasPos, isSpeechVerb, lemmas } from '../lexicon/wordnet';
import { analyse } from '../text/analysis';
import { readDocument, type DocumentFormat } from '../text/document';
import { splitSentences } from '../text/sentences';
import { tagWords } from '../text/tagger';
import { foldTypography, lineAndColumn, memoizeByText, normalizeWord, type Token } from '../text/tokens';
import { FITTED_WEIGHTS } from './checkworthinessWeights';
import {
  CAUSAL_RE, COMPARISON_RE, HEDGE_PHRASES, HEDGE_WORDS, MODAL_VERBS, OPEN_OUTCOME_PHRASES, OPINION_WORDS, PERSONAL_PRONOUNS,
  SPEECH_VERBS, VAGUE_QUANTIFIERS,
} from '../lexicon';

/** Result of scoring one sentence. */
export interface SentenceScore {
  /** Check-worthiness in [0, 1]. */
  checkworthiness: number;
  /** True when the score reaches the threshold (default 0.5). */
  claim: boolean;
  kinds: ClaimKind[];
  /** Readable cues, e.g. "figure: 220-212", "hedge: may". */
  reasons: string[];
}

/** The cues of check-worthiness, each present (1) or absent (0) in a sentence. */
export const CHECKWORTHINESS_FEATURES = [
  'entity', 'moreEntities', 'figure', 'date', 'quotation', 'attribution', 'comparison', 'causal', 'pastAction',
  'presentAction', 'question', 'hedge', 'opinion', 'personal', 'vagueOnly', 'vagueSubject', 'future', 'short', 'long',
] as const;

/** One of {@link CHECKWORTHINESS_FEATURES}. */
export type CheckworthinessFeature = typeof CHECKWORTHINESS_FEATURES[number];

/** Logit weights: an intercept plus one weight per feature (logit units; the score is the logistic of the sum). */
export type CheckworthinessWeights = { bias: number } & Record<CheckworthinessFeature, number>;

/**
 * The hand-set weights, on the intuition of a fact-checking desk: one concrete
 * anchor (a name, a figure, or a completed action on something) is enough to
 * make a plain declarative sentence worth checking; one hedge or a question is
 * enough to cancel a single anchor. They are the prior that the fitted weights
 * (checkworthinessWeights.ts) are pulled towards, and the baseline the
 * evaluation compares them with.
 */
export const HAND_WEIGHTS: CheckworthinessWeights = {
  bias: -1.0,
  entity: 1.2,
  moreEntities: 0.5,
  figure: 1.3,
  date: 1.0,
  quotation: 0.6,
  attribution: 0.6,
  comparison: 0.3,
  causal: 0.3,
  pastAction: 1.3,
  presentAction: 1.3,
  question: -2.5,
  hedge: -1.4,
  opinion: -1.0,
  personal: -1.2,
  vagueOnly: -0.8,
  vagueSubject: -0.5,
  future: -0.3,
  short: -1.0,
  long: 0,
};

/** The weights {@link scoreSentence} uses: fitted, see checkworthinessWeights.ts for how. */
export const WEIGHTS: CheckworthinessWeights = FITTED_WEIGHTS;

/** Sentences with fewer words than this carry too little to check. */
const MIN_WORDS = 5;
/** Fewest words a claim has: anything shorter is never scored. */
const MIN_CLAIM_WORDS = 3;
/** Most words a claim has: a longer run without a sentence end is never scored (see uncheckedRuns). */
const MAX_CLAIM_WORDS = 120;
const WORD_RE = /[\p{L}\p{N}]+/gu;
/** Sentences with at least this many words usually pack several statements. */
const LONG_WORDS = 25;
/** A reason is only shown for a cue whose weight moves the score noticeably (logit units). */
const MIN_REASON_WEIGHT = 0.1;

/** The features of one sentence with what they found. */
export interface SentenceFeatures {
  /** 1 when the cue is present. */
  values: Record<CheckworthinessFeature, 0 | 1>;
  kinds: ClaimKind[];
  /** Readable evidence for each present cue, e.g. "figure: 220-212". */
  cues: Partial<Record<CheckworthinessFeature, string>>;
  /** Built on a phrase that leaves its outcome open ("remains to be seen"): the sentence asserts nothing. */
  openOutcome: boolean;
}

/**
 * Kinds of claim that name something a source can confirm or contradict: a name, a figure, a date, a
 * comparison, or the third party who said it ("Witnesses said some of those inside escaped").
 */
const ANCHOR_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['entity', 'quantity', 'money', 'percent', 'date', 'comparison', 'attribution']);
/**
 * How far below the threshold a sentence with an anchor still counts as a claim. The weights are fitted on
 * debate transcripts, where a plan ("the store will stay open") is a promise nobody checks; in a news draft
 * a plan with a name or a figure in it is reported fact ("Around 50 workers will staff the store").
 */
const ANCHOR_RELIEF = 0.15;

/**
 * Scores a sentence. `threshold` is the claim cut-off (default 0.5; {@link ANCHOR_RELIEF} lower for a
 * sentence of ordinary length with an anchor); `weights` default to {@link WEIGHTS}.
 */
export function scoreSentence(text: string, threshold = 0.5, weights: CheckworthinessWeights = WEIGHTS): SentenceScore {
  const f = sentenceFeatures(text);
  const checkworthiness = round(checkworthinessOf(f.values, weights));
  const reasons = CHECKWORTHINESS_FEATURES
    .filter((k) => f.values[k] && f.cues[k] !== undefined && Math.abs(weights[k]) >= MIN_REASON_WEIGHT)
    .map((k) => f.cues[k] as string);
  // A sentence that leaves its outcome open ("Whether X survives Congress remains to be seen") asserts nothing,
  // whatever it names.
  const anchored = !f.values.short && f.kinds.some((k) => ANCHOR_KINDS.has(k));
  return { checkworthiness, claim: !f.openOutcome && checkworthiness >= threshold - (anchored ? ANCHOR_RELIEF : 0), kinds: f.kinds, reasons };
}

/** The logistic of the weighted sum of the present features, in [0, 1]. */
export function checkworthinessOf(values: Record<CheckworthinessFeature, 0 | 1>, weights: CheckworthinessWeights): number {
  let logit = weights.bias;
  for (const k of CHECKWORTHINESS_FEATURES) logit += weights[k] * values[k];
  return 1 / (1 + Math.exp(-logit));
}

/** The check-worthiness features of a sentence (memoised: drafts are re-scored after every edit). */
export const sentenceFeatures: (text: string) => SentenceFeatures = memoizeByText(computeFeatures, 5000);

function computeFeatures(text: string): SentenceFeatures {
  const a = analyse(text);
  // Dates are blanked for the word cues so that the month "May" is not read as the hedge "may".
  const folded = foldTypography(blankSpans(text, a.dates)).toLowerCase();
  const outsideQuotes = folded.replace(/"[^"]*"/g, ' ');
  const words = a.tokens.map((t) => t.raw.toLowerCase());
  const plainWords = outsideQuotes.match(/[\p{L}']+/gu) ?? [];
  const kinds = new Set<ClaimKind>();
  const values = Object.fromEntries(CHECKWORTHINESS_FEATURES.map((k) => [k, 0])) as Record<CheckworthinessFeature, 0 | 1>;
  const cues: Partial<Record<CheckworthinessFeature, string>> = {};
  const mark = (feature: CheckworthinessFeature, cue?: string, kind?: ClaimKind): void => {
    values[feature] = 1;
    if (cue !== undefined) cues[feature] = cue;
    if (kind) kinds.add(kind);
  };

  const names = properNames(text);
  if (names.length) mark('entity', `entity: ${names.slice(0, 3).join(', ')}`, 'entity');
  if (names.length >= 2) mark('moreEntities');
  const figures = a.quantities.filter((x) => !notAFigure(text, x));
  if (figures.length) {
    for (const x of figures) kinds.add(x.kind === 'money' ? 'money' : x.kind === 'percent' ? 'percent' : 'quantity');
    mark('figure', `figure: ${figures.map((x) => x.text.trim()).slice(0, 3).join(', ')}`);
  }
  if (a.dates.length) mark('date', `date: ${a.dates.map((d) => d.text).slice(0, 2).join(', ')}`, 'date');
  const quote = /"([^"]+)"/.exec(foldTypography(text));
  if (quote && quote[1].trim().split(/\s+/).length >= 3) mark('quotation', 'quotation', 'quotation');
  else if (quote) kinds.add('quotation');
  const speech = thirdPartySpeech(a.tokens) ?? (/\baccording to\b/i.test(text) ? { raw: 'according to' } : undefined);
  if (speech) mark('attribution', `attribution: ${speech.raw}`, 'attribution');
  const comparison = COMPARISON_RE.exec(text);
  if (comparison) mark('comparison', `comparison: ${comparison[0]}`, 'comparison');
  const causal = CAUSAL_RE.exec(text);
  if (causal) mark('causal', `causal: ${causal[0]}`, 'causal');
  const action = pastAction(text);
  if (action) mark('pastAction', `action: ${action}`);
  const present = action ? undefined : presentAction(text);
  if (present) mark('presentAction', `action: ${present}`);

  if (/\?\s*["”']?\s*$/.test(text.trim())) mark('question', 'question');
  const hedges = [...new Set(plainWords.filter((w) => HEDGE_WORDS.has(analyseWord(w))))];
  const hedgePhrase = HEDGE_PHRASES.find((re) => re.test(outsideQuotes));
  if (hedges.length || hedgePhrase) mark('hedge', `hedge: ${hedgePhrase?.exec(outsideQuotes)?.[0] ?? hedges[0]}`);
  const opinion = plainWords.find((w) => OPINION_WORDS.has(analyseWord(w)));
  if (opinion) mark('opinion', `opinion: ${opinion}`);
  // "US" is a country, "us" a pronoun, so an all-capital "US" is never personal.
  const personal = (foldTypography(text).replace(/"[^"]*"/g, ' ').match(/[\p{L}']+/gu) ?? [])
    .find((w) => PERSONAL_PRONOUNS.has(w.toLowerCase()) && (w !== w.toUpperCase() || w === 'I'));
  if (personal && !speech) mark('personal', `personal: ${personal}`);
  const vague = words.find((w) => VAGUE_QUANTIFIERS.has(w));
  if (vague && !a.quantities.length && !a.dates.length && names.length === 0) mark('vagueOnly', `vague: ${vague}`);
  const vagueSubject = VAGUE_SUBJECT_RE.exec(foldTypography(text).trimStart());
  if (vagueSubject) mark('vagueSubject', `vague subject: ${vagueSubject[0].trim()}`);
  const future = FUTURE_RE.exec(outsideQuotes);
  if (future) mark('future', `outlook: ${future[0]}`);
  if (words.length < MIN_WORDS) mark('short', 'too short');
  if (words.length >= LONG_WORDS) mark('long');
  return { values, kinds: [...kinds], cues, openOutcome: OPEN_OUTCOME_PHRASES.some((re) => re.test(folded)) };
}

/**
 * A sentence whose subject is a bare pronoun or placeholder followed by a verb
 * ("This is...", "It remains...", "There is...", "What happens...") points at
 * nothing a source could name.
 */
const VAGUE_SUBJECT_RE = /^(?:this|that|it|there|here|what|which|these|those)(?:'s)?\s+(?:is|are|was|were|be|has|have|had|seems?|remains?|looks?|happens?|means?|matters?|makes?|would|will|could|can|may|might|should)\b/i;

/** Outlook and intention: what will or would happen is not yet checkable. */
const FUTURE_RE = /\b(?:will|won't|would|'ll|shall|going to)\b/;

/** Auxiliaries whose following participle is not an action that took place ("would have predicted"). */
/** Tags of a word that can stand as the subject or the object of an action. */
const NOMINAL = /^(?:Noun|ProperNoun|Pronoun|Value|Determiner|Possessive|Acronym)$/;

/** compromise tags some prepositions after a verb as adjectives ("voted against"), so common ones are listed. */
const PREPOSITIONS = new Set(['against', 'for', 'on', 'in', 'into', 'to', 'with', 'over', 'from', 'at', 'about', 'off', 'out', 'across', 'after', 'outside', 'inside', 'near', 'during', 'throughout']);

function isPreposition(w: { normal: string; tags: Set<string> } | undefined): boolean {
  return !!w && (w.tags.has('Preposition') || PREPOSITIONS.has(w.normal));
}

/**
 * The first completed action with a concrete subject, e.g. "rejected" in "The city council rejected the
 * plan": a past-tense verb that is neither a form of "be" nor reported speech, not under a modal, with a
 * noun before it and a noun phrase after it (or "by" an agent when passive), or with no object when a noun
 * is its subject and something follows the verb ("sales climbed sharply", "the plan was rejected again"; a
 * verb that ends the sentence is never read). compromise's part-of-speech tags decide the word classes.
 */
export function pastAction(text: string): string | undefined {
  return actionVerb(text, 'PastTense');
}

/**
 * Verbs in the present tense that state no event: states of mind, appearances
 * and possession ("seems", "means", "has"). "The bill lowers taxes" reports
 * what a measure does; "This seems a good idea" does not.
 */
const STATIVE_VERBS = new Set(('seem appear look sound feel mean matter remain need deserve have has get want hope think believe ' +
  'know like love hate prefer wonder mind care tend stand go come').split(' ').map(normalizeWord));

/**
 * The first present-tense action with a concrete subject and object, e.g.
 * "lowers" in "The bill permanently lowers taxes": what a measure or a body
 * does is as checkable as what it did. Same tests as {@link pastAction}, and
 * stative verbs (see {@link STATIVE_VERBS}) are no action.
 */
export function presentAction(text: string): string | undefined {
  return actionVerb(text, 'PresentTense');
}

/** A sentence's words with compromise's tags (memoised: one parse serves both tenses of {@link actionVerb}). */
const taggedWords = memoizeByText(tagWords, 64);

/** Shared scan of {@link pastAction} and {@link presentAction}: the first verb of `tense` with a subject and an object. */
function actionVerb(text: string, tense: 'PastTense' | 'PresentTense'): string | undefined {
  const words = taggedWords(text);
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i];
    const lent = tenseLentByDo(words, i);
    if (!(lent ? lent === tense : w.tags.has(tense)) || w.tags.has('Copula') || w.tags.has('Auxiliary') || SPEECH_VERBS.has(normalizeWord(w.normal))) continue;
    if (tense === 'PresentTense' && (!lent && !/s$/i.test(w.normal) || STATIVE_VERBS.has(normalizeWord(w.normal)))) continue;
    const before = words.slice(Math.max(0, i - 4), i);
    if (before.some((b) => MODAL_VERBS.has(b.normal))) continue;
    if (!words.slice(0, i).some((b) => [...b.tags].some((t) => /^(?:Noun|ProperNoun|Pronoun)$/.test(t)) && !b.tags.has('QuestionWord'))) continue;
    const passive = before.length > 0 && /^(?:was|were|been|being|be|is|are)$/.test(before[before.length - 1].normal);
    const after = words.slice(i + 1, i + 4).filter((x) => !x.tags.has('Adverb') && !x.tags.has('Particle'));
    // A passive action names its agent ("was approved by the council") or where, when or to what it happened
    // ("was snatched outside a supermarket", "was recorded in a single afternoon").
    const next = passive ? isPreposition(after[0]) || after[0]?.normal === 'by' ? after[1] : undefined : isPreposition(after[0]) ? after[1] : after[0];
    // A time ("learned this week") is when, not what: it is no object.
    const head = next?.tags.has('Determiner') ? words[words.indexOf(next) + 1] ?? next : next;
    const verb = w.text.replace(/[^\p{L}'-]+$/u, '');
    if (next && !head?.tags.has('Date') && [...next.tags].some((t) => NOMINAL.test(t))) return verb;
    // An event with no object, or a passive with no agent, is an action too when a noun is its subject, right
    // before it past adverbs and auxiliaries: "ticket sales have climbed sharply", "the fog stayed low", "the
    // safari had been booked" (not "it happened", "it was rejected").
    if (tense === 'PastTense') {
      const subject = before.filter((b) => !b.tags.has('Adverb') && !b.tags.has('Auxiliary') && !b.tags.has('Negative')).pop();
      if (subject && (subject.tags.has('Noun') || subject.tags.has('ProperNoun')) && !subject.tags.has('Pronoun')) return verb;
    }
  }
  return undefined;
}

/**
 * The tense "do" lends a bare verb after it, negated or not: "did not condemn" is a past action as "condemned"
 * is, "does not contain" a present one. Undefined for any other verb.
 */
function tenseLentByDo(words: { normal: string; tags: Set<string> }[], i: number): 'PastTense' | 'PresentTense' | undefined {
  const w = words[i];
  if (!w.tags.has('Infinitive') && !(w.tags.has('PresentTense') && !/s$/i.test(w.normal))) return undefined;
  let k = i - 1;
  while (k > 0 && (words[k].tags.has('Negative') || words[k].tags.has('Adverb'))) k--;
  const aux = words[k]?.normal.replace(/n't$/, '');
  return aux === 'did' ? 'PastTense' : aux === 'does' || aux === 'do' ? 'PresentTense' : undefined;
}

/** Words that may stand between a speaker and the speech verb ("I have always said", "we also told"). */
const SPEECH_FILLERS = new Set(['have', 'has', 'had', 've', 'also', 'just', 'already', 'always', 'never', 'repeatedly', 'once', 'often']);

/**
 * The first speech verb whose speaker is not the writer or the reader: "Peskov
 * said" attributes a statement to a source that can be asked, "I said" and
 * "as you say" do not.
 */
function thirdPartySpeech(tokens: Token[]): Token | undefined {
  return tokens.find((t, i) => {
    if (!isSpeechVerb(t.norm, t.raw.toLowerCase())) return false;
    let k = i - 1;
    while (k >= 0 && SPEECH_FILLERS.has(tokens[k].raw.toLowerCase().replace(/^'/, ''))) k--;
    return k < 0 || !PERSONAL_PRONOUNS.has(tokens[k].raw.toLowerCase());
  });
}

/** `text` with the given spans replaced by spaces (offsets unchanged). */
function blankSpans(text: string, spans: Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function analyseWord(w: string): string {
  return analyse(w).tokens[0]?.norm ?? w;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Proper names of a sentence. A single capitalised word opening the sentence
 * is only a name when compromise tags it as one, since every sentence starts
 * with a capital.
 */
export function properNames(text: string): string[] {
  const names = analyse(text).names;
  const firstWordStart = text.search(/[\p{L}\p{N}]/u);
  return names
    .filter((n) => n.words.length > 1 || n.start !== firstWordStart || isTaggedProper(text.slice(n.start, n.end), text[n.end] === ','))
    .map((n) => n.text);
}

/** compromise's lexicon: word -> tag(s). Used to tell a name from an ordinary sentence opener. */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const NAME_TAGS = /Name|Country|City|Place|Region|Organization|ProperNoun|Demonym|Person|Honorific/;

/**
 * A capitalised sentence opener is a name when compromise's lexicon lists it
 * as one, or when the lexicon does not know it at all and it does not look
 * like a plural common noun ("Peskov" yes, "Relations", "Lawmakers" no). A
 * word set off by a comma ("Outrage, it turns out, ...") is a name only if
 * WordNet has it as no common word met in running text: fronted that way, a
 * common noun is a comment on the sentence, not its subject.
 */
function isTaggedProper(word: string, fronted: boolean): boolean {
  // A possessive is its name's ("Scotland's government").
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  const tags = LEXICON[lower];
  if (tags !== undefined) return NAME_TAGS.test(String(tags));
  return !/s$/.test(lower) && !(fronted && lemmas(lower).some((e) => e.proper === 0 && e.frequency > 0));
}

/** Options of {@link detectClaims}. */
export interface DetectOptions {
  /** Claim cut-off in [0, 1]; default 0.5. */
  minCheckworthiness?: number;
}

/** A sentence of a draft with its score, claim or not. */
export interface ScoredSentence extends Span, SentenceScore {}

/** Prose sentences of a draft (headings excluded), with exact offsets, and the masked text they index. */
export function draftSentences(text: string, format: DocumentFormat = 'plaintext'): { spans: Span[]; masked: string } {
  const doc = readDocument(text, format);
  const spans: Span[] = [];
  for (const block of doc.blocks) {
    if (block.heading) continue;
    for (const s of blockSentences(doc.masked.slice(block.start, block.end))) {
      spans.push({ start: block.start + s.start, end: block.start + s.end });
    }
  }
  return { spans, masked: doc.masked };
}

/** Sentence spans of a block, relative to it; memoised so an edit only re-splits the edited paragraph. */
const blockSentences: (block: string) => Span[] = memoizeByText(splitSentences, 5000);

/** Finds the check-worthy claims of a draft. */
export function detectClaims(text: string, format: DocumentFormat = 'plaintext', options: DetectOptions = {}): Claim[] {
  return detectClaimProse(text, format, options).map((c) => c.claim);
}

/** Claims with their prose (markup removed), which is what evidence is judged against. */
export function detectClaimProse(text: string, format: DocumentFormat = 'plaintext', options: DetectOptions = {}): { claim: Claim; prose: string }[] {
  const threshold = options.minCheckworthiness ?? 0.5;
  const out: { claim: Claim; prose: string }[] = [];
  for (const { span, prose, words } of proseSentences(text, format)) {
    // A fragment of one or two words ("line 12", "Heading 3") states nothing checkable: it is skipped
    // before the tagger runs, so a draft of thousands of such lines stays fast. A run longer than
    // MAX_CLAIM_WORDS is reported by {@link uncheckedRuns} instead.
    if (words < MIN_CLAIM_WORDS || words > MAX_CLAIM_WORDS) continue;
    const score = scoreCached(prose, threshold);
    if (score.claim) out.push({ claim: makeClaim(text, span, text.slice(span.start, span.end), score), prose });
  }
  return out;
}

/** Most claim thresholds whose scores are kept at once (a host uses one or two). */
const SCORED_THRESHOLDS = 4;
const scorers = new Map<number, (prose: string) => SentenceScore>();

/**
 * "first" or "second" as an adverb ("might first take a look", "shares first and asks later", "designers first
 * imagined") places an act in a sequence: commentary uses it as much as reports do, so it is no figure of a claim.
 */
function notAFigure(text: string, q: { start: number; end: number; text: string }): boolean {
  const word = q.text.trim().toLowerCase();
  if (word !== 'first' && word !== 'second') return false;
  const before = /([\p{L}']+)\W*$/u.exec(text.slice(Math.max(0, q.start - 20), q.start))?.[1]?.toLowerCase();
  const after = /^[\s,]*([\p{L}']+)/u.exec(text.slice(q.end))?.[1]?.toLowerCase();
  return !after || /^\s*[;.!?]/.test(text.slice(q.end)) || ADVERB_ORDINAL_AFTER.has(after)
    || !!before && MODAL_VERBS.has(before) || /ed$/.test(after) && hasPos(after, 'v') && !hasPos(after, 'n');
}
const ADVERB_ORDINAL_AFTER = new Set(['and', 'or', 'before', 'then', 'when']);

/** {@link scoreSentence}, memoised by threshold and text: after an edit most sentences of a draft are scored as before. */
function scoreCached(prose: string, threshold: number): SentenceScore {
  let score = scorers.get(threshold);
  if (!score) {
    if (scorers.size >= SCORED_THRESHOLDS) scorers.clear();
    score = memoizeByText((text) => scoreSentence(text, threshold), 5000);
    scorers.set(threshold, score);
  }
  return score(prose);
}

/** A stretch of a draft that was not checked, with its position and the reason. */
export interface UncheckedRun extends Span {
  line: number;
  column: number;
  words: number;
  reason: string;
}

/**
 * The runs of more than MAX_CLAIM_WORDS words without a sentence end: a list or unpunctuated text is not
 * one statement a source could confirm, and judging it against every passage would cost seconds, so it is
 * not checked. Hosts show these so that the user knows the text was left out, and why.
 */
export function uncheckedRuns(text: string, format: DocumentFormat = 'plaintext'): UncheckedRun[] {
  const out: UncheckedRun[] = [];
  for (const { span, words } of proseSentences(text, format)) {
    if (words <= MAX_CLAIM_WORDS) continue;
    const reason = `${words} words without a sentence end; claims are checked one sentence at a time, of at most ${MAX_CLAIM_WORDS} words`;
    out.push({ ...span, ...lineAndColumn(text, span.start), words, reason });
  }
  return out;
}

/** Each prose sentence of a draft with its prose (markup removed) and word count. */
function* proseSentences(text: string, format: DocumentFormat): Generator<{ span: Span; prose: string; words: number }> {
  const { spans, masked } = draftSentences(text, format);
  for (const span of spans) yield { span, ...proseWords(masked.slice(span.start, span.end)) };
}

/** A sentence's prose ({@link proseOf}) and word count, by its masked text: memoised, as an edit leaves most sentences as they were. */
const proseWords = memoizeByText((sentence: string): { prose: string; words: number } => {
  const prose = proseOf(sentence, { start: 0, end: sentence.length });
  return { prose, words: (prose.match(WORD_RE) ?? []).length };
}, 5000);

/** The prose of a sentence with markup blanked (link URLs, emphasis) and runs of space collapsed. */
export function proseOf(masked: string, s: Span): string {
  return masked.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
}

/** Builds a Claim object for a sentence span. */
export function makeClaim(text: string, s: Span, sentence: string, score: SentenceScore): Claim {
  const { line, column } = lineAndColumn(text, s.start);
  return {
    id: `c${s.start}`,
    start: s.start,
    end: s.end,
    text: sentence,
    line,
    column,
    checkworthiness: score.checkworthiness,
    kinds: score.kinds,
    reasons: score.reasons,
  };
}
