/**
 * The report contract: the JSON that `corroborate check --format json` prints and the extension's
 * "Export Report" writes, plus its SARIF 2.1.0 and linter-style text renderings.
 *
 * The JSON shape is {@link reportSchema}; it is the stable interface for pipelines, so fields are only
 * ever added. Offsets are UTF-16 code-unit indices into the file's text as decoded (a leading BOM
 * removed), the way VS Code's `TextDocument.offsetAt` counts; `start` is inclusive, `end` exclusive.
 * Lines and columns are 1-based, columns in UTF-16 code units.
 */
import { z } from 'zod';
import { lineAndColumn } from '../text/tokens';
import { CLAIM_KINDS, STANCES, VERDICTS } from '../types';
import type { Finding, Passage, SourceMeta, Verdict } from '../types';
import type { UncheckedRun } from '../claims/detect';

const offset = z.number().int().nonnegative();
const position = z.number().int().positive();
const unit = z.number().min(0).max(1);

/** One evidence passage for a claim, as reported. */
export const reportEvidenceSchema = z.object({
  /** Path of the source file relative to its corpus root, forward slashes. */
  source: z.string(),
  /** Index into `corpus.roots` of the root the source came from. */
  root: z.number().int().nonnegative(),
  title: z.string(),
  outlet: z.string().optional(),
  /** ISO date (YYYY-MM-DD) when known. */
  date: z.string().optional(),
  url: z.string().optional(),
  /** 1 (most reliable) to 3, when the source's front matter gives it. */
  reliability: z.number().int().min(1).max(3).optional(),
  /** The tier the evidence was ranked by: 1 (high) to 3 (low), from the host's rules or else the front matter; absent when unrated. */
  tier: z.number().int().min(1).max(3).optional(),
  /** The passage text, exactly `sourceText.slice(start, end)`. */
  text: z.string(),
  /** Offsets of the passage in the source file's decoded text (front matter included). */
  start: offset,
  end: offset,
  /** The central sentence of the passage (the rest is context), as offsets in the source file. */
  focus: z.object({ start: offset, end: offset }).optional(),
  /** Position of `start` in the source file, when the reporter had the source text. */
  line: position.optional(),
  column: position.optional(),
  stance: z.enum(STANCES),
  confidence: unit,
  reasons: z.array(z.string()),
});

/** Review decisions an editor can make on a claim (an undecided claim is open and has no `review`). */
export const REVIEW_DECISIONS = ['accepted', 'dismissed', 'needs-source'] as const;

/** The editor's standing decision on a claim: the last one in its history. */
export const reportReviewSchema = z.object({
  status: z.enum(REVIEW_DECISIONS),
  scope: z.enum(['occurrence', 'file', 'workspace']),
  note: z.string().optional(),
  /** Who decided, and when (ISO date-time). */
  by: z.string(),
  at: z.string(),
  /** Decisions recorded on the claim so far, this one included. */
  decisions: z.number().int().positive(),
});

/** One check-worthy claim of a draft with its verdict and evidence. */
export const reportClaimSchema = z.object({
  /** Stable within one check: `c<start>`. */
  id: z.string(),
  /** Exactly `fileText.slice(start, end)`. */
  text: z.string(),
  start: offset,
  end: offset,
  line: position,
  column: position,
  /** Position of `end` (the character after the claim). */
  endLine: position,
  endColumn: position,
  checkworthiness: unit,
  kinds: z.array(z.enum(CLAIM_KINDS)),
  reasons: z.array(z.string()),
  verdict: z.enum(VERDICTS),
  /** True on a contested claim whose every conflicting passage comes from a low-reliability (tier 3) source. */
  lowReliability: z.boolean().optional(),
  /** Conflicting passages first, then supporting, then mentions. */
  evidence: z.array(reportEvidenceSchema),
  /** The editor's decision, when the host keeps review decisions (the extension's Export Report does). */
  review: reportReviewSchema.optional(),
});

/** A stretch of a draft that was not checked: a run too long to be one statement. */
export const reportUncheckedSchema = z.object({
  start: offset,
  end: offset,
  line: position,
  column: position,
  words: z.number().int().positive(),
  reason: z.string(),
});

