/**
 * ClaimReview JSON-LD (https://schema.org/ClaimReview) for the claims of a report that the corpus
 * decides: contested and supported ones. Unverified claims are left out, because a ClaimReview states
 * a rating and the corpus gives none for them.
 *
 * It is built from the report contract ({@link Report}), so the JSON report and the JSON-LD written
 * next to it always describe the same check.
 */
import type { Report, ReportClaim, ReportEvidence } from './report';
import type { Verdict } from '../types';

/** Where the reviews are published and by whom. */
export interface ClaimReviewOptions {
  /** Name of the reviewing organisation. Default `"Corroborate"`. */
  author?: string;
  /** ISO date (YYYY-MM-DD) the reviews carry as `datePublished`. Required: the builder reads no clock. */
  datePublished: string;
  /** Address where the reviewed draft will be published, when known; becomes each review's `url`. */
  url?: string;
}

/** The verdicts the corpus decides; only these get a ClaimReview. */
export type DecidedVerdict = Exclude<Verdict, 'unverified'>;

/** Rating of each decided verdict on a 1 (worst) to 3 (best) scale; 2 would be unverified. */
const RATINGS: Record<DecidedVerdict, number> = { contested: 1, supported: 3 };
const BEST_RATING = 3;
const WORST_RATING = 1;

/** The stance of the evidence a verdict rests on. */
const DECIDING_STANCE = { contested: 'conflicts', supported: 'supports' } as const satisfies Record<DecidedVerdict, string>;

export interface JsonLdOrganization {
  '@type': 'Organization';
  name: string;
}

/** A source where the claim's subject appears, i.e. a corpus article the verdict rests on. */
export interface JsonLdCreativeWork {
  '@type': 'CreativeWork';
  headline: string;
  url?: string;
  datePublished?: string;
  publisher?: JsonLdOrganization;
}

export interface JsonLdClaimReview {
  '@type': 'ClaimReview';
  url?: string;
  datePublished: string;
  author: JsonLdOrganization;
  claimReviewed: string;
  reviewBody?: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    /** The verdict itself: `contested` or `supported`. */
    alternateName: DecidedVerdict;
    /** How reliable the deciding sources are (their tiers), e.g. that only low-reliability sources conflict. */
    ratingExplanation?: string;
  };
  itemReviewed: { '@type': 'Claim'; appearance: JsonLdCreativeWork[] };
}

/** One JSON-LD document holding every review as a node of `@graph`. */
export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdClaimReview[];
}

/** Builds the ClaimReview JSON-LD for the contested and supported claims of every file in `report`. */
export function toClaimReviews(report: Report, options: ClaimReviewOptions): ClaimReviewDocument {
  const author: JsonLdOrganization = { '@type': 'Organization', name: options.author?.trim() || 'Corroborate' };
  const graph = report.files.flatMap((file) =>
    file.claims.flatMap((claim) => {
      const review = claimReview(claim, author, options);
      return review ? [review] : [];
    }),
  );
  return { '@context': 'https://schema.org', '@graph': graph };
}

function claimReview(claim: ReportClaim, author: JsonLdOrganization, options: ClaimReviewOptions): JsonLdClaimReview | undefined {
  const verdict = claim.verdict;
  if (verdict === 'unverified') return undefined;
  const deciding = claim.evidence.filter((e) => e.stance === DECIDING_STANCE[verdict]);
  const body = reviewBody(verdict, deciding);
  const explanation = tierExplanation(claim, deciding);
  return {
    '@type': 'ClaimReview',
    ...(options.url !== undefined && { url: options.url }),
    datePublished: options.datePublished,
    author,
    claimReviewed: claim.text,
    ...(body !== undefined && { reviewBody: body }),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATINGS[verdict],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: verdict,
      ...(explanation !== undefined && { ratingExplanation: explanation }),
    },
    itemReviewed: { '@type': 'Claim', appearance: appearances(deciding) },
  };
}

/** One CreativeWork per distinct source, in evidence order. */
function appearances(evidence: readonly ReportEvidence[]): JsonLdCreativeWork[] {
  const seen = new Set<string>();
  const works: JsonLdCreativeWork[] = [];
  for (const e of evidence) {
    const key = `${e.root}\u0000${e.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    works.push({
      '@type': 'CreativeWork',
      headline: e.title,
      ...(e.url !== undefined && { url: e.url }),
      ...(e.date !== undefined && { datePublished: e.date }),
      ...(e.outlet !== undefined && { publisher: { '@type': 'Organization', name: e.outlet } }),
    });
  }
  return works;
}

const TIER_WORDS: Record<number, string> = { 1: 'high', 2: 'standard', 3: 'low' };

/** "Only low-reliability sources (tier 3) conflict with this claim." or the deciding sources' tiers, when rated. */
function tierExplanation(claim: ReportClaim, deciding: readonly ReportEvidence[]): string | undefined {
  if (claim.lowReliability) return 'Only low-reliability sources (tier 3) conflict with this claim.';
  const rated = deciding.filter((e) => e.tier !== undefined);
  if (rated.length === 0) return undefined;
  const list = rated.map((e) => `"${e.title}": tier ${e.tier} (${TIER_WORDS[e.tier ?? 2]} reliability)`).join('; ');
  return `Reliability of the ${claim.verdict === 'contested' ? 'conflicting' : 'supporting'} sources: ${list}.`;
}

/** A one-sentence reason from the strongest deciding passage, e.g. `Conflicts with "Title" (Outlet): number: 9,000 vs 4,000.` */
function reviewBody(verdict: DecidedVerdict, deciding: readonly ReportEvidence[]): string | undefined {
  const first = deciding[0];
  if (!first) return undefined;
  const relation = verdict === 'contested' ? 'Conflicts with' : 'Supported by';
  const outlet = first.outlet ? ` (${first.outlet})` : '';
  const why = first.reasons.length ? `: ${first.reasons.join('; ')}` : '';
  return `${relation} "${first.title}"${outlet}${why}.`;
}
