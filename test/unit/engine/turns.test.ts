// Transcripts: the speaker of a turn is named only in its opening label, and a claim that gives words to that
// speaker is judged on the words.
import * as assert from 'node:assert/strict';
import { buildCorpus, judgeStance, searchCorpus } from '../../../src/engine';
import { speakerAt, turnLabels } from '../../../src/engine/text/turns';
import { TRANSCRIPT as transcript } from './fixtures';

describe('transcripts', () => {
  it('reads turn labels at paragraph starts and carries a speaker over unlabelled paragraphs', () => {
    assert.deepEqual(turnLabels(transcript).map((l) => l.speaker), ['MODERATOR', 'OSEI', 'VASQUEZ']);
    assert.equal(speakerAt(transcript, transcript.indexOf('We hired')), 'OSEI');
    assert.equal(speakerAt(transcript, transcript.indexOf('never')), 'VASQUEZ');
    // A capitalised word and a colon inside a paragraph is no label; a text without labels has no speakers.
    assert.equal(speakerAt('The report said: NOTE: nothing here.', 20), undefined);
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
});
