/**
 * Word lists behind the detectors. They describe kinds of language (hedges,
 * opposites, speech verbs), never the facts of any particular story.
 */
import { normalizeWord } from '../text/tokens';

/** Builds a set of normalised forms. */
function normSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeWord));
}

/** WordNet classes of inhabited places: an instance of one is a town, not a region that towns lie in. */
export const SETTLEMENT_CLASSES = ['city', 'town', 'port', 'village', 'national capital', 'state capital', 'provincial capital', 'borough', 'suburb'];

/** Speculation, uncertainty and outlook: a hedged sentence asserts no checkable fact. */
export const HEDGE_WORDS = normSet(
  'may might could perhaps possibly probably maybe unclear uncertain unknown speculate speculation guess wonder ' +
  'predict predicted prediction imagine suppose whether seem seemed seemingly apparently',
);

/** Stock phrases that leave an outcome open: a sentence built on one asserts nothing (matched on folded lower-case text). */
export const OPEN_OUTCOME_PHRASES = [
  /\bremains? to be seen\b/, /\btime will tell\b/, /\bonly time\b/, /\bhard to (?:say|tell|know)\b/,
  /\bno one knows\b/, /\bnobody knows\b/, /\b(?:anyone|anybody|everyone)'s guess\b/,
];

/** Multi-word hedges and stock outlook phrases (matched on folded lower-case text). */
export const HEDGE_PHRASES = [
  ...OPEN_OUTCOME_PHRASES, /\bwho knows\b/, /\bwould have\b/, /\bif at all\b/, /\bit (?:seems|appears|would seem)\b/, /\bso it seems\b/,
];

/** Evaluative and prescriptive words mark opinion rather than fact. */
export const OPINION_WORDS = normSet(
  'should ought must shameful disgraceful outrageous terrible awful wonderful great amazing remarkable ' +
  'surprising surprisingly shocking unfortunately sadly hopefully clearly obviously interesting fascinating ' +
  'impressive disappointing ridiculous absurd best worst deserve',
);

/** Quantifiers that sound like figures but commit to none. */
export const VAGUE_QUANTIFIERS = normSet('few many several some numerous various lots plenty most much');

/** Pronouns that make a sentence about the writer or reader. */
export const PERSONAL_PRONOUNS = new Set(['i', 'we', 'us', 'our', 'you', 'your', 'me', 'my']);

/** Possessive determiners: whose thing or kin a noun names. */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** Determiners that open a definite noun phrase ("the", "this", "our"): after a verb, its object ("increase our capacity"). */
export const DEFINITE_DETERMINERS = new Set(['the', 'this', 'these', 'those', ...POSSESSIVE_DETERMINERS]);

/** The speaker's own voice, as the subject of a sentence. */
export const FIRST_PERSON_SUBJECTS = new Set(['i', 'we']);

/** Pronouns of the third person as the subject of a sentence: someone or something named elsewhere. */
export const THIRD_PERSON_SUBJECTS = new Set(['he', 'she', 'they', 'it']);

/** Every personal pronoun that may be a sentence's subject, the speaker's own and the third person's. */
export const PERSONAL_SUBJECTS = new Set([...FIRST_PERSON_SUBJECTS, ...THIRD_PERSON_SUBJECTS]);

/** A word of the first person anywhere in a text ("I'm" and "we've" included); case kept, since "US" is a country. */
export const FIRST_PERSON_RE = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b/;

/** "We" as a subject ("we've" included). */
export const WE_RE = /\b[Ww]e\b/;

/** Indefinite pronouns and quantifiers that open a sentence as ordinary words ("None of the drinks", "Nobody came"). */
export const INDEFINITE_PRONOUNS = new Set(['none', 'nobody', 'nothing', 'few', 'much', 'everyone', 'everybody', 'everything',
  'someone', 'somebody', 'something', 'anyone', 'anybody', 'anything', 'neither', 'either', 'several', 'many']);

