import type { Span } from '../types';
import type { Name } from '../text/entities';
import { lookup } from '../lexicon/wordnet';
import { nameKindAt, placesApart } from './names';
import { inPassage, type Finding, type StanceContext } from './context';
import type { SentenceView } from './views';

/** A named person and the place a sentence gives as theirs. */
interface Home {
  /** The person's name words, lower-case, without a title ("sergeant"). */
  person: string[];
  place: Span & { text: string };
}

/** After a name, the words that make the next place the person's: ", a police officer from", " is a nurse in", ", of". */
const PLACE_AFTER_NAME = /^(?:,|\s+(?:is|was))\s+(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,4}?)?(?:from|of|in)\s+$/u;
/** After a name, ", a" before a place that qualifies a noun: "Carlos Rosas, a Minneapolis father". */
const PLACE_BEFORE_NOUN = /^,\s+an?\s+$/;

/**
 * Where a named person is from, as each side describes the person: "Jennifer Rodgers, a police officer from Tulsa" /
 * "Jennifer Rodgers is a police officer in Oklahoma City", "Richard Anderson of Las Vegas" / "Richard Anderson of
 * Reno, Nevada", "Carlos Rosas, a Minneapolis father" / "Carlos Rosas of St. Paul". The place describes the person,
 * not the act the claim reports, so the rest of the claim need not be stated: the person's whole name ties the two
 * sides, the claim's place is nowhere in the passage, and the central sentence's place is nowhere in the claim.
 * A finding of the entity detector.
 */
export function homeRival(ctx: StanceContext): Finding | undefined {
  const mine = homesOf(ctx.claim);
  const theirs = mine.length ? homesOf(ctx.focus) : [];
  if (!theirs.length) return undefined;
  const passage = ctx.passage.text.toLowerCase();
  const claim = ctx.claim.text.toLowerCase();
  for (const home of mine) {
    if (passage.includes(home.place.text.toLowerCase())) continue;
    const rival = theirs.find((h) => samePerson(home.person, h.person) && !claim.includes(h.place.text.toLowerCase())
      && placesApart(home.place.text, h.place.text));
    if (!rival) continue;
    return {
      detector: 'entity', reason: `place: ${home.place.text} vs ${rival.place.text}`, values: [home.place.text, rival.place.text],
      highlights: [inPassage(ctx, rival.place)], strength: 0.9,
    };
  }
  return undefined;
}

/** Each sentence's homes, read once: a claim is judged against many passages, a sentence against many claims. */
const homesBySentence = new WeakMap<SentenceView, Home[]>();

/** Each person of the sentence with the place it gives as theirs (see {@link homeRival}). */
function homesOf(view: SentenceView): Home[] {
  let out = homesBySentence.get(view);
  if (!out) homesBySentence.set(view, (out = readHomes(view)));
  return out;
}

function readHomes(view: SentenceView): Home[] {
  const { text } = view;
  const names = view.a.names;
  const place = (n: Name | undefined): n is Name => !!n && nameKindAt(text, n) === 'place';
  const out: Home[] = [];
  for (const [i, n] of names.entries()) {
    // "Richard Anderson of Las Vegas" is one name: the person before "of", the place after it.
    const of = / of /.exec(n.text);
    if (of) {
      const start = n.start + of.index + 4;
      const tail = { start, end: n.end, text: text.slice(start, n.end), words: [] };
      if (place(tail)) out.push({ person: personWords(n.text.slice(0, of.index)), place: tail });
      continue;
    }
    const next = names[i + 1];
    if (!place(next) || nameKindAt(text, n) !== 'person') continue;
    const between = text.slice(n.end, next.start);
    const qualifies = PLACE_BEFORE_NOUN.test(between) && /^\s+\p{Ll}/u.test(text.slice(next.end));
    if (PLACE_AFTER_NAME.test(between) || qualifies) out.push({ person: personWords(n.text), place: next });
  }
  return out.filter((h) => h.person.length >= 2);
}

/** A person's name words without the titles before it ("Sergeant", "Dr."): words WordNet has only as common words. */
function personWords(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/).map((w) => w.replace(/\.$/, '')).filter(Boolean);
  const title = (w: string): boolean => lookup(w)?.proper === 0;
  let k = 0;
  while (k < words.length - 2 && title(words[k])) k++;
  return words.slice(k);
}

/** The same person: the same surname and the same first name. */
function samePerson(a: string[], b: string[]): boolean {
  return a[a.length - 1] === b[b.length - 1] && a[0] === b[0];
}
