/**
 * Public API of the Corroborate engine: pure TypeScript, no editor, file
 * system or network access. Hosts (CLI, extension) pass text and bytes in and
 * get claims, evidence, stances and verdicts with UTF-16 offsets back.
 */
export * from './types';
export { decodeSourceBytes, firstInvalidUtf8, DEFAULT_MAX_BYTES, type DecodeResult } from './text/decode';
export { buildCorpus, onlyRoots, searchCorpus, withoutSource, type BuildOptions, type Corpus, type CorpusBuild, type SearchHit } from './corpus/corpus';
export { contentHash, type SourceSegment } from './corpus/segment';
export { fileStamp, type FileTimes } from './corpus/stamp';
export type { RetrievalIndex } from './corpus/retrieval';
export { decodeSnapshot, encodeSnapshot, SNAPSHOT_VERSION, type SnapshotRead } from './corpus/snapshot';
export { rank } from './corpus/retrieval';
export { engineOptionsSchema, parseEngineOptions, type EngineOptions } from './options';
export { formatForPath, type DocumentFormat } from './text/document';
export { escapeMarkdown } from './text/markdown';
export { lineAndColumn } from './text/tokens';
export { focusWithin } from './corpus/corpus';
export { checkText, createChecker, type Checker } from './check';
export { detectClaims, scoreSentence, uncheckedRuns, type SentenceScore, type DetectOptions, type UncheckedRun } from './claims/detect';
export { decideWith, judgeStance, stanceFeatures, windowFor, FEATURE_NAMES, loadModel, type StanceResult } from './stance';
export { decideVerdict } from './verdict/verdict';
export { findInconsistencies, statesDifferently, type DraftFindings, type Inconsistency, type PairVerdict } from './verdict/consistency';
export { compileReliability, conflictsOnlyFromLowTier, reliabilityOptionsSchema, tierSchema, DEFAULT_TIER, LOW_TIER, TIERS, TIER_LABELS, type ReliabilityOptions, type Tier } from './verdict/reliability';
export { formatText, joinRoot, oneLine, passageFields, reportSchema, toReport, toSarif, type CheckedFile, type Report, type ReportReview } from './report/report';
export { toMarkdownReport } from './report/markdownReport';
export { toClaimReviews } from './report/claimReview';
export { corpusRetriever, rankCorpus, searchPassages, type Candidate, type PassageRetriever, type RetrieveOptions, type SourceRef } from './corpus/retriever';
export { createRetrievingChecker, mapLimited, type RetrievingChecker } from './checkAsync';
export { archivePassages, FOCUS_WEIGHT, type ArchivePassage, type ArchiveTerm } from './archive/terms';
export { archiveQueryTerms, rankCandidates, type ArchiveStats, type PooledCandidate } from './archive/rank';
