import * as assert from 'node:assert/strict';
import { buildCorpus, checkText, judgeStance, type Stance } from '../../../src/engine';
import { negationCues } from '../../../src/engine/text/analysis';
import { extractSpeaker } from '../../../src/engine/text/entities';
import { extractQuantities } from '../../../src/engine/text/quantities';

/**
 * False alarms: a conflict detector must only fire when the rival fact fills
 * the same slot (same counted thing, same dated event, same predicate
 * arguments). Each case pairs a trap with a control that must still conflict.
 */
describe('stance precision', () => {
  const notConflict = (claim: string, passage: string): void => {
    const r = judgeStance(claim, passage);
    assert.notEqual(r.stance, 'conflicts', r.reasons.join('; '));
  };
  const expectStance = (claim: string, passage: string, stance: Stance, reason?: string): void => {
    const r = judgeStance(claim, passage);
    assert.equal(r.stance, stance, r.reasons.join('; '));
    if (reason) assert.ok(r.reasons.some((x) => x.startsWith(`${reason}:`)), r.reasons.join('; '));
  };

  describe('opposite predicates need the same subject or object', () => {
    it('ignores an antonym that takes another subject and object', () => notConflict(
      'The council passed the budget by a 7-2 vote.',
      'The council sent the budget to the mayor with a 7-2 vote, ending a dispute that began when opponents blocked a zoning motion on Monday.',
    ));
    it('still catches an antonym with the same object', () => expectStance(
      'The council accepted the budget.', 'Opponents on the council rejected the budget.', 'conflicts', 'predicate'));
    it('opposes a light verb only through its direct antonyms', () => {
      // "gave" and "stands" meet only through senses of "yield"; "took" and "gave" are each other's antonyms.
      notConflict('It was the cafe staff who gave the statue the name Bernard.', 'The cafe staff named the statue Bernard, and it stands by the door.');
      expectStance('The council took the land from the Riverton farmers in 1998.', 'The council gave the land to the Riverton farmers in 1998.', 'conflicts', 'predicate');
    });
    it('reads the doer of a passive after "by"', () => notConflict(
      'Councillor Ana Ruiz stayed away from the gala although she was invited.',
      'The gala in Riverton was attended by upwards of 30 mayors from the region.',
    ));
  });

  describe('"one of" and "voted no"', () => {
    it('"one of the X" is membership, not a count', () => {
      assert.deepEqual(extractQuantities('Ana Ruiz was one of the councillors who voted no.'), []);
      expectStance('Ana Ruiz of Lakeside was one of the councillors who voted no.',
        'Two councillors voted no: Ana Ruiz of Lakeside and Tom Berg of Hillview.', 'supports');
    });
    it('"voted no" and "said no" negate nothing', () => {
      assert.deepEqual(negationCues('Two councillors voted no: Ruiz and Berg.'), []);
      assert.deepEqual(negationCues('The mayor said no.'), []);
      assert.equal(negationCues('There were no deadlines.').length, 1);
      notConflict('Two councillors voted no: Ana Ruiz of Lakeside and Tom Berg of Hillview.',
        'Only two councillors, Ana Ruiz of Lakeside and Tom Berg of Hillview, broke ranks to vote against the plan.');
    });
  });

  describe('numbers must count the same thing with the same participants', () => {
    it('a change of another thing is not a rival, the change of the same thing is', () => {
      const claim = 'Water use in the valley has climbed 12 percent, the annual report said.';
      const rivals = (text: string): string[] => checkText(claim, buildCorpus([{ path: 'board.md', text }]).corpus)[0].evidence.flatMap((e) => e.reasons).filter((r) => r.startsWith('number:'));
      assert.deepEqual(rivals('The Orlen Valley water board voted 6-3 on Tuesday to merge with the Tessby utility. Chair Marta Kovel said the merger would save money. '
        + 'Household bills are expected to rise by about 4 percent next year, the board said. The Tessby utility serves roughly 82,000 homes.'), []);
      expectStance(claim, 'Water use in the valley is up 4 percent, the annual report said.', 'conflicts', 'number');
    });
    it('an ordinal about another pair of people is not a rival', () => notConflict(
      'Mayor Diaz and Mayor Lund met on Thursday in their sixth meeting this year.',
      "The talks came shortly after Diaz's first direct meeting with Governor Helen Park in nearly three years.",
    ));
    it('an ordinal about the same pair still conflicts', () => expectStance(
      'Mayor Diaz and Mayor Lund met on Thursday in their fourth meeting this year.',
      'Mayor Diaz and Mayor Lund held their sixth meeting this year on Thursday.', 'conflicts', 'number'));
    it('catches two durations of one call in the same sentence', () => expectStance(
      'The mayors held a 30-minute phone call on Monday.', 'The mayors held a two-hour phone call on Monday.',
      'conflicts', 'number'));
    it('follows "The call lasted..." back to the sentence it continues', () => {
      const passage = 'Diaz and Lund spoke by phone on Thursday about the river. The call lasted almost an hour, aides said.';
      const focus = { start: passage.indexOf('The call'), end: passage.length };
      const r = judgeStance('Diaz and Lund spoke by phone on Thursday for about 90 minutes.', passage, focus);
      assert.equal(r.stance, 'conflicts', r.reasons.join('; '));
      assert.ok(r.reasons.includes('number: about 90 minutes vs almost an hour'), r.reasons.join('; '));
    });
    it('a hyphenated duration describes its noun, not how long something lasted', () => notConflict(
      "Riverton's ceasefire lasted 48 hours, residents said.",
      'Riverton declared a 72-hour ceasefire for the festival.',
    ));
    it('two figures swapped between the things they count conflict, in one sentence or two', () => {
      const claim = 'Osei said 43 towns have backed the river levy and 32 mayors signed the pledge.';
      const r = judgeStance(claim, 'As 32 towns have backed the river levy, so 43 mayors signed the pledge, Osei said.');
      assert.equal(r.stance, 'conflicts', r.reasons.join('; '));
      assert.ok(r.reasons.includes('number: 43 towns vs 32 towns'), r.reasons.join('; '));
      assert.equal(judgeStance(claim, 'Osei said 32 towns have backed the river levy. The pledge was signed by 43 mayors.').stance, 'conflicts');
      // The same pairs as the claim's agree.
      assert.notEqual(judgeStance(claim, 'As 43 towns have backed the river levy, so 32 mayors signed the pledge, Osei said.').stance, 'conflicts');
    });
    it('"a margin of 7 to 2" is the tally "7-2"', () => expectStance(
      'The council passed the plan by a 7-2 vote.', 'The council passed the plan on Tuesday by a margin of 7 to 2.', 'supports'));
  });

  describe('both sides negate alike', () => {
    it('the same negation, whatever it governs, is no conflict', () => notConflict(
      'Mayor Diaz has not made a public appearance since the flood.',
      'Mayor Diaz has not been seen in public since the flood, and aides are worried.',
    ));
    it('a light verb of the claim is asserted by no other verb of the sentence', () => notConflict(
      'Mayor Diaz has not made a public appearance since the flood.',
      'Mayor Diaz has not been seen in public since the flood, and her absence has prompted rumours about her health.',
    ));
    it('"refused to" on both sides agrees', () => notConflict(
      'Mayor Diaz refused to name the harbour contractors.',
      'Asked for the names of the harbour contractors, Mayor Diaz refused to provide them.',
    ));
    it('"did not confirm that" conflicts with "confirmed that"', () => expectStance(
      'Mayor Diaz did not confirm that the harbour talks had failed.', 'Mayor Diaz confirmed that the harbour talks had failed.',
      'conflicts', 'negation'));
    it('"cannot confirm that" ends its clause: the confirming is negated', () => notConflict(
      'Mayor Diaz said she could not confirm the harbour report.',
      'Mayor Diaz said: "I cannot confirm that and I hope the harbour report is wrong."',
    ));
  });

  describe('dates must date the same thing', () => {
    it('a fronted day dates the clause after the people it names', () => expectStance(
      'On Monday, the harbour spokesman, Ivo Marsh, admitted for the first time that the dredging had been halted.',
      'In a statement on Thursday, harbour spokesman Ivo Marsh acknowledged for the first time that the dredging had been halted.',
      'conflicts', 'date'));
    it('a rival weekday the claim also gives to another event is no conflict', () => notConflict(
      "The mayors spoke warmly about the river project during Monday's call, aide Rosa Kim said on Tuesday.",
      'The mayors discussed the river project during their call this week, aide Rosa Kim said Tuesday.',
    ));
    it('a weekday of another event is no conflict', () => notConflict(
      'On Thursday, Mayor Diaz issued a statement on the flood anniversary.',
      'Mayor Diaz said their call on Monday went very well, and the flood anniversary came up in public statements.',
    ));
    it('a statement date does not contradict an event date', () => notConflict(
      'Mayor Diaz and Mayor Lund congratulated each other on the anniversary, aide Rosa Kim told reporters on Friday.',
      'Mayor Diaz and Mayor Lund discussed the harbour during their call this week, aide Rosa Kim said Tuesday.',
    ));
    it('the same event on another weekday still conflicts', () => expectStance(
      "The mayors' talk on Sunday lasted almost an hour.", "The mayors' talk on Thursday lasted almost an hour, aides said.",
      'conflicts', 'date'));
  });

  describe('who said it', () => {
    it('quoted words must be quoted in the passage too', () => notConflict(
      '"She did say the river plan is working well," Diaz confirmed.',
      'The council responded to a report that Mayor Lund told reporters the river plan is working well.',
    ));
    it('names the speaker of the sentence that holds the quote', () => {
      const r = judgeStance('Mayor Diaz said: "the lanterns will return to the river next year."',
        'Councillor Berg opened the festival on Friday. Later, Mayor Vasquez said: "the lanterns will return to the river next year."');
      assert.equal(r.stance, 'conflicts', r.reasons.join('; '));
      assert.ok(r.reasons.includes('speaker: Mayor Diaz vs Mayor Vasquez'), r.reasons.join('; '));
    });
    it('a contracted pronoun opening a quotation is no name: the speaker follows the quote', () => {
      assert.equal(extractSpeaker('"We\'re not against the river plan," Vasquez said.')?.text, 'Vasquez');
      assert.equal(extractSpeaker('“They’ll reopen the bridge,” Mayor Diaz told reporters.')?.text, 'Mayor Diaz');
      const r = judgeStance('Mayor Lund told the council, "We\'re not against the river plan, we respect it."',
        '“We’re not against the river plan, we respect it,” Mayor Vasquez said at the meeting.');
      assert.ok(r.reasons.includes('speaker: Mayor Lund vs Mayor Vasquez'), r.reasons.join('; '));
    });
    it('a name inside the quotation is not its speaker; a name quoted alone is; a description may stand before an inverted speaker', () => {
      assert.equal(extractSpeaker('"Only those who pray will meet God," said Navkiran, in a later report.')?.text, 'Navkiran');
      assert.equal(extractSpeaker('"It is a long job now, but thank you, Harbour Rail," he told the reporter.'), undefined);
      assert.equal(extractSpeaker('A clerk, known only as “Ingrid,” warned a customer, the Ledger reports.')?.text, 'Ingrid');
      assert.equal(extractSpeaker('"It is fake," wrote the blog Harbourwatch, in its post.')?.text, 'Harbourwatch');
      assert.equal(extractSpeaker('"Nobody was hurt," wrote the blog Harbourwatch in a post.')?.text, 'Harbourwatch');
    });
    it('a pronoun between a name and the verb of saying is the speaker, not the name', () => {
      assert.equal(extractSpeaker('The harbour board is working with the Riverton Ferry Company, he said.'), undefined);
      assert.equal(extractSpeaker('Riverton, she told the council, will sell the depot.'), undefined);
      // Control: a name right before the verb, or before a description of it, is the speaker.
      assert.equal(extractSpeaker('The harbour board is working with the ferry company, Osei said.')?.text, 'Osei');
      const r = judgeStance('Canada is working with 60 ferry firms on the Riverton Harbour Plan, he said.', 'We are working with 60 ferry firms on the Riverton Harbour Plan.',
        undefined, undefined, 'Ama Osei');
      assert.equal(r.stance, 'supports', r.reasons.join('; '));
    });
    it('a speaker named by a part of the claim speaker\'s name is the same speaker', () => {
      const passage = '"They were told that only those who pay will be able to sail," said Rosa, in a report in the Ledger.';
      const r = judgeStance('Rosa Kim, the lawyer for the ferry crews, told the Ledger: "They were told that only those who pay will be able to sail."', passage);
      assert.ok(!r.reasons.some((x) => x.startsWith('speaker:')), r.reasons.join('; '));
      // Control: another person's name still disputes the speaker.
      const other = judgeStance('Ana Berg, the lawyer for the ferry crews, told the Ledger: "They were told that only those who pay will be able to sail."', passage);
      assert.ok(other.reasons.some((x) => x.startsWith('speaker:')), other.reasons.join('; '));
    });
    it('"according to" names the speaker only before any comma', () => {
      assert.equal(extractSpeaker('According to the story, Riverton Port spokeswoman Ana Berg issued a statement saying, "The ferry will sail."')?.text, 'Ana Berg');
      // Controls: the source right after "according to", or after a description of it.
      assert.equal(extractSpeaker('According to the Ledger, the ferry will sail.')?.text, 'Ledger');
      assert.equal(extractSpeaker('According to a statement from Ana Berg, the ferry will sail.')?.text, 'Ana Berg');
    });
    it('a participle of saying after a comma is said by the name that opens the sentence, not the nearest name', () => {
      assert.equal(extractSpeaker('Osei began by mourning Ana Berg, saying that neither the council nor the harbour was the same without her.')?.text, 'Osei');
      // Controls: a possessive opens a description of someone else; a sentence not opened by a name keeps the nearest.
      assert.equal(extractSpeaker('Osei\'s aide, Ana Berg, wrote from his account on Tuesday, saying he was well.')?.text, 'Ana Berg');
      assert.equal(extractSpeaker('The mayor praised Ana Berg, saying she had done well.')?.text, 'Ana Berg');
    });
    it('a people\'s adjective before a title names no rival speaker', () => {
      const r = judgeStance('Valdorian President Ana Brel said the troops had acted "with the full knowledge and agreement of" her government.',
        'The Somali president said the operation was carried out "with the full knowledge and agreement of" her government.');
      assert.ok(!r.reasons.some((x) => x.startsWith('speaker:')), r.reasons.join('; '));
    });
    it('words the claim says one person quoted from another are misattributed when the passage gives them to a third', () => {
      const passage = 'We must hold the line on spending. Harry Lindqvist once said that our safety and our hopes "rest not on walls or on weapons, but on the spread of trust between neighbours." I agree.';
      const r = judgeStance('Mayor Osei quoted Ama Berg as saying that safety and hopes rest on trust spreading between neighbours rather than on walls or weapons.', passage);
      assert.equal(r.stance, 'conflicts', r.reasons.join('; '));
      assert.ok(r.reasons.some((x) => x.startsWith('speaker: Ama Berg vs')), r.reasons.join('; '));
      // A claim that names that third person credits him somewhere ("told Lindqvist").
      const named = judgeStance('Mayor Osei told Lindqvist that Ama Berg said safety and hopes rest on trust spreading between neighbours rather than on walls or weapons.', passage);
      assert.ok(!named.reasons.some((x) => x.startsWith('speaker:')), named.reasons.join('; '));
    });
    it('a Title Case headline names no speaker', () => {
      assert.equal(extractSpeaker('Council Responds to Report That Diaz Told Press: "Plan Is Working"'), undefined);
    });
  });
});

