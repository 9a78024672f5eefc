/** `corroborate check`: claims, evidence and verdicts for drafts, as text, JSON or SARIF. */
import { z } from 'zod';
import { engineOptionsSchema, formatText, toReport, toSarif, type EngineOptions, type Report, type Verdict } from '../engine';
import { databaseCheckBackend, localCheckBackend, type CheckBackend } from './checkBackend';
import { resolveDatabaseUrl } from './database';
import { UsageError } from './errors';
import { expandDraftArgs } from './files';
import type { FileProblem } from './files';
import type { CliIo } from './io';
import { choiceOption, fractionOption, integerOption, parseCommand, validateOptions } from './options';
import { createProgress } from './progress';
import { TOOL } from './version';

const FAIL_ON = ['contested', 'unverified', 'never'] as const;

const checkOptionsSchema = z.object({
  corpus: z.array(z.string().min(1, { error: '--corpus needs a folder' })),
  database: z.string().optional(),
  format: choiceOption('--format', ['text', 'json', 'sarif']).default('text'),
  'fail-on': choiceOption('--fail-on', FAIL_ON).default('contested'),
  'max-evidence': integerOption('--max-evidence', 1).optional(),
  'min-checkworthiness': fractionOption('--min-checkworthiness').optional(),
  cache: z.string().min(1, { error: '--cache needs a folder' }).optional(),
  verbose: z.boolean().default(false),
}).check((ctx) => {
  const { corpus, database } = ctx.value;
  if (corpus.length === 0 && database === undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: '--corpus <dir> is required (for the bundled sample: --corpus corpus/sources), or --database <url>' });
  if (corpus.length > 0 && database !== undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: 'give --corpus or --database, not both' });
});

/** Verdicts that trip each `--fail-on` level: a threshold, so `unverified` also fails on `contested`. */
const FAILING: Record<(typeof FAIL_ON)[number], readonly Verdict[]> = {
  contested: ['contested'],
  unverified: ['contested', 'unverified'],
  never: [],
};

export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('check', args, {
    corpus: { type: 'string', multiple: true },
    database: { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    'max-evidence': { type: 'string' },
    'min-checkworthiness': { type: 'string' },
    cache: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('no draft files given', 'check');
  const options = validateOptions('check', checkOptionsSchema, { ...values, corpus: values.corpus ?? [] });
  const engineOptions = toEngineOptions(options['max-evidence'], options['min-checkworthiness']);
  const progress = createProgress(io.stderr, options.verbose);

  const backend: CheckBackend = options.database !== undefined
    ? await databaseCheckBackend(resolveDatabaseUrl(options.database, 'check'), engineOptions)
    : await localCheckBackend(io, options.corpus, engineOptions, progress, options.cache);
  try {
    warn(io, backend.problems);
    const drafts = await expandDraftArgs(io, positionals);
    note(io, [...backend.notes, ...drafts.notes]);
    const draftProblems = [...drafts.problems];
    const checked = await backend.checkAll(io, drafts.files, draftProblems, progress);
    progress.done();
    for (const p of draftProblems) io.stderr.write(`corroborate: error: ${p.path}: ${p.message}\n`);
    // Rendered whole before anything is written: a backend failing part way prints nothing on stdout.
    if (checked.length > 0) {
      const report = toReport(checked, {
        tool: TOOL,
        roots: backend.roots,
        sources: await backend.sourcesOf(checked),
        problems: [...backend.problems, ...draftProblems],
      });
      io.stdout.write(render(report, options.format));
    }
    return exitCode(checked, draftProblems.length, options['fail-on']);
  } finally {
    await backend.close();
  }
}

function exitCode(checked: readonly { findings: readonly { verdict: Verdict }[] }[], draftProblems: number, failOn: (typeof FAIL_ON)[number]): number {
  if (draftProblems > 0 || checked.length === 0) return 2;
  const failing = FAILING[failOn];
  return checked.some((f) => f.findings.some((x) => failing.includes(x.verdict))) ? 1 : 0;
}

/** The engine's own schema has the final word on ranges; its complaint is reported against the flag. */
function toEngineOptions(maxEvidence: number | undefined, minCheckworthiness: number | undefined): EngineOptions {
  const parsed = engineOptionsSchema.safeParse({
    ...(maxEvidence !== undefined && { maxEvidence }),
    ...(minCheckworthiness !== undefined && { minCheckworthiness }),
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag = issue?.path[0] === 'maxEvidence' ? '--max-evidence' : '--min-checkworthiness';
  throw new UsageError(`${flag}: ${issue?.message ?? 'invalid value'}`, 'check');
}

function render(report: Report, format: 'text' | 'json' | 'sarif'): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'sarif') return JSON.stringify(toSarif(report), null, 2) + '\n';
  return formatText(report);
}

/** What the walk did that the user may not expect (a link followed out of a folder, a duplicate read once). */
export function note(io: CliIo, notes: readonly string[]): void {
  for (const n of notes) io.stderr.write(`corroborate: note: ${n}\n`);
}

/** Skipped corpus files are worth a line each: the user may not know the file is unusable. */
export function warn(io: CliIo, problems: readonly FileProblem[]): void {
  for (const p of problems) io.stderr.write(`corroborate: warning: skipped ${p.path}: ${p.message}\n`);
}