/** Third-person pronouns that stand for one person. */
export const THIRD_PERSON_SINGULAR = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);

/**
 * Determiners, pronouns, prepositions and conjunctions, capitalised, that after a full stop open a sentence, never
 * continue a name ("p.m. The", "World War I. In the twenties").
 */
export const SENTENCE_OPENERS = ['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your',
  'This', 'These', 'Those', 'There', 'In', 'On', 'At', 'For', 'After', 'Before', 'Since', 'When', 'If', 'As', 'But', 'And', 'Yet', 'So'];

/** Verbs that introduce reported speech. */
export const SPEECH_VERBS = normSet(
  'said says say told tell tells stated state states added adds announced announce claimed claims claim noted ' +
  'insisted insists argued argues warned warns confirmed confirms declared declares reported reports wrote ' +
  'explained stressed reiterated acknowledged admitted denied described describes',
);

/** Verbs by which one speaker repeats another's words, with the one quoted right after: "quoted Lincoln as saying", "Quoting Jefferson,". */
export const QUOTING_VERBS = normSet('quote quoted quotes quoting paraphrase paraphrased paraphrases paraphrasing');

/** Verbs by which a speaker asks someone to act, with the one asked right after: "urged Congress to", "asked the council for". */
export const DIRECTIVE_VERBS = normSet('ask asked asks urge urged urges challenge challenged challenges call called calls press pressed presses implore implored beg begged invite invited request requested tell told tells');

/** Verbs of saying whose addressee may come right before what is said, with no "that": "told Congress the plan had failed". */
export const ADDRESSING_VERBS = normSet('tell told tells remind reminded reminds inform informed informs warn warned warns promise promised promises');

/** Words that may open what was said right after its addressee ("told lawmakers the budget ..."). */
export const SAID_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Verbs of denial: "denied saying X" reports what a source put as "did not say X". */
export const DENIAL_VERBS = normSet('deny denied denies denying');

/** Words that make a statement negative. */
export const NEGATIONS = new Set(["not", "n't", 'no', 'never', 'neither', 'nor', 'without', 'none', 'nobody', 'nothing', 'cannot']);

/** Focus adverbs after which "not" adds rather than denies ("not only X but also Y", "not just the city"). */
export const ADDITIVE_FOCUS = new Set(['only', 'just', 'merely', 'simply']);

/** Words that qualify a date ("last March", "early in June", "late last year"). */
export const DATE_QUALIFIERS = new Set(['last', 'next', 'this', 'early', 'late', 'mid', 'earlier', 'later', 'previous', 'following']);

/** Words that all but negate what follows ("little progress", "hardly changed"). */
export const DOWNTONERS = new Set(['little', 'hardly', 'barely', 'scarcely', 'seldom', 'rarely']);

/** Words with which a text reports a claim without vouching for it ("reportedly", "allegedly", "rumours"). */
export const REPORTING_HEDGES = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'rumor', 'rumour',
  'rumors', 'rumours', 'rumored', 'rumoured', 'unconfirmed', 'unverified', 'claims', 'claimed', 'claiming', 'alleged', 'purported', 'report', 'reports', 'according']);

/** Words with which a text calls a claim untrue ("a hoax", "false", "debunked", "denied"). */
export const REFUTATION_CUES = new Set(['false', 'untrue', 'fake', 'hoax', 'hoaxes', 'debunk', 'debunked', 'debunks', 'bogus', 'fabricated',
  'deny', 'denied', 'denies', 'denying', 'satire', 'satirical', 'fictional', 'baseless', 'unfounded', 'myth', 'rumor', 'rumour']);

/** Prepositions of place: a name after one is a place ("based in Washington"), not who acts. */
export const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'within']);

/**
 * Verbs of motion whose opposition is only the point of view: WordNet makes them antonyms, but a report that
 * someone "came from Rochester" is not denied by one that he "went missing", nor "comes" by "went through".
 */
