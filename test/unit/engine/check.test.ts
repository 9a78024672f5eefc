import * as assert from 'node:assert/strict';
import { buildCorpus, checkText } from '../../../src/engine';

describe('evidence lists', () => {
  const { corpus } = buildCorpus([
    {
      path: 'dam.txt',
      text: 'The Riverton council met on Monday. The council approved the dam plan in a 7-2 vote. '
        + 'Mayor Elena Vasquez praised the vote. The dam will cost $40 million. Work starts in spring.',
    },
    { path: 'parks.txt', text: 'The council planted trees near the dam offices. Gardeners worked all spring long.' },
  ]);
  const [finding] = checkText('The Riverton council approved the dam plan in a 7-2 vote.', corpus);

  it('shows no sentence twice: overlapping passages of one source are merged', () => {
    assert.ok(finding, 'no claim found');
    const bySource = finding.evidence.filter((e) => e.source.id === 'dam.txt');
    for (const a of bySource) {
      for (const b of bySource) {
        if (a === b || a.stance !== b.stance && a.stance !== 'mentions' && b.stance !== 'mentions') continue;
        assert.ok(a.passage.end <= b.passage.start || b.passage.end <= a.passage.start, 'overlapping passages kept');
      }
    }
  });

  it('keeps the passage whose central sentence states the match', () => {
    const top = finding.evidence[0];
    assert.equal(top.stance, 'supports');
    assert.match(top.passage.text.slice(top.passage.focus.start - top.passage.start, top.passage.focus.end - top.passage.start), /7-2 vote/);
  });

  it('leaves out passages related by vocabulary only', () => {
    // parks.txt shares "council" and "dam" (a mention by vocabulary) but no name, figure or date of the claim.
    assert.ok(!finding.evidence.some((e) => e.source.id === 'parks.txt'), JSON.stringify(finding.evidence.map((e) => e.reasons)));
  });
});

describe('a source that conflicts with a claim', () => {
  it('is never also listed as supporting it', () => {
    const filler = 'Residents filled the hall. The meeting ran late into the evening. Several speakers raised questions about parking.';
    const { corpus } = buildCorpus([{
      path: 'minutes.txt',
      text: `The Riverton council approved the dam plan in a 7-2 vote.\n\n${filler}\n\n${filler}\n\nThe Riverton council approved the dam plan in a 5-4 vote.`,
    }]);
    const [finding] = checkText('The Riverton council approved the dam plan in a 7-2 vote.', corpus);
    assert.ok(finding, 'no claim found');
    const stances = finding.evidence.filter((e) => e.source.id === 'minutes.txt').map((e) => e.stance);
    assert.ok(stances.includes('conflicts'), `the source conflicts: ${stances.join(', ')}`);
    assert.ok(!stances.includes('supports'), `and is not listed as support too: ${stances.join(', ')}`);
  });
});

