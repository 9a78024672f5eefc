import { REFUTATION_CUES } from '../../lexicon';
import { inPassage, onTopic, type Detector } from '../context';

/** Share of the claim the central sentence must state before its refutation counts. */
const REFUTATION_TOPIC = 0.6;

/**
 * The passage calls the claim untrue: its central sentence states most of the claim and calls it false, a
 * hoax or a fabrication, or denies it, while the claim itself uses no such word ("Reports that X died are
 * a hoax").
 */
export const refutation: Detector = {
  id: 'refutation',
  description: 'the passage calls the claim false, a hoax, or denies it',
  detect(ctx) {
    if (ctx.claim.words.some((w) => REFUTATION_CUES.has(w.lower))) return [];
    const cue = ctx.focus.words.find((w) => REFUTATION_CUES.has(w.lower));
    if (!cue || ctx.inFocus.coverage < REFUTATION_TOPIC || !onTopic(ctx, [])) return [];
    return [{
      detector: 'refutation', reason: `refuted: the source says "${cue.raw}"`, values: ['', cue.raw],
      highlights: [inPassage(ctx, cue)], strength: 0.5,
    }];
  },
};
