/**
 * WordNet 3.1, compiled at build time into one table (scripts/build-lexicon.mjs) and read here lazily: a
 * word's line is parsed the first time the word is asked for, a synset's the first time it is visited.
 *
 * Everything the stance detectors know about English words comes from here: lemmas (with WordNet's
 * detachment rules and the irregular forms), synonyms, derivational forms, hypernyms, antonyms (direct, and
 * indirect through the head of an adjective cluster), places and what contains them, and pertainyms
 * (demonyms: "Nicaraguan" pertains to "Nicaragua").
 */
import { memoizeByText } from '../text/tokens';
import { WORDNET_TABLE } from './wordnet.generated';
import { SETTLEMENT_CLASSES, SPEECH_VERBS } from './index';

/** WordNet's parts of speech: noun, verb, adjective, adverb. */
export type Pos = 'n' | 'v' | 'a' | 'r';

/** A lemma as the table stores it. */
export interface WordEntry {
  id: number;
  /** Lower case, words joined by spaces ("loading dock"). */
  lemma: string;
  /** Synset ids per part of speech, most frequent sense first. */
  senses: Partial<Record<Pos, number[]>>;
  antonyms: number[];
  derived: number[];
  pertains: number[];
  /** 2: only ever written capitalised in WordNet, a proper name ("Managua"); 1: capitalised in some sense ("Manhattan"); 0: never. */
  proper: number;
  /** SemCor tag count over all senses: how common the word is in running text (0 for rare words). */
  frequency: number;
}

/** A synset as the table stores it. */
export interface Synset {
  id: number;
  pos: Pos;
  /** Lexicographer file number (15 = noun.location, 18 = noun.person, 14 = noun.group). */
  lexfile: number;
  /** A particular person, place or thing (an instance of its hypernyms), not a class. */
  instance: boolean;
  members: number[];
  hypernyms: number[];
  /** For an adjective satellite, the head adjective(s) of its cluster. */
  heads: number[];
  /** For a place, the places it is part of. */
  wholes: number[];
  /** The synsets opposite to it in this sense (for the head of an adjective cluster, the heads opposite to it). */
  opposite: number[];
}

/** Lexicographer files the detectors ask about: nouns' (act to quantity, and message) and verbs' (communication). */
export const LEXFILE = { act: 4, message: 10, group: 14, location: 15, object: 17, person: 18, time: 28, quantity: 23, communication: 32 } as const;

interface Table {
  /** First words of the multi-word lemmas ("loading" of "loading dock"), to skip compound lookups quickly. */
  compoundStarts: Set<string>;
  wordLines: string[];
  synsetLines: string[];
  /** lemma -> line index. */
  index: Map<string, number>;
  irregular: Map<string, number[]>;
  entries: (WordEntry | undefined)[];
  synsets: (Synset | undefined)[];
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const [words, synsets, irregular] = WORDNET_TABLE.split('\n');
  const wordLines = words.split(';');
  const index = new Map<string, number>();
  const compoundStarts = new Set<string>();
  wordLines.forEach((line, i) => {
    const lemma = line.slice(0, line.indexOf('|') >>> 0).replace(/_/g, ' ');
    index.set(lemma, i);
    const space = lemma.search(/[ -]/);
    if (space > 0) compoundStarts.add(lemma.slice(0, space));
    // "cease-fire" is also written "ceasefire" and "cease fire".
    if (lemma.includes('-')) for (const variant of [lemma.replace(/-/g, ''), lemma.replace(/-/g, ' ')]) if (!index.has(variant)) index.set(variant, i);
  });
  const irregularMap = new Map<string, number[]>();
  for (const line of irregular.split(';')) {
    const [form, ids] = line.split('|');
    irregularMap.set(form, ids36(ids));
  }
  const synsetLines = synsets.split(';');
  table = { compoundStarts, wordLines, synsetLines, index, irregular: irregularMap, entries: new Array(wordLines.length), synsets: new Array(synsetLines.length) };
  return table;
}