describe('time frames: a source read against its own date', () => {
  const dated = (date: string, body: string) => ({ path: `${date}.md`, text: `---\ntitle: Harbour report\ndate: ${date}\n---\n${body}\n` });
  const only = (claim: string, date: string, body: string) => {
    const [finding] = checkText(claim, buildCorpus([dated(date, body)]).corpus);
    assert.ok(finding, `no claim found in "${claim}"`);
    return finding;
  };
  const harbour = ['2020-03-04', 'The harbour authority said the port handled 4.2 million containers this year.'] as const;
  const quay = ['2014-10-24', 'The quay reopened on Thursday after repairs, officials said.'] as const;
  const plan = ['2019-06-01', 'The port plans to open a second rail terminal in 2023, its planners said.'] as const;

  it('a relative year supports the year it stands for and conflicts with another, naming the phrase and the date', () => {
    const same = only('The port handled 4.2 million containers in 2020.', ...harbour);
    assert.equal(same.verdict, 'supported', JSON.stringify(same.evidence.map((e) => e.reasons)));
    assert.match(same.evidence[0].reasons.join('; '), /same: .*2020 \("this year" in a source dated 2020-03-04\)/);
    const other = only('The port handled 4.2 million containers in 2025.', ...harbour);
    assert.equal(other.verdict, 'contested');
    assert.equal(other.evidence[0].reasons[0], 'date: 2025 vs "this year" (2020, in a source dated 2020-03-04)');
  });

  it('a weekday is the day it stands for in the source', () => {
    assert.equal(only('The quay reopened on October 23 after repairs.', ...quay).verdict, 'supported');
    const wrong = only('The quay reopened on October 21 after repairs.', ...quay);
    assert.equal(wrong.verdict, 'contested');
    assert.match(wrong.evidence[0].reasons[0], /^date: October 21 vs "on Thursday" \(23 October 2014, in a source dated 2014-10-24\)$/);
  });

  it('"last week" is the seven days from the Monday before the source\'s week: a day outside it is contested, weakly', () => {
    // 24 October 2014 was a Friday: last week ran from Monday 13 to Sunday 19 October.
    const ferry = ['2014-10-24', 'The ferry service resumed last week after repairs, officials said.'] as const;
    const outside = only('The ferry service resumed on October 21 after repairs.', ...ferry);
    assert.equal(outside.verdict, 'contested');
    assert.equal(outside.evidence[0].reasons[0], 'date: October 21 vs "last week" (the week of 13–19 October 2014, in a source dated 2014-10-24)');
    assert.notEqual(only('The ferry service resumed on October 15 after repairs.', ...ferry).verdict, 'contested');
  });

  it('a source without front matter is dated by its dateline; a date inside a sentence is no dateline', () => {
    const wire = { path: 'wire.txt', text: `RIVERTON, Oct. 24, 2014 (Harbour Wire) - The council met.\n` };
    assert.equal(buildCorpus([wire]).corpus.sources[0].meta.date, '2014-10-24');
    const page = { path: 'quay.txt', text: `Quay reopens\n\nPublished: Friday, 24 October 2014\n\n${quay[1]}\n` };
    const wrong = checkText('The quay reopened on October 21 after repairs.', buildCorpus([page]).corpus)[0];
    assert.equal(wrong.verdict, 'contested');
    assert.match(wrong.evidence[0].reasons[0], /"on Thursday" \(23 October 2014, in a source dated 2014-10-24\)$/);
    const inSentence = { path: 'event.txt', text: `On Oct. 24, 2014, the quay reopened after repairs, officials said.\n` };
    assert.equal(buildCorpus([inSentence]).corpus.sources[0].meta.date, undefined);
  });

  it('a source written before the year a claim is about does not support it, and says why', () => {
    const forecast = only('The port opened a second rail terminal in 2023.', ...plan);
    assert.notEqual(forecast.verdict, 'supported');
    assert.ok(forecast.evidence.some((e) => e.reasons.includes('the source is dated 2019-06-01, before 2023')), JSON.stringify(forecast.evidence.map((e) => e.reasons)));
    // Control: without a date the same passage states the claim's year.
    const [undated] = checkText('The port opened a second rail terminal in 2023.', buildCorpus([{ path: 'plan.txt', text: plan[1] }]).corpus);
    assert.ok(undated.evidence.every((e) => !e.reasons.some((r) => r.includes('source is dated'))));
    // A claim that is itself a plan or a forecast is one an earlier source can state.
    const planned = only('The port plans to open a second rail terminal in 2023.', ...plan);
    assert.equal(planned.verdict, 'supported', JSON.stringify(planned.evidence.map((e) => e.reasons)));
  });

  it('a support reason never cites a year its passage does not contain without the phrase that stands for it', () => {
    const e = only('The port handled 4.2 million containers in 2020.', ...harbour).evidence[0];
    assert.ok(!e.passage.text.includes('2020'));
    for (const reason of e.reasons.filter((r) => r.startsWith('same:'))) assert.match(reason, /2020 \("this year"/);
  });
});

describe('weighing conflicts against support', () => {
  const claim = 'Mayor Lena Ortiz said the ferry timetable would change in May.';
  const other = { path: 'other.txt', text: 'Councillor Tom Reyes said the ferry timetable would change in May.' };
  const same = { path: 'same.txt', text: 'Mayor Lena Ortiz said the ferry timetable would change in May.' };
  const verdictOf = (...files: { path: string; text: string }[]) => checkText(claim, buildCorpus(files).corpus)[0];

  it('a lone conflict judged with less than high confidence is outweighed by a passage that supports the claim', () => {
    const alone = verdictOf(other);
    assert.equal(alone.verdict, 'contested');
    assert.ok(alone.evidence[0].confidence < 0.9, `confidence ${alone.evidence[0].confidence}`);
    const weighed = verdictOf(other, same);
    assert.equal(weighed.verdict, 'supported');
    const outweighed = weighed.evidence.find((e) => e.source.id === 'other.txt');
    assert.equal(outweighed?.stance, 'mentions');
    assert.match(outweighed?.reasons[0] ?? '', /^(?:name|speaker): .* \(outweighed: another source supports the claim\)$/);
  });

  it("a figure conflict is settled by another passage of the same source that supports the claim and states its figure", () => {
    const claim = 'Nearly $17 billion of the harbour tax cuts would go to households.';
    const cut = 'A further $2 billion cut in harbour tax on ferries will give more relief.';
    const stated = 'Almost $17 billion in harbour tax cuts will go to households.';
    const filler = 'The board met on the quay. The crews waited outside. The tide turned late. Gulls circled the cranes.';
    const speech = { path: 'speech.txt', text: `${stated} ${filler}\n\n${filler}\n\n${cut}` };
    const one = checkText(claim, buildCorpus([speech]).corpus)[0];
    assert.equal(one.verdict, 'supported', JSON.stringify(one.evidence.map((e) => [e.stance, e.reasons])));
    assert.ok(one.evidence.some((e) => e.reasons.some((r) => /^number: .* \(the same source states the claim's figure elsewhere\)$/.test(r))));
    // Control: two sources disagree; neither settles the other.
    const two = checkText(claim, buildCorpus([{ path: 'a.txt', text: stated }, { path: 'b.txt', text: cut }]).corpus)[0];
    assert.equal(two.verdict, 'contested', JSON.stringify(two.evidence.map((e) => [e.stance, e.reasons])));
  });

  it('a confident conflict stands against support', () => {
    const rejected = { path: 'rejected.txt', text: 'Last month the harbour board rejected the new ferry timetable.' };
    const approved = { path: 'approved.txt', text: 'Last month the harbour board gave its approval to the new ferry timetable.' };
    const finding = checkText('The harbour board approved the new ferry timetable last month.', buildCorpus([rejected, approved]).corpus)[0];
    assert.equal(finding.verdict, 'contested');
    assert.ok(finding.evidence.some((e) => e.stance === 'supports'), 'the supporting passage is listed');
  });
});
