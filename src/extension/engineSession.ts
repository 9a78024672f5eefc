/**
 * The engine state one host keeps: the corpus and a checker per option set. The worker runs one of these;
 * so does the in-process fallback. No `vscode` here, so the worker bundle stays free of it.
 */
import { buildCorpus, createChecker, onlyRoots, searchCorpus, withoutSource, type Corpus, type DocumentFormat, type Finding, type InputFile } from '../engine';
import type { CheckOptions, CheckRequestExclude, CorpusSummary, SearchHit } from './protocol';

type Checker = ReturnType<typeof createChecker>;

export class EngineSession {
  private corpus: Corpus = buildCorpus([]).corpus;
  /**
   * Keyed by the options' JSON (and the source left out, for a draft that is in the corpus); a checker's
   * per-sentence cache is what keeps re-checks after a keystroke cheap.
   */
  private checkers = new Map<string, Checker>();

  setCorpus(files: InputFile[], roots: string[]): CorpusSummary {
    const { corpus, problems } = buildCorpus(files, roots);
    this.corpus = corpus;
    this.checkers = new Map();
    return { sources: corpus.sources.length, passages: corpus.passages.length, problems };
  }

  check(text: string, format: DocumentFormat, options: CheckOptions, exclude?: CheckRequestExclude): Finding[] {
    const key = JSON.stringify([options, exclude ?? null]);
    let checker = this.checkers.get(key);
    if (!checker) {
      const { roots, ...engineOptions } = options;
      const scoped = roots ? onlyRoots(this.corpus, roots) : this.corpus;
      checker = createChecker(exclude ? withoutSource(scoped, exclude) : scoped, engineOptions);
      this.checkers.set(key, checker);
    }
    return checker.check(text, format);
  }

  search(query: string, limit: number): SearchHit[] {
    return searchCorpus(this.corpus, query, limit).map(({ passage, source, score }) => ({
      passage,
      source: { id: source.id, root: source.root, meta: source.meta },
      score,
    }));
  }
}