function ids36(field: string | undefined): number[] {
  return field ? field.split(',').map((x) => parseInt(x, 36)) : [];
}

function entryAt(id: number): WordEntry {
  const t = load();
  let e = t.entries[id];
  if (!e) {
    const [lemma, senseField, antonyms, derived, pertains, proper, freq] = t.wordLines[id].split('|');
    const senses: Partial<Record<Pos, number[]>> = {};
    for (const part of senseField.split(' ')) senses[part[0] as Pos] = ids36(part.slice(1));
    e = { id, lemma: lemma.replace(/_/g, ' '), senses, antonyms: ids36(antonyms), derived: ids36(derived), pertains: ids36(pertains), proper: Number(proper || 0), frequency: freq ? parseInt(freq, 36) : 0 };
    t.entries[id] = e;
  }
  return e;
}

/** The synset with this id. */
export function synset(id: number): Synset {
  const t = load();
  let s = t.synsets[id];
  if (!s) {
    const [head, members, hypernyms, heads, wholes, opposite] = t.synsetLines[id].split('|');
    const instance = head.endsWith('*');
    s = {
      id, pos: head[0] as Pos, lexfile: parseInt(head.slice(1, instance ? -1 : undefined), 36), instance,
      members: ids36(members), hypernyms: ids36(hypernyms), heads: ids36(heads), wholes: ids36(wholes), opposite: ids36(opposite),
    };
    t.synsets[id] = s;
  }
  return s;
}

/** The entry of a lemma (lower case, words separated by spaces), if WordNet has it. */
export function lookup(lemma: string): WordEntry | undefined {
  const id = load().index.get(lemma);
  return id === undefined ? undefined : entryAt(id);
}

/** Can a multi-word lemma start with this (lower-case, uninflected) word? */
export function startsCompound(word: string): boolean {
  return load().compoundStarts.has(word);
}

let compoundPairs: Set<string> | undefined;

/**
 * Can a multi-word lemma (as looked up: words joined by single spaces) start with these words? Only the first
 * two words of `words` are read, so a longer candidate can be ruled out before it is built.
 */
export function startsCompoundWith(words: string): boolean {
  if (!compoundPairs) {
    compoundPairs = new Set();
    for (const lemma of load().index.keys()) if (lemma.includes(' ')) compoundPairs.add(firstTwoWords(lemma));
  }
  return compoundPairs.has(firstTwoWords(words));
}

function firstTwoWords(words: string): string {
  const second = words.indexOf(' ', words.indexOf(' ') + 1);
  return second < 0 ? words : words.slice(0, second);
}

/** The lemma of an entry id. */
export function lemmaOf(id: number): string {
  return entryAt(id).lemma;
}

/** WordNet's detachment rules ("morphy"), per part of speech, with "-ier" and "-iest" for adjectives in "-y" (morphy's exception list holds those). */
const DETACH: Record<Pos, [string, string][]> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
  r: [],
};

/**
 * The WordNet lemmas a word form can be, the form itself first when it is one: "rose" gives rise and rose,
 * "approved" gives approve, "children" gives child. Lower-case input; empty for words WordNet lacks.
 * Memoised: words recur.
 */
export const lemmas: (form: string) => WordEntry[] = memoizeByText(computeLemmas, 50_000);

function computeLemmas(form: string): WordEntry[] {
  const t = load();
  const found = new Map<number, WordEntry>();
  const add = (lemma: string): void => {
    const id = t.index.get(lemma);
    if (id !== undefined && !found.has(id)) found.set(id, entryAt(id));
  };
  add(form);
  for (const id of t.irregular.get(form) ?? []) if (!found.has(id)) found.set(id, entryAt(id));
  for (const pos of ['n', 'v', 'a'] as const) {
    for (const [suffix, to] of DETACH[pos]) {
      if (form.length > suffix.length + 1 && form.endsWith(suffix)) {
        const lemma = form.slice(0, -suffix.length) + to;
        // "-es" comes off only after a hissing sound or an "o" ("passes", "goes"): "sites" is no form of "sit".
        if (suffix === 'es' && to === '' && !/(?:s|x|z|ch|sh|o)$/.test(lemma)) continue;
        const id = t.index.get(lemma);
        if (id !== undefined && entryAt(id).senses[pos]) add(lemma);
      }
    }
  }
  // A doubled final consonant before an ending ("skipped", "shipping", "bigger"), which morphy leaves to
  // WordNet's exception lists and those miss.
  const doubled = DOUBLED.exec(form);
  if (doubled) {
    const lemma = form.slice(0, doubled.index + 1);
    const id = t.index.get(lemma);
    if (id !== undefined && entryAt(id).senses[/^(?:ed|ing)$/.test(doubled[2]) ? 'v' : 'a']) add(lemma);
  }
  return [...found.values()];
}

