import * as assert from 'assert';
import { escapeMarkdown } from '../../../src/engine/text/markdown';
import { commandTarget, emphasise } from '../../../src/extension/markdownText';

/** What CommonMark shows for escaped text: each backslash-escaped punctuation character, literally. */
const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('hover Markdown (escaping and emphasis)', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '[click me](command:workbench.action.terminal.new)',
    '**bold** _it_ `code` # heading',
    '&lt; &#60; entity',
    'https://example.org/autolink',
    '$(alert) theme icon',
    '| a | b |',
  ];

  it('leaves no Markdown, HTML, entity, link or icon syntax active', () => {
    for (const text of hostile) {
      const md = escapeMarkdown(text);
      assert.ok(!/(^|[^\\])[<>[\]()*_`#&|$!]/.test(md), `every special character is escaped in ${md}`);
      assert.strictEqual(unescape(md), text, 'and the reader still sees the original text');
    }
  });

  it('collapses line breaks so corpus text cannot open a block', () => {
    assert.strictEqual(escapeMarkdown('one\n\n# two\n> three'), 'one \\# two \\> three');
  });

  it('emphasises highlight spans, merging overlaps, and escapes each piece', () => {
    const text = 'carry about 4,000 passengers <a day>';
    const md = emphasise(text, [
      { start: 6, end: 17 },
      { start: 12, end: 17 },
      { start: 29, end: 36 },
    ]);
    assert.strictEqual(md, 'carry **about 4\\,000** passengers **\\<a day\\>**');
  });

  it('ignores highlight spans outside the text', () => {
    assert.strictEqual(emphasise('abc', [{ start: 2, end: 10 }, { start: -1, end: 1 }]), 'abc');
  });
});

describe('command link targets', () => {
  it('carry any claim text inside a Markdown link destination and decode back to it', () => {
    const claims = ['Spending rose (by 4%) in 2024.', 'A ) ends it; a ( opens it', "It's *the* [best] <one>!", 'two\nlines\tand "quotes" \\ %20'];
    for (const claim of claims) {
      const target = commandTarget('corroborate.searchSources', claim);
      const link = `[Search sources](${target})`;
      // A CommonMark link destination without angle brackets: no spaces, no control characters, and no
      // unbalanced parentheses; ours has none at all, so the first ")" is the link's end.
      const m = /^\[Search sources\]\(([^()\s<>]+)\)$/.exec(link);
      assert.ok(m, `the link holds together for ${JSON.stringify(claim)}: ${link}`);
      assert.deepStrictEqual(JSON.parse(decodeURIComponent(m[1].replace(/^command:corroborate\.searchSources\?/, ''))), [claim]);
    }
  });
});
