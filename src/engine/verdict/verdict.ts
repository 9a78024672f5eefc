/** Verdicts and evidence order. */
import { rankTier } from './reliability';
import type { Evidence, Stance, Verdict } from '../types';

/**
 * `contested` when any evidence conflicts (even if other evidence supports
 * the claim), `supported` when some supports and none conflicts, otherwise
 * `unverified`.
 */
export function decideVerdict(evidence: Evidence[]): Verdict {
  if (evidence.some((e) => e.stance === 'conflicts')) return 'contested';
  if (evidence.some((e) => e.stance === 'supports')) return 'supported';
  return 'unverified';
}

const STANCE_ORDER: Record<Stance, number> = { conflicts: 0, supports: 1, mentions: 2, unrelated: 3 };

/**
 * Conflicts first, then supports, then mentions; within a stance the more reliable source first (an unrated
 * one counts as tier 2), then by confidence, then retrieval score.
 */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] || rankTier(a) - rankTier(b) || b.confidence - a.confidence || b.score - a.score;
}
