/**
 * The checking pipeline: claims -> candidate passages -> stance -> verdict.
 * Work per claim depends only on the claim's text and the corpus, so the
 * checker caches it by sentence text; after a keystroke only the edited
 * sentence is judged again.
 */
import type { Claim, Evidence, Finding, Passage, Span } from './types';
import { focusWithin, overlaps, type Corpus } from './corpus/corpus';
import { detectClaimProse } from './claims/detect';
import type { DocumentFormat } from './text/document';
import { withDefaults, type EngineOptions } from './options';
import { memoizeByText } from './text/tokens';
import { rankCorpus, type Candidate } from './corpus/retriever';
import { claimView, judgeStance, statesClaimWeekdays, type ClaimView, type StanceResult } from './stance';
import { compareEvidence, decideVerdict } from './verdict/verdict';
import { compileReliability, conflictsOnlyFromLowTier, type Tier } from './verdict/reliability';
import { FORECAST_RE } from './lexicon';

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
  const tierOf = compileReliability(opts.reliability);
  const evidenceFor = memoizeByText((prose) => gatherEvidence(prose, corpus, opts, tierOf), CACHE_LIMIT);
  return {
    check(text, format = 'plaintext') {
      return detectClaimProse(text, format, opts).map(({ claim, prose }) => toFinding(claim, evidenceFor(prose), opts));
    },
  };
}

/** Retrieves candidates and judges each; unrelated passages are dropped and overlapping duplicates merged. */
export function gatherEvidence(claimText: string, corpus: Corpus, opts: EngineOptions, tierOf = compileReliability(opts.reliability)): Evidence[] {
  return judgeCandidates(claimText, rankCorpus(corpus, claimText, opts.candidates), tierOf);
}

/**
 * Judges retrieved candidates against a claim, whatever backend retrieved them: stance, then the weak-conflict
 * rule, then evidence order with overlapping duplicates merged. `tierOf` gives a source's reliability tier.
 */
export function judgeCandidates(claimText: string, candidates: readonly Candidate[], tierOf: (source: Candidate['source']) => Tier | undefined = () => undefined): Evidence[] {
  const claim = claimView(claimText);
  const judged: Evidence[] = [];
  const weakConflicts = new Set<Evidence>();
  // Wire copy and syndication repeat a passage word for word across sources: its stance depends only on its
  // text, its central sentence, its source's date and the transcript turn it is in, so one judgement serves every copy.
  const stances = new Map<string, StanceResult>();
  for (const { passage, source, score } of candidates) {
    const within = focusWithin(passage);
    const key = `${within.start}\u0000${source.meta.date ?? ''}\u0000${passage.turn ?? ''}\u0000${passage.text}`;
    let stance = stances.get(key);
    if (!stance) stances.set(key, (stance = judgeStance(claim, passage.text, within, source.meta.date, passage.turn)));
    const { weak, incidental, focus, differing: _differing, ...result } = stance;
    if (result.stance === 'unrelated' || incidental) continue;
    const early = predates(claim, source.meta.date);
    if (early && result.stance !== 'conflicts') {
      // A source written before the year a claim is about can have foretold it, not reported it.
      if (result.stance === 'supports') result.stance = 'mentions';
      result.reasons = [...result.reasons, `the source is dated ${source.meta.date}, before ${early}`];
    }
    const tier = tierOf(source);
    const evidence: Evidence = { source: { id: source.id, root: source.root, meta: source.meta }, score: round(score), ...result, passage: centredOn(passage, focus), ...(tier !== undefined && { tier }) };
    if (weak) weakConflicts.add(evidence);
    judged.push(evidence);
  }
  settleWeakConflicts(claim, judged, weakConflicts);
  settleSelfContradiction(judged);
  settleLoneConflict(judged);
  return dedupe(judged.sort(compareEvidence));
}

/**
 * The claim's earliest year when a source dated `date` (YYYY-MM-DD) was written before it, else undefined. A claim
 * that is itself a forecast or a plan is one an earlier source can state.
 */
function predates(claim: ClaimView, date: string | undefined): string | undefined {
  const years = claim.a.dates.filter((d) => d.granularity === 'year').map((d) => Number(d.key));
  if (!date || !years.length || FORECAST_RE.test(claim.text)) return undefined;
  const first = Math.min(...years);
  return Number(date.slice(0, 4)) < first ? String(first) : undefined;
}

/**
 * A conflict that rests on a weekday alone is dropped to `mentions` when other evidence that does not
 * conflict states the claim's weekday for the claim's event: the sources then describe two events on two
 * days (a Monday call and a Thursday call), not one event on disputed days.
 */
