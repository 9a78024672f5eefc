/**
 * Consistency across drafts: two drafts that state the same fact differently (a 7-2 vote in one, 6-3 in
 * another). Each claim of one draft is judged against each claim of the others with the stance engine, as if
 * the other claim were a passage; a conflict is an inconsistency. Where the corpus backs exactly one side
 * (its claim has supporting evidence and the other's does not), that passage settles it. Pure.
 */
import { judgeStance } from '../stance';
import type { Claim, Evidence, Finding } from '../types';

/** One checked draft: a key the host knows it by (a URI) and its findings. */
export interface DraftFindings {
  key: string;
  findings: readonly Finding[];
}

export interface ClaimRef {
  draft: string;
  claim: Claim;
}

export interface Inconsistency {
  a: ClaimRef;
  b: ClaimRef;
  /** What differs, e.g. "number: 7-2 vs 6-3" (the first claim's value first). */
  reasons: string[];
  /** The side the corpus backs and the passage that does, when exactly one side is supported. */
  settledBy?: { side: 'a' | 'b'; evidence: Evidence };
}

/** Claims that share fewer content words than this are not compared (they cannot state the same fact). */
const MIN_SHARED_WORDS = 3;

/** Every pair of claims in different drafts that state the same fact differently. `judge` is memoised by the caller if wanted. */
export function findInconsistencies(drafts: readonly DraftFindings[], judge: (a: string, b: string) => PairVerdict): Inconsistency[] {
  const claims = drafts.flatMap((d) => d.findings.map((finding) => ({ draft: d.key, finding, words: contentWords(finding.claim.text) })));
  const found: Inconsistency[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [x, y] = [claims[i], claims[j]];
      if (x.draft === y.draft || shared(x.words, y.words) < MIN_SHARED_WORDS) continue;
      const verdict = judge(x.finding.claim.text, y.finding.claim.text);
      if (!verdict.conflicts) continue;
      const settledBy = settle(x.finding, y.finding);
      found.push({ a: { draft: x.draft, claim: x.finding.claim }, b: { draft: y.draft, claim: y.finding.claim }, reasons: verdict.reasons, ...(settledBy && { settledBy }) });
    }
  }
  return found;
}

/** Whether two claims state the same fact differently, and why. */
export interface PairVerdict {
  conflicts: boolean;
  reasons: string[];
}

/** Whether claim `b`, read as a passage, conflicts with claim `a`, and why: the judge {@link findInconsistencies} is given. */
export function statesDifferently(a: string, b: string): PairVerdict {
  const result = judgeStance(a, b);
  return { conflicts: result.stance === 'conflicts', reasons: result.reasons };
}

function settle(a: Finding, b: Finding): Inconsistency['settledBy'] {
  const support = (f: Finding) => f.evidence.find((e) => e.stance === 'supports');
  const [sa, sb] = [support(a), support(b)];
  if (sa && !sb) return { side: 'a', evidence: sa };
  if (sb && !sa) return { side: 'b', evidence: sb };
  return undefined;
}

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).filter((w) => w.length >= 4 || /\d/.test(w)));
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
