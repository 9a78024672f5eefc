/**
 * The checking pipeline: claims -> candidate passages -> stance -> verdict.
 * Work per claim depends only on the claim's text and the corpus, so the
 * checker caches it by sentence text; after a keystroke only the edited
 * sentence is judged again.
 */
import type { Claim, Evidence, Finding, Passage, Source, Span } from './types';
import { focusWithin, overlaps, type Corpus } from './corpus/corpus';
import { detectClaimProse } from './claims/detect';
import type { DocumentFormat } from './text/document';
import { withDefaults, type EngineOptions } from './options';
import { memoizeByText } from './text/tokens';
import { rank } from './corpus/retrieval';
import { judgeStance, refocus, statesClaimWeekdays } from './stance/stance';
import { compareEvidence, decideVerdict } from './verdict/verdict';

/** A checker bound to one corpus and one set of options. */
export interface Checker {
  /** Same result as {@link checkText}; repeated sentences are served from a cache. */
  check(text: string, format?: DocumentFormat): Finding[];
}

/** Largest number of sentences whose evidence the checker remembers. */
const CACHE_LIMIT = 20000;

/** Checks a text once. For repeated checks of an edited text, use {@link createChecker}. */
export function checkText(text: string, corpus: Corpus, options: Partial<EngineOptions> = {}, format: DocumentFormat = 'plaintext'): Finding[] {
  return createChecker(corpus, options).check(text, format);
}

/** Creates a checker that caches evidence per sentence text. */
export function createChecker(corpus: Corpus, options: Partial<EngineOptions> = {}): Checker {
  const opts = withDefaults(options);
  const evidenceFor = memoizeByText((prose) => gatherEvidence(prose, corpus, opts), CACHE_LIMIT);
  return {
    check(text, format = 'plaintext') {
      return detectClaimProse(text, format, opts).map(({ claim, prose }) => toFinding(claim, evidenceFor(prose), opts));
    },
  };
}

/** Retrieves candidates and judges each; unrelated passages are dropped and overlapping duplicates merged. */
export function gatherEvidence(claimText: string, corpus: Corpus, opts: EngineOptions): Evidence[] {
  const judged: Evidence[] = [];
  const weakConflicts = new Set<Evidence>();
  for (const [i, score] of rank(corpus.index, claimText, opts.candidates)) {
    const passage = corpus.passages[i];
    const source = corpus.sourceOf[i];
    const focus = focusWithin(passage);
    const { weak, incidental, ...result } = judgeStance(claimText, passage.text, focus);
    if (result.stance === 'unrelated' || incidental) continue;
    const shown = result.stance === 'supports' ? recentred(claimText, passage, focus, result.highlights) : { passage, highlights: result.highlights };
    const evidence: Evidence = { source: sourceRef(source), score: round(score), ...result, ...shown };
    if (weak) weakConflicts.add(evidence);
    judged.push(evidence);
  }
  settleWeakConflicts(claimText, judged, weakConflicts);
  return dedupe(judged.sort(compareEvidence));
}

/**
 * A conflict that rests on a weekday alone is dropped to `mentions` when
 * other evidence that does not conflict states the claim's weekday: the
 * sources then describe two events on two days (a Monday call and a Thursday
 * call), not one event on disputed days.
 */
function settleWeakConflicts(claimText: string, judged: Evidence[], weak: Set<Evidence>): void {
  if (!weak.size) return;
  const attested = judged.some((e) => e.stance !== 'conflicts' && statesClaimWeekdays(claimText, e.passage.text, focusWithin(e.passage)));
  if (!attested) return;
  for (const e of weak) {
    e.stance = 'mentions';
    e.confidence = round(Math.min(e.confidence, 0.5));
    e.reasons = [...e.reasons.map((r) => `${r} (another source gives the claim's day; likely a different event)`)];
    e.highlights = [];
  }
}

/**
 * The same window centred on the sentence that states the claim's figures,
 * when that is not the central one: an editor should see the supporting
 * sentence, not its neighbour. Dedupe then keeps it over overlapping passages.
 */
function recentred(claimText: string, passage: Passage, focus: Span, highlights: Span[]): { passage: Passage; highlights: Span[] } {
  const moved = refocus(claimText, passage.text, focus);
  if (!moved) return { passage, highlights };
  const start = passage.start + moved.focus.start;
  return {
    passage: { ...passage, id: `${passage.sourceId}#${start}`, focus: { start, end: passage.start + moved.focus.end } },
    highlights: moved.highlights,
  };
}


function sourceRef(source: Source): Evidence['source'] {
  return { id: source.id, root: source.root, meta: source.meta };
}

/**
 * Keeps the best of overlapping passages of one source, so that no sentence
 * is shown twice for one claim. `sorted` is in {@link compareEvidence} order,
 * so the kept one is the stronger stance, then the one whose central sentence
 * states the claim's figures (its confidence is higher). Only a support and a
 * conflict from overlapping passages are both kept: each bears on the verdict.
 */
function dedupe(sorted: Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const e of sorted) {
    const dup = kept.some((k) => sameSource(k, e) && overlaps(k.passage, e.passage)
      && (k.stance === e.stance || e.stance === 'mentions'));
    if (!dup) kept.push(e);
  }
  return kept;
}

function sameSource(a: Evidence, b: Evidence): boolean {
  return a.source.id === b.source.id && a.source.root === b.source.root;
}


function toFinding(claim: Claim, evidence: Evidence[], opts: EngineOptions): Finding {
  return { claim, verdict: decideVerdict(evidence), evidence: evidence.slice(0, opts.maxEvidence) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