function settleWeakConflicts(claim: ClaimView, judged: Evidence[], weak: Set<Evidence>): void {
  if (!weak.size) return;
  const attested = judged.some((e) => e.stance !== 'conflicts' && statesClaimWeekdays(claim, e.passage.text, focusWithin(e.passage), e.source.meta.date));
  if (!attested) return;
  for (const e of weak) {
    toMention(e, "another source gives the claim's day; likely a different event");
    e.confidence = round(Math.min(e.confidence, 0.5));
  }
}

/** Drops a conflict to `mentions`, its reasons kept with why, its conflicting words no longer marked. */
function toMention(e: Evidence, why: string): void {
  e.stance = 'mentions';
  e.reasons = e.reasons.map((r) => `${r} (${why})`);
  e.highlights = [];
}

/**
 * A figure conflict from a passage of a source that, in another passage and the same speaker's turn, supports
 * the claim and states the claim's figure is dropped to `mentions`: one writer or speaker does not contradict
 * himself within a few paragraphs, so the differing figure there counts something else ("a further $2 billion
 * cut in excise taxes" beside "almost $17 billion in income tax cuts").
 */
function settleSelfContradiction(judged: Evidence[]): void {
  for (const e of judged) {
    const figure = e.stance === 'conflicts' ? FIGURE_CONFLICT_RE.exec(e.reasons[0] ?? '')?.[1] : undefined;
    if (!figure) continue;
    const rival = centralSentence(e.passage);
    // A supporting passage that holds the conflicting sentence settles nothing; nor does one whose sentence tells
    // what the conflicting one tells with another figure ("in a 7-2 vote" / "in a 5-4 vote"): the source then
    // disagrees with itself.
    const stated = judged.some((s) => s.stance === 'supports' && sameSource(s, e) && s.passage.turn === e.passage.turn
      && !s.passage.text.includes(rival) && wordOverlap(centralSentence(s.passage), rival) < RETOLD
      && s.reasons.some((r) => r.startsWith('same: ') && r.slice(6).split(', ').includes(figure)));
    if (stated) toMention(e, 'the same source states the claim\'s figure elsewhere');
  }
}

/** A number conflict's reason, with the claim's figure ("number: 40 vs 400"). */
const FIGURE_CONFLICT_RE = /^number: (.+?) vs /;
/** Share of their words two sentences have in common above which one retells the other. */
const RETOLD = 0.6;

function centralSentence(p: Passage): string {
  const { start, end } = focusWithin(p);
  return p.text.slice(start, end);
}

/** Words (of three letters or more, any case) two texts share, over the words either has. */
function wordOverlap(a: string, b: string): number {
  const words = (t: string): Set<string> => new Set((t.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, x.size + y.size - shared);
}

/** Confidence below which a lone conflict is outweighed by support (see {@link settleLoneConflict}). */
const LONE_CONFLICT_CONFIDENCE = 0.9;

/**
 * One conflict that the stance judged with less than high confidence, against at least one passage that
 * supports the claim, is dropped to `mentions`: the supporting source outweighs it, and the conflict stays
 * listed with its reason for the editor to weigh.
 */
function settleLoneConflict(judged: Evidence[]): void {
  const conflicts = judged.filter((e) => e.stance === 'conflicts');
  if (conflicts.length !== 1 || conflicts[0].confidence >= LONE_CONFLICT_CONFIDENCE || !judged.some((e) => e.stance === 'supports')) return;
  toMention(conflicts[0], 'outweighed: another source supports the claim');
}

/** The same passage, centred on the sentence that bears on the claim (`focus` is relative to the passage text). */
function centredOn(passage: Passage, focus: Span): Passage {
  const start = passage.start + focus.start;
  if (start === passage.focus.start) return passage;
  return { ...passage, id: `${passage.sourceId}#${start}`, focus: { start, end: passage.start + focus.end } };
}

/**
 * Keeps the best of overlapping passages of one source, so that no sentence is shown twice for one claim,
 * and never lists a source as support for a claim it also conflicts with. `sorted` is in
 * {@link compareEvidence} order, so conflicts come first and the kept passage is the stronger stance.
 */
function dedupe(sorted: Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const e of sorted) {
    const dup = kept.some((k) => sameSource(k, e) && (overlaps(k.passage, e.passage) || k.stance === 'conflicts' && e.stance !== 'conflicts'));
    if (!dup) kept.push(e);
  }
  return kept;
}

function sameSource(a: Evidence, b: Evidence): boolean {
  return a.source.id === b.source.id && a.source.root === b.source.root;
}


export function toFinding(claim: Claim, evidence: Evidence[], opts: EngineOptions): Finding {
  const verdict = decideVerdict(evidence);
  const finding: Finding = { claim, verdict, evidence: evidence.slice(0, opts.maxEvidence) };
  if (verdict === 'contested' && conflictsOnlyFromLowTier(evidence)) finding.lowReliability = true;
  return finding;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
