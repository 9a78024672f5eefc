/**
 * What a server-side archive stores per passage so that it ranks like the in-process index: the passage's
 * content words in order, each marked as in the central sentence or not and as a name or figure or not,
 * and the weighted length BM25 normalises by. A backend turns these into its own index terms (PostgreSQL:
 * a weighted tsvector) and gives them back with its candidates for {@link rankCandidates}.
 */
import type { Passage, Source } from '../types';
import { isContent, tokenize } from '../text/tokens';

/** One content word of a passage. */
export interface ArchiveTerm {
  /** The normalised word, exactly as the in-process index keys it. */
  norm: string;
  /** In the passage's central sentence (counts double, as in the in-process index). */
  focus: boolean;
  /** Capitalised or a figure: a name or a number. */
  anchor: boolean;
}

/** The index terms of one passage. */
export interface ArchivePassage {
  terms: ArchiveTerm[];
  /** Weighted length: central-sentence words count {@link FOCUS_WEIGHT}, the others 1. */
  length: number;
}

/** Weight of the central sentence's words; must equal the in-process index's (the contract tests check it). */
export const FOCUS_WEIGHT = 2;

/** Index terms of every passage of one source, in passage order. The source is tokenised once. */
export function archivePassages(source: Source, passages: readonly Passage[]): ArchivePassage[] {
  const tokens = tokenize(source.text).filter(isContent);
  return passages.map((p) => {
    const terms: ArchiveTerm[] = [];
    let length = 0;
    // The three stretches the in-process index counts, with the same rule: tokens wholly inside each.
    const add = (from: number, to: number, focus: boolean): void => {
      for (let i = firstAt(tokens, from); i < tokens.length && tokens[i].end <= to; i++) {
        const t = tokens[i];
        terms.push({ norm: t.norm, focus, anchor: /\d/.test(t.raw) || /^\p{Lu}/u.test(t.raw) });
        length += focus ? FOCUS_WEIGHT : 1;
      }
    };
    add(p.start, p.focus.start, false);
    add(p.focus.start, p.focus.end, true);
    add(p.focus.end, p.end, false);
    return { terms, length };
  });
}

function firstAt(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
