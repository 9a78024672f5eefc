// Generated stance pairs from any corpus text, for `npm run train` (bundled by scripts/stance/data.mjs).
// A sentence of an article, in the window of its neighbours, is the passage; the claim is
// - a paraphrase of it (WordNet synonyms, a clause dropped, a figure rewritten)            -> supports
// - a copy with exactly one perturbation (a number, a date, a weekday, a person, a place,
//   a negation added or removed, a WordNet antonym, a speaker, two parties swapped)        -> conflicts
// - a copy with an unstated detail added (a figure, a date, a name), or another sentence of
//   the same article                                                                       -> mentions
// - a sentence of another article                                                          -> unrelated
// Deterministic for a seed. Nothing here ships in the product.
import nlp from 'compromise';
import { extractDates } from '../../src/engine/text/dates';
import { extractNames, extractSpeaker } from '../../src/engine/text/entities';
import { extractQuantities } from '../../src/engine/text/quantities';
import { splitSentences } from '../../src/engine/text/sentences';
import { lemmaOf, lemmas, lookup, isPlace, membersOf, placeWithin, sensesOf } from '../../src/engine/lexicon/wordnet';
import { nameKind } from '../../src/engine/stance/names';
import { wordsOf } from '../../src/engine/stance/words';

export type Label = 'supports' | 'conflicts' | 'mentions' | 'unrelated';

export interface Pair {
  claim: string;
  passage: string;
  label: Label;
  /** How the claim was made ("paraphrase", "number", "another-sentence", ...). */
  kind: string;
  article: string;
}

export interface Article {
  id: string;
  text: string;
}

type Rnd = () => number;

