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

  it('turns a ClaimBuster debate into paragraphs by run of lines, in line order, labelled when the speaker changes', () => {
    const csv = ['Sentence_id,Text,Speaker,File_id,Line_number', '7,We cut taxes.,Ann Lee,2000-01-02.txt,12', '5,"Jobs grew, by 3 percent.",Ann Lee,2000-01-02.txt,11',
      '8,Another night.,Bo Park,1999-01-01.txt,12', '9,That is wrong.,Bo Park,2000-01-02.txt,13', '10,Prices rose.,Bo Park,2000-01-02.txt,15',
      '11,We will fix it.,Ann Lee,2000-01-02.txt,16'].join('\n');
    const text = withScript('process.stdout.write(sc.debateText(input, "2000-01-02.txt"));', csv);
    assert.strictEqual(text, 'Ann Lee: Jobs grew, by 3 percent. We cut taxes.\n\nBo Park: That is wrong.\n\nPrices rose.\n\nAnn Lee: We will fix it.\n');
    assert.throws(() => withScript('sc.debateText(input, "2001-01-01.txt", "cb.csv");', csv), /cb\.csv holds no sentence of the debate 2001-01-01\.txt/);
    assert.throws(() => withScript('sc.debateText(input, "2000-01-02.txt", "cb.csv");', csv + '\n12,Hi.,Ann Lee,2000-01-02.txt,x'), /cb\.csv, row 8/);
  });

  it('turns a State of the Union record into one paragraph opened by the president, and names a malformed record', () => {
    const json = JSON.stringify({ year: 1901, name: 'Ann Lee', party: 'Whig', text: '  The budget grew by 4 percent. We hired 30 teachers.\n' });
    const address = JSON.parse(withScript('process.stdout.write(JSON.stringify(sc.addressText(input)));', json));
    assert.deepStrictEqual(address, { year: 1901, text: 'Ann Lee: The budget grew by 4 percent. We hired 30 teachers.\n' });
    assert.throws(() => withScript('sc.addressText(input, "1901_ann_lee.json");', JSON.stringify({ year: '1901', name: 'Ann Lee', text: 'x' })), /1901_ann_lee\.json: not \{"year", "name", "text"\}/);
  });

  it('names the line of a malformed transcript row instead of guessing', () => {
    assert.throws(() => withScript('sc.transcriptText(input, "x.tsv");', '1\tHOST\tHello.\t0\nnot a row'), /x\.tsv, line 2/);
  });

  it('accepts every committed set.json and rejects one without a source', () => {
    const dir = path.join(repo, 'eval/offtopic');
    const sets = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'set.json')));
    assert.ok(sets.length > 100);
    const sources = JSON.parse(withScript(`process.stdout.write(JSON.stringify(${JSON.stringify(sets)}.map((n) => sc.setSource(${JSON.stringify(dir)} + '/' + n))));`));
    assert.ok(sources.every((s: object) => 'bodies' in s || 'transcript' in s || 'debate' in s || 'address' in s));
    const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'corroborate-set-'));
    try {
      fs.writeFileSync(path.join(tmp, 'set.json'), JSON.stringify({ name: 'x', role: 'dev' }));
      assert.throws(() => withScript(`sc.setSource(${JSON.stringify(tmp)});`), /give "bodies".*"transcript".*"debate".*or "address"/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
