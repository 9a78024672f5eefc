import * as assert from 'node:assert/strict';
import { detectClaims, formatForPath } from '../../../src/engine';

describe('documents and offsets', () => {
  const sentence = 'The Riverton council approved 12 new bus routes on Tuesday.';
  const cases: [string, string, 'markdown' | 'plaintext' | 'html'][] = [
    ['CRLF', `# Title\r\n\r\nIntro.\r\n\r\n${sentence}\r\n`, 'markdown'],
    ['tabs', `\tIndented\tnote\there.\n\n${sentence}`, 'plaintext'],
    ['emoji', `🚌🚌 Great news 🎉!\n\n${sentence} 🎉`, 'plaintext'],
    ['Cyrillic and CJK', `Совет утвердил план. 市议会批准了计划。\n\n${sentence}`, 'plaintext'],
    ['front matter', `---\ntitle: x\ndate: 2024-01-01\n---\n${sentence}`, 'markdown'],
    ['link', `See [the report](https://example.org/a?b=1). ${sentence}`, 'markdown'],
    ['html', `<html><body><h1>Title</h1><p>${sentence}</p><!-- note --></body></html>`, 'html'],
  ];
  for (const [label, text, format] of cases) {
    it(`keeps exact UTF-16 offsets with ${label}`, () => {
      const claim = detectClaims(text, format).find((c) => c.text.includes('bus routes'));
      assert.ok(claim, 'claim not found');
      assert.equal(claim.start, text.indexOf(sentence));
      assert.equal(claim.end, text.indexOf(sentence) + sentence.length);
      assert.equal(text.slice(claim.start, claim.end), claim.text);
    });
  }

  it('counts offsets after a BOM the way the editor does (BOM is one code unit)', () => {
    const text = `\uFEFF${sentence}`;
    const [claim] = detectClaims(text, 'plaintext');
    assert.equal(claim.start, 1);
    assert.equal(claim.text, sentence);
  });

  it('skips headings, code blocks, images and HTML comments', () => {
    const text = [
      '# The Riverton council approved 12 new bus routes on Tuesday',
      '',
      '```',
      'The Riverton council approved 13 new bus routes on Tuesday.',
      '```',
      '',
      '    The Riverton council approved 14 new bus routes on Tuesday.',
      '',
      '![The Riverton council approved 15 routes on Tuesday.](x.png)',
      '<!-- The Riverton council approved 16 new bus routes on Tuesday. -->',
    ].join('\n');
    assert.deepEqual(detectClaims(text, 'markdown'), []);
  });

  it('keeps link text but not the URL', () => {
    const text = 'The [Riverton council](https://example.org/99-routes) approved 12 new bus routes.';
    const [claim] = detectClaims(text, 'markdown');
    assert.ok(claim);
    assert.ok(!claim.reasons.some((r) => r.includes('99')), claim.reasons.join('; '));
  });

  it('picks a format from the file name', () => {
    assert.equal(formatForPath('a/b.MD'), 'markdown');
    assert.equal(formatForPath('x.html'), 'html');
    assert.equal(formatForPath('notes.txt'), 'plaintext');
  });
});