/** A doubled consonant and an inflectional ending at the end of a form. */
const DOUBLED = /([bdfgklmnprtvz])\1(ed|ing|er|est)$/;

/** How many of a word's senses per part of speech count for synonymy: the frequent ones. */
const SYNONYM_SENSES = 3;
/** How many hypernym steps separate a word from a more general one it entails. */
const HYPERNYM_DEPTH = 3;

/** Frequent synsets of an entry (all parts of speech, or one). */
export function sensesOf(e: WordEntry, pos?: Pos, limit = SYNONYM_SENSES): number[] {
  const parts = pos ? [pos] : (Object.keys(e.senses) as Pos[]);
  return parts.flatMap((p) => (e.senses[p] ?? []).slice(0, limit));
}

/** How a claim's word relates to a passage's word. */
export type Relation = 'same' | 'synonym' | 'derived' | 'specific' | 'loose' | 'general' | 'similar' | 'akin' | 'antonym';

/** Strength of each relation as evidence that the passage states the claim's word (1 = the same word). */
export const RELATION_WEIGHT: Record<Relation, number> = {
  same: 1, synonym: 0.9, derived: 0.85, specific: 0.8, loose: 0.7, general: 0.5, similar: 0.6, akin: 0.55, antonym: 0,
};

/**
 * What WordNet says about one word form, as sets of ids, so that two words are related by intersecting
 * sets (hash lookups) rather than by walking the graph for every pair.
 */
export interface WordKeys {
  /** Entry ids of its lemmas. */
  lemmas: number[];
  /** Its frequent synsets. */
  senses: number[];
  /** Its less frequent synsets (a synonym through one of these is a looser match). */
  rareSenses: number[];
  /** Hypernyms of those synsets, up to {@link HYPERNYM_DEPTH} steps. */
  ancestors: number[];
  /**
   * What it is a way or a kind of, near enough to inherit an opposite: the direct hypernyms of its frequent
   * verb and noun senses ("plunge" -> fall, "dad" -> father), the roots of the hierarchies left out.
   */
  kinds: number[];
  /** The synsets opposite to its frequent senses, sense by sense (what a kind of its opposite is a kind of). */
  opposed: number[];
  /** Entry ids of its derivational forms and pertainyms. */
  derived: number[];
  /** Frequent synsets of those forms. */
  derivedSenses: number[];
  /** What a national capital stands for when it acts ("Moscow said" is "Russia said"): its country's senses (see countryOf). */
  standsFor: number[];
  /** Entry ids of its antonyms and of its derivational forms' antonyms. */
  antonyms: number[];
  /** Frequent synsets of those antonyms. */
  antonymSenses: number[];
  /** Heads of its adjective clusters (an adjective that is no satellite is its own head). */
  heads: number[];
  /** Heads of the clusters antonymous to its first adjective sense's (indirect antonymy without stray senses). */
  antiHeads: number[];
  /** Highest SemCor count of its lemmas. */
  frequency: number;
}

const NO_KEYS: WordKeys = { lemmas: [], senses: [], rareSenses: [], ancestors: [], kinds: [], opposed: [], derived: [], derivedSenses: [], standsFor: [], antonyms: [], antonymSenses: [], heads: [], antiHeads: [], frequency: 0 };