const countsSchema = z.object({
  files: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  contested: z.number().int().nonnegative(),
  supported: z.number().int().nonnegative(),
  unverified: z.number().int().nonnegative(),
});

/** The whole report of one `check` run. */
export const reportSchema = z.object({
  tool: z.object({ name: z.string(), version: z.string() }),
  /** The corpus roots as the host named them; `evidence[].root` indexes this list. */
  corpus: z.object({ roots: z.array(z.string()) }),
  files: z.array(
    z.object({
      /** The draft's path as the host named it. */
      path: z.string(),
      claims: z.array(reportClaimSchema),
      /** Review progress, when the host keeps review decisions: claims with a decision, of all claims. */
      review: z.object({ reviewed: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).optional(),
      /** Runs of the draft that were not checked, with the reason; absent when every sentence was. */
      unchecked: z.array(reportUncheckedSchema).optional(),
    }),
  ),
  /** Corpus or draft files that were skipped, with the reason. */
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
  summary: countsSchema,
});

export type Report = z.infer<typeof reportSchema>;
export type ReportClaim = z.infer<typeof reportClaimSchema>;
export type ReportEvidence = z.infer<typeof reportEvidenceSchema>;
export type ReportReview = z.infer<typeof reportReviewSchema>;

/** A checked draft handed to {@link toReport}. */
export interface CheckedFile {
  path: string;
  /** The decoded text the findings' offsets point into. */
  text: string;
  findings: Finding[];
  /** The editor's decisions by claim id; given, the file's claims carry `review` and the file its progress. */
  reviews?: ReadonlyMap<string, ReportReview>;
  /** Runs of the draft that were not checked ({@link uncheckedRuns}). */
  unchecked?: readonly UncheckedRun[];
}

/** Optional context for {@link toReport}; every field has a neutral default. */
export interface ReportContext {
  /** Default `{ name: 'corroborate', version: '0.0.0' }`; hosts pass their package version. */
  tool?: { name: string; version: string };
  /** Corpus roots as named by the host (default none). */
  roots?: readonly string[];
  /** Source texts, so evidence gets line and column; without them those fields are omitted. */
  sources?: readonly { id: string; root: number; text: string }[];
  /** Files skipped while loading (default none). */
  problems?: readonly { path: string; message: string }[];
}

/** Builds the JSON report of one check run. The result always satisfies {@link reportSchema}. */
export function toReport(files: readonly CheckedFile[], context: ReportContext = {}): Report {
  // The sources themselves, not their texts: a host may read a text only when it is asked for.
  const sourceByKey = new Map((context.sources ?? []).map((s) => [sourceKey(s.root, s.id), s]));
  const reported = files.map((file) => {
    const claims = file.findings.map((finding) => {
      const claim = reportClaim(file.text, finding, sourceByKey);
      const review = file.reviews?.get(finding.claim.id);
      return review ? { ...claim, review: { ...review } } : claim;
    });
    const progress = file.reviews && { reviewed: claims.filter((c) => c.review).length, total: claims.length };
    const unchecked = file.unchecked?.map(({ start, end, line, column, words, reason }) => ({ start, end, line, column, words, reason }));
    return { path: file.path, claims, ...(progress && { review: progress }), ...(unchecked?.length && { unchecked }) };
  });
  return {
    tool: context.tool ?? { name: 'corroborate', version: '0.0.0' },
    corpus: { roots: [...(context.roots ?? [])] },
    files: reported,
    problems: (context.problems ?? []).map(({ path, message }) => ({ path, message })),
    summary: countVerdicts(reported),
  };
}

function sourceKey(root: number, id: string): string {
  return `${root}\u0000${id}`;
}

function reportClaim(text: string, finding: Finding, sourceByKey: Map<string, { text: string }>): ReportClaim {
  const { claim } = finding;
  const end = lineAndColumn(text, claim.end);
  return {
    id: claim.id,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    line: claim.line,
    column: claim.column,
    endLine: end.line,
    endColumn: end.column,
    checkworthiness: claim.checkworthiness,
    kinds: [...claim.kinds],
    reasons: [...claim.reasons],
    verdict: finding.verdict,
    ...(finding.lowReliability && { lowReliability: true }),
    evidence: finding.evidence.map((e) => {
      const { meta } = e.source;
      const full = sourceByKey.get(sourceKey(e.source.root, e.source.id))?.text;
      const at = full === undefined ? undefined : lineAndColumn(full, e.passage.start);
      return {
        ...passageFields(e.source, e.passage),
        ...(meta.reliability !== undefined && { reliability: meta.reliability }),
        ...(e.tier !== undefined && { tier: e.tier }),
        focus: { start: e.passage.focus.start, end: e.passage.focus.end },
        ...(at && { line: at.line, column: at.column }),
        stance: e.stance,
        confidence: e.confidence,
        reasons: [...e.reasons],
      };
    }),
  };
}

function countVerdicts(files: Report['files']): Report['summary'] {
  const counts = { files: files.length, claims: 0, contested: 0, supported: 0, unverified: 0 };
  for (const claim of files.flatMap((f) => f.claims)) {
    counts.claims++;
    counts[claim.verdict]++;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0

/** Verdicts that become SARIF results; supported claims need no reviewer attention. */
const SARIF_RULES: Partial<Record<Verdict, { id: string; level: 'warning' | 'note'; text: string }>> = {
  contested: { id: 'contested-claim', level: 'warning', text: 'A source in the corpus conflicts with this claim.' },
  unverified: { id: 'unverified-claim', level: 'note', text: 'No source in the corpus supports or conflicts with this claim.' },
};
/** The rule of a run of a draft that was not checked. */
const UNCHECKED_RULE = { id: 'not-checked', level: 'note', text: 'This text was not checked: it is too long to be one statement.' } as const;

/**
 * Renders a report as a SARIF 2.1.0 log: one result per contested or unverified claim, located by
 * line/column and by UTF-16 character offset (`columnKind: utf16CodeUnits`), with the evidence as
 * related locations.
 */
export function toSarif(report: Report): object {
  const rules = [...Object.values(SARIF_RULES), UNCHECKED_RULE].map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.text },
    defaultConfiguration: { level: rule.level },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.files.flatMap((file) =>
    file.claims.flatMap((claim) => {
      const rule = SARIF_RULES[claim.verdict];
      if (!rule) return [];
      return [
        {
          ruleId: rule.id,
          ruleIndex: ruleIndex.get(rule.id),
          level: rule.level,
          message: { text: sarifMessage(claim) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(file.path) },
                region: {
                  startLine: claim.line,
                  startColumn: claim.column,
                  endLine: claim.endLine,
                  endColumn: claim.endColumn,
                  charOffset: claim.start,
                  charLength: claim.end - claim.start,
                  snippet: { text: claim.text },
                },
              },
            },
          ],
          relatedLocations: claim.evidence.map((e, i) => ({
            id: i + 1,
            physicalLocation: {
              artifactLocation: { uri: toUri(joinRoot(report.corpus.roots[e.root], e.source)) },
              region: {
                ...(e.line !== undefined && { startLine: e.line, startColumn: e.column }),
                charOffset: e.start,
                charLength: e.end - e.start,
                snippet: { text: e.text },
              },
            },
            message: { text: `${e.stance}: ${e.title}${e.reasons.length ? ` (${e.reasons.join('; ')})` : ''}` },
          })),
          properties: { verdict: claim.verdict, checkworthiness: claim.checkworthiness, kinds: claim.kinds },
        },
      ];
    }),
  );
  const unchecked = report.files.flatMap((file) =>
    (file.unchecked ?? []).map((run) => ({
      ruleId: UNCHECKED_RULE.id,
      ruleIndex: ruleIndex.get(UNCHECKED_RULE.id),
      level: UNCHECKED_RULE.level,
      message: { text: `Not checked: ${run.reason}.` },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file.path) }, region: { startLine: run.line, startColumn: run.column, charOffset: run.start, charLength: run.end - run.start } } }],
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [...results, ...unchecked],
      },
    ],
  };
}

