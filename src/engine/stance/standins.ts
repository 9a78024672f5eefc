/**
 * Names a passage states without writing them: a speaker says "we" for the country or body he speaks for, "the
 * federal government" or "our nation's capital" for what a capital's name stands for, and "you" to the body he
 * asks to act.
 */
import type { Span } from '../types';
import { isPassive } from './agents';
import type { StanceContext } from './context';
import { AUXILIARIES, DIRECTIVE_VERBS, WE_RE } from '../lexicon';
import { LEXFILE, isCapitalName, nounIn } from '../lexicon/wordnet';
import { nameKind, placeLemma } from './names';

type NameSpan = Span & { text: string };

/** Does the passage state the claim's name in one of the ways below, without writing it? */
export function statedUnnamed(ctx: StanceContext, name: NameSpan): boolean {
  return ourName(ctx, name) || capitalStated(ctx, name) || addressedAsYou(ctx, name);
}

/**
 * Is a country or a body that is the subject of the claim the "we" of the transcript speaker whose words the
 * claim gives ("Ford said the United States had cut its forces" / Ford: "we have cut our forces")? A speaker
 * speaks for his country, party or council in the first person plural.
 */
function ourName(ctx: StanceContext, name: NameSpan): boolean {
  if (!ctx.claim.voiceOf || !WE_RE.test(ctx.focus.text)) return false;
  const kind = nameKind(name.text);
  // A name WordNet also has for a person ("Bush") may be that person's, unless a place is its first sense ("Washington").
  const lemma = placeLemma(name.text);
  if (kind !== 'place' && kind !== 'group' || nounIn(lemma, LEXFILE.person, 4) && !nounIn(lemma, LEXFILE.location, 1)) return false;
  const next = ctx.claim.words.find((w) => w.start >= name.end && !AUXILIARIES.has(w.lower));
  const gap = ctx.claim.words.filter((w) => w.start >= name.end && w.end <= (next?.start ?? 0));
  // "Egypt should be pressed": the name is what is done to, not the doer the speaker's "we" is.
  return !!next?.predicate && gap.length <= 2 && !isPassive(ctx.claim.words, next);
}

/** A country's government, or its capital named by what it is: "the Federal Government", "this Nation's Capital". */
const CAPITAL_STAND_IN_RE = /\b(?:(?:federal|national|central)\s+government|(?:nation|country)['’]s\s+capital)\b/i;

/**
 * Is a national capital (WordNet's first sense of the name) stated by what it stands for: the country's government
 * ("Washington spends $15 billion" / "the National Government invests $15 billion") or the nation's capital
 * ("killings in Washington" / "in our nation's capital")?
 */
function capitalStated(ctx: StanceContext, name: NameSpan): boolean {
  return CAPITAL_STAND_IN_RE.test(ctx.focus.text) && isCapitalName(placeLemma(name.text));
}

/** The speaker turning to his audience: "I ask you", "we call on you", "let us". */
const ADDRESS_RE = /\b(?:(?:I|[Ww]e)\b.*\byou\b|[Ll]et\s+us\b|[Ll]et['’]s\b)/;

/**
 * Is the claim's name the one a speaker asks to act, whom the speaker's own words call "you" ("He urged Congress to
 * end the tax" / "I ask you to end the tax", "challenged Congress to cut" / "let us cut")? The name comes right
 * after a verb of asking ("asked", "urged", "called on"), and the central sentence is the speaker's, in the first
 * person, turned to the audience.
 */
function addressedAsYou(ctx: StanceContext, name: NameSpan): boolean {
  if (!ADDRESS_RE.test(ctx.focus.text)) return false;
  const before = ctx.claim.words.filter((w) => w.end <= name.start);
  const verb = before[before.length - 1]?.lower === 'on' ? before[before.length - 2] : before[before.length - 1];
  return !!verb && DIRECTIVE_VERBS.has(verb.norm) && /^\s*(?:on\s+)?(?:the\s+)?$/i.test(ctx.claim.text.slice(verb.end, name.start));
}
