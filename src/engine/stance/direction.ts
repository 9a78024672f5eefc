/**
 * Which way a word says something moves: up ("rose", "expanded", "up"), down ("fell", "trimmed", "down"), or
 * neither, from WordNet (a way to increase or rise, or to decrease or fall).
 */
import { frequentSenseOf, relation } from '../lexicon/wordnet';
import { memoizeByText } from '../text/tokens';
import type { Word } from './words';

/** Function words that state a direction ("income was up", "rates are down"). */
export const TREND_PARTICLES = new Set(['up', 'down']);

/** Up (true), down (false), or neither: "up", "down", or a way to increase or rise, or to decrease or fall. */
export function directionOf(w: Word): boolean | undefined {
  if (TREND_PARTICLES.has(w.lower)) return w.lower === 'up';
  if (!w.content || w.name) return undefined;
  return directionOfWord(w.lower);
}

/** The direction of a word's form, read once per form (detectors ask it of every word of every passage). */
const directionOfWord = memoizeByText((lower: string): boolean | undefined => {
  const kindOf = (anchor: string): boolean => ['same', 'synonym', 'general'].includes(relation(lower, anchor) ?? '');
  // A word whose usual sense is a rarer one of "increase" or "decrease" says the move too ("a reduction"); not so
  // of "rise" and "fall", whose rarer senses are other acts ("originate", "rebel", "come down").
  const up = kindOf('increase') || kindOf('rise') || frequentSenseOf(lower, 'increase');
  const down = kindOf('decrease') || kindOf('fall') || frequentSenseOf(lower, 'decrease');
  return up === down ? undefined : up;
}, 20_000);

/** Do two words say opposite moves, each a direction ("trim" / "add", "climbed" / "fell")? */
export function opposedMoves(a: Word, b: Word): boolean {
  const [x, y] = [directionOf(a), directionOf(b)];
  return x !== undefined && y !== undefined && x !== y;
}
