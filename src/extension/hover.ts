/**
 * The hover on a claim: first the verdict and its reason ("number: 40 vs 400"), then the best evidence's
 * central sentence with the matching or conflicting words in bold, its source, outlet and date, then the
 * other evidence, why the sentence is check-worthy, and links to act on it (Open passage shows the rest of
 * the passage). Corpus text is untrusted: every piece of it is escaped, HTML is off, and only our own
 * commands are trusted.
 */
import * as vscode from 'vscode';
import { escapeMarkdown, type Evidence } from '../engine';
import type { ClaimArgs } from './commandArgs';
import { COMMANDS, HOVER_COMMANDS } from './constants';
import { toRange } from './convert';
import { tierText, verdictText } from './reliabilityText';
import { judgedSoFar, type FindingsStore, type Review, type ReviewedFinding } from './findingsStore';
import { DECISION_LABELS } from './reviewProgress';
import { commandTarget, emphasise } from './markdownText';

/** Evidence entries listed after the best one. */
const MORE_EVIDENCE = 3;

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: FindingsStore) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.store.get(doc.uri);
    if (!entry || entry.version !== doc.version) return undefined;
    const offset = doc.offsetAt(position);
    const finding = this.store.findingAt(doc.uri, offset);
    if (finding) return new vscode.Hover(hoverMarkdown(doc.uri, finding), toRange(doc, finding.claim));
    const pending = this.store.pendingAt(doc.uri, offset);
    if (!pending) return undefined;
    const { judged, total } = judgedSoFar(entry);
    const md = new vscode.MarkdownString(`**Corroborate: checking…** This claim is being checked against the corpus (${judged} of ${total} claims in this draft judged so far).`);
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(doc, pending));
  }
}

/** The hover's Markdown for one finding. */
export function hoverMarkdown(uri: vscode.Uri, finding: ReviewedFinding): vscode.MarkdownString {
  const md = new vscode.MarkdownString(hoverText(uri, finding));
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

export function hoverText(uri: vscode.Uri, finding: ReviewedFinding): string {
  const { claim, evidence } = finding;
  const parts: string[] = [];
  const worth = `check-worthiness ${claim.checkworthiness.toFixed(2)}`;
  const reasons = claim.reasons.length > 0 ? `: ${claim.reasons.map(escapeMarkdown).join('; ')}` : '';
  // The first line says what was found and why: the verdict and the best evidence's reason ("number: 40 vs 400").
  const why = evidence[0]?.reasons[0];
  parts.push(`**Corroborate: ${verdictText(finding)}**${why ? ` — ${escapeMarkdown(why)}` : ''}`);
  if (finding.lowReliability) parts.push('*Every source that conflicts with this claim is rated low reliability (tier 3); weigh it against the others.*');
  if (finding.review) parts.push(reviewLine(finding.review));
  const [best, ...rest] = evidence;
  if (best) parts.push(evidenceMarkdown(best));
  else parts.push('*No passage in the corpus addresses this claim.*');
  if (rest.length > 0) {
    parts.push(`Also: ${rest.slice(0, MORE_EVIDENCE).map((e) => `${escapeMarkdown(e.source.meta.title)} (${e.stance})`).join(' · ')}`);
  }
  parts.push(`*${worth}${reasons}*`);
  parts.push(commandLinks(uri, finding));
  return parts.join('\n\n');
}

/** "*Dismissed (file) by ana on 2026-12-02* — note"; the reviewer's name and note are escaped like corpus text. */
function reviewLine(review: Review): string {
  const note = review.note ? ` — ${escapeMarkdown(review.note)}` : '';
  const earlier = review.decisions > 1 ? ` · ${review.decisions - 1} earlier ${review.decisions === 2 ? 'decision' : 'decisions'}` : '';
  return `*${DECISION_LABELS[review.decision]} (${review.scope}) by ${escapeMarkdown(review.by)} on ${review.at.slice(0, 10)}*${note}${earlier}`;
}

/**
 * The best evidence: its central sentence with the differing or matching words in bold, then its source,
 * outlet and date, then its reasons when there are several. The rest of the passage is on demand (Open passage).
 */
function evidenceMarkdown(e: Evidence): string {
  const meta = [e.source.meta.outlet, e.source.meta.date, tierText(e)].filter((x): x is string => Boolean(x)).map(escapeMarkdown);
  const source = `${e.stance} · **${escapeMarkdown(e.source.meta.title)}**${meta.length > 0 ? ` — ${meta.join(', ')}` : ''}`;
  const sentence = `> ${emphasise(...centralSentence(e))}`;
  // The first line already gives the first reason; several are listed in full.
  const reason = e.reasons.length > 1 ? `\n\nReasons: ${e.reasons.map(escapeMarkdown).join('; ')}` : '';
  return `${sentence}\n\n${source}${reason}`;
}

/** The passage's central sentence, with the highlights that fall inside it (offsets relative to the sentence). */
function centralSentence(e: Pick<Evidence, 'passage' | 'highlights'>): [string, Evidence['highlights']] {
  const start = Math.max(0, e.passage.focus.start - e.passage.start);
  const end = Math.min(e.passage.text.length, e.passage.focus.end - e.passage.start);
  if (end <= start) return [e.passage.text, e.highlights];
  const inside = e.highlights.filter((h) => h.start >= start && h.end <= end).map((h) => ({ start: h.start - start, end: h.end - start }));
  return [e.passage.text.slice(start, end), inside];
}

function commandLinks(uri: vscode.Uri, finding: ReviewedFinding): string {
  const args: ClaimArgs = { uri: uri.toString(), claimId: finding.claim.id };
  const links: string[] = [];
  if (finding.evidence.length > 0) links.push(commandLink('Open passage', COMMANDS.openPassage, { ...args, evidence: 0 }));
  const decision = finding.review?.decision;
  if (!decision || decision === 'needs-source') {
    links.push(commandLink('Accept', COMMANDS.accept, args));
    links.push(commandLink('Dismiss', COMMANDS.dismiss, { ...args, scope: 'occurrence' }));
  }
  if (!decision) links.push(commandLink('Needs a source', COMMANDS.markNeedsSource, args));
  if (decision) links.push(commandLink('Reopen', COMMANDS.reopen, args));
  links.push(commandLink('Search sources', COMMANDS.searchSources, finding.claim.text));
  return links.join(' · ');
}

/** A `command:` link; the arguments travel URI-encoded as a JSON array. */
export function commandLink(label: string, command: string, arg: unknown): string {
  return `[${escapeMarkdown(label)}](${commandTarget(command, arg)})`;
}