describe('checker precision', () => {
  const corpusOf = (...texts: string[]) => buildCorpus(texts.map((text, i) => ({ path: `s${i}.md`, text }))).corpus;

  it('a weekday conflict is settled when another source gives the claim its day', () => {
    const monday = 'Mayor Diaz and Mayor Lund spoke by phone on Monday about the harbour, aides said.';
    const thursday = 'Mayor Diaz and Mayor Lund spoke by phone on Thursday about the river project.';
    const claim = 'Mayor Diaz and Mayor Lund spoke by phone on Thursday.';
    assert.equal(checkText(claim, corpusOf(monday))[0].verdict, 'contested');
    const both = checkText(claim, corpusOf(monday, thursday))[0];
    assert.notEqual(both.verdict, 'contested', JSON.stringify(both.evidence.map((e) => e.reasons)));
  });

  it('shows the passage centred on the sentence that states the figure', () => {
    const source = 'The council approved the plan on Tuesday after a long debate. The measure is 40 pages long and cleared the chamber early. '
      + 'Two members voted no: Ana Ruiz and Tom Berg. Every other member backed the plan after hours of talks.';
    const [finding] = checkText('The plan is 40 pages long.', corpusOf(source));
    const support = finding.evidence.find((e) => e.stance === 'supports');
    assert.ok(support, JSON.stringify(finding.evidence.map((e) => [e.stance, e.reasons])));
    const focus = source.slice(support.passage.focus.start, support.passage.focus.end);
    assert.match(focus, /40 pages/);
    const inPassage = support.passage.text;
    for (const h of support.highlights) assert.ok(h.start >= 0 && h.end <= inPassage.length && h.start < h.end);
  });
});
