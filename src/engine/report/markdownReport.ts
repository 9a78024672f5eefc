/**
 * The human-readable Markdown rendering of a report (the extension's "Export Report"): one section per
 * verdict, each claim quoted with its evidence. Draft and corpus text are untrusted, so every value is
 * escaped ({@link escapeMarkdown}) before it reaches the Markdown, and only http(s) addresses become links.
 */
import { escapeMarkdown } from '../text/markdown';
import type { Report, ReportClaim, ReportEvidence } from './report';
import type { Verdict } from '../types';

/** An editor's decision on a claim, as kept by the extension's review annotations. */
export interface ClaimDecision {
  decision: 'accepted' | 'dismissed' | 'needs-source';
  note?: string;
  /** Who decided, and when (ISO date-time). */
  by?: string;
  at?: string;
}

const DECISION_TEXT: Record<ClaimDecision['decision'], string> = {
  accepted: 'Accepted as checked',
  dismissed: 'Dismissed',
  'needs-source': 'Needs a source',
};

export interface MarkdownReportOptions {
  /** ISO date (YYYY-MM-DD) printed as the date of the check. Required: the renderer reads no clock. */
  date: string;
  /** The decision recorded for a claim of a file, if any (a claim's own `review` comes first); decided claims are marked as such. */
  decisionFor?: (path: string, claimId: string) => ClaimDecision | undefined;
}

/** Section order: what needs the editor's attention first. */
const SECTIONS: readonly { verdict: Verdict; heading: string }[] = [
  { verdict: 'contested', heading: 'Contested' },
  { verdict: 'unverified', heading: 'Unverified' },
  { verdict: 'supported', heading: 'Supported' },
];

const STANCE_LABEL: Record<ReportEvidence['stance'], string> = {
  conflicts: 'Conflicting',
  supports: 'Supporting',
  mentions: 'Mentioning',
  unrelated: 'Unrelated',
};

/** Renders `report` as a Markdown document. */
export function toMarkdownReport(report: Report, options: MarkdownReportOptions): string {
  const out: string[] = [];
  for (const file of report.files) {
    out.push(`# Fact-check report: ${escapeMarkdown(file.path)}`, '');
    out.push(`Checked on ${escapeMarkdown(options.date)} by ${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}.`);
    out.push(summarise(file.claims));
    const decisions = file.claims.map((c) => decisionOf(c, options.decisionFor?.(file.path, c.id)));
    if (file.review || decisions.some(Boolean)) out.push(reviewSummary(decisions));
    out.push('');
    for (const { verdict, heading } of SECTIONS) {
      const claims = file.claims.filter((c) => c.verdict === verdict);
      if (claims.length === 0) continue;
      out.push(`## ${heading} (${claims.length})`, '');
      for (const claim of claims) out.push(...claimBlock(claim, decisionOf(claim, options.decisionFor?.(file.path, claim.id))));
    }
  }
  if (report.problems.length > 0) {
    out.push('## Skipped files', '');
    for (const p of report.problems) out.push(`- ${escapeMarkdown(p.path)}: ${escapeMarkdown(p.message)}`);
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function summarise(claims: readonly ReportClaim[]): string {
  const count = (v: Verdict) => claims.filter((c) => c.verdict === v).length;
  const noun = claims.length === 1 ? 'claim' : 'claims';
  return `${claims.length} check-worthy ${noun}: ${count('contested')} contested, ${count('unverified')} unverified, ${count('supported')} supported.`;
}

function decisionOf(claim: ReportClaim, given: ClaimDecision | undefined): ClaimDecision | undefined {
  if (!claim.review) return given;
  const { status, note, by, at } = claim.review;
  return { decision: status, ...(note !== undefined && { note }), by, at };
}

/** "Review: 3 of 8 claims reviewed (2 accepted, 1 needs a source; 5 open)." */
function reviewSummary(decisions: readonly (ClaimDecision | undefined)[]): string {
  const count = (d: ClaimDecision['decision']) => decisions.filter((x) => x?.decision === d).length;
  const reviewed = decisions.filter(Boolean).length;
  const parts = [`${count('accepted')} accepted`, `${count('dismissed')} dismissed`, `${count('needs-source')} needing a source`];
  return `Review: ${reviewed} of ${decisions.length} ${decisions.length === 1 ? 'claim' : 'claims'} reviewed (${parts.join(', ')}; ${decisions.length - reviewed} open).`;
}

function claimBlock(claim: ReportClaim, decision: ClaimDecision | undefined): string[] {
  const lines = [`### Line ${claim.line}, column ${claim.column}`, '', `> ${escapeMarkdown(claim.text)}`, ''];
  if (decision) {
    const note = decision.note ? `: ${escapeMarkdown(decision.note)}` : '';
    const who = decision.by ? escapeMarkdown(decision.by) : 'the editor';
    const when = decision.at ? ` on ${escapeMarkdown(decision.at.slice(0, 10))}` : '';
    lines.push(`*${DECISION_TEXT[decision.decision]} by ${who}${when}${note}*`, '');
  }
  if (claim.lowReliability) lines.push('*Contested by low-reliability sources only (tier 3).*', '');
  if (claim.reasons.length > 0) lines.push(`Check-worthy because: ${claim.reasons.map(escapeMarkdown).join('; ')}.`, '');
  if (claim.evidence.length === 0) lines.push('No passage in the corpus supports or conflicts with this claim.', '');
  for (const e of claim.evidence) lines.push(...evidenceBlock(e));
  return lines;
}

function evidenceBlock(e: ReportEvidence): string[] {
  const byline = [e.outlet, e.date, e.tier !== undefined ? `reliability tier ${e.tier}` : undefined].filter((x): x is string => Boolean(x)).map(escapeMarkdown).join(', ');
  const why = e.reasons.length > 0 ? ` (${e.reasons.map(escapeMarkdown).join('; ')})` : '';
  return [
    `- **${STANCE_LABEL[e.stance]}**: ${sourceLink(e)}${byline ? `, ${byline}` : ''}${why}`,
    '',
    `  > ${escapeMarkdown(e.text)}`,
    '',
  ];
}

/** The source title, linked only when its address is a plain http(s) URL (never `javascript:` and the like). */
function sourceLink(e: ReportEvidence): string {
  const title = escapeMarkdown(e.title);
  if (e.url === undefined || !/^https?:\/\/[^\s<>()\\]+$/i.test(e.url)) return title;
  return `[${title}](<${e.url}>)`;
}