function sarifMessage(claim: ReportClaim): string {
  const conflicts = claim.evidence.filter((e) => e.stance === 'conflicts');
  if (claim.verdict === 'contested' && conflicts.length > 0) {
    const first = conflicts[0];
    const why = first.reasons.length ? `: ${first.reasons.join('; ')}` : '';
    const more = conflicts.length > 1 ? ` and ${conflicts.length - 1} more source(s)` : '';
    return `Contested by "${first.title}" (${first.source})${more}${why}.`;
  }
  return 'Unverified: no source in the corpus supports or conflicts with this claim.';
}

/** A relative URI reference for a host path: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(slashed);
  const encoded = slashed.split('/').map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment))).join('/');
  if (drive) return `file:///${encoded}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

/** The path of a source as the user named it: its corpus root joined with its relative path. */
export function joinRoot(root: string | undefined, source: string): string {
  if (root === undefined || root === '' || root === '.') return source;
  return `${root.replace(/[\\/]+$/, '')}/${source}`;
}

// ---------------------------------------------------------------------------------------------
// Linter-style text

/** Longest passage excerpt printed per evidence line, in characters. */
const EXCERPT_LENGTH = 160;

/**
 * Renders a report for a terminal, one block per claim:
 * `file:line:col verdict claim`, then one indented line per evidence passage with its stance,
 * source (and line when known), title and reasons, and a summary line that counts skipped files. Corpus text is
 * untrusted, so control characters (terminal escape sequences included) are replaced.
 */
