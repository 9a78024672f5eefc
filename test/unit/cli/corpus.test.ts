import * as assert from 'assert';
import * as path from 'node:path';
import { loadCorpus } from '../../../src/cli/corpus';
import { nodeIo } from '../../../src/cli/node-io';
import { createProgress } from '../../../src/cli/progress';
import { run } from '../../../src/cli/run';
import { reportSchema } from '../../../src/engine/report/report';
import { fakeIo } from './fakeIo';

const root = path.resolve(__dirname, '../../../..');
const quiet = createProgress({ write: () => undefined }, false);

describe('shipped corpora', () => {
  it('the sample corpus in corpus/sources loads without problems, with front matter', async () => {
    const { corpus, problems } = await loadCorpus(nodeIo(), [path.join(root, 'corpus/sources')], quiet);
    assert.deepStrictEqual(problems, []);
    assert.ok(corpus.sources.length >= 10, `${corpus.sources.length} sources`);
    const withMeta = corpus.sources.filter((s) => s.meta.outlet && s.meta.date && s.meta.url?.startsWith('https://example.org/') && s.meta.reliability);
    assert.strictEqual(withMeta.length, corpus.sources.length - 1, 'every source but the plain-text one has full front matter');
    const plain = corpus.sources.find((s) => s.id.endsWith('.txt'));
    assert.strictEqual(plain?.meta.title, 'Kremlin says peace talks have no deadline');
  });

  it('the test workspace corpus loads, deriving the plain-text title', async () => {
    const { corpus, problems } = await loadCorpus(nodeIo(), [path.join(root, 'test/fixtures/workspace/corpus')], quiet);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(corpus.sources.find((s) => s.id === 'harbour-notes.txt')?.meta.title, 'Harbour notes for March');
  });

  it('the sample draft checks against the sample corpus with every verdict present', async () => {
    const io = nodeIo();
    let out = '';
    const code = await run(
      ['check', path.join(root, 'corpus/sample-draft.md'), '--corpus', path.join(root, 'corpus/sources'), '--format', 'json', '--fail-on', 'never'],
      { ...io, stdout: { write: (t) => void (out += t) }, stderr: { write: () => undefined } },
    );
    assert.strictEqual(code, 0);
    const verdicts = new Set(reportSchema.parse(JSON.parse(out)).files[0].claims.map((c) => c.verdict));
    assert.deepStrictEqual([...verdicts].sort(), ['contested', 'supported', 'unverified']);
  });
});

describe('cli progress', () => {
  it('draws progress only on a terminal or with --verbose', async () => {
    const files = { 'corpus/a.md': 'A title\n\nThe council approved the plan by a 7-2 vote on Tuesday.\n', 'd.md': 'The council approved the plan by a 7-2 vote on Tuesday.\n' };
    const plain = fakeIo(files);
    await run(['check', 'd.md', '--corpus', 'corpus'], plain);
    assert.strictEqual(plain.err(), '');
    const verbose = fakeIo(files);
    await run(['check', 'd.md', '--corpus', 'corpus', '--verbose'], verbose);
    assert.match(verbose.err(), /corroborate: reading corpus 1\/1\n/);
    const tty = fakeIo(files, { tty: true });
    await run(['check', 'd.md', '--corpus', 'corpus'], tty);
    assert.match(tty.err(), /\r\x1b\[K/);
  });
});
