import * as assert from 'node:assert/strict';
import { detectClaims, scoreSentence, uncheckedRuns } from '../../../src/engine';
import { HAND_WEIGHTS, pastAction, presentAction, sentenceFeatures } from '../../../src/engine/claims/detect';

describe('check-worthiness', () => {
  const claims: [string, string[]][] = [
    ['The council approved the budget in a 7-2 vote on Tuesday.', ['quantity', 'date']],
    ['Mayor Elena Vasquez said the bridge would cost $48 million.', ['entity', 'money', 'attribution']],
    ['Ticket sales rose by 15 percent because the weather was mild in Riverton.', ['percent', 'causal']],
    ['"We will finish on time," the director Omar Haddad told reporters.', ['quotation', 'attribution']],
    ['Riverton recorded its largest crowd since 1998.', ['comparison', 'date']],
    ['Peskova said there were no delays.', ['entity', 'attribution']],
    // A plan with a figure or a name in it is reported fact in a news draft, though "will" lowers the score.
    ['Around 50 workers will staff the new depot.', ['quantity']],
  ];
  for (const [text, kinds] of claims) {
    it(`claim: ${text}`, () => {
      const s = scoreSentence(text);
      assert.ok(s.claim, `score ${s.checkworthiness}: ${s.reasons.join('; ')}`);
      assert.ok(s.checkworthiness >= 0 && s.checkworthiness <= 1);
      for (const k of kinds) assert.ok(s.kinds.includes(k as never), `missing kind ${k}: ${s.kinds}`);
    });
  }

  const nonclaims = [
    'Here is what we know so far.',
    'It remains to be seen whether the council will agree.',
    'What happens next is anyone\'s guess.',
    'Few would have predicted this a year ago.',
    'Is the bridge worth it?',
    'We think the plan is great.',
    'Many people might disagree.',
    // A parenthetical "it seems" hedges the whole sentence; so does an impression ("seemed eager").
    'Tradition, it seems, still has the last word.',
    'Neither candidate seemed eager to yield the floor.',
    // The anchor relief needs an anchor: a plain outlook stays below the threshold.
    'It has been a strange week for everyone involved.',
    // A pronoun with a light verb says what the writer makes of it.
    'It makes for a gloomy picture.',
  ];
  for (const text of nonclaims) {
    it(`not a claim: ${text}`, () => {
      const s = scoreSentence(text);
      assert.ok(!s.claim, `score ${s.checkworthiness}: ${s.reasons.join('; ')}`);
    });
  }

  // Plain reports of a completed action: no name, no figure, yet an editor checks them.
  const plainReports = [
    'The city council rejected the plan.',
    'The board approved the merger after a long debate.',
    'Police arrested a suspect outside the stadium.',
    'The school district closed three libraries.',
    'The regulator fined the airline over late refunds.',
    'The ministry has banned the sale of fireworks.',
    'The proposal was rejected by the committee.',
  ];
  for (const text of plainReports) {
    it(`plain report is a claim: ${text}`, () => {
      const s = scoreSentence(text);
      assert.ok(s.claim, `score ${s.checkworthiness}: ${s.reasons.join('; ')}`);
      assert.ok(s.reasons.some((r) => r.startsWith('action: ')), s.reasons.join('; '));
    });
  }

  // Sentences that look like reports but assert nothing a source could confirm.
  const lookalikes = [
    'This is a terrible plan.',
    'It remains to be seen how voters will react.',
    'Nobody knows what the mayor will decide.',
    'Here is everything we learned this week.',
    'Few observers would have bet on this outcome.',
    'The council could reject the plan.',
    'Would the board have approved it without the vote?',
    'The plan could save a great deal of money.',
  ];
  for (const text of lookalikes) {
    it(`lookalike is not a claim: ${text}`, () => {
      const s = scoreSentence(text);
      assert.ok(!s.claim, `score ${s.checkworthiness}: ${s.reasons.join('; ')}`);
    });
  }

  const actions: [string, string | undefined][] = [
    ['The city council rejected the plan.', 'rejected'],
    ['The senator voted against the bill.', 'voted'],
    ['The proposal was rejected by the committee.', 'rejected'],
    ['Few would have predicted this a year ago.', undefined], // under a modal: not an action that happened
    ['Reports said the talks were over.', undefined], // speech and "be" are not actions
    ['It remains to be seen.', undefined],
    ['The plan was rejected again.', 'rejected'], // a passive without an agent, a noun its subject
    ['It was rejected again.', undefined],
    ['Somers was snatched outside a supermarket in the capital.', 'snatched'], // a passive with where it happened
    ['The song was recorded in a single afternoon.', 'recorded'],
    // A bare verb after "did", negated or not, is past as its past tense is.
    ['The harbour board did not approve the levy.', 'approve'],
    ['The skipper didn\'t sign the logbook.', 'sign'],
    ['The harbour board may not approve the levy.', undefined],
    // An event with no object, its subject a noun right before it.
    ['Ticket sales for the regatta have climbed sharply.', 'climbed'],
    ['It happened very quickly.', undefined],
  ];
  for (const [text, verb] of actions) {
    it(`past action of "${text}" is ${verb ?? 'none'}`, () => assert.equal(pastAction(text), verb));
  }

  // What a measure or a body does, in the present tense, is an action too; states of mind and copulas are not.
  const present: [string, string | undefined][] = [
    ['The levy permanently lowers fees on boats and bikes.', 'lowers'],
    ['The charter raises the council spending cap.', 'raises'],
    ['This seems a fair deal for the town.', undefined],
    ['The plan is a fair deal for the town.', undefined],
    ['Everyone wants a fair deal for the town.', undefined],
    // Possession is a state, whatever the subject.
    ['Tradition still has a vote in the valley.', undefined],
    ['The ferry still carries a vote in the valley.', 'carries'], // control: a real present action
    ['The levy does not lower fees on boats.', 'lower'],
    ['Tradition does not have a vote in the valley.', undefined], // still a state
  ];
  for (const [text, verb] of present) {
    it(`present action of "${text}" is ${verb ?? 'none'}`, () => assert.equal(presentAction(text), verb));
  }

  it('makes a plain present-tense report of what a measure does a claim, but not commentary', () => {
    assert.ok(scoreSentence('The levy permanently lowers fees on boats and bikes.').claim);
    assert.ok(!scoreSentence('This makes sense to me.').claim);
    assert.ok(!scoreSentence('Whether that holds is another matter.').claim);
  });

  it('takes a capitalised opener that WordNet knows as a common word for no name, and "an old one" for no figure', () => {
    assert.equal(sentenceFeatures('Anger, by all accounts, spread quickly.').values.entity, 0);
    assert.equal(sentenceFeatures('Peskova, by all accounts, spoke quickly.').values.entity, 1);
    // A name opening the sentence in the possessive is a name all the same.
    assert.equal(sentenceFeatures("Norway's ferry board approved the levy.").values.entity, 1);
    assert.equal(sentenceFeatures("Anger's roots, by all accounts, run deep.").values.entity, 0);
    assert.equal(sentenceFeatures('The complaint is a familiar one.').values.figure, 0);
    assert.equal(sentenceFeatures('The complaint came from one resident.').values.figure, 1);
    assert.ok(!scoreSentence('The complaint is a familiar one.').claim);
    // The generic "one", and "first" or "second" as an adverb, count nothing a source could confirm.
    for (const text of ['One can only hope the ending is a happy one.', 'It is a grim tale, and not an easy one to read.',
      'The numbers landed hard, whatever one makes of them.', 'Anyone tempted to share it might first take a look at the source.',
      'It is a lesson for anyone who shares first and asks questions later.', 'Few gadgets arrive as their designers first imagined them.']) {
      assert.equal(sentenceFeatures(text).values.figure, 0, text);
    }
    assert.equal(sentenceFeatures('Across from that desk stands a second, similar table.').values.figure, 1);
    assert.equal(sentenceFeatures('The first ferry left at dawn.').values.figure, 1);
    // A sentence that leaves its outcome open asserts nothing, whatever it names.
    assert.ok(!scoreSentence('Whether the Riverton levy survives the council remains to be seen.').claim);
    assert.ok(!scoreSentence('Time will tell how much of the Osei plan survives the council.').claim);
    assert.ok(scoreSentence('The Riverton levy survived the council vote.').claim);
    // What a third party said is reported fact in a news draft; the writer's own saying is not.
    assert.ok(scoreSentence('Witnesses said the hall was nearly empty by then.').claim);
    assert.ok(!scoreSentence('I said the hall was nearly empty by then.').claim);
  });

  it('reads the month "May" as a date, not as the hedge "may"', () => {
    const f = sentenceFeatures('The festival opens on May 8.');
    assert.equal(f.values.hedge, 0);
    assert.equal(f.values.date, 1);
    assert.equal(sentenceFeatures('The festival may open later.').values.hedge, 1);
  });

  it('counts speech as attribution only when someone other than the writer or reader speaks', () => {
    const own = sentenceFeatures('I have always said we need more buses.');
    assert.equal(own.values.attribution, 0);
    assert.equal(own.values.personal, 1);
    const sourced = sentenceFeatures('The mayor said we need more buses.');
    assert.equal(sourced.values.attribution, 1);
    assert.equal(sourced.values.personal, 0);
  });

  it('never reads "not" or "ad" as a verb of saying, though the stemmer gives them the stems of "noted" and "added"', () => {
    assert.equal(sentenceFeatures('The ferry did not sail on Sunday.').values.attribution, 0);
    assert.equal(sentenceFeatures('The ad ran in three papers.').values.attribution, 0);
    assert.equal(sentenceFeatures('The harbour master noted the delay.').values.attribution, 1);
    assert.equal(sentenceFeatures('The harbour master added that the ferry was late.').values.attribution, 1);
  });

  it('reads capitalised pronouns as personal but "US" as a country', () => {
    assert.equal(sentenceFeatures('We think the plan is sound.').values.personal, 1);
    assert.equal(sentenceFeatures('The US imposed new tariffs on steel.').values.personal, 0);
  });

  it('scores with the weights it is given, so hand and fitted weights can be compared', () => {
    const text = 'The city council rejected the plan.';
    const zero = Object.fromEntries(Object.keys(HAND_WEIGHTS).map((k) => [k, 0])) as typeof HAND_WEIGHTS;
    assert.equal(scoreSentence(text, 0.5, zero).checkworthiness, 0.5);
    assert.equal(scoreSentence(text, 0.5, { ...zero, pastAction: 2 }).checkworthiness, 0.881);
    assert.deepEqual(scoreSentence(text, 0.5, { ...zero, pastAction: 2 }).reasons, ['action: rejected']);
  });

  it('claims carry exact offsets, line and column', () => {
    const text = 'Intro line.\n\nThe Riverton council approved 12 new bus routes.';
    const [c] = detectClaims(text);
    assert.equal(text.slice(c.start, c.end), c.text);
    assert.equal(c.line, 3);
    assert.equal(c.column, 1);
    assert.equal(c.id, `c${c.start}`);
  });
});

