/**
 * The anchors of a sentence: its names (of people, places and bodies), figures and dates, and whether a
 * passage states each. Support needs them all; one changed is the commonest error in a news sentence.
 */
import type { Span } from '../types';
import type { Quantity } from '../text/quantities';
import type { DateMention } from '../text/dates';
import { NAMED, statedIn } from './align';
import type { StanceContext } from './context';
import { dateStated, quantityStated } from './figures';
import { nameKindAt, type NameKind } from './names';
import { statedUnnamed } from './standins';
import type { SentenceView } from './views';
import { wordsWithin, type Word } from './words';

/** One name, figure or date of a sentence: what a journalist changes when one detail is wrong. */
export type Anchor =
  | { kind: 'name'; span: Span; text: string; nameKind: NameKind; words: Word[] }
  | { kind: 'figure'; span: Span; text: string; q: Quantity }
  | { kind: 'date'; span: Span; text: string; d: DateMention };

/** Each sentence's anchors, read once: a claim is judged against many passages, a sentence against many claims. */
const anchorsBySentence = new WeakMap<SentenceView, Anchor[]>();

/** The names (of people, places and bodies), figures and dates of a sentence. */
export function anchorsOf(view: SentenceView): Anchor[] {
  let out = anchorsBySentence.get(view);
  if (out) return out;
  out = [];
  const { text, a, words } = view;
  for (const n of a.names) {
    const nameKind = nameKindAt(text, n);
    const inside = wordsWithin(words, n).filter((w) => w.content);
    if (nameKind !== 'other' && inside.length) out.push({ kind: 'name', span: n, text: n.text, nameKind, words: inside });
  }
  for (const q of a.quantities) if (!q.anaphoric) out.push({ kind: 'figure', span: q, text: q.text.trim(), q });
  for (const d of a.dates) out.push({ kind: 'date', span: d, text: d.text, d });
  anchorsBySentence.set(view, out);
  return out;
}

/** Does the passage state the claim's anchor: the figure or date anywhere, the name (its last word) by itself or an alias? */
export function anchorStated(ctx: StanceContext, a: Anchor): boolean {
  if (a.kind === 'figure') return quantityStated(a.q, ctx.claim, ctx.passage.sentences);
  if (a.kind === 'date') return dateStated(a.d, ctx.passage.sentences);
  const last = a.words[a.words.length - 1];
  return statedIn(ctx.passage.index, last, NAMED) || statedUnnamed(ctx, { ...a.span, text: a.text });
}

/** Each context's unstated anchors, found once: two detectors ask. */
const unstatedByContext = new WeakMap<StanceContext, Anchor[]>();

/** The claim's anchors that the passage does not state. */
export function unstatedAnchors(ctx: StanceContext): Anchor[] {
  let out = unstatedByContext.get(ctx);
  if (!out) {
    out = anchorsOf(ctx.claim).filter((a) => !anchorStated(ctx, a));
    unstatedByContext.set(ctx, out);
  }
  return out;
}