/** The {@link WordKeys} of a lower-case word form (memoised). */
export const keysOf: (form: string) => WordKeys = memoizeByText(computeKeys, 100_000);

function computeKeys(form: string): WordKeys {
  const entries = lemmas(form);
  if (!entries.length) return NO_KEYS;
  const senses = [...new Set(entries.flatMap((e) => sensesOf(e)))];
  const rareSenses = [...new Set(entries.flatMap((e) => (Object.values(e.senses) as number[][]).flatMap((xs) => xs.slice(SYNONYM_SENSES))))];
  const ancestors = new Set<number>();
  let frontier = senses;
  for (let d = 0; d < HYPERNYM_DEPTH && frontier.length; d++) {
    frontier = frontier.flatMap((x) => synset(x).hypernyms).filter((x) => !ancestors.has(x));
    frontier.forEach((x) => ancestors.add(x));
  }
  // A root is too general to pass its opposite down ("damage" is a way to change, yet "damaged" does not oppose "remain").
  const kinds = [...new Set(entries.flatMap((e) => [...sensesOf(e, 'v'), ...sensesOf(e, 'n')]).flatMap((x) => synset(x).hypernyms))]
    .filter((x) => synset(x).hypernyms.length);
  const derived = [...new Set(entries.flatMap((e) => [...e.derived, ...e.pertains]))];
  // Antonyms of the word and of what it pertains to ("probably" -> probable -> improbable), each with its
  // frequent synsets, so that a synonym of the antonym counts too ("unlikely" shares improbable's synset).
  // Derivations are left out: an attribute derives both its poles (depth: deep and shallow).
  const own = [...entries, ...entries.flatMap((e) => e.pertains).map(entryAt)];
  const derivedSenses = [...new Set(derived.flatMap((id) => sensesOf(entryAt(id), undefined, 2)))];
  const standsFor = [...new Set(entries.flatMap((e) => sensesOf(e, 'n', 2)).filter(isNationalCapital).flatMap(countryOf))];
  const antonyms = [...new Set([...own.flatMap((e) => e.antonyms), ...negatedStem(form, entries)])];
  // The synsets WordNet opposes to the word's own (its antonym pointers name the sense), and the first sense of
  // each antonym: an antonym's other senses are another word's ("go on" is "happen" as well as the opposite of
  // "go off").
  const pointed = own.flatMap((e) => sensesOf(e)).flatMap((x) => synset(x).opposite);
  const antonymSenses = [...new Set([...pointed, ...antonyms.flatMap((id) => sensesOf(entryAt(id), undefined, 1))])];
  // Indirect antonyms: the heads of the word's adjective clusters, and the heads antonymous to its first sense's.
  const headsOf = (limit: number): number[] => [...new Set(own.flatMap((e) => sensesOf(e, 'a', limit)).flatMap((x) => (synset(x).heads.length ? synset(x).heads : [x])))];
  const heads = headsOf(2);
  const antiHeads = [...new Set(headsOf(1).flatMap((h) => synset(h).opposite))];
  return {
    lemmas: entries.map((e) => e.id), senses, rareSenses, ancestors: [...ancestors], kinds, opposed: [...new Set(senses.flatMap((x) => synset(x).opposite))], derived, derivedSenses, standsFor, antonyms, antonymSenses, heads, antiHeads,
    frequency: Math.max(...entries.map((e) => e.frequency)),
  };
}

/**
 * The entries an adjective formed with "un" negates, when WordNet does not pair them ("unsatisfied" / "satisfied",
 * "unharmed" / "harmed"): none for a word that is also a verb, where "un" undoes rather than negates ("unleashed").
 */
function negatedStem(form: string, entries: readonly WordEntry[]): number[] {
  if (!/^un\p{L}{4}/u.test(form) || !entries.some((e) => e.senses.a) || entries.some((e) => e.senses.v)) return [];
  return lemmas(form.slice(2)).map((e) => e.id);
}