describe('fragments are no claims', () => {
  it('skips one- and two-word lines however many, and keeps a short sentence of three words or more', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n');
    assert.deepEqual(detectClaims(lines, 'html'), []);
    assert.deepEqual(detectClaims(Array.from({ length: 2000 }, (_, i) => `# Heading ${i}`).join('\n'), 'plaintext'), []);
    const [claim] = detectClaims('Smith co-founded Vice in 1994.');
    assert.equal(claim?.text, 'Smith co-founded Vice in 1994.');
  });

  it('skips a run of more than 120 words without a sentence end, and keeps a long sentence of real length', () => {
    const clause = 'the Riverton council voted 7 to 2 on Monday to raise the harbour levy by 4 percent';
    const runOn = Array.from({ length: 8 }, () => clause).join(' and ');
    assert.ok(runOn.split(' ').length > 120);
    assert.deepEqual(detectClaims(`${runOn}.`), []);
    const long = `In a statement on Monday, ${clause} and to spend the $3 million it brings on dredging the channel by 2027.`;
    assert.equal(detectClaims(long).length, 1);
  });

  it('names each run too long to check, with its position and word count, and nothing else', () => {
    const clause = 'the Riverton council voted 7 to 2 on Monday to raise the harbour levy by 4 percent';
    const runOn = Array.from({ length: 8 }, () => clause).join(' and ');
    const text = `# Levy\n\nThe council met on Monday.\n\n${runOn}.\n\nIt voted again in June.\n`;
    const runs = uncheckedRuns(text, 'markdown');
    assert.equal(runs.length, 1);
    const [run] = runs;
    assert.equal(text.slice(run.start, run.end), `${runOn}.`);
    assert.deepEqual([run.line, run.column, run.words], [5, 1, runOn.split(' ').length]);
    assert.match(run.reason, /^\d+ words without a sentence end; .* at most 120 words$/);
    assert.deepEqual(uncheckedRuns(`In a statement on Monday, ${clause}.`), []);
  });
});
