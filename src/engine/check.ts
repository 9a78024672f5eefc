/**
 * The checking pipeline: claims -> candidate passages -> stance -> verdict.
 * Work per claim depends only on the claim's text and the corpus, so the
 * checker caches it by sentence text; after a keystroke only the edited
 * sentence is judged again.
 */
import type { Claim, Evidence, Finding, Passage, Source } from './types';
import type { Corpus } from './corpus';
import { detectClaimProse } from './claims';
import type { DocumentFormat } from './document';
import { withDefaults, type EngineOptions } from './options';
import { rank } from './retrieval';
import { judgeStance } from './stance';
import { compareEvidence, decideVerdict } from './verdict';

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
  const cache = new Map<string, Evidence[]>();
  return {
    check(text, format = 'plaintext') {
      return detectClaimProse(text, format, opts).map(({ claim, prose: key }) => {
        let evidence = cache.get(key);
        if (!evidence) {
          evidence = gatherEvidence(key, corpus, opts);
          if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
          cache.set(key, evidence);
        }
        return toFinding(claim, evidence, opts);
      });
    },
  };
}

/** Retrieves candidates and judges each; unrelated passages are dropped and overlapping duplicates merged. */
export function gatherEvidence(claimText: string, corpus: Corpus, opts: EngineOptions): Evidence[] {
  const judged: Evidence[] = [];
  for (const [i, score] of rank(corpus.index, claimText, opts.candidates)) {
    const passage = corpus.passages[i];
    const source = corpus.sourceOf[i];
    const focus = { start: passage.focus.start - passage.start, end: passage.focus.end - passage.start };
    const result = judgeStance(claimText, passage.text, focus);
    if (result.stance === 'unrelated') continue;
    judged.push({ passage, source: sourceRef(source), score: round(score), ...result });
  }
  return dedupe(judged.sort(compareEvidence));
}

function sourceRef(source: Source): Evidence['source'] {
  return { id: source.id, root: source.root, meta: source.meta };
}

/** Keeps the best of several overlapping passages of one source with the same stance. */
function dedupe(sorted: Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const e of sorted) {
    const dup = kept.some((k) => k.source.id === e.source.id && k.source.root === e.source.root
      && k.stance === e.stance && overlaps(k.passage, e.passage));
    if (!dup) kept.push(e);
  }
  return kept;
}

function overlaps(a: Passage, b: Passage): boolean {
  return a.start < b.end && b.start < a.end;
}

function toFinding(claim: Claim, evidence: Evidence[], opts: EngineOptions): Finding {
  return { claim, verdict: decideVerdict(evidence), evidence: evidence.slice(0, opts.maxEvidence) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
