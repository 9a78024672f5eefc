import type { Span } from '../../types';
import { LEXFILE, hasPos, isDemonym, isPlace, isSettlement, nounIn, pertainymsOf, placeWithin } from '../../lexicon/wordnet';
import { reportsSpeech } from './speaker';
import { capitalised, tokenize, type Token } from '../../text/tokens';
import { knownPerson, nameKind, nameKindAt, placeLemma, placesApart, spelledAlike } from '../names';
import { NAMED, STRONG, relate, restCoverage, statedIn } from '../align';
import { inPassage, localTopic, matchOf, namesByPronoun, onTopic, slotsAlign, statedBy, type Detector, type Finding, type StanceContext } from '../context';
import { lowerOf, wordsWithin, type Word } from '../words';
import type { SentenceView } from '../views';
import { givenNameReplaced, predicatesStated } from '../support';
import { statedUnnamed } from '../standins';
import { negationCues } from '../polarity';
import { dateStated, quantityStated } from '../figures';
import { homeRival } from '../homes';

/** Share of the claim's other content the central sentence itself must state: a swapped name needs a close match. */
const FOCUS_TOPIC = 0.6;
/** Share of it the central sentence must state to dispute a name that another sentence of the passage gives. */
const STATES_ALL = 0.9;

/**
 * Another person, place or body in the claim's slot: the claim names X, the passage names X nowhere, and the
 * central sentence names Y (whom the claim does not name) next to the words that stand next to X in the
 * claim ("open in Boston" / "open a store in New York City"; "Vornado's chief financial officer, Richard
 * Hale, praised" / "Vornado Chief Financial Officer Stephen Theriot hailed"). Places are only rivals of
 * places, and a place within the other (a capital in its country) is no rival.
 */
