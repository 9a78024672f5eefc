import * as assert from 'node:assert/strict';
import { buildCorpus, checkText, findInconsistencies, statesDifferently } from '../../../src/engine';

describe('consistency across drafts', () => {
  const { corpus } = buildCorpus([{ path: 'vote.md', text: 'The Brookhaven town council approved the ferry terminal by a 7-2 vote on Tuesday evening.' }]);
  const draft = (key: string, text: string) => ({ key, findings: checkText(text, corpus) });

  it('flags two drafts that state one fact differently, and names the passage that settles it', () => {
    const a = draft('a.md', 'The Brookhaven town council approved the ferry terminal by a 7-2 vote.');
    const b = draft('b.md', 'The Brookhaven town council approved the ferry terminal by a 6-3 vote.');
    const found = findInconsistencies([a, b], statesDifferently);
    assert.equal(found.length, 1);
    assert.equal(found[0].a.draft, 'a.md');
    assert.equal(found[0].b.draft, 'b.md');
    assert.match(found[0].reasons.join(), /7-2 vs 6-3/);
    assert.equal(found[0].settledBy?.side, 'a');
    assert.equal(found[0].settledBy?.evidence.source.id, 'vote.md');
  });

  it('leaves alone the same statement, statements within one draft, and unrelated statements', () => {
    const a = draft('a.md', 'The Brookhaven town council approved the ferry terminal by a 7-2 vote.');
    const same = draft('c.md', 'The Brookhaven town council approved the ferry terminal by a 7-2 vote.');
    const other = draft('d.md', 'Treasurer Maria Okafor said the project will cost $12.4 million.');
    const within = draft('e.md', 'The Brookhaven town council approved the ferry terminal by a 7-2 vote. The Brookhaven town council approved the ferry terminal by a 6-3 vote.');
    assert.deepEqual(findInconsistencies([a, same, other], statesDifferently), []);
    assert.deepEqual(findInconsistencies([within], statesDifferently), []);
  });

  it('says nothing settles it when the corpus backs neither statement', () => {
    const a = draft('a.md', 'The Westfield library will cost $2.5 million to repair, the mayor said.');
    const b = draft('b.md', 'The Westfield library will cost $7.5 million to repair, the mayor said.');
    const found = findInconsistencies([a, b], statesDifferently);
    assert.equal(found.length, 1);
    assert.equal(found[0].settledBy, undefined);
  });
});
