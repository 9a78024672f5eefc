// Hostile and unusual input at the engine's text level: floods that used to take quadratic time, line
// endings other than LF, invisible characters, impossible front matter and bytes that are not UTF-8 text.
// The size of each flood is chosen so the old code took a minute or more and the new code milliseconds:
// the generous mocha timeout fails a regression without making the test a stopwatch (figures come from
// `npm run fuzz`).
import * as assert from 'node:assert/strict';
import { buildCorpus, checkText, decodeSourceBytes, detectClaims, lineAndColumn, withoutSource } from '../../../src/engine';
import { hideInvisibles, readDocument } from '../../../src/engine/text/document';
import { memoizeByText } from '../../../src/engine/text/tokens';

const SOURCE = [
  '---',
  'title: House passes the budget bill',
  'outlet: Harbor Ledger',
  'date: 2025-07-03',
  '---',
  '',
  'The House passed the budget bill on Thursday by a vote of 218-214, after a night of talks.',
  '',
].join('\n');
const CLAIM = 'The House passed the budget bill on Thursday by a vote of 218-214.';

function verdictOf(draft: string, sourceText = SOURCE): string | undefined {
  const { corpus, problems } = buildCorpus([{ path: 'vote.md', text: sourceText }]);
  assert.deepEqual(problems, []);
  return checkText(draft, corpus, {}, 'markdown').find((f) => f.claim.text.includes('budget bill'))?.verdict;
}

describe('bad input: linear time on floods', function () {
  this.timeout(10_000);

  it('reads 200 KB of "[" in Markdown and of "<" in HTML (quadratic link and tag patterns before)', () => {
    for (const [text, format] of [['['.repeat(200_000), 'markdown'], ['<'.repeat(200_000), 'html'], ['![a]('.repeat(40_000), 'markdown'], ['<a'.repeat(100_000), 'html'], ['<script>'.repeat(25_000), 'html']] as const) {
      const doc = readDocument(text, format);
      assert.equal(doc.masked.length, text.length);
    }
  });

  it('splits 200 KB without a sentence end into sentences (compromise re-read its growing sentence before)', () => {
    for (const unit of ['```\n', 'a... ', 'A. B. ', '- - -\n']) {
      const text = `The council met on Monday. ${unit.repeat(Math.ceil(200_000 / unit.length))}The vote was 7-2.`;
      const { corpus, problems } = buildCorpus([{ path: 'flood.txt', text }]);
      assert.deepEqual(problems, []);
      for (const p of corpus.passages) assert.equal(corpus.sources[0].text.slice(p.start, p.end), p.text);
      assert.ok([...corpus.passages].some((p) => p.text.includes('The vote was 7-2.')), `the sentence after a flood of ${JSON.stringify(unit)}`);
    }
  });

  it('still reads links whose target has parentheses, and unclosed script elements', () => {
    const md = readDocument('See [the page](https://en.wikipedia.org/wiki/Foo_(bar)) now.', 'markdown');
    assert.ok(!md.masked.includes('wikipedia') && md.masked.includes('the page'), md.masked);
    const html = readDocument('<p>Kept.</p><script>var x = 1;</script><p>Also kept.</p><script>never closed', 'html');
    assert.ok(!html.masked.includes('var x') && html.masked.includes('Also kept'), html.masked);
  });

  it('splits 20,000 headings into their blocks (one scan of all headings per block before)', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `# Heading ${i}\n\nThe council met on day ${i}.`).join('\n\n');
    const doc = readDocument(text, 'markdown');
    assert.equal(doc.blocks.filter((b) => b.heading).length, 20_000);
    assert.equal(doc.blocks.filter((b) => !b.heading).length, 20_000);
  });

  it('gives line and column in a 200,000-line text per call without rescanning it', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `line ${i}`);
    const text = lines.join('\n');
    const starts: number[] = [];
    lines.reduce((at, line) => (starts.push(at), at + line.length + 1), 0);
    for (let i = 0; i < lines.length; i++) {
      assert.deepEqual(lineAndColumn(text, starts[i] + 2), { line: i + 1, column: 3 });
    }
  });
});