/** Do two key lists share an id? A plain loop: this runs for every pair of words compared, and allocates nothing. */
function meets(a: number[], b: number[]): boolean {
  if (!a.length || !b.length) return false;
  const small = a.length <= b.length ? a : b;
  const large = small === a ? b : a;
  for (let i = 0; i < small.length; i++) if (large.includes(small[i])) return true;
  return false;
}

/** Do two words share a lemma (what {@link relateKeys} calls 'same')? */
export function sameLemma(a: WordKeys, b: WordKeys): boolean {
  return meets(a.lemmas, b.lemmas);
}

/** Is one of a word's frequent senses any sense of `of`, however rare for it ("reduction" is a decrease)? */
export function frequentSenseOf(form: string, of: string): boolean {
  const [a, b] = [keysOf(form), keysOf(of)];
  return meets(a.senses, b.senses) || meets(a.senses, b.rareSenses);
}

/** {@link relation} on precomputed keys: `a` is the claim's word, `b` the passage's. */
export function relateKeys(a: WordKeys, b: WordKeys): Relation | undefined {
  if (sameLemma(a, b)) return 'same';
  // Words that share a frequent sense are synonyms, whatever antonyms their other senses have.
  if (meets(a.senses, b.senses)) return 'synonym';
  // Antonyms: direct, through a synonym of the antonym, through a kind of the antonym ("cut" is a way to
  // decrease, the opposite of "increase"; "stayed" / "left", "plunged" / "rose"), or through adjective cluster
  // heads. Through the heads, the claim word's first sense must be opposed: its rarer senses make stray
  // opposites ("poor" as pitiable, so unfortunate, against "happy" as fortunate).
  if (meets(a.antonyms, b.lemmas) || meets(b.antonyms, a.lemmas) || meets(a.antonymSenses, b.senses)
    || meets(b.antonymSenses, a.senses) || meets(a.kinds, b.opposed) || meets(b.kinds, a.opposed)
    || meets(a.antiHeads, b.heads)) return 'antonym';
  if (meets(a.derived, b.lemmas) || meets(b.derived, a.lemmas) || meets(a.derivedSenses, b.senses)
    || meets(b.derivedSenses, a.senses) || meets(a.derivedSenses, b.derivedSenses)
    || meets(a.standsFor, b.senses) || meets(b.standsFor, a.senses) || meets(a.standsFor, b.derivedSenses)
    || meets(b.standsFor, a.derivedSenses)) return 'derived';
  if (meets(b.ancestors, a.senses)) return 'specific';
  if (meets(a.senses, b.rareSenses) || meets(a.rareSenses, b.senses) || meets(a.rareSenses, b.rareSenses)) return 'loose';
  // The passage's word is more general: an ancestor of the claim's, or what the claim's is a kind of in one of the
  // passage word's rarer senses ("convene" / "meets").
  if (meets(a.ancestors, b.senses) || meets(a.kinds, b.rareSenses)) return 'general';
  if (meets(a.heads, b.heads)) return 'similar';
  return undefined;
}

/**
 * How the claim's word form `a` relates to the passage's word form `b` (both lower case): the same lemma,
 * antonyms (direct, or through derivations and the heads of adjective clusters), synonyms (a frequent sense
 * in common), derivational forms (approve/approval, illegal/illegally), the passage's word more specific (a
 * hyponym within a few steps: "knife" for "weapon") or more general. Undefined when WordNet relates them in
 * none of these ways.
 */
export function relation(a: string, b: string): Relation | undefined {
  return a === b ? 'same' : relateKeys(keysOf(a), keysOf(b));
}

/** Is the word a form of a verb listed in `verbs` (lemmas): "came" of come, "held" of hold? */
export function formOfVerb(word: string, verbs: ReadonlySet<string>): boolean {
  return lemmas(word).some((e) => verbs.has(e.lemma) && !!e.senses.v);
}

