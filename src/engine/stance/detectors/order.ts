import { inPassage, onTopic, type Detector, type Finding } from '../context';
import { align } from '../align';
import { wordsOf } from '../words';

/** "the day before X", "a week after X": a time unit placing one event relative to another. */
const RELATIVE_TIME_RE = /\b(day|night|week|month|year|hour)s?\s+(before|after)\s+((?:["“‘]?[\p{L}\p{N}'’-]+["”]?\s*){1,4})/giu;

/**
 * The same unit placing the same anchor event on the other side: "the day before VE Day" against "the day
 * after VE Day". ("Before" and "after" are function words, which no other detector compares.)
 */
export const order: Detector = {
  id: 'order',
  description: 'an event placed before instead of after another (or the reverse)',
  detect(ctx) {
    const out: Finding[] = [];
    const stated = [...ctx.focus.text.matchAll(RELATIVE_TIME_RE)];
    for (const c of ctx.claim.text.matchAll(RELATIVE_TIME_RE)) {
      const [unit, side] = [c[1].toLowerCase(), c[2].toLowerCase()];
      if (stated.some((p) => p[1].toLowerCase() === unit && p[2].toLowerCase() === side)) continue;
      const anchor = wordsOf(c[3]).filter((w) => w.content);
      const rival = stated.find((p) => p[1].toLowerCase() === unit && align(anchor, wordsOf(p[3])).coverage >= 0.5);
      if (!rival || !onTopic(ctx, [])) continue;
      const at = rival.index ?? 0;
      out.push({
        detector: 'order', reason: `order: ${unit} ${side} vs ${unit} ${rival[2].toLowerCase()}`, values: [side, rival[2].toLowerCase()],
        highlights: [inPassage(ctx, { start: at, end: at + rival[0].length })], strength: 0.8,
      });
    }
    return out;
  },
};
