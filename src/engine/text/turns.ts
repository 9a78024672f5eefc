/**
 * Speakers' turns in a transcript: a paragraph that opens with a speaker's name and a colon ("PENCE: ...",
 * "MR. HOLT: ...", "John Kerry: ...") starts that speaker's turn, which runs until the next such paragraph. A
 * debate, a speech or a press conference published this way says who speaks only there, not in the
 * sentences themselves ("I directed the Department of Defense ...").
 */
import { memoizeByText } from './tokens';

/** One turn's start: the offset of its label and the speaker it names, as written. */
export interface TurnLabel {
  at: number;
  speaker: string;
}

/** A word of a name in ordinary case, perhaps capitalised again inside ("McCain", "O'Neill-Reyes"). */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)*`;

/**
 * A paragraph-initial label (after a blank line, with or without carriage returns, or after the line that closes
 * a front matter), a colon and a space: a name in capitals (with dots, apostrophes, hyphens and spaces inside),
 * or a name of two to four capitalised words or initials ("John Kerry", "George W. Bush"), a word perhaps
 * capitalised again inside ("John McCain", "Beto O'Rourke"). An initial without its dot ("Harry S Truman") stands
 * only before another word of the name: "Figure A: " is no speaker.
 */
const LABEL_RE = new RegExp(String.raw`(?:^|\n[ \t\r]*\n|\n---[ \t\r]*\n)[ \t]*(\p{Lu}[\p{Lu}.'’ -]{0,38}\p{Lu}\.?|${NAME_WORD}\.?(?: (?:\p{Lu}\.|\p{Lu}(?= \p{Lu})|${NAME_WORD})){1,3}):[ \t]`, 'gu');

/** The turn labels of a text, in order (memoised by text: a source's passages ask for the same ones). */
export const turnLabels: (text: string) => TurnLabel[] = memoizeByText((text: string): TurnLabel[] => {
  const out: TurnLabel[] = [];
  for (const m of text.matchAll(LABEL_RE)) out.push({ at: (m.index ?? 0) + m[0].indexOf(m[1]), speaker: m[1] });
  return out;
}, 64, Infinity);

/** The speaker whose turn is under way at `offset` of `text`, if the text is a transcript. */
export function speakerAt(text: string, offset: number): string | undefined {
  const labels = turnLabels(text);
  let lo = 0;
  let hi = labels.length - 1;
  let found: TurnLabel | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid].at <= offset) { found = labels[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found?.speaker;
}
