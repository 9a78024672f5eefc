/**
 * The analysed forms of a claim and of a passage that every detector reads. A claim is analysed once per
 * check and handed to every passage it is compared with; a passage's sentences are analysed once per text.
 */
import type { Span } from '../types';
import { analyse, withParts, type Analysis } from '../text/analysis';
import { relativeDates } from '../text/dates';
import { splitSentences } from '../text/sentences';
import { memoizeByText } from '../text/tokens';
import { indexWords, type WordIndex } from './align';
import { wordsOf, type Word } from './words';

/** One sentence with its shared analysis and its words. Offsets are relative to the sentence. */
export interface SentenceView {
  text: string;
  /** Offset of the sentence in its passage (0 for a claim). */
  start: number;
  /** Names, figures, dates, roles and speaker (computed on first use: most sentences of a long passage never need it). */
  readonly a: Analysis;
  words: Word[];
}

/** A claim, analysed once. */
export interface ClaimView extends SentenceView {
  /** Content words outside its figures and dates: what a passage must state for support. */
  content: Word[];
  /** Words of its figures and dates. */
  figureWords: Set<Word>;
  /** The transcript speaker whose own words the claim is read as (see attribution.ts), if any. */
  voiceOf?: string;
}

/** A passage: its sentences in order, and its words indexed for alignment. */
export interface PassageView {
  text: string;
  sentences: SentenceView[];
  /** Built on first use. */
  readonly index: WordIndex;
}

/** A sentence's words (memoised by text: neighbouring passages share sentences). */
const sentenceWords: (text: string) => Word[] = memoizeByText(wordsOf, 20000);

function sentenceView(text: string, start: number, words = sentenceWords(text)): SentenceView {
  let analysis: Analysis | undefined;
  return {
    text, start, words,
    get a(): Analysis {
      analysis ??= analyse(text);
      return analysis;
    },
  };
}

function computeClaim(text: string): ClaimView {
  // Words of its own, never a passage's: detectors tell the claim's words from the passage's by identity.
  const view = sentenceView(text, 0, wordsOf(text));
  // A factor is a verb too ("tripled the budget"), and a season a noun ("the autumn of 2015"): each stays a word to align.
  const figures: Span[] = [...view.a.quantities.filter((q) => q.kind !== 'factor'), ...view.a.dates.filter((d) => d.granularity !== 'season')];
  const figureWords = new Set(view.words.filter((w) => figures.some((f) => f.start <= w.start && w.end <= f.end)));
  return { ...view, content: view.words.filter((w) => w.content && !figureWords.has(w)), figureWords };
}

/** The claim's analysis (memoised by text). */
export const claimView: (text: string) => ClaimView = memoizeByText(computeClaim, 5000);

function computePassage(text: string): PassageView {
  const spans = splitSentences(text);
  // A sentence said twice in one passage gets words of its own: the alignment index tells sentences apart by their words.
  const seen = new Set<string>();
  const sentences = (spans.length ? spans : [{ start: 0, end: text.length }]).map((s) => {
    const sentence = text.slice(s.start, s.end);
    const twice = seen.has(sentence);
    seen.add(sentence);
    return sentenceView(sentence, s.start, twice ? wordsOf(sentence) : undefined);
  });
  let index: WordIndex | undefined;
  return {
    text, sentences,
    get index(): WordIndex {
      index ??= indexWords(sentences.map((x) => x.words));
      return index;
    },
  };
}

/** A passage's analysis (memoised by text). */
export const passageView: (text: string) => PassageView = memoizeByText(computePassage, 20000);

/** The sentence of the passage that contains offset `at` (relative to the passage). */
export function sentenceAt(p: PassageView, at: number): number {
  let best = 0;
  p.sentences.forEach((s, i) => {
    if (s.start <= at) best = i;
  });
  return best;
}

/**
 * A passage whose relative dates ("this year", "on Thursday") also stand for the days they mean in a source
 * dated `sourceDate` (YYYY-MM-DD): each sentence's dates gain the resolved ones (see relativeDates). The
 * words, and so the alignment index, are the passage's own; a passage without relative dates is its own
 * view. Memoised by date and text.
 */
const datedPassageView: (key: string) => PassageView = memoizeByText((key: string) => {
  const cut = key.indexOf('\u0000');
  const sourceDate = key.slice(0, cut);
  const base = passageView(key.slice(cut + 1));
  if (!relativeDates(base.text, sourceDate).length) return base;
  const sentences = base.sentences.map((s): SentenceView => {
    let analysis: Analysis | undefined;
    return {
      text: s.text, start: s.start, words: s.words,
      get a(): Analysis {
        analysis ??= withParts(s.a, { dates: [...s.a.dates, ...relativeDates(s.text, sourceDate)].sort((x, y) => x.start - y.start) });
        return analysis;
      },
    };
  });
  return { text: base.text, sentences, get index(): WordIndex { return base.index; } };
}, 2000);

/** The passage's view, read against its source's date when there is one. */
export function passageFor(text: string, sourceDate?: string): PassageView {
  return sourceDate ? datedPassageView(`${sourceDate}\u0000${text}`) : passageView(text);
}

/** Does punctuation that breaks a phrase (a comma, a semicolon, a colon, a bracket) stand between a word and the next? */
export function brokenAfter(view: SentenceView, w: Word): boolean {
  const next = view.words[w.index + 1];
  return !!next && /[,;:()]/.test(view.text.slice(w.end, next.start));
}
