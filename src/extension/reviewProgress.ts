/**
 * "N of M claims reviewed": how far the review of one draft has got. A claim counts as reviewed once it
 * has a standing decision (accepted, dismissed or needs a source); the sidebar, the status bar and the
 * exported report all word it through here.
 */
import type { Review, ReviewedFinding } from './findingsStore';

export interface ReviewProgress {
  reviewed: number;
  total: number;
  accepted: number;
  dismissed: number;
  needsSource: number;
}

export function reviewProgress(findings: readonly ReviewedFinding[]): ReviewProgress {
  const progress: ReviewProgress = { reviewed: 0, total: findings.length, accepted: 0, dismissed: 0, needsSource: 0 };
  for (const f of findings) {
    if (!f.review) continue;
    progress.reviewed++;
    if (f.review.decision === 'accepted') progress.accepted++;
    else if (f.review.decision === 'dismissed') progress.dismissed++;
    else progress.needsSource++;
  }
  return progress;
}

/** "3 of 8 claims reviewed". */
export function progressText(p: ReviewProgress): string {
  return `${p.reviewed} of ${p.total} ${p.total === 1 ? 'claim' : 'claims'} reviewed`;
}

/** "3 of 8 claims reviewed (2 accepted, 1 needs a source; 5 open)". */
export function progressDetail(p: ReviewProgress): string {
  const parts = [
    p.accepted > 0 ? `${p.accepted} accepted` : '',
    p.dismissed > 0 ? `${p.dismissed} dismissed` : '',
    p.needsSource > 0 ? `${p.needsSource} ${p.needsSource === 1 ? 'needs' : 'need'} a source` : '',
  ].filter(Boolean);
  const open = p.total - p.reviewed;
  return `${progressText(p)} (${[parts.join(', '), `${open} open`].filter(Boolean).join('; ')})`;
}

/** How a decision reads in the hover, the tree and the report. */
export const DECISION_LABELS: Record<Review['decision'], string> = {
  accepted: 'Accepted as checked',
  dismissed: 'Dismissed',
  'needs-source': 'Needs a source',
};