export const DEICTIC_VERBS = new Set(['come', 'go']);

/** Words that put one thing above another it is measured against ("exports exceed imports", "above forecasts"). */
export const COMPARED_ABOVE = normSet('above exceed exceeds exceeded exceeding surpass surpasses surpassed outnumber outnumbers outnumbered outstrip outstrips outstripped');
/** Words that put one thing below another it is measured against ("below the total", "short of imports": "short" only before "of"). */
export const COMPARED_BELOW = normSet('below beneath short');

/** Particles that reverse what the verb before them says ("voted for" / "voted against", "came before" / "came after"). */
export const OPPOSITE_PARTICLES = new Map([['for', 'against'], ['before', 'after'], ['above', 'below'], ['up', 'down']].flatMap(([a, b]) => [[a, b], [b, a]]));

/**
 * Light verbs: general verbs whose object or complement carries the meaning ("came with a bill", "gave them
 * oxygen", "has become solid", "ran the picture"). A source states such a fact with another verb or none, so
 * support does not hold the claim to the verb itself; an opposite of it in the source still counts.
 */
export const LIGHT_VERBS = new Set(['be', 'have', 'do', 'make', 'take', 'give', 'get', 'go', 'come', 'put', 'set', 'keep', 'hold', 'run', 'call', 'stand', 'become', 'bring', 'turn']);

/** Verbs that say only that a length of time went by somewhere ("spent sixteen years in the House"). */
export const TIME_SPENDING_VERBS = new Set(['spend']);
/** Verbs that place an act in a speech or an event before "by" and the act ("opened by thanking the hosts"). */
export const FRAMING_VERBS = new Set(['begin', 'start', 'open', 'close', 'end', 'conclude', 'finish']);
/** Verbs that give an act or words to someone ("credited the mayor with the plan", "attributed the line to Lincoln"). */
export const ATTRIBUTING_VERBS = new Set(['credit', 'attribute', 'ascribe']);
/** Verbs by which a speaker brings up a source, a case or a past event ("cited a report", "recalled that the bill passed"). */
export const CITING_VERBS = new Set(['cite', 'recall', 'mention', 'invoke']);

/** The forms of "keep" as the same forms of "continue", which they are before a verb in "-ing" ("kept growing"). */
export const KEEP_AS_CONTINUE = new Map([['keep', 'continue'], ['keeps', 'continues'], ['kept', 'continued'], ['keeping', 'continuing']]);

/** Auxiliaries and adverbs that may stand between a subject and its verb ("had abducted", "will not sign"). */
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', "n't", 'never', 'also', 'later', 'then']);
/** Forms of "be": right before a participle they make it passive ("were kidnapped", "had been seized"). */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
/** Articles, possessives, small numbers and conjunctions that may stand between a verb and its object ("abducted the two ..."). */
export const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some',
  'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'many', 'all', 'both', 'and', 'or']);

/** Nouns that stand for whatever a count counts ("a list of three things"): they name no kind of their own. */
export const PLACEHOLDER_NOUNS = normSet('thing things item items');

/** Predicates with no direction: "A met B" is "B met A". */
export const RECIPROCAL_VERBS = new Set(['meet', 'talk', 'speak', 'negotiate', 'agree', 'marry', 'clash', 'fight', 'play', 'tie', 'face', 'embrace']);

