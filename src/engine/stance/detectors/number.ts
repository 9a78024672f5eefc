import { compatible } from '../../text/quantities';
import { claimWordsIn, inPassage, localTopic, onTopic, type Detector, type Finding } from '../context';
import { around, comparable, quantityStated, sharedWords } from '../figures';

/**
 * A figure of the claim that the passage gives differently in the same slot: the central sentence has a
 * figure of the same kind about the same thing that cannot also be true ("40 vs 400", "about 16 feet deep
 * vs 12 meters deep"), the passage states the claim's figure nowhere, and the rest of the claim is on topic.
 */
export const number: Detector = {
  id: 'number',
  description: 'a count, sum, percentage, duration, measure, age, tally or ordinal that differs in the same slot',
  detect(ctx) {
    const out: Finding[] = [];
    for (const q of ctx.claim.a.quantities) {
      if (quantityStated(q, ctx.claim, ctx.passage.sentences)) continue;
      // A rival that agrees with another of the claim's figures counts something else the claim also mentions.
      // Of several rivals, the one among the claim's own words ("a 72-hour truce" for "the ceasefire lasted").
      const near = around(ctx.claim, q, 6);
      const rival = ctx.focus.a.quantities.filter((p) => comparable(q, ctx.claim, p, ctx.focus) && !compatible(q, p)
        && !ctx.claim.a.quantities.some((o) => o !== q && o.kind === p.kind && compatible(o, p)))
        .sort((x, y) => sharedWords(near, around(ctx.focus, y, 6)) - sharedWords(near, around(ctx.focus, x, 6)))[0];
      if (!rival || !onTopic(ctx, claimWordsIn(ctx, q)) && !localTopic(ctx, q)) continue;
      // An age reads best as years, whatever its form ("58-year-old", "Herron, 68,").
      const reason = q.kind === 'age' ? `age: ${q.lo} vs ${rival.lo}`
        : `${q.kind === 'time' ? 'time' : 'number'}: ${q.text.trim()} vs ${rival.text.trim()}`;
      out.push({
        detector: 'number', reason, values: [q.text.trim(), rival.text.trim()],
        highlights: [inPassage(ctx, rival)], strength: 1,
      });
    }
    return out;
  },
};