/** Is this lemma (lower case, spaces) a place in WordNet (a sense in noun.location written as a name)? */
export function isPlace(lemma: string): boolean {
  const e = lookup(lemma);
  if (!e || e.proper === 0) return false;
  // A continent, river or mountain is a particular natural object ("Europe", "Tigris", "Everest"), filed apart
  // from locations, when that is the word's first sense ("Amazon" is first a strong woman, "Mercury" a metal).
  const [first] = sensesOf(e, 'n', 1);
  if (first !== undefined && synset(first).instance && synset(first).lexfile === LEXFILE.object && !e.senses.a) return true;
  return sensesOf(e, 'n', 4).some((s) => synset(s).lexfile === LEXFILE.location);
}

let settlementClasses: Set<number> | undefined;

/** Is a place a town or city by WordNet (an instance of one of the lexicon's settlement classes)? */
export function isSettlement(lemma: string): boolean {
  const e = lookup(lemma);
  if (!e) return false;
  settlementClasses ??= new Set(SETTLEMENT_CLASSES.flatMap((c) => { const x = lookup(c); return x ? sensesOf(x, 'n', 3) : []; }));
  const classes = settlementClasses;
  return sensesOf(e, 'n', 4).some((s) => synset(s).instance && synset(s).lexfile === LEXFILE.location && synset(s).hypernyms.some((h) => classes.has(h)));
}

/** Does place `part` lie within place `whole` (part holonyms, a few steps: a capital in its country)? */
export function placeWithin(part: string, whole: string): boolean {
  const p = lookup(part);
  const w = lookup(whole);
  if (!p || !w) return false;
  const targets = new Set(sensesOf(w, 'n', 4));
  let frontier = sensesOf(p, 'n', 4);
  for (let d = 0; d < 4 && frontier.length; d++) {
    if (frontier.some((s) => targets.has(s))) return true;
    frontier = frontier.flatMap((s) => synset(s).wholes);
  }
  return frontier.some((s) => targets.has(s));
}

/** Other names WordNet gives the same place or body ("US", "America", "United States"). */
export function aliasesOf(lemma: string): string[] {
  const e = lookup(lemma);
  if (!e || !e.proper) return [];
  return [...new Set(sensesOf(e, 'n', 2).flatMap((s) => synset(s).members).map(lemmaOf))].filter((l) => l !== lemma);
}

/** The nouns a relational adjective pertains to ("Nicaraguan" to "Nicaragua", "French" to "France"). */
export function pertainymsOf(word: string): string[] {
  return lemmas(word).flatMap((e) => e.pertains.map(lemmaOf));
}

/** Is a word one for a place's people or things: an adjective that pertains to a place ("Somali", "Russian")? */
export function isDemonym(word: string): boolean {
  return pertainymsOf(word).some(isPlace);
}

/** Lexicographer files whose nouns name kinds of things that exclude each other (food, animals, people, artifacts, plants, substances). */
const KIND_FILES = new Set([5, 6, 13, 18, 20, 27]);

/** Steps up the hypernyms within which two nouns must meet to be of one kind ("vodka" and "beer" meet at "alcohol"). */
const KIND_DEPTH = 2;

/** Fewest steps from the top of WordNet to the kind two nouns meet at: above it, kinds are too broad ("person", "structure"). */
const NARROW_KIND = 8;

/** The hypernyms of a noun sense within {@link KIND_DEPTH} steps. */
function kindsOf(sense: number): number[] {
  const out: number[] = [];
  let frontier = [sense];
  for (let d = 0; d < KIND_DEPTH; d++) {
    frontier = frontier.flatMap((x) => synset(x).hypernyms);
    out.push(...frontier);
  }
  return out;
}

/** Steps from a synset to the top of WordNet, along its longest hypernym path. */
function depthOf(id: number): number {
  let depth = 0;
  for (let frontier = [id]; frontier.length; depth++) frontier = frontier.flatMap((x) => synset(x).hypernyms);
  return depth;
}

/**
 * Are two nouns co-ordinate terms: different things of one narrow kind ("vodka" / "beer" under "alcohol",
 * "tea" / "coffee" under "beverage")? Their first senses, as nouns of a file of concrete kinds, meet within two
 * hypernym steps at a kind at least {@link NARROW_KIND} steps deep; neither word is also an adjective
 * ("patient", "stable") or a name, and WordNet relates them in no closer way (synonym, form, hyponym).
 */
