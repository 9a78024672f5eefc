/**
 * The engine state one host keeps: the corpus and a checker per option set. The worker runs one of these;
 * so does the in-process fallback. No `vscode` here, so the worker bundle stays free of it.
 */
import { buildCorpus, createChecker, searchCorpus, type Corpus, type DocumentFormat, type Finding, type InputFile } from '../engine';
import type { CheckOptions, CorpusSummary, SearchHit } from './protocol';

type Checker = ReturnType<typeof createChecker>;

export class EngineSession {
  private corpus: Corpus = buildCorpus([]).corpus;
  /** Keyed by the options' JSON; a checker's per-sentence cache is what keeps re-checks after a keystroke cheap. */
  private checkers = new Map<string, Checker>();

  setCorpus(files: InputFile[], roots: string[]): CorpusSummary {
    const { corpus, problems } = buildCorpus(files, roots);
    this.corpus = corpus;
    this.checkers = new Map();
    return { sources: corpus.sources.length, passages: corpus.passages.length, problems };
  }

  check(text: string, format: DocumentFormat, options: CheckOptions): Finding[] {
    const key = JSON.stringify(options);
    let checker = this.checkers.get(key);
    if (!checker) {
      checker = createChecker(this.corpus, options);
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