export const entity: Detector = {
  id: 'entity',
  description: 'another person, place or organisation in the same slot',
  detect(ctx) {
    const out: Finding[] = [];
    const names = ctx.claim.a.names;
    if (!names.length) return out;
    const claimTokens = new Set(ctx.claim.a.tokens.map((t) => lowerOf(t.raw)));
    // A rival that settles the claim by itself: a cleft sentence's, or another home place of the same person.
    const settled = cleftRival(ctx, claimTokens) ?? homeRival(ctx);
    if (settled) return [settled];
    // The words naming an employer before a title in the central sentence, read once, when a rival first asks.
    let employers: Set<Word> | undefined;
    const employed = (w: Word): boolean => (employers ??= new Set(ctx.focus.a.names.flatMap((n) => employerOf(ctx.focus, n)))).has(w);
    for (const name of names) {
      // The name itself, without its title ("Donald Trump" of "Russian President Donald Trump").
      const mine = nameWords(ctx.claim, name);
      if (insideQuotes(ctx.claim.text, name.start)) continue;
      const core = mine.length ? spanOf(mine) : name;
      const kind = nameKindAt(ctx.claim.text, core);
      if (!mine.length || kind === 'other') {
        // A thing's name is rivalled only by the same name with one word changed ("US Army Research Laboratory" /
        // "US Naval Research Laboratory"): another body, team or product; or another place in it ("Virginia General
        // Assembly" / "Pennsylvania General Assembly").
        const renamed = wordInName(ctx, name) ?? placeInName(ctx, name);
        if (renamed) out.push(renamed);
        continue;
      }
      // Another holder of the speaker's office is a rival whatever was said.
      const holder = officeHolder(ctx, core, claimTokens) ?? appositiveHolder(ctx, name, mine, claimTokens);
      if (holder) {
        out.push(holder);
        continue;
      }
      // Who said what is the speaker detector's to judge, with the words said.
      const who = ctx.claim.a.speaker;
      if (who && who.start <= mine[0].start && mine[mine.length - 1].end <= who.end && reportsSpeech(ctx.claim.text, who)) continue;
      const office = placeInName(ctx, name) ?? (kind === 'person' ? givenNameRival(ctx, mine) : undefined);
      if (office) {
        out.push(office);
        continue;
      }
      // One word may name anyone or anything (a surname, a town, a firm): a person needs a full name or a title.
      if (kind === 'person' && mine.length < 2 && !titleBefore(ctx.claim.words, core).length) continue;
      // Another person is a rival only in a sentence that says the same of them: every predicate of the claim
      // stated there ("Hale praised" / "Theriot hailed"). The same event has many actors: the witness who
      // saw a shooting is not contradicted by the sentence about the gunman who fired.
      // A relative clause set off by commas away from the name says something else of someone else ("ISIS, which
      // grew out of al-Qaida, is led by X": who leads it is the slot, however the sentence says it grew).
      if (kind === 'person' && !predicatesStated(ctx, relativeClauseApart(ctx.claim, core))) continue;
      const place = placeLemma(ctx.claim.text.slice(core.start, core.end));
      // A capital stands for its country, but not in a sentence that names another city of that country
      // ("fought around Damascus" / "fighting in the Syrian war around Aleppo").
      const sibling = kind === 'place' && !mine.some((w) => ctx.passage.index.surface.has(w.lower)) && siblingPlace(ctx, place);
      // A place the passage names only to qualify a noun ("the Dunmore school board") does not say where the claim's
      // thing is ("Harlow Coaches is based in Dunmore").
      const qualifier = kind === 'place' && !nounsAfter(ctx.claim, core).length && onlyQualifies(ctx, mine);
      if (!sibling && !qualifier && mine.some((w) => statedIn(ctx.passage.index, w, NAMED)) || statedUnnamed(ctx, name)) continue;
      // A place the passage names by a place within it or around it ("Washington" for the US) is not disputed.
      if (kind === 'place' && !sibling && placesIn(ctx).some((p) => placeWithin(p, place) || placeWithin(place, p))) continue;
      // The words of the claim's other names (a place's rival may share a word with the place, not with them).
      const otherNames = new Set(kind === 'place' ? ctx.claim.a.names.filter((n) => n !== name)
        .flatMap((n) => tokenize(ctx.claim.text.slice(n.start, n.end)).map((t) => lowerOf(t.raw))) : []);
      // The places the claim names by their demonyms are the claim's own ("American troop levels" / "in America").
      const ownPlaces = kind === 'place' ? new Set(ctx.claim.content.flatMap((c) => pertainymsOf(c.lower))) : undefined;
      const town = kind === 'place' && isSettlement(place);
      for (const rivalName of ctx.focus.a.names) {
        const theirs = nameWords(ctx.focus, rivalName);
        if (!theirs.length) continue;
        const rival = spanOf(theirs);
        const rivalText = ctx.focus.text.slice(rival.start, rival.end);
        if (nameKindAt(ctx.focus.text, rival) !== kind) continue;
        if (kind === 'person' && theirs.length < 2 && !titleBefore(ctx.focus.words, rival).length) continue;
        // An employer before another person's title is not that person ("RBC Capital" of "RBC Capital analyst Mark Mahaney").
        if (employed(theirs[0])) continue;
        // A name the sentence denies fills no slot ("There is no police chief called Lyndon Edwards").
        if (deniedName(ctx.focus, rival)) continue;
        // Two titles that differ name two offices ("President" and "Former President"): no rival.
        if (kind === 'person' && !sameTitles(ctx, officeOf(ctx.claim, core), officeOf(ctx.focus, rival))) continue;
        const claimText = ctx.claim.text.slice(core.start, core.end);
        // A rival shares no word with the claim ("World War Two" is no rival of "World War II"), unless both are
        // places WordNet knows and the claim names no other place in the rival's words ("North Carolina" /
        // "South Carolina").
        const knownPlaces = kind === 'place' && nameKind(claimText) === 'place' && nameKind(rivalText) === 'place'
          && !sharesWord(rivalText, otherNames);
        if (sharesWord(rivalText, claimTokens) && !knownPlaces || theirs.some((w) => mine.some((m) => relate(m, w)))) continue;
        const rivalPlace = kind === 'place' ? placeLemma(rivalText) : '';
        if (ownPlaces?.has(rivalPlace)) continue;
        if (kind === 'place' && !placesApart(claimText, rivalText)) continue;
        const preposition = samePreposition(ctx, core, rival, kind === 'place');
        if (!preposition) continue;
        // Two places that qualify the same noun ("a Los Angeles apartment" / "his Manhattan apartment") fill one slot.
        // When both places are followed by their region, the region is part of the slot ("in Doha, Qatar" /
        // "in Tampa, Florida"); so, against another town, is any larger place the claim puts its town in.
        const rivalTown = kind === 'place' && isSettlement(rivalPlace);
        const regions = kind !== 'place' ? [] : regionAfter(ctx.focus, rival).length ? regionAfter(ctx.claim, core)
          : town && rivalTown ? widerPlaces(ctx, name, place) : [];
        // The name of a person's employer in front of the title ("Wedbush" of "Wedbush analyst") is part of the slot.
        const slot = new Set([...mine, ...regions, ...kind === 'person' ? employerOf(ctx.claim, core) : []]);
        const topical = onTopic(ctx, slot) && (kind === 'place' && sameHead(ctx, core, rival)
          || restCoverage(ctx.inFocus, new Set([...slot, ...namesByPronoun(ctx)])) >= FOCUS_TOPIC);
        // A place behind the same kind of preposition in a sentence about the same thing needs no more; a
        // person, or a place without a preposition, must also stand among the same words as the claim's.
        const slotted = slotsAlign(ctx, core, rival, 6, { sides: 'any' });
        // A place is only rivalled behind the same kind of preposition of place ("in Boston" / "in midtown
        // Manhattan"); places named as parties stand for their governments ("talks between Paris and Berlin").
        if (kind === 'place' && preposition !== 'located') continue;
        // Among the same words as the claim's, a place of the same kind (a town for a town, a country for a country)
        // that qualifies no noun needs only the claim's topic, not most of its other words ("his midnight ride from
        // Charlestown to Concord" / "since his midnight ride from Charlestown to Lexington").
        const alike = slotted && town === rivalTown
          && !nounsAfter(ctx.claim, core).length && !nounsAfter(ctx.focus, rival).length && onTopic(ctx, slot);
        const placed = kind === 'place' && (topical || alike) && statedWords(ctx, mine) >= PLACE_TOPIC_WORDS;
        if (!placed && !(slotted && (topical || localTopic(ctx, core)))) continue;
        out.push({
          detector: 'entity', reason: `${kind === 'place' ? 'place' : 'name'}: ${claimText} vs ${rivalText}`, values: [claimText, rivalText],
          highlights: [inPassage(ctx, rival)], strength: kind === 'place' ? 0.9 : 0.8,
        });
        break;
      }
    }
    return out;
  },
};

