// The off-topic evaluation sets rebuild their corpora from ../shared with scripts/set-corpus.mjs: each set.json
// names a source the script accepts, and a CLEF transcript becomes one paragraph per speaker's turn. The script is
// an ES module, so each case runs it in a child Node process.
import * as assert from 'assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../..');
const script = path.join(repo, 'scripts/set-corpus.mjs');

/** Runs `body` as an ES module with the script's exports in scope; returns its stdout, or throws with its stderr. */
function withScript(body: string, input = ''): string {
  const code = `import * as sc from ${JSON.stringify(script)};\nconst input = ${JSON.stringify(input)};\n${body}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

const stories = path.join(repo, 'scripts/set-stories.mjs');
const fncStances = path.join(repo, '../shared/data/fnc-1/train-split-ukp/train_stances.part90.csv');

describe('blind sets tell stories no other set tells (scripts/set-stories.mjs)', () => {
  it('finds the story of candidate bodies among the sets, and no final set shares its story', function () {
    if (!fs.existsSync(fncStances)) {
      console.log(`    (skipped: ${fncStances} not found; FNC-1's training stances are not present)`);
      this.skip();
    }
    // A body of the development set `science`'s story, which the round-32 helper used as if it were new.
    const found = spawnSync(process.execPath, [stories, '--bodies', '1622'], { encoding: 'utf8' });
    assert.equal(found.status, 0, found.stderr);
    assert.match(found.stdout, /the story of .*\bscience\b/);
    const run = spawnSync(process.execPath, [stories], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /0 share a story with another set/);
  });
});

describe('evaluation set corpora (scripts/set-corpus.mjs)', () => {
  it('turns a transcript into paragraphs by turn, labelled when the speaker changes, without stage lines', () => {
    const tsv = ['1\tHOST\tWelcome to the forum.\t0', '2\tHOST\tOur guest is the mayor.\t0', '3\tMAYOR\tThe budget grew by 4 percent.\t1',
      '4\tSYSTEM\t(APPLAUSE)\t0', '5\tMAYOR\tWe hired 30 teachers.\t1', '6\tHOST\tThank you.\t0'].join('\n');
    const text = withScript('process.stdout.write(sc.transcriptText(input));', tsv);
    assert.strictEqual(text, 'HOST: Welcome to the forum. Our guest is the mayor.\n\nMAYOR: The budget grew by 4 percent.\n\nWe hired 30 teachers.\n\nHOST: Thank you.\n');
  });

  it('names the line of a malformed transcript row instead of guessing', () => {
    assert.throws(() => withScript('sc.transcriptText(input, "x.tsv");', '1\tHOST\tHello.\t0\nnot a row'), /x\.tsv, line 2/);
  });

  it('accepts every committed set.json and rejects one without a source', () => {
    const dir = path.join(repo, 'eval/offtopic');
    const sets = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'set.json')));
    assert.ok(sets.length > 100);
    const sources = JSON.parse(withScript(`process.stdout.write(JSON.stringify(${JSON.stringify(sets)}.map((n) => sc.setSource(${JSON.stringify(dir)} + '/' + n))));`));
    assert.ok(sources.every((s: object) => 'bodies' in s || 'transcript' in s));
    const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'corroborate-set-'));
    try {
      fs.writeFileSync(path.join(tmp, 'set.json'), JSON.stringify({ name: 'x', role: 'dev' }));
      assert.throws(() => withScript(`sc.setSource(${JSON.stringify(tmp)});`), /give "bodies".*or "transcript"/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