export function sameKind(a: string, b: string): boolean {
  if (hasPos(a, 'a') || hasPos(b, 'a') || relation(a, b)) return false;
  const above = new Set(kindsNear(a));
  return kindsNear(b).some((x) => above.has(x) && KIND_FILES.has(synset(x).lexfile) && depthOf(x) >= NARROW_KIND);
}

/** Steps up from a noun's first sense within which it must reach "relative" or "spouse" to name a kin. */
const KIN_DEPTH = 6;

/**
 * The roots of kin, with the fewest steps below each that a kin word must stand: a word right under "relative"
 * names kin in general ("sibling", which "brother" does not reach in WordNet), one under "spouse" a particular one.
 */
let kinRoots: Map<number, number> | undefined;

/** A word's first common-noun sense, when it names a particular kin ("mother", "wife", "grandparents"), and that sense's hypernyms. */
const kinOf: (word: string) => { sense: number; above: Set<number> } | null = memoizeByText((word) => {
  kinRoots ??= new Map(([['relative', 2], ['spouse', 1]] as const).flatMap(([w, depth]) => sensesOf(lookup(w) as WordEntry, 'n', 1).map((s) => [s, depth] as [number, number])));
  // A word also written capitalised in some sense ("Father") is still a common noun; one only ever capitalised is a name.
  const sense = lemmas(word).filter((e) => e.proper !== 2).flatMap((e) => sensesOf(e, 'n', 1))[0];
  if (sense === undefined) return null;
  const above = new Set<number>();
  let kin = false;
  let frontier = [sense];
  for (let d = 1; d <= KIN_DEPTH && frontier.length; d++) {
    frontier = frontier.flatMap((x) => synset(x).hypernyms);
    for (const x of frontier) {
      above.add(x);
      if (d >= (kinRoots.get(x) ?? Infinity)) kin = true;
    }
  }
  return kin ? { sense, above } : null;
}, 5_000);

/**
 * Do two nouns name different kin ("mother" / "wife", "grandparents" / "parents", "uncle" / "father")? Both first
 * noun senses lie under "relative" or "spouse", and neither is the other or a kind of it ("dad" is a father,
 * a mother a parent).
 */
export function kinApart(a: string, b: string): boolean {
  const [x, y] = [kinOf(a), kinOf(b)];
  return !!x && !!y && x.sense !== y.sense && !x.above.has(y.sense) && !y.above.has(x.sense);
}

/** The kinds within {@link KIND_DEPTH} steps above a word's first common-noun senses in a file of concrete kinds (memoised: one word is compared with many). */
const kindsNear: (word: string) => number[] = memoizeByText((word) => lemmas(word).filter((e) => !e.proper).flatMap((e) => sensesOf(e, 'n', 1))
  .filter((s) => KIND_FILES.has(synset(s).lexfile)).flatMap(kindsOf), 20_000);

/** Is any frequent noun sense of this word in the lexicographer file (e.g. LEXFILE.person for "spokeswoman")? */
export function nounIn(word: string, lexfile: number, senses = 2): boolean {
  return senseIn(word, 'n', lexfile, senses);
}

/** Is any of the first `senses` senses of this word, as the part of speech, in the lexicographer file? */
export function senseIn(word: string, pos: Pos, lexfile: number, senses: number): boolean {
  return lemmas(word).some((e) => sensesOf(e, pos, senses).some((s) => synset(s).lexfile === lexfile));
}

/** Is this word form a known English word of the part of speech (after lemmatising)? */
export function hasPos(word: string, pos: Pos): boolean {
  return lemmas(word).some((e) => (e.senses[pos]?.length ?? 0) > 0);
}

/**
 * Is a word a verb of saying? Its stem is one of SPEECH_VERBS' stems, and WordNet has the form as a verb: the
 * stemmer gives "noted" and "not" one stem, and "added" and "ad".
 */
export function isSpeechVerb(norm: string, form: string): boolean {
  return SPEECH_VERBS.has(norm) && hasPos(form, 'v');
}

