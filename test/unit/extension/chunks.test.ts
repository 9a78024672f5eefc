import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { linesBefore, paragraphChunks, rebaseFinding } from '../../../src/extension/chunks';
import { EngineSession } from '../../../src/extension/engineSession';

const workspace = path.resolve(__dirname, '../../../../test/fixtures/workspace');
const options = { minCheckworthiness: 0.5, maxEvidence: 3 };

describe('chunks (in-process fallback)', () => {
  it('cuts only at blank lines outside code fences and front matter, covering the text exactly', () => {
    const text = '---\ntitle: x\n\nmore: y\n---\n\nOne.\n\n```\ncode\n\ncode\n```\n\nTwo.\n\nThree.';
    const chunks = paragraphChunks(text, 1);
    assert.strictEqual(chunks[0].start, 0);
    assert.strictEqual(chunks[chunks.length - 1].end, text.length);
    for (let i = 1; i < chunks.length; i++) assert.strictEqual(chunks[i].start, chunks[i - 1].end, 'no gaps or overlaps');
    const cuts = chunks.slice(1).map((c) => c.start);
    for (const cut of cuts) {
      const before = text.slice(0, cut);
      assert.ok(before.endsWith('\n\n') || before.endsWith('\n'), 'cuts at a line start');
      assert.ok((before.match(/```/g) ?? []).length % 2 === 0, `not inside the fence (cut at ${cut})`);
      assert.ok(cut > text.indexOf('---\n\n'), 'not inside the front matter');
    }
  });

  it('counts the lines before an offset the way the engine numbers them', () => {
    assert.strictEqual(linesBefore('a\nb\r\nc', 0), 0);
    assert.strictEqual(linesBefore('a\nb\r\nc', 2), 1);
    assert.strictEqual(linesBefore('a\nb\r\nc', 6), 2);
    assert.strictEqual(linesBefore('a\rb\rc\nd', 6), 3, 'a lone CR ends a line too');
  });

  it('finds the same claims chunk by chunk as in one pass over the fixture draft', function () {
    if (!fs.existsSync(workspace)) this.skip();
    const corpusDir = path.join(workspace, 'corpus');
    const files = fs.readdirSync(corpusDir).map((name) => ({ path: name, root: 0, text: fs.readFileSync(path.join(corpusDir, name), 'utf8') }));
    const session = new EngineSession();
    session.setCorpus(files, [corpusDir]);
    const draft = fs.readFileSync(path.join(workspace, 'draft.md'), 'utf8');
    const whole = session.check(draft, 'markdown', options);
    const chunks = paragraphChunks(draft, 60);
    assert.ok(chunks.length > 2, 'the draft is cut into several blocks');
    const chunked = chunks.flatMap((c) =>
      session.check(draft.slice(c.start, c.end), 'markdown', options).map((f) => rebaseFinding(f, c.start, linesBefore(draft, c.start))),
    );
    assert.ok(whole.length > 0, 'the draft has claims');
    assert.deepStrictEqual(chunked, whole, 'same claims, offsets, ids, lines, verdicts and evidence');
  });
});
