// Transcripts: the speaker of a turn is named only in its opening label, and a claim that gives words to that
// speaker is judged on the words.
import * as assert from 'node:assert/strict';
import { buildCorpus, judgeStance, searchCorpus } from '../../../src/engine';
import { speakerAt, turnLabels } from '../../../src/engine/text/turns';
import { spokenBy } from '../../../src/engine/stance/attribution';
import { alignPassage, contextOf } from '../../../src/engine/stance/context';
import { negationDisagreement } from '../../../src/engine/stance/detectors/negation';
import { claimView, passageFor } from '../../../src/engine/stance/views';
import { TRANSCRIPT as transcript } from './fixtures';

describe('transcripts', () => {
  it('reads turn labels at paragraph starts and carries a speaker over unlabelled paragraphs', () => {
    assert.deepEqual(turnLabels(transcript).map((l) => l.speaker), ['MODERATOR', 'OSEI', 'VASQUEZ']);
    assert.equal(speakerAt(transcript, transcript.indexOf('We hired')), 'OSEI');
    assert.equal(speakerAt(transcript, transcript.indexOf('never')), 'VASQUEZ');
    // A capitalised word and a colon inside a paragraph is no label; a text without labels has no speakers.
    assert.equal(speakerAt('The report said: NOTE: nothing here.', 20), undefined);
  });

  it('reads a label written as a name in ordinary case, of two to four words or initials', () => {
    const text = 'Ama K. Osei: We hired thirty engineers.\n\nThe work began in May.\n\nInes Vasquez: We never did.\n\nBudget: a line that is no name.';
    assert.deepEqual(turnLabels(text).map((l) => l.speaker), ['Ama K. Osei', 'Ines Vasquez']);
    assert.equal(speakerAt(text, text.indexOf('The work')), 'Ama K. Osei');
    // A name capitalised again inside one of its words.
    const inner = "Kwame McAdoo: We hired thirty engineers.\n\nDara O'Neill-Reyes: We never did.\n\nLEE MACK: Yes.";
    assert.deepEqual(turnLabels(inner).map((l) => l.speaker), ['Kwame McAdoo', "Dara O'Neill-Reyes", 'LEE MACK']);
    // Windows line endings, and a label right after a front matter.
    assert.deepEqual(turnLabels('Ama Osei: We hired thirty.\r\n\r\nInes Vasquez: We never did.').map((l) => l.speaker), ['Ama Osei', 'Ines Vasquez']);
    assert.deepEqual(turnLabels('---\ntitle: Forum\n---\nAma Osei: We hired thirty.').map((l) => l.speaker), ['Ama Osei']);
    // A sentence that ends in a colon inside a paragraph is no label.
    assert.equal(speakerAt('Then the Mayor Said: we hired them.', 25), undefined);
    // An initial without its dot, inside the name only: "Figure A" is no speaker.
    const bare = 'Ama K Osei: We hired thirty engineers.\n\nFigure A: thirty engineers.\n\nInes B Vasquez: We never did.';
    assert.deepEqual(turnLabels(bare).map((l) => l.speaker), ['Ama K Osei', 'Ines B Vasquez']);
    assert.equal(judgeStance('Osei said the firm hired thirty engineers.', bare.slice(0, bare.indexOf('\n')), undefined, undefined, 'Ama K Osei').stance, 'supports');
  });

  it('gives each passage the speaker whose turn it starts in', () => {
    const { corpus } = buildCorpus([{ path: 'forum.txt', text: transcript }]);
    const hit = searchCorpus(corpus, 'hired thirty engineers', 1)[0];
    assert.equal(hit.passage.turn, 'OSEI');
  });

  it("takes a claim's attribution as stated by the turn of the speaker it names, and only that speaker's", () => {
    const passage = 'We hired thirty engineers for the work.';
    const claim = 'Osei said the council had hired thirty engineers for the work.';
    assert.equal(judgeStance(claim, passage, undefined, undefined, 'OSEI').stance, 'supports');
    // Another speaker's turn, or no transcript, leaves the attribution to be stated.
    assert.notEqual(judgeStance(claim, passage, undefined, undefined, 'VASQUEZ').stance, 'supports');
    assert.notEqual(judgeStance(claim, passage).stance, 'supports');
    // A speaker named with an initial is the turn's speaker too: no first name is left over to state.
    const initial = judgeStance('Ama K. Osei said the council had hired thirty engineers for the work.', passage, undefined, undefined, 'Ama K. Osei');
    assert.equal(initial.stance, 'supports', initial.reasons.join('; '));
  });

  it('takes a speaker described by his office or a pronoun at the claim\'s start ("The mayor said", "According to the mayor,", "She told") as the turn\'s speaker', () => {
    const passage = 'We hired thirty engineers for the work.';
    for (const claim of ['The mayor said the council had hired thirty engineers for the work.', 'According to the mayor, the council had hired thirty engineers for the work.',
      'She told lawmakers that the council had hired thirty engineers for the work.']) {
      const r = judgeStance(claim, passage, undefined, undefined, 'OSEI');
      assert.equal(r.stance, 'supports', `${claim}: ${r.reasons.join('; ')}`);
      // Outside a transcript the description is a word to state.
      const share = (turn?: string): number => Number(/states (\d+)%/.exec(judgeStance(claim, passage, undefined, undefined, turn).reasons.join(' '))?.[1]);
      assert.ok(share() < share('OSEI'), claim);
    }
    // A description that is no person ("the report") speaks for no one in the transcript.
    assert.notEqual(judgeStance('The report said the council had hired thirty engineers for the work.', passage, undefined, undefined, 'OSEI').stance, 'supports');
  });

  it('takes a description or a pronoun that closes the claim after a comma (", the mayor said.", ", he told lawmakers.") as the turn\'s speaker', () => {
    const passage = 'We have sent $200 million worth of aid to Peru.';
    for (const claim of ['Canada had sent $200 million in aid, the prime minister said.', 'Canada had sent $200 million in aid, he said.', 'Canada had sent $200 million in aid, she told lawmakers.']) {
      const r = judgeStance(claim, passage, undefined, undefined, 'OSEI');
      assert.equal(r.stance, 'supports', `${claim}: ${r.reasons.join('; ')}`);
      // Outside a transcript the speaker is no one the passage's "we" can be.
      assert.notEqual(judgeStance(claim, passage).stance, 'supports', claim);
    }
    // A description that is no person ("the report"), a verb followed by what was said, and a name are not the turn's speaker.
    for (const claim of ['Canada had sent $200 million in aid, the report said.', 'Canada had sent $200 million in aid, he said of Peru.', 'Canada had sent $200 million in aid, Vasquez said.']) {
      assert.notEqual(judgeStance(claim, passage, undefined, undefined, 'OSEI').stance, 'supports', claim);
    }
  });

  it('takes the speaker\'s own verb of saying inside what is attributed to him ("programs he described as wasteful") as the frame', () => {
    const passage = 'Next month the harbour board will close twelve wasteful programs.';
    const r = judgeStance('According to Osei, next month the harbour board will close twelve programs he described as wasteful.', passage, undefined, undefined, 'OSEI');
    assert.equal(r.stance, 'supports', r.reasons.join('; '));
    assert.match(r.reasons.join('; '), /states 100% of the claim/);
    // Control: a description given to someone else is still to be stated.
    const other = judgeStance('According to Osei, next month the harbour board will close twelve programs Vasquez described as wasteful.', passage, undefined, undefined, 'OSEI');
    assert.notEqual(other.stance, 'supports', other.reasons.join('; '));
  });

  it('takes whom the speaker addressed ("told the council that", "told lawmakers he") as the occasion, not as words to state', () => {
    const passage = 'We hired thirty engineers for the work.';
    for (const claim of ['Osei told the Riverton Council that the council had hired thirty engineers for the work.',
      'Osei told lawmakers they had hired thirty engineers for the work.', 'Osei reminded the audience that the council had hired thirty engineers for the work.']) {
      const r = judgeStance(claim, passage, undefined, undefined, 'OSEI');
      assert.equal(r.stance, 'supports', `${claim}: ${r.reasons.join('; ')}`);
    }
    // A body WordNet does not file as one ("assembly") is no other person whose deed the turn's "we" tells.
    const assembly = judgeStance('Osei told the Riverton Assembly that the council had hired thirty engineers for the work.', passage, undefined, undefined, 'OSEI');
    assert.notEqual(assembly.stance, 'conflicts', assembly.reasons.join('; '));
    // Words after the verb that are what was said, not to whom, are still to be stated: "the budget" is no one addressed.
    const stated = (claim: string): number => Number(/states (\d+)%/.exec(judgeStance(claim, passage, undefined, undefined, 'OSEI').reasons.join(' '))?.[1]);
    assert.equal(stated('Osei told lawmakers they had hired thirty engineers for the work.'), 100);
    assert.ok(stated('Osei said the budget they had hired thirty engineers for the work.') < 100);
    // After a verb of telling, what was said may open on a determiner, with no "that"; after "said", "lawmakers" is said.
    assert.equal(stated('He told lawmakers the thirty engineers were hired for the work.'), 100);
    assert.ok(stated('He said lawmakers and the thirty engineers were hired for the work.') < 100);
  });

  it("takes no support for a speaker's words from another speaker's turn that names neither the speaker nor any speech", () => {
    const passage = 'Ines Vasquez talks a lot about the dam. The council hired thirty engineers for the dam last spring.';
    const at = passage.indexOf('The council');
    const judge = (claim: string, turn: string) => judgeStance(claim, passage, { start: at, end: passage.length }, undefined, turn);
    const theirs = judge('Ines Vasquez said the council had hired thirty engineers for the dam after the floods closed the quarry road.', 'Ama Osei');
    assert.equal(theirs.stance, 'mentions');
    assert.ok(theirs.reasons.includes("in Ama Osei's words, not the claim's speaker's"), theirs.reasons.join('; '));
    // Stated nearly whole, with its figures, the words are the other speaker's.
    assert.deepEqual(judge('Ines Vasquez said the council had hired thirty engineers for the dam.', 'Ama Osei').reasons, ['speaker: Ines Vasquez vs Ama Osei']);
    // Not words that tell of the speaker's own deed ("she had hired"): another sentence about the council does not state them.
    assert.notEqual(judge('Ines Vasquez said she had hired thirty engineers for the dam.', 'Ama Osei').stance, 'conflicts');
    // The speaker's own turn supports, and so does a claim of what is said of someone ("is said to").
    assert.equal(judge('Ines Vasquez said the council had hired thirty engineers for the dam.', 'Ines Vasquez').stance, 'supports');
    const saidOf = judge('Ines Vasquez is said to have hired thirty engineers for the dam last spring.', 'Ama Osei');
    assert.ok(!saidOf.reasons.some((r) => r.startsWith('in Ama Osei')), saidOf.reasons.join('; '));
  });

  it("reads a claim that opens on a speaker's account (\"In Osei's telling\", \"By Osei's count\") as the speaker's words", () => {
    const passage = 'The council hired thirty engineers for the dam last spring.';
    for (const claim of ["In Osei's telling, the council hired thirty engineers for the dam last spring.", "By Osei's count, the council hired thirty engineers for the dam last spring."]) {
      const own = judgeStance(claim, passage, undefined, undefined, 'Ama Osei');
      assert.equal(own.stance, 'supports', own.reasons.join('; '));
      // Another speaker's turn does not state whose account it is.
      assert.notEqual(judgeStance(claim, passage, undefined, undefined, 'Ines Vasquez').stance, 'supports');
    }
  });

  it("reads a speaker's \"we\" as the country or body the claim makes the subject of the speaker's words", () => {
    const passage = 'We have sent $200 million worth of aid to Peru.';
    const judge = (claim: string, turn = 'Ama Osei') => judgeStance(claim, passage, undefined, undefined, turn);
    const ours = judge('Osei said Canada had sent $200 million in aid.');
    assert.equal(ours.stance, 'supports', ours.reasons.join('; '));
    // Not a place to set against the other place the sentence names either.
    assert.notEqual(judge('Osei said Canada had sent $200 million in aid.').stance, 'conflicts');
    // Another speaker's turn, a name that is what is done to ("Canada should be pressed"), and a person's name are not "we".
    assert.notEqual(judge('Osei said Canada had sent $200 million in aid.', 'Ines Vasquez').stance, 'supports');
    assert.notEqual(judgeStance('Osei said Canada should be pressed to send $200 million in aid.', 'We should press Peru to send $200 million in aid.', undefined, undefined, 'Ama Osei').stance, 'supports');
    assert.notEqual(judge('Osei said Bush had sent $200 million in aid.').stance, 'supports');
    // A name WordNet has for a person as well is the country's when a place is its first sense (a capital for its government).
    assert.equal(judge('Osei said Washington had sent $200 million in aid.').stance, 'supports');
  });

  it('reads a capital as its government or as "the nation\'s capital", and the body a speaker asks to act as "you"', () => {
    const turn = 'Ama Osei';
    const judge = (claim: string, passage: string) => judgeStance(claim, passage, undefined, undefined, turn);
    const government = 'Each year the Federal Government pays more than $15 million for the Riverton ferry crossings.';
    assert.equal(judge('According to Osei, Canberra pays upward of $15 million a year for the Riverton ferry crossings.', government).stance, 'supports');
    // Control: a name that is no national capital.
    assert.notEqual(judge('According to Osei, Osterby pays upward of $15 million a year for the Riverton ferry crossings.', government).stance, 'supports');
    const capital = 'Right here in our nation\'s capital, ferry thefts have been cut in half.';
    assert.equal(judge('Osei said ferry thefts in Canberra had been halved.', capital).stance, 'supports');
    const asked = 'Tonight I ask you for another $40 million for the Riverton ferry crossings.';
    assert.equal(judge('Osei asked Parliament for another $40 million for the Riverton ferry crossings.', asked).stance, 'supports');
    assert.equal(judge('Osei called on Parliament to find another $40 million for the Riverton ferry crossings.', 'Let us find another $40 million for the Riverton ferry crossings.').stance, 'supports');
    // Controls: the name is not the one asked, or the sentence is not turned to its audience.
    assert.notEqual(judge('Osei said Parliament asked for another $40 million for the Riverton ferry crossings.', asked).stance, 'supports');
    assert.notEqual(judge('Osei asked Parliament for another $40 million for the Riverton ferry crossings.', 'The board wants another $40 million for the Riverton ferry crossings.').stance, 'supports');
  });

  it("gives a deed that a speaker claims in his own voice to no other person, but lets two speakers say one thing", () => {
    const passage = 'I hired thirty engineers for the dam last spring.';
    const deed = judgeStance('Ines Vasquez hired thirty engineers for the dam last spring.', passage, undefined, undefined, 'OSEI');
    assert.equal(deed.stance, 'conflicts');
    assert.deepEqual(deed.reasons, ['speaker: Ines Vasquez vs OSEI']);
    // The speaker's own deed, words given to another ("Vasquez said that ..."), and a sentence reporting speech.
    assert.notEqual(judgeStance('Osei hired thirty engineers for the dam last spring.', passage, undefined, undefined, 'OSEI').stance, 'conflicts');
    assert.notEqual(judgeStance('Ines Vasquez said that the council hired thirty engineers for the dam last spring.', passage, undefined, undefined, 'OSEI').stance, 'conflicts');
    assert.notEqual(judgeStance('Ines Vasquez hired thirty engineers for the dam last spring.', 'You said I hired thirty engineers for the dam last spring.', undefined, undefined, 'OSEI').stance, 'conflicts');
    // A speech act the speaker claims as his own ("I promised") is his, whoever the claim gives it to.
    const promise = 'I promised to reopen the Elm Street library by March.';
    assert.deepEqual(judgeStance('Ines Vasquez promised to reopen the Elm Street library by March.', promise, undefined, undefined, 'OSEI').reasons, ['speaker: Ines Vasquez vs OSEI']);
    assert.equal(judgeStance('Osei promised to reopen the Elm Street library by March.', promise, undefined, undefined, 'OSEI').stance, 'supports');
  });

  it("takes a claim that opens on the speaker's name as the speaker's own account where the passage speaks in the first person", () => {
    const claim = 'Osei put the arsenal at 31,000 nuclear warheads based on land, at sea and in the air.';
    const firstPerson = "The next mayor will have to make some tough decisions. I'm prepared to make them. Well, today we have 13,000 strategic nuclear warheads, on land, on air and in the sea.";
    assert.deepEqual(judgeStance(claim, firstPerson, undefined, undefined, 'OSEI').reasons, ['number: 31,000 vs 13,000']);
    // No transcript turn, or another speaker's, leaves the name to be stated.
    assert.notEqual(judgeStance(claim, firstPerson).stance, 'conflicts');
    assert.notEqual(judgeStance(claim, firstPerson, undefined, undefined, 'VASQUEZ').stance, 'conflicts');
  });

  it('sees no disagreement in negation when the claim denies a deed to a named person the sentence does not name', () => {
    const passage = "These appointments are for life. And when the Mayor talks about liberals on the Bench, I wonder who he's talking about? Is he talking "
      + 'about a former Governor of the State, who is a former prosecutor, a Republican named Ed Warne, because I think Judge Ed Warne was an outstanding judge and I think most people do too.';
    const negations = (claim: string): number => {
      const view = claimView(claim);
      const spoken = spokenBy(view, 'OSEI') ?? view;
      const p = passageFor(passage);
      return negationDisagreement(contextOf(spoken, p, undefined, alignPassage(spoken, p), 'OSEI'))?.claimCues.length ?? 0;
    };
    assert.equal(negations('Osei noted that he had named more than 130 judges while Baker had never appointed one.'), 0);
    // A pronoun keeps the negation: it may be the speaker.
    assert.equal(negations('Osei noted that he had named more than 130 judges while he had never appointed one.'), 1);
  });
});