let capitalSenses: Set<number> | undefined;

/** Is the synset a national capital (an instance of WordNet's "national capital")? */
function isNationalCapital(id: number): boolean {
  capitalSenses ??= new Set(sensesOf(lookup('national capital') as WordEntry, 'n', 1));
  const s = synset(id);
  return s.instance && s.hypernyms.some((h) => capitalSenses?.has(h));
}

let countrySenses: Set<number> | undefined;

/** Is the synset a kind of country, a few steps up ("North American country", "European country", "country")? */
function isCountry(id: number): boolean {
  countrySenses ??= new Set(sensesOf(lookup('country') as WordEntry, 'n', 2));
  let frontier = synset(id).hypernyms;
  for (let d = 0; d < COUNTRY_DEPTH && frontier.length; d++) {
    if (frontier.some((h) => countrySenses?.has(h))) return true;
    frontier = frontier.flatMap((h) => synset(h).hypernyms);
  }
  return false;
}

/** Most hypernym steps from a country up to "country"; most holonym steps from a capital up to its country. */
const COUNTRY_DEPTH = 3;

/**
 * The senses a national capital stands for: its country, found up the part holonyms (Washington lies in the
 * District of Columbia, which lies in the United States), what each of the country's names means first ("Russia"
 * first names the Soviet Union), and the body each of them also names ("U.S." is also the federal government).
 * Not a name's other places ("America" is also two continents).
 */
function countryOf(capital: number): number[] {
  let frontier = synset(capital).wholes;
  for (let d = 0; d < COUNTRY_DEPTH && frontier.length; d++) {
    const found = frontier.filter(isCountry);
    if (found.length) {
      const names = found.flatMap((x) => synset(x).members).map(entryAt);
      const bodies = names.flatMap((e) => sensesOf(e, 'n', 2)).filter((x) => synset(x).lexfile === LEXFILE.group);
      return [...new Set([...found, ...names.flatMap((e) => sensesOf(e, 'n', 1)), ...bodies])];
    }
    frontier = frontier.flatMap((x) => synset(x).wholes);
  }
  return [];
}

/** Is a place's first sense a national capital ("washington", "moscow")? */
export function isCapitalName(lemma: string): boolean {
  const entry = lookup(lemma);
  const first = entry ? sensesOf(entry, 'n', 1)[0] : undefined;
  return first !== undefined && isNationalCapital(first);
}

let dimensionSenses: Set<number> | undefined;

/**
 * Is this word a dimension or names one: "depth", "radius", "wide", "deep", "tall" (a noun under WordNet's
 * "dimension" or "extent", or an adjective whose attribute is one)?
 */
export function isDimension(word: string): boolean {
  dimensionSenses ??= new Set(['dimension', 'extent'].flatMap((w) => sensesOf(lookup(w) as WordEntry, 'n', 2)));
  const nouns = lemmas(word).flatMap((e) => [e, ...e.derived.map(entryAt)]);
  return nouns.some((e) => sensesOf(e, 'n', 2).some((s) => {
    let frontier = [s];
    for (let d = 0; d <= HYPERNYM_DEPTH && frontier.length; d++) {
      if (frontier.some((x) => dimensionSenses?.has(x))) return true;
      frontier = frontier.flatMap((x) => synset(x).hypernyms);
    }
    return false;
  }));
}

let members: Map<number, number[]> | undefined;

/**
 * The lemmas of a synset. The table keeps member lists only for adjectives and names, so the others are
 * found through an inverse index of every word's senses, built on first use (by scripts; the stance
 * detectors never need it).
 */
export function membersOf(synsetId: number): string[] {
  if (!members) {
    members = new Map();
    const t = load();
    for (let id = 0; id < t.wordLines.length; id++) {
      for (const ids of Object.values(entryAt(id).senses) as number[][]) {
        for (const s of ids) {
          const list = members.get(s);
          if (list) list.push(id);
          else members.set(s, [id]);
        }
      }
    }
  }
  return (members.get(synsetId) ?? []).map(lemmaOf);
}