export function formatText(report: Report): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const claim of file.claims) {
      lines.push(`${file.path}:${claim.line}:${claim.column} ${claim.verdict} ${oneLine(claim.text)}`);
      for (const e of claim.evidence) {
        const where = joinRoot(report.corpus.roots[e.root], e.source) + (e.line !== undefined ? `:${e.line}` : '');
        const from = [e.outlet, e.date].filter(Boolean).join(', ');
        const why = e.reasons.length ? ` (${e.reasons.map(oneLine).join('; ')})` : '';
        lines.push(`    ${e.stance.padEnd(9)} ${where} "${oneLine(e.title)}"${from ? ` [${oneLine(from)}]` : ''}${why}`);
        lines.push(`              ${excerpt(focusText(e))}`);
      }
    }
    for (const run of file.unchecked ?? []) lines.push(`${file.path}:${run.line}:${run.column} not checked: ${run.reason}`);
  }
  lines.push(summaryLine(report.summary, report.problems.length, report.files.reduce((n, f) => n + (f.unchecked?.length ?? 0), 0)));
  return lines.join('\n') + '\n';
}

/** The hosts print each skipped file's reason where they report errors; the summary only counts them. */
function summaryLine(s: Report['summary'], skipped: number, unchecked: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const tail = (unchecked > 0 ? `; ${plural(unchecked, 'run')} not checked` : '') + (skipped > 0 ? `; ${plural(skipped, 'file')} skipped` : '');
  return `${plural(s.claims, 'claim')} in ${plural(s.files, 'file')}: ${s.contested} contested, ${s.supported} supported, ${s.unverified} unverified${tail}`;
}

/** Collapses whitespace and replaces control characters so one value prints on one safe line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD').trim();
}

/** The passage's central sentence: the context around it would push the point off the line. */
function focusText(e: ReportEvidence): string {
  if (!e.focus || e.focus.start < e.start || e.focus.end > e.end) return e.text;
  return e.text.slice(e.focus.start - e.start, e.focus.end - e.start);
}

function excerpt(text: string): string {
  const flat = oneLine(text);
  return flat.length <= EXCERPT_LENGTH ? `"${flat}"` : `"${flat.slice(0, EXCERPT_LENGTH - 1)}…"`;
}

/** The fields that name a passage and its source, as the JSON report and `corroborate search` give them. */
export function passageFields(source: { id: string; root: number; meta: SourceMeta }, passage: Passage) {
  const { meta } = source;
  return {
    source: source.id,
    root: source.root,
    title: meta.title,
    ...(meta.outlet !== undefined && { outlet: meta.outlet }),
    ...(meta.date !== undefined && { date: meta.date }),
    ...(meta.url !== undefined && { url: meta.url }),
    text: passage.text,
    start: passage.start,
    end: passage.end,
  };
}
