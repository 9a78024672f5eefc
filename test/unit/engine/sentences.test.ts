import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import { compromiseIsSentence, compromiseSplit, isSentence, splitSentences } from '../../../src/engine/text/sentences';
import { prng } from '../../prng';

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

  it('ends a sentence after a time, an initialism or a lone capital when a word that only opens a sentence follows', () => {
    assert.deepEqual(sentencesOf('Police arrived at about 6:40 p.m. The caller had waited an hour.'),
      ['Police arrived at about 6:40 p.m.', 'The caller had waited an hour.']);
    assert.deepEqual(sentencesOf('The motion was signed by 35 MPs. A vote is due next week.'),
      ['The motion was signed by 35 MPs.', 'A vote is due next week.']);
    assert.deepEqual(sentencesOf('Farms faced the same danger after World War I. In the early twenties prices fell.'),
      ['Farms faced the same danger after World War I.', 'In the early twenties prices fell.']);
    // Controls: a weekday after the time, an initial before a surname, and a quotation whose sentences compromise keeps together.
    assert.equal(sentencesOf('The show starts at 8 p.m. Friday in the main hall.').length, 1);
    assert.equal(sentencesOf('The prize went to Jane A. Thompson and her team.').length, 1);
    assert.equal(sentencesOf('"We sat on the porch. It was warm." She smiled.')[0], '"We sat on the porch. It was warm."');
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

  it('reads "No." after a lower-case word and before a figure as a rank, not a sentence end', () => {
    assert.deepEqual(sentencesOf('The survey ranked the Riverton ferry at No. 3 on its list. Osei was pleased.'),
      ['The survey ranked the Riverton ferry at No. 3 on its list.', 'Osei was pleased.']);
    // Controls: "No." inside a name, and a "No." that answers.
    assert.equal(sentencesOf('She was treated at the Riverton No. 2 Harbour Clinic.').length, 2);
    assert.equal(sentencesOf('Did the ferry sail? No. 40 passengers waited.').length, 3);
  });

  it("uses compromise's own splitter: the same sentences as its tokenizer gives, on every line of the shipped texts", () => {
    assert.equal(typeof compromiseSplit, 'function', 'compromise still exposes methods.one.tokenize.splitSentences');
    const files = shippedTexts();
    const squash = (sentences: string[]) => sentences.map((x) => x.replace(/\s+/g, '')).filter(Boolean);
    let lines = 0;
    for (const file of files) {
      for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim())) {
        const tokenizer = (nlp.tokenize(line).json() as { text: string }[]).map((x) => x.text);
        // The tokenizer's text rewrites a few characters (an em dash becomes a hyphen); boundaries are what count.
        const fold = (x: string[]) => squash(x).map((t) => t.replace(/[\u2013\u2014]/g, '-'));
        assert.deepEqual(fold(compromiseSplit(line, (nlp as unknown as { world(): unknown }).world())), fold(tokenizer), line);
        lines++;
      }
    }
    assert.ok(lines > 200, `${lines} lines compared`);
  });

  it("answers compromise's sentence-end test as compromise does, on every chunk of the shipped texts and on generated ones", () => {
    const tokenize = (nlp as unknown as { world(): { methods: { one: { tokenize: { isSentence: typeof isSentence } } }; model: { one: { abbreviations: Record<string, unknown> } } } }).world();
    assert.equal(tokenize.methods.one.tokenize.isSentence, isSentence, 'splitting asks ours');
    const abbreviations = tokenize.model.one.abbreviations;
    const chunks: string[] = [];
    tokenize.methods.one.tokenize.isSentence = (chunk, abbr) => { chunks.push(chunk); return isSentence(chunk, abbr); };
    try {
      for (const file of shippedTexts()) splitSentences(fs.readFileSync(file, 'utf8'));
    } finally {
      tokenize.methods.one.tokenize.isSentence = isSentence;
    }
    assert.ok(chunks.length > 200, `${chunks.length} chunks`);
    // Generated chunks end in every way the test reads: initials, acronyms, ellipses, abbreviations, spaces.
    const random = prng(7);
    const pieces = ['a', 'B', 'é', 'ı', '.', '.', ' ', ' ', '\t', '\u2026', '!', '?', 'Mr', 'etc', 'approx', 'U.S', '4', '('];
    for (let i = 0; i < 20_000; i++) {
      let chunk = '';
      for (let n = 1 + Math.floor(random() * 7); n > 0; n--) chunk += pieces[Math.floor(random() * pieces.length)];
      chunks.push(chunk);
    }
    for (const chunk of chunks) assert.equal(isSentence(chunk, abbreviations), compromiseIsSentence(chunk, abbreviations), JSON.stringify(chunk));
  });

  it("gives each of compromise's sentences its exact span, trimmed, however the whitespace runs", () => {
    const world = (nlp as unknown as { world(): unknown }).world();
    for (const text of ['One. \t Two?  Three!', 'He left at 5 p.m. on Friday.\u00a0 Then rain.  ', '  Lead space. And more\n\nThen more.']) {
      const expected = compromiseSplit(text, world).map((x) => x.trim()).filter(Boolean);
      const spans = splitSentences(text);
      assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), expected, text);
    }
  });
});

/** The texts the repository ships: the sample corpus, the held-out drafts and the test workspace's corpus. */
function shippedTexts(): string[] {
  const repo = path.resolve(__dirname, '../../../..');
  return ['corpus/sources', 'eval/heldout', 'test/fixtures/workspace/corpus'].flatMap((dir) =>
    fs.readdirSync(path.join(repo, dir)).filter((f) => /\.(md|txt)$/.test(f)).map((f) => path.join(repo, dir, f)),
  );
}
