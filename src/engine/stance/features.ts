/**
 * The stance model's features: what the support check found and what each detector found, as numbers. The
 * model (model.ts) weighs them; its weights are learned by `npm run train` (scripts/train-stance.mjs).
 */
import { REPORTING_HEDGES } from '../lexicon';
import { memoizeByText } from '../text/tokens';
import type { Finding, StanceContext } from './context';
import { DETECTORS } from './registry';
import type { SupportCheck, Tally } from './support';

/** Feature names, in vector order. The trained weights name them too, so a mismatch is caught on load. */
export const FEATURE_NAMES: readonly string[] = [
  'coverage', 'contentCoverage', 'focusCoverage', 'windowCoverage', 'exactShare',
  'namesMissing', 'namesShare', 'figuresMissing', 'figuresShare', 'datesMissing', 'datesShare',
  'predicatesMissing', 'predicatesShare', 'negationMismatch', 'opposed', 'substituted', 'anyMissingAnchor',
  ...DETECTORS.map((d) => `detector:${d.id}`), 'findings', 'strongestFinding',
  'hedgedPassage', 'hedgedClaim', 'claimQuestion', 'claimWords', 'passageSentences',
];

const share = (t: Tally): number => (t.total ? t.stated / t.total : 1);
/** 1 when a text holds a reporting hedge ("reportedly", "allegedly"), else 0: read once per text (passages recur across claims). */
const hedged = memoizeByText((text: string): number => ((text.toLowerCase().match(WORD_RE) ?? []).some((w) => REPORTING_HEDGES.has(w)) ? 1 : 0), 20_000);
/** A word, for {@link hedged} (a pattern with \p{…} is kept in a constant, or the bundle builds it anew at each use). */
const WORD_RE = /[\p{L}']+/gu;
const missingOf = (t: Tally): number => Math.min(3, t.total - t.stated) / 3;

/** The feature vector of a judged pair, in {@link FEATURE_NAMES} order. */
export function featuresOf(ctx: StanceContext, findings: Finding[], support: SupportCheck): number[] {
  const strongest = (id: string): number => Math.max(0, ...findings.filter((f) => f.detector === id).map((f) => f.strength));
  const anyMissing = support.figures.stated < support.figures.total || support.dates.stated < support.dates.total;
  return [
    support.coverage, support.contentCoverage, support.focusCoverage, support.windowCoverage, support.exactShare,
    missingOf(support.names), share(support.names), missingOf(support.figures), share(support.figures),
    missingOf(support.dates), share(support.dates), missingOf(support.predicates), share(support.predicates),
    support.negationMismatch ? 1 : 0, Math.min(1, support.opposed), Math.min(1, support.substituted), anyMissing ? 1 : 0,
    ...DETECTORS.map((d) => strongest(d.id)), Math.min(3, findings.length) / 3, Math.max(0, ...findings.map((f) => f.strength)),
    hedged(ctx.focus.text), hedged(ctx.claim.text), /\?\s*$/.test(ctx.claim.text) ? 1 : 0,
    Math.min(1, ctx.claim.words.length / 40), Math.min(1, Math.log2(1 + ctx.passage.sentences.length) / 6),
  ];
}
