/**
 * A corpus's passages, each made the first time it is asked for. A reloaded archive holds hundreds of
 * thousands of them and a check reads a few hundred, so a load keeps only their spans (the segments'
 * own arrays) and makes no object per passage.
 */
import type { Passage, Source } from '../types';
import { speakerAt } from '../text/turns';

export class Passages implements Iterable<Passage> {
  private readonly made = new Map<number, Passage>();

  /**
   * `firsts[k]` is the index of source k's first passage, with the total after the last source;
   * `spans[k]` holds start, end, focus start and focus end of each of source k's passages.
   */
  constructor(
    private readonly sources: readonly Source[],
    private readonly firsts: Uint32Array,
    private readonly spans: readonly Uint32Array[],
  ) {}

  get length(): number {
    return this.firsts[this.sources.length];
  }

  /** Passage `i` (in retrieval index order); the same object every time. */
  at(i: number): Passage {
    const known = this.made.get(i);
    if (known) return known;
    if (!(i >= 0 && i < this.length)) throw new RangeError(`no passage ${i} among ${this.length}`);
    const k = this.sourceIndex(i);
    const source = this.sources[k];
    const at = 4 * (i - this.firsts[k]);
    const spans = this.spans[k];
    const [start, end, focusStart, focusEnd] = [spans[at], spans[at + 1], spans[at + 2], spans[at + 3]];
    // The text is cut out when first asked for: ranking alone (batch search) never needs it, and a host may read
    // a source's text only then.
    let text: string | undefined;
    const passage: Passage = {
      id: `${source.id}#${focusStart}`,
      sourceId: source.id,
      start,
      end,
      get text() {
        return (text ??= source.text.slice(start, end));
      },
      focus: { start: focusStart, end: focusEnd },
    };
    // Read by the stance alone, so kept out of what a passage shows (reports, messages to and from a worker).
    let turn: [string | undefined] | undefined;
    Object.defineProperty(passage, 'turn', { enumerable: false, get: () => (turn ??= [speakerAt(source.text, start)])[0] });
    this.made.set(i, passage);
    return passage;
  }

  /** The source of passage `i`: the last source whose first passage is at or before it. */
  private sourceIndex(i: number): number {
    let lo = 0;
    let hi = this.sources.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firsts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  *[Symbol.iterator](): Iterator<Passage> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}
