/**
 * How source reliability reads in the editor: the verdict of a claim contested only by low-reliability
 * sources, its Problems code, and a passage's tier. Every view words it through here.
 */
import { TIER_LABELS, type Evidence, type Finding } from '../engine';
import { VERDICT_LABELS } from './convert';

/** Problems-panel code of a claim contested only by low-reliability sources (others use their verdict). */
export const LOW_RELIABILITY_CODE = 'contested-low-reliability';

/** "Contested (low-reliability sources only)" or the plain verdict label. */
export function verdictText(finding: Pick<Finding, 'verdict' | 'lowReliability'>): string {
  return finding.lowReliability ? `${VERDICT_LABELS.contested} (low-reliability sources only)` : VERDICT_LABELS[finding.verdict];
}

/** The diagnostic code: the verdict, or {@link LOW_RELIABILITY_CODE}. */
export function diagnosticCode(finding: Pick<Finding, 'verdict' | 'lowReliability'>): string {
  return finding.lowReliability ? LOW_RELIABILITY_CODE : finding.verdict;
}

/** "tier 3, low reliability", or undefined for an unrated source. */
export function tierText(e: Pick<Evidence, 'tier'>): string | undefined {
  return e.tier === undefined ? undefined : `tier ${e.tier}, ${TIER_LABELS[e.tier]}`;
}
