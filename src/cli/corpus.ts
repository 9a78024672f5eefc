/** Loads `--corpus` folders into an engine corpus, skipping (and reporting) files that cannot be used. */
import * as path from 'node:path';
import { buildCorpus, type Corpus, type InputFile } from '../engine';
import { InputError } from './errors';
import { TEXT_EXTENSIONS, readTextFile, walkTextFiles } from './files';
import type { FileProblem } from './files';
import type { CliIo } from './io';
import type { Progress } from './progress';

export interface LoadedCorpus {
  corpus: Corpus;
  /** Files skipped, with paths as the user would type them (root joined with the relative path). */
  problems: FileProblem[];
}

/**
 * Walks every root for text files and builds the corpus. A missing or non-folder root, or a corpus
 * with no usable source at all, is an {@link InputError}; a bad file only becomes a problem.
 */
export async function loadCorpus(io: CliIo, roots: readonly string[], progress: Progress): Promise<LoadedCorpus> {
  const problems: FileProblem[] = [];
  const inputs: InputFile[] = [];
  const listed: { root: number; relative: string }[] = [];
  for (const [root, dir] of roots.entries()) {
    const info = await io.stat(dir);
    if (!info) throw new InputError(`corpus folder not found: ${dir}`);
    if (info.kind !== 'directory') throw new InputError(`corpus must be a folder, but ${dir} is a file`);
    for (const relative of await walkTextFiles(io, dir, problems)) listed.push({ root, relative });
  }
  for (const [i, { root, relative }] of listed.entries()) {
    progress.update(`reading corpus ${i + 1}/${listed.length}`);
    const read = await readTextFile(io, path.join(roots[root], relative));
    if (read.ok) inputs.push({ path: relative, root, text: read.text });
    else problems.push(read.problem);
  }
  progress.update(`indexing ${inputs.length} sources`);
  const built = buildCorpus(inputs, [...roots]);
  // The engine already names its problems root-joined, the way the user typed the folder.
  problems.push(...built.problems);
  progress.done();
  if (built.corpus.sources.length === 0) {
    const where = roots.join(', ');
    if (listed.length === 0) throw new InputError(`the corpus is empty: no ${TEXT_EXTENSIONS.join('/')} files in ${where}`);
    // Nothing else will be printed, so the reasons travel with the error.
    const reasons = problems.map((p) => `\n  skipped ${p.path}: ${p.message}`).join('');
    throw new InputError(`the corpus is empty: none of the ${listed.length} files in ${where} could be loaded${reasons}`);
  }
  return { corpus: built.corpus, problems };
}
