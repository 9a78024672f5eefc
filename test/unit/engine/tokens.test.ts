import * as assert from 'node:assert/strict';
import { isContent, scanWords, tokenize } from '../../../src/engine/text/tokens';
import { contentNormAt } from '../../../src/engine/corpus/wordTable';
import { extractNames } from '../../../src/engine/text/entities';

/** The word pattern the scanner implements, as a regular expression: the reference it must agree with. */
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu;
const DOTTED_RE = /^(?:\p{L}\.)+$/u;

function reference(text: string): [number, number][] {
  return [...text.matchAll(WORD_RE)].map((m) => {
    const raw = m[0].endsWith('.') && !DOTTED_RE.test(m[0]) ? m[0].slice(0, -1) : m[0];
    return [m.index, m.index + raw.length];
  });
}

function scanned(text: string): [number, number][] {
  const out: [number, number][] = [];
  scanWords(text, (start, end) => out.push([start, end]));
  return out;
}

describe('word scanning', () => {
  it('finds the words of the word pattern, with marks, joiners, dotted abbreviations and surrogate pairs', () => {
    const texts = [
      'e\u0301cole café', 'U.S. u.k. a.b.c', "rock'n'roll it’s O'Neil.", '𝐀𝐁𝐂 abc 😀 x\u0301\u0302y', '\ud800 lone \udc00 x',
      'a.\u0301b', '3.5 4,000 $1.2bn', 'ﬁ ǅ Ⅻ ①', 'abc.', '...', "x'", 'x\u0300\u0300.y', 'Riverton’s 2.4% rise, e.g. today',
    ];
    for (const t of texts) assert.deepEqual(scanned(t), reference(t), JSON.stringify(t));
  });

  it('agrees with the word pattern on random strings of awkward characters', () => {
    const alphabet = ['a', 'B', '1', '.', "'", '’', ' ', '\u0301', '\ud835\udc00', '\ud800', '\udc00', '-', 'é', '٣', 'ß', '\n', '😀', 'Ⅻ', '\u200d'];
    let seed = 11;
    const random = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let i = 1 + Math.floor(random() * 12); i > 0; i--) t += alphabet[Math.floor(random() * alphabet.length)];
      assert.deepEqual(scanned(t), reference(t), JSON.stringify(t));
    }
  });

  it("gives the index each content word's normalised form, and '' for other words, as tokenize does", () => {
    const text = "The U.S. council's engineers were hiring; it's the engineers' plan, and a 40% rise.";
    for (let pass = 0; pass < 2; pass++) {
      for (const t of tokenize(text)) assert.equal(contentNormAt(text, t.start, t.end), isContent(t) ? t.norm : '', t.raw);
    }
  });
});

describe('content words', () => {
  it('gives object and reflexive pronouns no content, as it gives subject pronouns none', () => {
    const content = (text: string): string[] => tokenize(text).filter(isContent).map((t) => t.raw);
    assert.deepEqual(content('Osei worked to bring him home.'), ['Osei', 'worked', 'bring', 'home']);
    assert.deepEqual(content('Osei himself testified; the ferry was hers, not theirs.'), ['Osei', 'testified', 'ferry']);
    // Control: the country is a name, whatever its case.
    assert.deepEqual(content('The US ferry left.'), ['US', 'ferry', 'left']);
  });
});

describe('names at the start of a sentence', () => {
  it('takes no indefinite pronoun or quantifier opening a sentence for a name', () => {
    for (const s of ['None of the images has been verified.', 'Nobody came to the hearing.', 'Everyone left early.', 'Few voted.']) {
      assert.deepEqual(extractNames(s).map((n) => n.text), [], s);
    }
    assert.deepEqual(extractNames('Osei said nobody came.').map((n) => n.text), ['Osei']);
  });

  it("keeps a person's initials inside the name: one name, not two", () => {
    assert.deepEqual(extractNames('Ama K. Osei met Ines Vasquez.').map((n) => n.text), ['Ama K. Osei', 'Ines Vasquez']);
    assert.deepEqual(extractNames('The report quoted J. R. Mensah twice.').map((n) => n.text), ['J. R. Mensah']);
    // A capital without its full stop is no initial ("A" opens the sentence), and an initialism stays as it was.
    assert.deepEqual(extractNames('A Riverton aide met the U.S. Army.').map((n) => n.text), ['Riverton', 'U.S. Army']);
  });
});
