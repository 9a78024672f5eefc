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
