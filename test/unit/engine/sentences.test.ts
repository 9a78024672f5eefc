import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../src/engine/text/sentences';

/** The sentences of `text` as strings, read back through their spans. */
function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('ends a sentence at a closing quotation mark before a capitalised word', () => {
    const text = 'The mayor ended her speech by saying, "The bridge stays open." Rather than voting, the council adjourned.';
    assert.deepEqual(sentencesOf(text), [
      'The mayor ended her speech by saying, "The bridge stays open."',
      'Rather than voting, the council adjourned.',
    ]);
  });

  it('handles curly quotes and keeps offsets exact across odd whitespace', () => {
    const text = 'He said \u201cYes.\u201d \t Then he left.';
    const spans = splitSentences(text);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['He said \u201cYes.\u201d', 'Then he left.']);
    assert.equal(spans[1].start, text.indexOf('Then'));
  });

  it('keeps a quote that continues the sentence, an abbreviation and a trailing attribution together', () => {
    // Controls: a comma inside the quote, a lower-case continuation, "U.S." before a capital, "asked" after a question.
    for (const text of [
      '"The bridge stays open," the mayor said on Friday.',
      'She called the plan "a disgrace." and left the room.',
      'Officials from the "U.S." Embassy attended the hearing.',
      '"Why now?" Mayor Lina Farouk asked the council.',
    ]) assert.deepEqual(sentencesOf(text), [text], text);
  });
});
