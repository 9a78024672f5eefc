/**
 * Stance of a passage towards a claim: `supports`, `conflicts`, `mentions` or `unrelated`, with a confidence,
 * the reasons an editor reads, and the words to mark. The claim is analysed once (pass a {@link ClaimView}
 * when judging it against many passages); the detectors of the registry look for conflicts; support needs
 * every anchor of the claim stated; a learned model weighs it all (model.ts).
 */
import type { Span, Stance } from '../types';
import { alignPassage, contextOf, focusScore, type Finding, type StanceContext } from './context';
import { DETECTORS } from './registry';
import { supportCheck, type SupportCheck } from './support';
import { claimView, passageFor, passageView, sentenceAt, type ClaimView } from './views';
import { otherMouth, selfReported, spokenBy } from './attribution';
import { speakerAt } from '../text/turns';
import { decide } from './model';
import { featuresOf } from './features';
import { align } from './align';
import { dateStated } from './figures';

export { claimView, type ClaimView } from './views';
export { FEATURE_NAMES } from './features';
export { allowedStances, decideWith, loadModel, modelSchema, predict, type StanceModel } from './model';

/** Result of judging one claim against one passage. */
export interface StanceResult {
  stance: Stance;
  /** Confidence in [0, 1]. */
  confidence: number;
  reasons: string[];
  /** Spans inside the passage text to emphasise. */
  highlights: Span[];
  /** The passage's central sentence for this claim (relative to the passage text). */
  focus: Span;
  /** For a conflict: the claim's value and the passage's value that differ, per finding. */
  differing?: [string, string][];
  /** True when every conflict rests on a weekday alone (see the date detector). */
  weak?: boolean;
  /** A `mentions` that shares only vocabulary: hosts leave these out of evidence lists. */
  incidental?: boolean;
}

/**
 * Judges a passage against a claim. `focus` is the span of the passage's central sentence; without it the
 * sentence that states most of the claim is used. `sourceDate` (YYYY-MM-DD), the date of the passage's
 * source, resolves its relative dates ("this year", "on Thursday"). `turn` is the transcript speaker whose turn
 * is under way where the passage starts (Passage.turn): a claim that gives its words to the speaker of the
 * central sentence's turn is judged on what it says (see spokenBy), and one that opens on that speaker's name is the
 * speaker's own account where the passage speaks in the first person (see selfReported).
 */
export function judgeStance(claim: string | ClaimView, passageText: string, focus?: Span, sourceDate?: string, turn?: string): StanceResult {
  const view = typeof claim === 'string' ? claimView(claim) : claim;
  const speaker = speakerAt(passageText, focus?.start ?? 0) ?? turn;
  const c = speaker && (spokenBy(view, speaker) ?? selfReported(view, speaker, passageText)) || view;
  const passage = passageFor(passageText, sourceDate);
  const aligned = alignPassage(c, passage);
  const ctx = contextOf(c, passage, focus ? sentenceAt(passage, focus.start) : undefined, aligned, turn);
  // The central sentence the caller gave may not be the one that states most of the claim: look for conflicts
  // in both ("The call lasted almost an hour" continues the sentence that names the call), and judge support
  // on the one that states more.
  const best = focus ? contextOf(c, passage, undefined, aligned, turn) : ctx;
  const chosen = focusScore(best) > focusScore(ctx) + 0.15 ? best : ctx;
  const other = chosen === best ? ctx : best;
  const findings = detectAll(chosen);
  const support = supportCheck(chosen);
  // A sentence that states every anchor of the claim outweighs a conflict found in its neighbour.
  if (!findings.length && other.focusIndex !== chosen.focusIndex && !statesAnchors(support)) {
    const elsewhere = detectAll(other);
    if (elsewhere.length) return result(other, elsewhere, supportCheck(other));
  }
  return result(chosen, findings, support);
}

/**
 * The model's feature vector for a claim and a passage (in FEATURE_NAMES order), with the detectors'
 * findings: what `npm run train` learns from.
 */