/** Words that negate the verb after "to" ("failed to stop", "refused to sign", "declined to comment", "unable to find"). */
export const NEGATING_VERBS = new Set(['fail', 'refuse', 'decline', 'unable']);
/** Verbs of opinion that pass a negation on to the clause after them: "I don't think X is the answer" denies that it is. */
export const NEG_RAISING_VERBS = new Set(['think', 'believe', 'suppose', 'expect', 'imagine', 'reckon']);
/** Words for a statement's truth, whose negation passes to the clause after "that" ("it is not true that", "not correct to say that"). */
export const TRUTH_WORDS = new Set(['true', 'correct', 'accurate', 'case']);
/** Verbs whose negation passes to the infinitive after them ("does not begin to meet the test" denies meeting it). */
export const CATENATIVE_VERBS = new Set(['begin', 'start', 'manage', 'seem', 'appear', 'happen']);
/** Verbs that negate their object ("lacks a loading dock"). */
export const PRIVATIVE_VERBS = new Set(['lack']);

/** Openers of a clause that states a condition rather than a fact ("if the talks fail"). */
export const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'whether', 'lest']);

/** Words that make the "that" clause after them a demand or a wish ("it is crucial that", "urged that"). */
export const NORMATIVE_FRAMES = normSet('crucial important essential vital necessary imperative critical urge urged demand demanded hope hoped wish wished');

/** Modal verbs: what follows them is possible, intended or required, not done. */
export const MODAL_VERBS = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'would', 'will', 'shall']);

/** Modals of obligation: "must not", "should not" prescribe rather than report. */
export const OBLIGATION_MODALS = new Set(['must', 'should', 'ought', 'shall']);

/** Comparison and superlative cues. */
export const COMPARISON_RE = /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse)\s+than\b|\b(?:most|least|largest|biggest|highest|lowest|first-ever|record|outweigh\w*|compared|surpass\w*|exceed\w*)\b|\b\w{3,}est\b/i;

/** Words that make a claim a forecast or a plan ("expects 350 jobs by 2030", "will open in 2027"). */
export const FORECAST_RE = /\b(?:will|would|could|shall|might|expects?|expected|plans?|planned|aims?|forecasts?|predicts?|predicted|projects?|projected|hopes?|due|scheduled|set to|on course|on track)\b/i;

/** Cause and effect cues. */
export const CAUSAL_RE = /\b(?:because|due to|caused|causing|led to|leads to|lead to|as a result|resulted in|result of|owing to|thanks to|triggered|therefore|so that|in order to|prompted)\b/i;

/** Site furniture and appeals that are never article content. */
export const BOILERPLATE_RE = new RegExp(
  // Every alternative starts at a word boundary, tested once for all of them.
  String.raw`\b(?:${[
    String.raw`sign up\b`, String.raw`subscrib\w*`, String.raw`newsletter\b`, String.raw`read more\b`,
    String.raw`download (?:the|our)\b.*\bapp\b`, String.raw`app[- ]?store\b`, String.raw`play[- ]?store\b`,
    String.raw`privacy policy\b`, String.raw`cookie`, String.raw`please support\b`, String.raw`support us\b`,
    String.raw`support (?:the|our)\b.*!$`, String.raw`donate (?:now|today|to us)\b`, String.raw`make a donation\b`,
    String.raw`(?:your|every|each|a small) contribution\b`, String.raw`your support\b`,
    String.raw`remind me later\b`, String.raw`not ready to support\b`, String.raw`by supporting\b`,
    String.raw`all rights reserved\b`, String.raw`follow us\b`, String.raw`share this\b`, String.raw`click here\b`,
    String.raw`no comments yet\b`, String.raw`related articles\b`, String.raw`try our\b`, String.raw`get started\b`,
    String.raw`dear readers\b`, String.raw`thank you for (?:reading|standing|your support)\b`,
    String.raw`in your mailbox\b`, String.raw`never miss\b`, String.raw`we need your help\b`,
    String.raw`explore what\b`, String.raw`start exploring\b`, String.raw`details to follow\b`,
  ].join('|')})`,
  'i',
);

/** Furniture that scrapers glue onto the start of the next sentence ("Read moreRussian President..."). */
export const GLUED_FURNITURE_RE = /^(?:Read more|Read also|Related|Advertisement|Share|Comments|Watch|Listen|Photo|Video)(?=\p{Lu})/u;
