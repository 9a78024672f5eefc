/**
 * Public API of the Corroborate engine: pure TypeScript, no editor, file
 * system or network access. Hosts (CLI, extension) pass text and bytes in and
 * get claims, evidence, stances and verdicts with UTF-16 offsets back.
 */
export * from './types';
export { decodeSourceBytes, DEFAULT_MAX_BYTES, type DecodeResult } from './decode';
export { buildCorpus, searchCorpus, type Corpus, type CorpusBuild, type SearchHit } from './corpus';
export { engineOptionsSchema, parseEngineOptions, type EngineOptions } from './options';
export { formatForPath, type DocumentFormat } from './document';
export { checkText, createChecker, type Checker } from './check';
export { detectClaims, scoreSentence, type SentenceScore, type DetectOptions } from './claims';
export { judgeStance, type StanceResult } from './stance';
export { decideVerdict } from './verdict';
