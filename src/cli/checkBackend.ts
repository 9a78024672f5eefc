/**
 * Where `check` gets its passages: the corpus folders loaded in this process, or the PostgreSQL archive.
 * Both check each draft the same way (claims, candidates, stance, verdict) and differ only in retrieval.
 */
import { createChecker, createRetrievingChecker, formatForPath, joinRoot, uncheckedRuns, withoutSource, type CheckedFile, type EngineOptions } from '../engine';
import { contentHash } from '../backends/postgres/sync';
import { loadCorpus } from './corpus';
import { asInputError, openDatabase } from './database';
import { readTextFile, type FileProblem } from './files';
import type { CliIo } from './io';
import type { Progress } from './progress';

export interface CheckBackend {
  /** Root labels, for the report's paths. */
  roots: string[];
  /** Corpus files skipped while loading (the local backend only). */
  problems: FileProblem[];
  notes: string[];
  /** Reads and checks every draft; unreadable ones go to `draftProblems`. Rejects when the backend fails. */
  checkAll(io: CliIo, files: readonly string[], draftProblems: FileProblem[], progress: Progress): Promise<CheckedFile[]>;
  /** The texts of the sources the findings cite, for line and column in the report. */
  sourcesOf(checked: readonly CheckedFile[]): Promise<{ id: string; root: number; text: string }[]>;
  close(): Promise<void>;
}

/**
 * Reads and checks each draft in turn with `check`, showing progress; a draft that cannot be read is
 * recorded in `draftProblems` and the others are still checked.
 */
async function checkDrafts(
  io: CliIo, files: readonly string[], draftProblems: FileProblem[], progress: Progress,
  check: (file: string, text: string) => Promise<CheckedFile['findings']>,
): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const [i, file] of files.entries()) {
    progress.update(`checking ${file} (${i + 1}/${files.length})`);
    const read = await readTextFile(io, file);
    if (!read.ok) {
      draftProblems.push(read.problem);
      continue;
    }
    const unchecked = uncheckedRuns(read.text, formatForPath(file));
    checked.push({ path: file, text: read.text, findings: await check(file, read.text), ...(unchecked.length && { unchecked }) });
  }
  return checked;
}

/** The corpus folders, loaded and indexed in this process. */
export async function localCheckBackend(io: CliIo, roots: string[], options: EngineOptions, progress: Progress, cache?: string): Promise<CheckBackend> {
  const { corpus, problems, notes, sourceAt } = await loadCorpus(io, roots, progress, { cache });
  const checker = createChecker(corpus, options);
  return {
    roots,
    problems,
    notes,
    checkAll: (io, files, draftProblems, progress) => checkDrafts(io, files, draftProblems, progress, async (file, text) => {
      // A draft that is also a corpus file must not corroborate itself: it is checked against the others.
      const itself = sourceAt.get(await io.realpath(file).catch(() => file));
      if (itself) io.stderr.write(`corroborate: note: ${file} is also in the corpus (${joinRoot(roots[itself.root], itself.id)}); checked against the other sources\n`);
      const by = itself ? createChecker(withoutSource(corpus, itself), options) : checker;
      return by.check(text, formatForPath(file));
    }),
    async sourcesOf() {
      return corpus.sources;
    },
    async close() {},
  };
}

/** The PostgreSQL archive: retrieval there, judging here. */
export async function databaseCheckBackend(url: string, options: EngineOptions): Promise<CheckBackend> {
  const { archive, retriever } = await openDatabase(url, { requireSources: true });
  const checker = createRetrievingChecker(retriever, options);
  return {
    roots: retriever.roots,
    problems: [],
    notes: [],
    async checkAll(io, files, draftProblems, progress) {
      try {
        return await checkDrafts(io, files, draftProblems, progress, async (file, text) => {
          // The same rule as the local corpus: a draft that is itself archived is checked against the others.
          const itself = await retriever.findByHash(contentHash(text));
          if (itself) io.stderr.write(`corroborate: note: ${file} is also in the archive (${joinRoot(retriever.roots[itself.root], itself.id)}); checked against the other sources\n`);
          const by = itself ? createRetrievingChecker(retriever, options, { exclude: itself }) : checker;
          return by.check(text, formatForPath(file));
        });
      } catch (error) {
        throw asInputError(error);
      }
    },
    async sourcesOf(checked) {
      const keys = new Map<string, { root: number; id: string }>();
      for (const f of checked) for (const x of f.findings) for (const e of x.evidence) keys.set(`${e.source.root}\u0000${e.source.id}`, e.source);
      try {
        return await retriever.sourceTexts([...keys.values()]);
      } catch (error) {
        throw asInputError(error);
      }
    },
    close: () => archive.close(),
  };
}