/** The words of a relative clause between commas (", which grew out of al-Qaida,") that does not hold `span`. */
function relativeClauseApart(view: SentenceView, span: Span): Set<Word> {
  const m = /,\s+(?:which|who|whose|whom|where)\b[^,]*,/.exec(view.text);
  if (!m || span.start >= m.index && span.end <= m.index + m[0].length) return new Set();
  return new Set(wordsWithin(view.words, { start: m.index, end: m.index + m[0].length }));
}

/**
 * The name itself in a name run: its last unbroken run of name words, after any title ("Stephen Theriot"
 * of "Vornado Chief Financial Officer Stephen Theriot"). A surname WordNet knows as a word ("Hale" after
 * "Richard") and a place it also knows as a word ("Manhattan") count as names; so do a short lower-case
 * particle joined by a hyphen to the name word after it ("Osama al-Nujeifi") and a capitalised word before a
 * name that is no office ("Ray" of "Ray Villeda"). An owner before the name is not part of it ("NBCDFW's
 * J.D. Miles" is J.D. Miles).
 */
function nameWords(view: SentenceView, span: Span): Word[] {
  const inside = wordsWithin(view.words, span).filter((w) => w.content);
  const out: Word[] = [];
  for (let k = inside.length - 1; k >= 0; k--) {
    const w = inside[k];
    const surname = k > 0 && inside[k - 1].name && k === inside.length - 1;
    if (out.length && /['’]s$/i.test(w.raw)) break;
    if (out.length && k > 0 && particle(view, w, out[0])) continue;
    // A capitalised word right before a person's name, and no word for an office, is a given name ("Ray Villeda").
    const given = out.length > 0 && out[0].name && ![w, out[0]].some((x) => nounIn(x.lower, LEXFILE.person, 1));
    if (!w.capital || !(w.name || surname || given || isPlace(w.lower))) break;
    out.unshift(w);
  }
  return out;
}

/**
 * A lower-case letter opening a word. A pattern with \p{…} is kept in a constant: the bundler compiles such a
 * literal to a RegExp built anew each time it is evaluated.
 */
const LOWER_RE = /^\p{Ll}/u;

/** A short lower-case word joined by a hyphen to the name word after it: "al-" of "al-Nujeifi", "bin-" of "bin-Talal". */
function particle(view: SentenceView, w: Word, next: Word): boolean {
  return w.lower.length <= NAME_PARTICLE_LETTERS && LOWER_RE.test(w.raw) && view.text.slice(w.end, next.start) === '-';
}

/** Most letters of a hyphenated name particle. */
const NAME_PARTICLE_LETTERS = 3;

/** The name words of a place set off by a comma right after a place ("Qatar" of "Doha, Qatar"). */
function regionAfter(view: SentenceView, place: Span): Word[] {
  const after = view.words.filter((w) => w.start >= place.end);
  if (!after.length || !/^\s*,\s*$/.test(view.text.slice(place.end, after[0].start))) return [];
  const out: Word[] = [];
  for (const w of after) {
    if (!w.capital || !w.name || out.length && !/^\s+$/.test(view.text.slice(out[out.length - 1].end, w.start))) break;
    out.push(w);
  }
  return isPlace(placeLemma(out.map((w) => w.raw).join(' '))) ? out : [];
}

function spanOf(words: Word[]): Span {
  return { start: words[0].start, end: words[words.length - 1].end };
}

/**
 * The claim gives a title to a person ("Ukrainian President Donald Trump") and the central sentence gives the
 * same title (the same words, right before the name) to someone else whom the claim does not name, and never
 * to the claim's person: another holder of the office, wherever else the claim's person is named.
 */
function officeHolder(ctx: StanceContext, core: Span, claimTokens: Set<string>): Finding | undefined {
  const full = titleBefore(ctx.claim.words, core);
  if (!full.length) return undefined;
  // A demonym opening the claim's title says whose office it is, which the sentence may leave out ("Chinese Vice
  // Premier" / "Vice Premier").
  const title = full.length > 1 && isDemonym(full[0].lower) ? full.slice(1) : full;
  for (const n of ctx.focus.a.names) {
    const theirs = nameWords(ctx.focus, n);
    if (!theirs.length) continue;
    const rival = spanOf(theirs);
    const rivalText = ctx.focus.text.slice(rival.start, rival.end);
    const sameTitle = titleBefore(ctx.focus.words, rival);
    // Without the claim's demonym, the sentence's title must have no place of its own before it ("US President").
    const own = ctx.focus.words[(sameTitle[0]?.index ?? 0) - 1];
    // Capitalised words that end the claim's title and that the sentence leaves out may be a first name WordNet
    // knows as a noun for a person ("General Norman Schwarzkopf": "Norman" is a native of Normandy).
    const firstNames = title.slice(sameTitle.length);
    const named = sameTitle.length > 0 && firstNames.length > 0 && firstNames.every((w) => w.capital && !matchOf(ctx.inFocus, w)?.word);
    const stated = sameTitle.length === full.length ? full : sameTitle.length === title.length && !own?.capital ? title
      : named ? title.slice(0, sameTitle.length) : undefined;
    if (!stated?.every((w) => statedBy(ctx.inFocus, w, sameTitle))) continue;
    const claimName = ctx.claim.text.slice(stated === full || stated === title ? core.start : firstNames[0].start, core.end);
    // The rival's whole name, past a middle initial ("William J. Bratton"), must share no word with the claim.
    if (sharesWord(rivalText + (MIDDLE_INITIAL.exec(ctx.focus.text.slice(rival.end))?.[0] ?? ''), claimTokens)) {
      return undefined;
    }
    // A name WordNet also has as a common word is the person it names after the same title ("General Marshall").
    if (nameKind(rivalText) !== 'person' && !knownPerson(rivalText)) continue;
    // The same office in a sentence about something else ("... met the unions" / "... opened a bridge") is no rival.
    if (!onTopic(ctx, [...nameWords(ctx.claim, core), ...title]) && !localTopic(ctx, { start: title[0].start, end: core.end })) return undefined;
    return {
      detector: 'entity', reason: `name: ${claimName} vs ${rivalText} (${ctx.focus.text.slice(sameTitle[0].start, sameTitle[sameTitle.length - 1].end)})`,
      values: [claimName, rivalText], highlights: [inPassage(ctx, rival)], strength: 0.9,
    };
  }
  return undefined;
}

/**
 * The claim names a person with an office set off after the name ("Don Thompson, president of McDonald's USA") and
 * the central sentence gives every word of that office to someone else, after the name or before it ("Mark Andrés,
 * President of McDonald's USA,"), while the passage never names the claim's person: another holder of the office.
 */
function appositiveHolder(ctx: StanceContext, name: Span, mine: Word[], claimTokens: Set<string>): Finding | undefined {
  const office = officeAfter(ctx.claim, name);
  if (!office.length || mine.some((w) => statedIn(ctx.passage.index, w, NAMED))) return undefined;
  for (const n of ctx.focus.a.names) {
    // The rival's whole name, given name and all ("Mark" of "Mark Andrés", a word WordNet also has).
    const theirs = wordsWithin(ctx.focus.words, n).filter((w) => w.content);
    if (theirs.length < 2) continue;
    const rival = spanOf(theirs);
    const rivalText = ctx.focus.text.slice(rival.start, rival.end);
    const held = [...officeAfter(ctx.focus, rival), ...titleBefore(ctx.focus.words, rival)];
    if (nameKind(rivalText) !== 'person' || !office.every((w) => statedBy(ctx.inFocus, w, held)) || sharesWord(rivalText, claimTokens)) continue;
    if (!onTopic(ctx, [...mine, ...office])) return undefined;
    const claimText = ctx.claim.text.slice(name.start, name.end);
    return {
      detector: 'entity', reason: `name: ${claimText} vs ${rivalText} (${office.map((w) => w.raw).join(' ')})`, values: [claimText, rivalText],
      highlights: [inPassage(ctx, rival)], strength: 0.9,
    };
  }
  return undefined;
}

/**
 * The words of a person's office set off by a comma right after the name: "president of McDonald's USA" of "Don
 * Thompson, president of McDonald's USA, said". The apposition opens (after any article) on a word for a person's
 * office in its first sense, and has two to six content words.
 */
function officeAfter(view: SentenceView, core: Span): Word[] {
  const m = OFFICE_AFTER_RE.exec(view.text.slice(core.end));
  if (!m) return [];
  const start = core.end + m[0].length - m[1].length;
  const words = wordsWithin(view.words, { start, end: start + m[1].length }).filter((w) => w.content);
  return words.length >= 2 && words.length <= 6 && nounIn(words[0].lower, LEXFILE.person, 1) && !words[0].name ? words : [];
}

/** An apposition after a name: a comma, an optional article, and words up to the next comma or the end of the sentence. */
const OFFICE_AFTER_RE = /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;:()"“”]{3,60}?)\s*(?=[,;:]|\.?\s*$)/;

/** Does a name share a word with the claim, its lower-case particles aside ("al" of "al-Masri" and "al-Rashidi")? */
function sharesWord(name: string, claimTokens: Set<string>): boolean {
  return tokenize(name).some((t) => !NAME_PARTICLE.test(t.raw) && claimTokens.has(lowerOf(t.raw)));
}

/** A lower-case particle inside a name. */
const NAME_PARTICLE = new RegExp(`^\\p{Ll}{1,${NAME_PARTICLE_LETTERS}}$`, 'u');

/** A middle initial and the surname after a given name (" J. Bratton"). */
const MIDDLE_INITIAL = /^\s+\p{Lu}\.\s+\p{Lu}[\p{L}'’-]+/u;

/**
 * A name that the central sentence gives with another place in it, its other words the same ("BBC Radio
 * Manchester" / "BBC Radio Leeds", "the University of Texas at Austin" / "… at Dallas"): another station,
 * team or branch. The claim's place is named nowhere in the passage, and the rest of the claim is on topic.
 */
function placeInName(ctx: StanceContext, name: Span): Finding | undefined {
  const within = (words: Word[], span: Span): Word[] => wordsWithin(words, span).filter((w) => w.content);
  const mine = within(ctx.claim.words, name);
  if (mine.length < 2) return undefined;
  for (const n of ctx.focus.a.names) {
    const theirs = within(ctx.focus.words, n);
    if (theirs.length !== mine.length) continue;
    const differ = mine.map((w, k) => (w.lower === theirs[k].lower ? -1 : k)).filter((k) => k >= 0);
    if (differ.length !== 1) continue;
    const [a, b] = [mine[differ[0]], theirs[differ[0]]];
    // The passage's place named in the claim too is another of the claim's names ("the East Room ... the Green Room").
    if (!isPlace(a.lower) || !isPlace(b.lower) || !placesApart(a.raw, b.raw) || ctx.passage.index.surface.has(a.lower)
      || ctx.claim.words.some((w) => w.lower === b.lower)) continue;
    if (!onTopic(ctx, mine)) continue;
    const [claimText, rivalText] = [ctx.claim.text.slice(mine[0].start, mine[mine.length - 1].end), ctx.focus.text.slice(theirs[0].start, theirs[theirs.length - 1].end)];
    const label = nameKind(claimText) === 'place' ? 'place' : 'name';
    return { detector: 'entity', reason: `${label}: ${claimText} vs ${rivalText}`, values: [claimText, rivalText], highlights: [inPassage(ctx, b)], strength: 0.9 };
  }
  return undefined;
}

/**
 * A thing's name that the central sentence gives with one other capitalised word in it, its other words the
 * same ("US Army Research Laboratory" / "US Naval Research Laboratory", "Apple Watch" / "Apple TV"), in a
 * sentence that states the rest of the claim. Compared word by word as written (WordNet's compounds
 * would hide "Army" in "US Army"). The two words are not related (no synonym, no derived form).
 */
function wordInName(ctx: StanceContext, name: Span): Finding | undefined {
  const tokensOf = (text: string, span: Span): Token[] => tokenize(text.slice(span.start, span.end))
    .map((t) => ({ ...t, start: t.start + span.start, end: t.end + span.start })).filter((t) => !/^the$/i.test(t.raw));
  const wordAt = (words: Word[], t: Token): Word | undefined => words.find((w) => w.start <= t.start && t.end <= w.end);
  const mine = tokensOf(ctx.claim.text, name);
  if (mine.length < 2) return undefined;
  const slot = new Set(wordsWithin(ctx.claim.words, name));
  const claimNames = new Set(ctx.claim.a.tokens.filter((t) => capitalised(t.raw)).map((t) => lowerOf(t.raw)));
  for (const n of ctx.focus.a.names) {
    const theirs = tokensOf(ctx.focus.text, n);
    if (theirs.length !== mine.length) continue;
    const apart = mine.map((t, k) => (lowerOf(t.raw) === lowerOf(theirs[k].raw) ? -1 : k)).filter((k) => k >= 0);
    if (apart.length !== 1) continue;
    const [a, b] = [mine[apart[0]], theirs[apart[0]]];
    const [wa, wb] = [wordAt(ctx.claim.words, a), wordAt(ctx.focus.words, b)];
    // Two places are the place detector's to compare; a place against a surname is another base or body ("Dover Air Force
    // Base" / "Andrews Air Force Base").
    if (!wa || !wb || !capitalised(a.raw) || !capitalised(b.raw) || isPlace(lowerOf(a.raw)) && isPlace(lowerOf(b.raw))) continue;
    // The claim's word is nowhere in the passage, the passage's in no name of the claim ("Pizza Underground"
    // beside "Velvet Underground"; a common word is another matter: "the Secretary of State ... the defense
    // strategy" / "the Secretary of Defense"), and neither abbreviates the other ("Rep.").
    const [x, y] = [lowerOf(a.raw).replace(/\.$/, ''), lowerOf(b.raw).replace(/\.$/, '')];
    if (x.startsWith(y) || y.startsWith(x) || spelledAlike(x, y) || claimNames.has(y) || relate(wa, wb) !== undefined) continue;
    // Given in another sentence, the claim's name may be what that sentence says the rest of the claim of: a
    // conflict then needs a central sentence that states nearly all of it ("merged 11 agencies to form the Westmark
    // Port Authority. Next year it will set up the Riverton Port Authority").
    const says = (view: SentenceView): boolean => view.a.tokens.some((t) => lowerOf(t.raw) === x);
    if (says(ctx.focus)) continue;
    const coverage = restCoverage(ctx.inFocus, slot);
    if (ctx.passage.sentences.some(says) && coverage < STATES_ALL) continue;
    if (coverage < FOCUS_TOPIC || !onTopic(ctx, [...slot])) continue;
    const [claimText, rivalText] = [ctx.claim.text.slice(mine[0].start, mine[mine.length - 1].end), ctx.focus.text.slice(theirs[0].start, theirs[theirs.length - 1].end)];
    return { detector: 'entity', reason: `name: ${claimText} vs ${rivalText}`, values: [claimText, rivalText], highlights: [inPassage(ctx, b)], strength: 0.9 };
  }
  return undefined;
}

/** "it was X who ..." / "it's X that ...": the name a cleft sentence singles out, and the verb after it. */
const CLEFT_RE = /\b[Ii]t\s+(?:was|is|were)\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*)\s+(?:who|that)\s+(?:(?:had|has|have|did|would|will)\s+)?(\p{L}+)/u;

/**
 * Two cleft sentences that single out different people or bodies for the same act: "it was Obama who had written the
 * first checks" / "It was President Bush that wrote the first checks". The cleft makes the name the slot, whatever
 * title it has; the act must be the same verb or a synonym.
 */
function cleftRival(ctx: StanceContext, claimTokens: Set<string>): Finding | undefined {
  const mine = CLEFT_RE.exec(ctx.claim.text);
  const theirs = mine && CLEFT_RE.exec(ctx.focus.text);
  if (!mine || !theirs) return undefined;
  const verb = (view: SentenceView, m: RegExpExecArray): Word | undefined => view.words.find((w) => w.start === m.index + m[0].length - m[2].length);
  const [a, b] = [verb(ctx.claim, mine), verb(ctx.focus, theirs)];
  const act = a && b && matchOf(ctx.inFocus, a);
  if (!act || act.word !== b || act.relation !== 'same' && act.relation !== 'synonym') return undefined;
  const start = theirs.index + theirs[0].indexOf(theirs[1]);
  // The rival's name without its title ("Bush" of "President Bush").
  const rival = wordsWithin(ctx.focus.words, { start, end: start + theirs[1].length }).filter((w) => w.name || !nounIn(w.lower, LEXFILE.person, 1));
  const nameStart = mine.index + mine[0].indexOf(mine[1]);
  if (!rival.length || rival.some((w) => claimTokens.has(w.lower)) || !onTopic(ctx, wordsWithin(ctx.claim.words, { start: nameStart, end: nameStart + mine[1].length }))) return undefined;
  return {
    detector: 'entity', reason: `name: ${mine[1]} vs ${theirs[1]}`, values: [mine[1], theirs[1]],
    highlights: [inPassage(ctx, { start, end: start + theirs[1].length })], strength: 0.8,
  };
}

/**
 * Another of the same family: the claim's name ("Justin Holden", "Jiangsu Province") has its last word in the
 * passage but its first nowhere, and the central sentence puts another word before that last word ("Jeremy and
 * Jason Holden run the channel", "Shandong Province"), in a sentence that states every predicate of the claim
 * and the rest of it. A first word that begins like the other (an initial, "Mich" of "Michael") is no rival.
 */
function givenNameRival(ctx: StanceContext, mine: Word[]): Finding | undefined {
  const other = predicatesStated(ctx) ? givenNameReplaced(ctx, mine) : undefined;
  if (!other) return undefined;
  if (restCoverage(ctx.inFocus, new Set(mine)) < FOCUS_TOPIC || !onTopic(ctx, mine)) return undefined;
  const claimText = ctx.claim.text.slice(mine[0].start, mine[mine.length - 1].end);
  const rivalText = ctx.focus.text.slice(other.start, ctx.focus.words[other.index + 1].end);
  return { detector: 'entity', reason: `name: ${claimText} vs ${rivalText}`, values: [claimText, rivalText], highlights: [inPassage(ctx, other)], strength: 0.8 };
}

/**
 * The title right before a name: a word for a person's office and its qualifiers ("Ukrainian President",
 * "German Chancellor", "council spokesman", "Former President"), or nothing.
 */
function titleBefore(words: Word[], name: Span): Word[] {
  const before = words.filter((w) => w.end <= name.start);
  const out: Word[] = [];
  for (let k = before.length - 1; k >= 0 && out.length < 4; k--) {
    const w = before[k];
    // A word for a person's office in its first sense, not a verb ("to hand Crimea").
    const office = nounIn(w.lower, LEXFILE.person, 1) && !w.predicate;
    if (w.name || !w.content || !office && !capitalised(w.raw) && !out.length) break;
    if (!office && !capitalised(w.raw) && !hasPos(w.lower, 'a')) break;
    out.unshift(w);
  }
  return out.some((w) => nounIn(w.lower, LEXFILE.person, 1)) ? out : [];
}

/** Does "no" deny the name: right before it, or before the thing it is called ("no police chief called Lyndon Edwards")? */
function deniedName(view: SentenceView, name: Span): boolean {
  return negationCues(view.words, view.text).some((cue) => cue.lower === 'no' && cue.end <= name.start && DENIED_NAME_RE.test(view.text.slice(cue.end, name.start)));
}

/** What may stand between "no" and the name it denies: nothing, or a few words and "called" or "named". */
const DENIED_NAME_RE = /^\s+(?:(?:[\p{L}'’-]+\s+){0,5}?(?:called|named)\s+)?$/u;

/** The words of the name of a person's employer, right before the title ("Wedbush" of "Wedbush analyst Michael Pachter"). */
function employerOf(view: SentenceView, core: Span, title = titleBefore(view.words, core)): Word[] {
  if (!title.length) return [];
  const from = title[0].start;
  // The employer's name may run into the title ("RBC Capital", where WordNet reads "Capital" as a qualifier).
  const employer = view.a.names.find((n) => n.start < from && n.end <= core.start
    && (n.end > from || /^(?:['’]s)?\s*$/.test(view.text.slice(n.end, from))));
  return employer ? wordsWithin(view.words, employer) : [];
}

/** The title before a name without the employer's name in it ("analyst" of "RBC Capital analyst Mark Mahaney"). */
function officeOf(view: SentenceView, core: Span): Word[] {
  const title = titleBefore(view.words, core);
  const employer = employerOf(view, core, title);
  return title.filter((w) => !employer.includes(w));
}

/** Do two titles name the same office: each word of one stated by a word of the other (or either is missing)? */
function sameTitles(ctx: StanceContext, mine: Word[], theirs: Word[]): boolean {
  if (!mine.length || !theirs.length) return true;
  return mine.length === theirs.length && mine.every((w) => statedBy(ctx.inFocus, w, theirs));
}

/**
 * The words of the claim's other names for places that hold its place ("France" of "in Marseille, in the south
 * of France"): against another town, they say where the place is, and stand or fall with it.
 */
function widerPlaces(ctx: StanceContext, name: Span, place: string): Word[] {
  return ctx.claim.a.names.filter((n) => n !== name && placeWithin(place, placeLemma(ctx.claim.text.slice(n.start, n.end))))
    .flatMap((n) => wordsWithin(ctx.claim.words, n));
}

/** Is the word right after each name the same noun, stated outright ("Los Angeles apartment" / "Manhattan apartment")? */
function sameHead(ctx: StanceContext, core: Span, rival: Span): boolean {
  const head = ctx.claim.words.find((w) => w.start >= core.end);
  const theirs = ctx.focus.words.find((w) => w.start >= rival.end);
  const apart = (text: string, from: number, to: number): boolean => /[,;:.()]/.test(text.slice(from, to));
  if (!head || !theirs || !head.content || head.name || head.predicate || theirs.name) return false;
  if (apart(ctx.claim.text, core.end, head.start) || apart(ctx.focus.text, rival.end, theirs.start)) return false;
  const m = matchOf(ctx.inFocus, head);
  return m?.word === theirs && m.score >= STRONG;
}

/** Does every word of the passage that names the place (its last word) qualify a noun right after it? */
function onlyQualifies(ctx: StanceContext, place: Word[]): boolean {
  const last = place[place.length - 1];
  const found = ctx.passage.sentences.flatMap((s) => s.words.filter((w) => w.lower === last.lower).map((w) => nounsAfter(s, w).length > 0));
  return found.length > 0 && found.every(Boolean);
}

/** The nouns a place qualifies, right after it ("a Boston apartment", "Delhi's golf course"); none when it qualifies none. */
function nounsAfter(view: SentenceView, span: Span): Word[] {
  return nounRun(view, view.words.filter((x) => x.start >= span.end), span.end, /^(?:['’]s)?\s+$/);
}

/** Fewest claim words (outside the place) the central sentence must state outright for a place conflict without slot words. */
const PLACE_TOPIC_WORDS = 3;

/**
 * How many of the claim's words outside `slot` the central sentence states outright, a date or figure of the
 * claim that it gives too counting as one ("arrested on September 30 in Annapolis" / "arrested on September 30
 * in Baltimore").
 */
function statedWords(ctx: StanceContext, slot: Word[]): number {
  const words = ctx.inFocus.matches.filter((m) => !slot.includes(m.claim) && m.score >= 0.8).length;
  const dates = ctx.claim.a.dates.filter((d) => dateStated(d, [ctx.focus])).length;
  const figures = ctx.claim.a.quantities.filter((q) => quantityStated(q, ctx.claim, [ctx.focus])).length;
  return words + dates + figures;
}

/** The places the passage names (lower case). */
function placesIn(ctx: StanceContext): string[] {
  return ctx.windowWords.filter((w) => w.capital && isPlace(w.lower)).map((w) => w.lower);
}

/**
 * Does the central sentence name a place that lies in the same larger place as `place`, the one within the
 * other in neither direction (two cities of one country), while the passage names that larger place (or its
 * demonym)?
 */
function siblingPlace(ctx: StanceContext, place: string): boolean {
  // The larger place may be named by its demonym ("the Syrian war").
  const named = [...placesIn(ctx), ...ctx.windowWords.filter((w) => w.capital).flatMap((w) => pertainymsOf(w.lower))];
  const wholes = named.filter((w) => placeWithin(place, w));
  return wholes.length > 0 && ctx.focus.words.some((w) => w.capital && w.lower !== place && isPlace(w.lower)
    && !placeWithin(w.lower, place) && !placeWithin(place, w.lower) && wholes.some((whole) => placeWithin(w.lower, whole)));
}

/** A name inside a quotation is what someone said, not whom the claim is about. */
function insideQuotes(text: string, at: number): boolean {
  return ((text.slice(0, at).match(/["“”]/g) ?? []).length % 2) === 1;
}

/** Prepositions of place by how they locate: being somewhere, leaving it, heading there. */
const PLACE_PREPOSITIONS: Record<string, string> = {
  in: 'at', at: 'at', near: 'at', around: 'at', inside: 'at', over: 'at', above: 'at', below: 'at', across: 'at', outside: 'at', within: 'at',
  from: 'from', out: 'from', to: 'to', into: 'into', toward: 'to', towards: 'to',
};

/** Do two ways of locating agree? "into" heads somewhere ("sent into Iraq" / "sent to Syria") or puts something there ("put $700 million into Ohio" / "invest $700 million in Michigan"). */
function sameWay(a: string | undefined, b: string | undefined): boolean {
  return a === b || a === 'into' && (b === 'at' || b === 'to') || b === 'into' && (a === 'at' || a === 'to');
}

/**
 * A name's slot is also how it is located ("in Boston" and "in midtown Manhattan", not "from Boston"; see
 * {@link whereOf}; `places` when both are places). `located` when both are located the same way, `unlocated`
 * when neither is, undefined when they differ.
 */
function samePreposition(ctx: StanceContext, name: Span, rival: Span, places: boolean): 'located' | 'unlocated' | undefined {
  const [a, b] = [whereOf(ctx.claim, name, places), whereOf(ctx.focus, rival, places)];
  if (!a.how && !b.how) return 'unlocated';
  if (!sameWay(a.how, b.how)) return undefined;
  // A place that qualifies a noun is in the same slot only as a place said of the same thing ("a Copenhagen
  // printing firm" / "a printer in Hamburg"; not "its headquarters in London" / "a London PR firm").
  if (!a.modifier && !b.modifier) return 'located';
  const theirs = new Set(b.nouns);
  return a.nouns.some((w) => statedBy(ctx.inFocus, w, theirs, 0.5)) ? 'located' : undefined;
}

/** How a place is located in its sentence, and the nouns said to be there. */
interface Where {
  how?: string;
  /** The place qualifies the noun after it ("a Copenhagen printing firm", "Delhi's golf course"). */
  modifier?: boolean;
  /** The nouns located: those the place qualifies, or those right before its preposition ("a printer in"). */
  nouns: Word[];
}

/**
 * How a place is located: the nearest preposition of place among the three words before it; a place that a
 * larger one qualifies takes the preposition before both ("in the London suburb of Watford"); a place that
 * qualifies a noun ("a Copenhagen printing firm", "Delhi's main golf course", "the farmers of Europe") says
 * where that is, as "in" does. Only a `place` is located by the last three.
 */
function whereOf(view: SentenceView, span: Span, place: boolean): Where {
  let words = view.words.filter((w) => w.end <= span.start);
  // A place set off by a comma after a name takes the name's preposition ("at the Elk Hills, California, reserve").
  const named = place ? namedBefore(view, words, span) : 0;
  if (named) words = words.slice(0, -named);
  const preposition = words.slice(-3).reverse().find((w) => PLACE_PREPOSITIONS[w.lower]);
  if (preposition) {
    // The noun phrase right before the preposition ("a free monthly magazine in"), not past a verb or a comma.
    const nouns = nounRun(view, words.filter((x) => x.end <= preposition.start).reverse(), preposition.start, /^\s+$/).reverse();
    return { how: PLACE_PREPOSITIONS[preposition.lower], nouns };
  }
  if (!place) return { nouns: [] };
  const ofPlace = /\b(in|at|near|from|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*(?:\p{Ll}+\s+){1,3}of\s+$/u.exec(view.text.slice(Math.max(0, span.start - 60), span.start));
  if (ofPlace) return { how: PLACE_PREPOSITIONS[ofPlace[1].toLowerCase()], nouns: [] };
  // A place after a noun and "of" says where that is, as a place before a noun does ("the farmers of Europe").
  const head = words[words.length - 1]?.lower === 'of' ? words[words.length - 2] : undefined;
  if (head?.content && !head.name && !head.predicate && /^\s+$/.test(view.text.slice(head.end, words[words.length - 1].start))) {
    return { how: 'at', modifier: true, nouns: [head] };
  }
  const nouns = nounsAfter(view, span);
  return nouns.length ? { how: 'at', modifier: true, nouns } : { nouns: [] };
}

/** Most words of a name that a place after a comma locates. */
const NAME_BEFORE_REGION = 4;

/** How many capitalised words, ending in a comma right before `span`, stand at the end of `words` (0 when none). */
function namedBefore(view: SentenceView, words: Word[], span: Span): number {
  if (!words.length || !/^\s*,\s*$/.test(view.text.slice(words[words.length - 1].end, span.start))) return 0;
  let n = 0;
  while (n < NAME_BEFORE_REGION && n < words.length && words[words.length - 1 - n].capital) n++;
  return n;
}

/**
 * The nouns standing next to each other from offset `edge` on, `words` taken in order away from it (forwards
 * or backwards): content words that are neither names nor verbs, each separated from the last by `gap` only,
 * at most {@link LOCATED_NOUNS}.
 */
function nounRun(view: SentenceView, words: Word[], edge: number, gap: RegExp): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const backwards = w.end <= edge;
    if (!w.content || w.name || w.predicate || out.length === LOCATED_NOUNS
      || !gap.test(backwards ? view.text.slice(w.end, edge) : view.text.slice(edge, w.start))) break;
    out.push(w);
    edge = backwards ? w.start : w.end;
  }
  return out;
}

/** Nouns taken as what a place locates. */
const LOCATED_NOUNS = 3;

