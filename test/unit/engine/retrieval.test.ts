import * as assert from 'node:assert/strict';
import { buildCorpus, searchCorpus } from '../../../src/engine';

describe('retrieval ranking', () => {
  const { corpus } = buildCorpus([
    { path: 'budget.txt', text: 'The council debated the budget for hours. Members argued about roads and parks. The session ended late.' },
    { path: 'vote.txt', text: 'The council passed the budget in a 7-2 vote. Mayor Elena Vasquez praised the result. Two members objected.' },
    { path: 'parks.txt', text: 'Riverton parks will get new benches. The parks department ordered 40 benches. Work starts in spring.' },
  ]);
  const top = (q: string) => searchCorpus(corpus, q, 3)[0]?.source.id;

  it('a matching figure outweighs shared common words', () => {
    // vote.txt wins: it holds the figure 7-2, which weighs double, while budget.txt only shares "council" and "budget".
    assert.equal(top('council budget 7-2 vote'), 'vote.txt');
  });

  it('a matching name outweighs a common word', () => {
    // vote.txt wins: "Vasquez" is a rare capitalised name; "parks" is spread over two files.
    assert.equal(top('Did Vasquez like the parks?'), 'vote.txt');
  });

  it('the passage centred on the matching sentence ranks first', () => {
    // The passage whose focus is the benches sentence wins: focus words count double.
    const [hit] = searchCorpus(corpus, 'ordered 40 benches', 1);
    assert.equal(corpus.sources.find((s) => s.id === hit.passage.sourceId)!.text.slice(hit.passage.focus.start, hit.passage.focus.end),
      'The parks department ordered 40 benches.');
  });

  it('never lists overlapping passages of one source (no sentence twice)', () => {
    const hits = searchCorpus(corpus, 'council budget vote members parks benches', 10);
    for (const a of hits) {
      for (const b of hits) {
        if (a !== b && a.source === b.source) assert.ok(a.passage.end <= b.passage.start || b.passage.end <= a.passage.start);
      }
    }
  });

  it('scores are descending and limited', () => {
    const hits = searchCorpus(corpus, 'council budget', 2);
    assert.equal(hits.length, 2);
    assert.ok(hits[0].score >= hits[1].score);
  });
});