describe('the engine caches', function () {
  this.timeout(10_000);

  it('remember at most their limit, the recently used first', () => {
    let computed = 0;
    const memo = memoizeByText((text) => (computed++, text.length), 1_000);
    for (let i = 0; i < 220_000; i++) memo(`line ${i}`);
    assert.equal(computed, 220_000);
    computed = 0;
    for (let i = 220_000 - 400; i < 220_000; i++) memo(`line ${i}`);
    assert.equal(computed, 0, 'the most recent texts are remembered');
    memo('line 0');
    assert.equal(computed, 1, 'the oldest is forgotten');
  });

  it('keep no text longer than their size cap: a huge input is analysed each time, never pinned', () => {
    let computed = 0;
    const memo = memoizeByText((text) => (computed++, text.length), 1_000, 50);
    const huge = 'x'.repeat(51);
    memo(huge);
    memo(huge);
    assert.equal(computed, 2);
    memo('short');
    memo('short');
    assert.equal(computed, 3);
  });
});

describe('bad input: line endings', () => {
  it('counts LF, CRLF and a lone CR as line breaks, as VS Code does', () => {
    const text = 'a\nb\r\nc\rd';
    assert.deepEqual([0, 2, 5, 7].map((o) => lineAndColumn(text, o)), [
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });

  it('reads a CR-only draft: front matter is not a claim, and each claim is on its own line', () => {
    const draft = `---\rtitle: Week 2025 budget 218-214\rdate: 2025-07-04\r---\r\r${CLAIM}\r\rThe Senate will vote on the bill in 2026, officials said on Monday.\r`;
    const claims = detectClaims(draft, 'markdown');
    assert.deepEqual(claims.map((c) => [c.line, c.column, c.text]), [
      [6, 1, CLAIM],
      [8, 1, 'The Senate will vote on the bill in 2026, officials said on Monday.'],
    ]);
    assert.equal(verdictOf(draft), 'supported');
  });

  it('reads CR-only front matter of a source', () => {
    const { corpus, problems } = buildCorpus([{ path: 'cr.md', text: SOURCE.replace(/\n/g, '\r') }]);
    assert.deepEqual(problems, []);
    assert.equal(corpus.sources[0].meta.outlet, 'Harbor Ledger');
    assert.ok([...corpus.passages].every((p) => !p.text.includes('title:')));
  });
});

describe('bad input: invisible characters', () => {
  const HIDDEN = ['\u200B', '\u00AD', '\u200D', '\u2060', '\uFEFF'];

  it('moves them out of words at the same length, keeping line breaks and word edges in place', () => {
    assert.equal(hideInvisibles('vote of 21\u00AD8-214.\nNext'), 'vote of 218-214 .\nNext');
    assert.equal(hideInvisibles('a \u200B b'), 'a   b');
    assert.equal(hideInvisibles('plain text'), 'plain text');
    const text = `x ${'\u200B'.repeat(5)}y\r\nz`;
    assert.equal(hideInvisibles(text).length, text.length);
  });

  for (const ch of HIDDEN) {
    const name = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    it(`a ${name} inside "218-214" changes no verdict, in the draft or in the source`, () => {
      assert.equal(verdictOf(CLAIM), 'supported');
      const draft = CLAIM.replace('218-214', `21${ch}8-214`);
      assert.equal(verdictOf(draft), 'supported');
      const source = SOURCE.replace('218-214', `218${ch}-214`);
      assert.equal(verdictOf(CLAIM, source), 'supported');
    });
  }

  it('keeps offsets exact: claims slice the draft, passages slice the source at the file’s length', () => {
    const draft = `Intro.\n\n${CLAIM.replace('218', '2\u00AD18')}`;
    const source = SOURCE.replace('House', 'Hou\u200Bse');
    const { corpus } = buildCorpus([{ path: 'vote.md', text: source }]);
    assert.equal(corpus.sources[0].text.length, source.length);
    for (const f of checkText(draft, corpus, {}, 'markdown')) {
      assert.equal(draft.slice(f.claim.start, f.claim.end), f.claim.text);
      assert.ok(f.claim.text.includes('2\u00AD18'));
      for (const e of f.evidence) assert.equal(corpus.sources[0].text.slice(e.passage.start, e.passage.end), e.passage.text);
    }
  });
});

describe('bad input: front matter', () => {
  const load = (front: string) => buildCorpus([{ path: 'a.md', text: `---\ntitle: A\n${front}\n---\nThe council met on Monday.\n` }], ['root']);

  for (const date of ['2025-02-30', '2025-13-01', '2023-02-29', '2025-04-31', '2025-01-01garbage']) {
    it(`refuses the impossible date ${date}`, () => {
      const { problems, corpus } = load(`date: ${date}`);
      assert.equal(corpus.sources.length, 0);
      assert.match(problems[0]?.message ?? '', /date.*real date/);
    });
  }

  it('accepts real dates, leap days included', () => {
    assert.equal(load('date: 2024-02-29').corpus.sources[0]?.meta.date, '2024-02-29');
    assert.equal(load('date: 2025-07-03T10:00:00Z').corpus.sources[0]?.meta.date, '2025-07-03');
  });

  for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'command:workbench.action.terminal.new', 'file:///etc/passwd', 'vscode://x']) {
    it(`refuses the URL ${url} (only http and https reach reports and links)`, () => {
      const { problems, corpus } = load(`url: ${url}`);
      assert.equal(corpus.sources.length, 0);
      assert.match(problems[0]?.message ?? '', /url must be an http:\/\/ or https:\/\//);
    });
  }

  it('accepts web URLs', () => {
    assert.equal(load('url: https://example.org/a?b=1').corpus.sources[0]?.meta.url, 'https://example.org/a?b=1');
    assert.equal(load('url: http://intranet/story').corpus.sources[0]?.meta.url, 'http://intranet/story');
  });
});

describe('bad input: bytes', () => {
  const enc = new TextEncoder();

  it('finds binary content after the first 8 KB', () => {
    const bytes = new Uint8Array([...enc.encode('x'.repeat(20_000)), 0, 1, 2, 3]);
    const r = decodeSourceBytes('late.md', bytes);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.problem.message, /binary.*offset 20000/);
  });

  it('decodes UTF-16 with a byte-order mark (little- and big-endian) instead of calling it binary', () => {
    const text = 'The council met on Monday. Привет 🚌';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const be = new Uint8Array([0xfe, 0xff, ...new Uint8Array(Buffer.from(text, 'utf16le').swap16())]);
    assert.deepEqual(decodeSourceBytes('le.txt', le), { ok: true, text });
    assert.deepEqual(decodeSourceBytes('be.txt', be), { ok: true, text });
  });

  it('names UTF-16 without a byte-order mark instead of calling it binary', () => {
    const r = decodeSourceBytes('nobom.txt', new Uint8Array(Buffer.from('The council met on Monday.', 'utf16le')));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.problem.message, /UTF-16 text without a byte-order mark/);
  });
});

describe('a draft that is also in the corpus', () => {
  it('is not corroborated by itself once its own file is left out', () => {
    const draft = 'The harbour master, Lena Voss, will retire in June after 22 years in the job.\n';
    const { corpus } = buildCorpus([{ path: 'draft.md', text: draft }, { path: 'vote.md', text: SOURCE }]);
    assert.equal(checkText(draft, corpus)[0]?.verdict, 'supported', 'with itself in the corpus, it supports itself');
    const [finding] = checkText(draft, withoutSource(corpus, { root: 0, id: 'draft.md' }));
    assert.equal(finding?.verdict, 'unverified');
    assert.ok(finding.evidence.every((e) => e.source.id !== 'draft.md'));
  });
});
