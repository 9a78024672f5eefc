/**
 * The names-and-numbers weighting, mapped onto tsvector weights. The in-process index counts a word of the
 * central sentence twice and weighs a name or figure in the query twice. A tsvector position carries one of
 * four weight letters, so each word is stored with:
 *
 *   A  central sentence, name or figure      weight 1.0
 *   B  central sentence, other word          weight 0.5
 *   C  context sentence, name or figure      weight 0.5
 *   D  context sentence, other word          weight 0.25
 *
 * and `ts_rank_cd('{0.25, 0.5, 0.5, 1.0}', terms, query)` (the array is D, C, B, A) ranks the candidate
 * pool: a central-sentence word counts twice a context one, a name or figure twice a plain word. The words
 * are the engine's own normalised tokens, written as tsvector literals, so PostgreSQL's English stemmer
 * never disagrees with the engine. The final order within the pool is BM25 (engine `rankCandidates`), for
 * which a word's term frequency is read back from its weights: A or B count 2 (central), C or D count 1.
 */
import type { ArchiveTerm } from '../../engine';

/** ts_rank_cd weights, in PostgreSQL's {D, C, B, A} order. */
export const RANK_WEIGHTS = '{0.25,0.5,0.5,1.0}';

/** tsvector positions stop at 16383; later words keep the last position (their weight still counts). */
const MAX_POSITION = 16383;

function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A tsvector literal of a passage's words, positions 1.. in order, weighted as above. */
export function toTsvector(terms: readonly ArchiveTerm[]): string {
  const positions = new Map<string, string[]>();
  terms.forEach((t, i) => {
    const weight = t.focus ? (t.anchor ? 'A' : 'B') : t.anchor ? 'C' : 'D';
    const list = positions.get(t.norm) ?? [];
    if (list.length < 256) list.push(`${Math.min(i + 1, MAX_POSITION)}${weight === 'D' ? '' : weight}`);
    positions.set(t.norm, list);
  });
  return [...positions].map(([lexeme, pos]) => `${quote(lexeme)}:${pos.join(',')}`).join(' ');
}

/** An OR tsquery literal of the given words (engine-normalised, so never run through a stemmer). */
export function toTsquery(words: readonly string[]): string {
  return words.map(quote).join(' | ');
}

/** A tsquery literal requiring all the words. */
export function toTsqueryAll(words: readonly string[]): string {
  return words.map(quote).join(' & ');
}

/** A tsquery literal requiring any two of the words. */
export function toTsqueryPairs(words: readonly string[]): string {
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) pairs.push(`(${quote(words[i])} & ${quote(words[j])})`);
  return pairs.join(' | ');
}

/** Term frequency from a lexeme's weight letters: central-sentence words (A, B) count 2, others 1. */
export function frequencyOf(weights: readonly string[]): number {
  let f = 0;
  for (const w of weights) f += w === 'A' || w === 'B' ? 2 : 1;
  return f;
}