export function stanceFeatures(claim: string, passageText: string): { features: number[]; detectors: string[]; sentences: number } {
  const ctx = contextOf(claimView(claim), passageView(passageText));
  const findings = detectAll(ctx);
  return { features: featuresOf(ctx, findings, supportCheck(ctx)), detectors: findings.map((f) => f.detector), sentences: ctx.passage.sentences.length };
}

/**
 * The window of a long text around the sentence that states most of the claim: that sentence with `before`
 * sentences before it and `after` after it (as a check's passages are).
 */
export function windowFor(claim: string, text: string, before = 1, after = 1): string {
  const passage = passageView(text);
  const ctx = contextOf(claimView(claim), passage);
  const s = passage.sentences;
  const first = s[Math.max(0, ctx.focusIndex - before)];
  const last = s[Math.min(s.length - 1, ctx.focusIndex + after)];
  return text.slice(first.start, last.start + last.text.length);
}

/** Every detector's findings, a value pair found by more than one detector listed once (the first, the narrower). */
function detectAll(ctx: StanceContext): Finding[] {
  const seen = new Set<string>();
  return DETECTORS.flatMap((d) => d.detect(ctx)).filter((f) => {
    const key = f.values.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function statesAnchors(s: SupportCheck): boolean {
  return s.names.stated === s.names.total && s.figures.stated === s.figures.total && s.dates.stated === s.dates.total && s.contentCoverage >= 0.8;
}

function result(ctx: StanceContext, findings: Finding[], support: SupportCheck): StanceResult {
  const focus = { start: ctx.focus.start, end: ctx.focus.start + ctx.focus.text.length };
  const { stance, confidence } = decide(featuresOf(ctx, findings, support), ctx.passage.sentences.length);
  const inFocus = (s: Span): Span => ({ start: ctx.focus.start + s.start, end: ctx.focus.start + s.end });
  if (stance === 'conflicts') {
    return {
      stance, confidence, focus, reasons: findings.map((f) => f.reason), highlights: findings.flatMap((f) => f.highlights),
      differing: findings.map((f) => f.values), ...(findings.every((f) => f.weak) ? { weak: true } : {}),
    };
  }
  const highlights = support.stating.map(inFocus);
  const speaker = stance === 'supports' ? otherMouth(ctx.claim, ctx.focus.words, ctx.turn) : undefined;
  if (speaker) {
    const reasons = [`states ${Math.round(support.coverage * 100)}% of the claim`, `in ${speaker}'s words, not the claim's speaker's`];
    return { stance: 'mentions', confidence, focus, reasons, highlights };
  }
  if (stance === 'supports') {
    const reasons = [`states ${Math.round(support.coverage * 100)}% of the claim`];
    if (support.anchors.length) reasons.push(`same: ${support.anchors.join(', ')}`);
    return { stance, confidence, focus, reasons, highlights };
  }
  const reasons = [`states ${Math.round(support.windowCoverage * 100)}% of the claim`];
  if (support.missing.length) reasons.push(`does not state: ${support.missing.slice(0, 3).join(', ')}`);
  const incidental = stance === 'mentions' && !support.anchors.length && support.windowCoverage < 0.5;
  return { stance, confidence, focus, reasons, highlights, ...(incidental ? { incidental } : {}) };
}

/** Share of the claim a sentence must state before its weekday counts as the claim's event's. */
const WEEKDAY_EVENT_COVERAGE = 0.5;

/**
 * Does the passage's central sentence give the claim's weekdays to the claim's event (it states each of
 * them and most of the claim)? Such evidence settles a weak, weekday-only conflict elsewhere.
 */
export function statesClaimWeekdays(claim: ClaimView, passageText: string, focus: Span, sourceDate?: string): boolean {
  const weekdays = claim.a.dates.filter((d) => d.granularity === 'weekday');
  if (!weekdays.length) return false;
  const passage = passageFor(passageText, sourceDate);
  const sentence = passage.sentences[sentenceAt(passage, focus.start)];
  return weekdays.every((d) => dateStated(d, [sentence])) && align(claim.content, sentence.words).coverage >= WEEKDAY_EVENT_COVERAGE;
}