/** mulberry32, as scripts/lib.mjs (not imported: that module reads import.meta, which this CommonJS bundle lacks). */
function prng(seed: number): Rnd {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(xs: T[], rnd: Rnd): T => xs[Math.floor(rnd() * xs.length)];
const splice = (s: string, start: number, end: number, by: string): string => s.slice(0, start) + by + s.slice(end);

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AUXILIARIES = /\b(is|was|are|were|has|have|had|will|would|could|can|should|did|does|do)\b(?!\s+(?:not|n't|never)\b)/;

/** Pools gathered from all articles: people and places to swap in. */
interface Pools {
  people: string[];
  places: string[];
  /** Past-tense verbs, singular and plural nouns seen in the corpus, for rewording. */
  verbs: string[];
  nouns: string[];
  plurals: string[];
}

/** A sentence worth making claims from: 8 to 45 words, with a name, a figure or a date, no line breaks. */
function usable(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= 8 && words <= 45 && !/\n/.test(s) && !/[?]$/.test(s.trim()) && (/\d/.test(s) || /\s\p{Lu}\p{Ll}/u.test(s));
}

// ---- paraphrase ---------------------------------------------------------------------------------------

/** A different single-word lemma of the word's most frequent sense, when the word is written as its lemma. */
function synonymOf(word: string, rnd: Rnd): string | undefined {
  const lower = word.toLowerCase();
  const e = lookup(lower);
  // Only words written as their lemma, as an adjective or a singular noun: no inflection to get wrong.
  if (!e || e.proper || /(?:ing|ed|s)$/.test(lower)) return undefined;
  const pos = (['a', 'n'] as const).find((p) => e.senses[p]?.length && Object.keys(e.senses).length === 1);
  if (!pos) return undefined;
  const options = sensesOf(e, pos, 1).flatMap(membersOf).filter((l) => l !== lower && /^[a-z]+$/.test(l));
  return options.length ? pick(options, rnd) : undefined;
}

function paraphrase(s: string, rnd: Rnd): string {
  let out = s;
  // Drop a trailing clause after a comma (", according to officials", ", he said") half the time.
  const cut = out.search(/,\s+(?:according to|he said|she said|they said|officials said|said)\b[^,]*[.]\s*$/);
  if (cut > 0 && rnd() < 0.5) out = `${out.slice(0, cut)}.`;
  // Swap up to two adjectives or base-form words for a WordNet synonym.
  const words = wordsOf(out).filter((w) => w.content && !w.capital && !w.span && /^[a-z]+$/.test(w.raw)).reverse();
  let swapped = 0;
  for (const w of words) {
    if (swapped >= 2 || rnd() < 0.4) continue;
    const syn = synonymOf(w.raw, rnd);
    if (!syn) continue;
    out = splice(out, w.start, w.end, syn);
    swapped++;
  }
  // Rewrite a small figure in words, or a plain one with thousands separators.
  const q = extractQuantities(out).find((x) => /^\d+$/.test(x.text.trim()) && x.kind === 'count');
  if (q && rnd() < 0.5) {
    const v = Number(q.text);
    const words2 = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    if (v <= 12) out = splice(out, q.start, q.end, words2[v]);
  }
  return out;
}

/**
 * A paraphrase as people write them: besides WordNet synonyms, a share of the verbs, nouns and adjectives
 * (never names or figures) replaced by words of the same form taken from elsewhere in the corpus, which the
 * passage does not have. People reword a good part of a sentence they restate (the blind drafts' supported
 * claims state 0.6–0.8 of their words in the source's words).
 */
function reword(s: string, rnd: Rnd, pools: Pools, share: number): string {
  let out = paraphrase(s, rnd);
  const words = wordsOf(out).filter((w) => w.content && !w.name && !w.capital && !w.span && /^[a-z]+$/.test(w.raw));
  const count = Math.round(words.length * share * (0.5 + rnd()));
  for (const w of words.sort(() => rnd() - 0.5).slice(0, count).sort((a, b) => b.start - a.start)) {
    const pool = w.predicate ? (/ed$/.test(w.raw) ? pools.verbs : []) : /[^s]s$/.test(w.raw) ? pools.plurals : pools.nouns;
    if (!pool.length) continue;
    const by = pick(pool, rnd);
    if (by !== w.raw) out = splice(out, w.start, w.end, by);
  }
  return out;
}

/** One clause of the sentence that states something on its own (at least six words and a verb form), as a sentence. */
function clauseOf(s: string, rnd: Rnd): string | undefined {
  const parts = s.replace(/[.]\s*$/, '').split(/,\s+(?:and|but|while|which|who|as)?\s*|;\s+/).map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 6 && wordsOf(p).some((w) => w.predicate));
  if (parts.length < 2) return undefined;
  const part = pick(parts, rnd);
  return `${part[0].toUpperCase()}${part.slice(1)}.`;
}

// ---- perturbations ------------------------------------------------------------------------------------

type Edit = (s: string, rnd: Rnd, pools: Pools) => string | undefined;

const EDITS: Record<string, Edit> = {
  number(s, rnd) {
    const qs = extractQuantities(s, extractDates(s)).filter((q) => /\d/.test(q.text) && q.kind !== 'tally' && q.kind !== 'ordinal');
    if (!qs.length) return undefined;
    const q = pick(qs, rnd);
    const m = /\d[\d,]*(?:\.\d+)?/.exec(q.text);
    if (!m) return undefined;
    const v = Number(m[0].replace(/,/g, ''));
    const factor = pick([2, 3, 0.5, 1.5, 10, 0.25], rnd);
    let to = v * factor;
    to = v >= 10 ? Math.round(to) : Math.round(to * 10) / 10;
    if (to === v) to = v + 3;
    const written = m[0].includes(',') ? to.toLocaleString('en-US') : String(to);
    return splice(s, q.start + m.index, q.start + m.index + m[0].length, written);
  },
  date(s, rnd) {
    const ds = extractDates(s).filter((d) => d.granularity !== 'named');
    if (!ds.length) return undefined;
    const d = pick(ds, rnd);
    if (d.granularity === 'weekday') {
      const i = WEEKDAYS.findIndex((w) => d.text.startsWith(w));
      return splice(s, d.start, d.start + WEEKDAYS[i].length, WEEKDAYS[(i + 1 + Math.floor(rnd() * 6)) % 7]);
    }
    if (d.granularity === 'year') return splice(s, d.start, d.end, String(Number(d.text) + pick([-3, -2, -1, 1, 2], rnd)));
    if (d.granularity === 'month') {
      const i = MONTHS.findIndex((mo) => d.text.startsWith(mo));
      return i < 0 ? undefined : splice(s, d.start, d.start + MONTHS[i].length, MONTHS[(i + 1 + Math.floor(rnd() * 11)) % 12]);
    }
    const day = /\d+/.exec(d.text);
    if (!day) return undefined;
    const v = Number(day[0]);
    const to = v > 20 ? v - 7 - Math.floor(rnd() * 5) : v + 3 + Math.floor(rnd() * 5);
    return splice(s, d.start + (day.index ?? 0), d.start + (day.index ?? 0) + day[0].length, String(to));
  },
  person(s, rnd, pools) {
    const names = extractNames(s).filter((n) => nameKind(n.text) === 'person' && n.text.includes(' '));
    if (!names.length || !pools.people.length) return undefined;
    const n = pick(names, rnd);
    const rivals = pools.people.filter((p) => !p.split(' ').some((w) => s.includes(w)));
    return rivals.length ? splice(s, n.start, n.end, pick(rivals, rnd)) : undefined;
  },
  place(s, rnd, pools) {
    const places = extractNames(s).filter((n) => n.text.length > 3 && isPlace(n.text.toLowerCase()));
    if (!places.length) return undefined;
    const p = pick(places, rnd);
    const lemma = p.text.toLowerCase();
    const rivals = pools.places.filter((x) => x.toLowerCase() !== lemma && !placeWithin(x.toLowerCase(), lemma) && !placeWithin(lemma, x.toLowerCase()) && !s.includes(x));
    return rivals.length ? splice(s, p.start, p.end, pick(rivals, rnd)) : undefined;
  },
  negation(s) {
    const not = /\s(?:not|never)\b/.exec(s) ?? /n't\b/.exec(s);
    if (not) return splice(s, not.index, not.index + not[0].length, '');
    const aux = AUXILIARIES.exec(s);
    if (!aux) return undefined;
    const at = aux.index + aux[0].length;
    return splice(s, at, at, ' not');
  },
  antonym(s, rnd) {
    const candidates = wordsOf(s).filter((w) => w.content && !w.capital && !w.span && /^[a-z]+$/.test(w.raw));
    for (const w of candidates.sort(() => rnd() - 0.5)) {
      for (const e of lemmas(w.raw)) {
        const anti = e.antonyms.map(lemmaOf).filter((l) => /^[a-z]+$/.test(l));
        if (!anti.length) continue;
        const to = pick(anti, rnd);
        const inflected = inflectLike(w.raw, e.lemma, to);
        if (inflected) return splice(s, w.start, w.end, inflected);
      }
    }
    return undefined;
  },
  speaker(s, rnd, pools) {
    const who = extractSpeaker(s);
    if (!who || !/["“]/.test(s) || nameKind(who.text) !== 'person' || !pools.people.length) return undefined;
    const rivals = pools.people.filter((p) => !p.split(' ').some((w) => s.includes(w)));
    return rivals.length ? splice(s, who.start, who.end, pick(rivals, rnd)) : undefined;
  },
  roles(s) {
    // Two parties around a verb ("A briefed B", "A told the committee about B") change places.
    const names = extractNames(s).filter((n) => ['person', 'group', 'place'].includes(nameKind(n.text)));
    for (let i = 0; i + 1 < names.length; i++) {
      const [a, b] = [names[i], names[i + 1]];
      const between = s.slice(a.end, b.start);
      if (between.length > 40 || /[,.;:"“”()]/.test(between) || !wordsOf(between).some((w) => w.predicate)) continue;
      if (a.text.split(' ').some((w) => b.text.includes(w))) continue;
      return s.slice(0, a.start) + b.text + between + a.text + s.slice(b.end);
    }
    return undefined;
  },
};

/** `to` (a lemma) inflected as `form` inflects `lemma` (past, third person, gerund), or undefined. */
function inflectLike(form: string, lemma: string, to: string): string | undefined {
  if (form === lemma) return to;
  const conj = (nlp(to).verbs().conjugate()[0] ?? {}) as Record<string, string>;
  const source = (nlp(lemma).verbs().conjugate()[0] ?? {}) as Record<string, string>;
  for (const k of ['PastTense', 'PresentTense', 'Gerund', 'Participle']) if (source[k] === form && conj[k]) return conj[k];
  return undefined;
}

/** The sentence attributed to someone: ", according to reports." or "reportedly" after its first verb. */
function hedge(s: string, rnd: Rnd): string | undefined {
  const end = s.search(/[.]\s*$/);
  if (end < 0 || /\b(?:according to|reportedly|allegedly)\b/i.test(s)) return undefined;
  return `${s.slice(0, end)}, ${pick(['according to reports', 'according to people familiar with the plans', 'sources said', 'officials said'], rnd)}.`;
}

/** An unstated detail added: a weekday, a year, a figure. The passage states it nowhere. */
function addDetail(s: string, rnd: Rnd): string | undefined {
  const end = s.search(/[.]\s*$/);
  if (end < 0) return undefined;
  // A detail of a kind the sentence has none of, so that it is unstated rather than contradicted.
  const dates = extractDates(s);
  const options = [
    ...(dates.some((d) => d.granularity === 'weekday') ? [] : [` on ${pick(WEEKDAYS, rnd)}`]),
    ...(dates.some((d) => d.granularity === 'year') ? [] : [` in ${2005 + Math.floor(rnd() * 10)}`]),
    ...(extractQuantities(s, dates).length ? [] : [`, with ${2 + Math.floor(rnd() * 40)} people present`, ` after ${2 + Math.floor(rnd() * 10)} hours`]),
  ];
  return options.length ? `${s.slice(0, end)}${pick(options, rnd)}.` : undefined;
}

/** Share of a restated sentence's verbs, nouns and adjectives that are reworded (on average). */
const REWORDED = 0.5;

// ---- pairs --------------------------------------------------------------------------------------------

/** Pairs generated from the articles (a few sentences each). */
export function generatePairs(articles: Article[], seed: number, perArticle = 3): Pair[] {
  const rnd = prng(seed);
  const split = articles.map((a) => ({ a, spans: splitSentences(a.text) }));
  const pools: Pools = { people: [], places: [], verbs: [], nouns: [], plurals: [] };
  for (const { a, spans } of split) {
    for (const sp of spans) {
      for (const w of wordsOf(a.text.slice(sp.start, sp.end))) {
        if (!w.content || w.name || !/^[a-z]+$/.test(w.raw)) continue;
        if (w.predicate && /ed$/.test(w.raw)) pools.verbs.push(w.raw);
        else if (!lemmas(w.raw).some((e) => e.senses.n && !e.senses.v)) continue;
        else if (/[^s]s$/.test(w.raw)) pools.plurals.push(w.raw);
        else pools.nouns.push(w.raw);
      }
      for (const n of extractNames(a.text.slice(sp.start, sp.end))) {
        if (nameKind(n.text) === 'person' && n.text.includes(' ') && n.text.length < 30) pools.people.push(n.text);
        else if (n.text.length > 3 && isPlace(n.text.toLowerCase()) && !n.text.includes('\n')) pools.places.push(n.text);
      }
    }
  }
  pools.people = [...new Set(pools.people)].sort();
  pools.places = [...new Set(pools.places)].sort();
  pools.verbs = [...new Set(pools.verbs)].sort();
  pools.nouns = [...new Set(pools.nouns)].sort();
  pools.plurals = [...new Set(pools.plurals)].sort();
  const out: Pair[] = [];
  const editKinds = Object.keys(EDITS);
  split.forEach(({ a, spans }, ai) => {
    const candidates = spans.map((sp, i) => ({ sp, i, text: a.text.slice(sp.start, sp.end).trim() })).filter((c) => usable(c.text));
    for (let k = 0; k < perArticle && candidates.length; k++) {
      const c = candidates.splice(Math.floor(rnd() * candidates.length), 1)[0];
      const from = spans[Math.max(0, c.i - 2)].start;
      const to = spans[Math.min(spans.length - 1, c.i + 1)].end;
      const passage = a.text.slice(from, to);
      const add = (claim: string | undefined, label: Label, kind: string): void => {
        if (claim && claim.trim() && claim !== c.text) out.push({ claim: claim.trim(), passage, label, kind, article: a.id });
      };
      const restated = (): string => reword(c.text, rnd, pools, REWORDED);
      add(paraphrase(c.text, rnd), 'supports', 'paraphrase');
      add(restated(), 'supports', 'reworded');
      const clause = clauseOf(c.text, rnd);
      add(clause && reword(clause, rnd, pools, REWORDED), 'supports', 'clause');
      // The same fact in a passage that attributes it ("..., according to reports."): a source that reports a
      // fact still supports a claim stating it.
      const hedged = hedge(c.text, rnd);
      if (hedged) out.push({ claim: restated(), passage: a.text.slice(from, c.sp.start) + hedged + a.text.slice(c.sp.end, to), label: 'supports', kind: 'hedged-passage', article: a.id });
      // Two perturbations of different kinds, each on a paraphrased copy half the time.
      const kinds = editKinds.slice().sort(() => rnd() - 0.5);
      let made = 0;
      for (const kind of kinds) {
        if (made >= 2) break;
        const base = rnd() < 0.7 ? restated() : c.text;
        const edited = EDITS[kind](base, rnd, pools);
        if (edited && edited !== base) {
          add(edited, 'conflicts', kind);
          made++;
        }
      }
      add(addDetail(restated(), rnd), 'mentions', 'added-detail');
      // Another sentence of the article, about the same person or place when there is one: a near miss.
      const far = spans.filter((_, i) => Math.abs(i - c.i) > 2).map((sp) => a.text.slice(sp.start, sp.end).trim()).filter(usable);
      const names = extractNames(c.text).map((n) => n.text).filter((n) => n.length > 3);
      const near = far.filter((t) => names.some((n) => t.includes(n)));
      if (far.length) add(pick(near.length ? near : far, rnd), 'mentions', near.length ? 'same-subject' : 'another-sentence');
      const other = split[(ai + 1 + Math.floor(rnd() * (split.length - 1))) % split.length];
      const otherSentences = other.spans.map((sp) => other.a.text.slice(sp.start, sp.end).trim()).filter(usable);
      if (other !== split[ai] && otherSentences.length) add(pick(otherSentences, rnd), 'unrelated', 'another-article');
    }
  });
  return out;
}
