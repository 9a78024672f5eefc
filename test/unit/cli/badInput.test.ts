// The command line against hostile folders and inputs: symbolic-link loops, a folder given twice, links
// out of the corpus, invalid globs, a draft that is also a source, unreadable folders and JSON Lines with
// one bad line. Folders with links are real temporary folders; nothing under the repository is touched.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIo } from '../../../src/cli/io';
import { nodeIo } from '../../../src/cli/node-io';
import { run } from '../../../src/cli/run';
import { reportSchema, type Report } from '../../../src/engine/report/report';
import { fakeIo } from './fakeIo';

const VOTE = `---
title: Council backs the harbour plan
date: 2026-03-10
---

The Brookhaven town council approved the harbour plan by a 7-2 vote on Tuesday evening.
`;
const SUPPORTED = 'The Brookhaven town council approved the harbour plan by a 7-2 vote on Tuesday evening.';
const UNVERIFIED = 'The harbour master, Lena Voss, will retire in June after 22 years in the job.';

/** Runs the CLI on the real file system with the working directory at `cwd`, capturing the output. */
async function runIn(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { ...nodeIo(), stdout: { write: (t) => void (out += t) }, stderr: { write: (t) => void (err += t) } };
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await run(argv, io), out, err };
  } finally {
    process.chdir(before);
  }
}

function report(out: string): Report {
  return reportSchema.parse(JSON.parse(out));
}

describe('cli: folders with links, twice-given folders and drafts inside the corpus', function () {
  this.timeout(20_000);
  let tmp: string;

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
    fs.mkdirSync(path.join(tmp, 'corpus/a'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'corpus/a/vote.md'), VOTE);
    fs.writeFileSync(path.join(tmp, 'draft.md'), `${SUPPORTED}\n`);
  });

  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('walks a link loop once (a/up -> .., a/self -> ../a grew exponentially before)', async () => {
    fs.symlinkSync('..', path.join(tmp, 'corpus/a/up'));
    fs.symlinkSync('../a', path.join(tmp, 'corpus/a/self'));
    const { code, out, err } = await runIn(tmp, 'check', 'draft.md', '--corpus', 'corpus', '--format', 'json');
    assert.strictEqual(code, 0, err);
    const claim = report(out).files[0].claims.find((c) => c.text === SUPPORTED);
    assert.strictEqual(claim?.verdict, 'supported');
    assert.deepStrictEqual(claim.evidence.map((e) => e.source), ['a/vote.md'], 'the source is read once');
    assert.match(err, /note: corpus\/a\/self leads back to corpus\/a \(a link loop or a second link\); walked once/);
    assert.match(err, /note: corpus\/a\/up leads back to corpus/);
  });

  it('reads a folder given twice once, and says so', async () => {
    const { code, out, err } = await runIn(tmp, 'check', 'draft.md', '--corpus', 'corpus', '--corpus', './corpus/', '--format', 'json');
    assert.strictEqual(code, 0, err);
    const claim = report(out).files[0].claims.find((c) => c.text === SUPPORTED);
    assert.strictEqual(claim?.evidence.length, 1, 'the evidence is not duplicated');
    assert.match(err, /note: \.\/corpus\/ was already read \(as corpus\); read once/);
  });

  it('reads a folder inside another folder given once, in either order, and says so', async () => {
    const outer = await runIn(tmp, 'check', 'draft.md', '--corpus', 'corpus', '--corpus', 'corpus/a', '--format', 'json');
    assert.strictEqual(report(outer.out).files[0].claims[0].evidence.length, 1);
    assert.match(outer.err, /note: corpus\/a was already read \(as corpus\/a\); read once/);
    const inner = await runIn(tmp, 'check', 'draft.md', '--corpus', 'corpus/a', '--corpus', 'corpus', '--format', 'json');
    assert.strictEqual(report(inner.out).files[0].claims[0].evidence.length, 1);
    assert.match(inner.err, /note: corpus\/a was already read \(as corpus\/a\); read once/);
  });

  it('reads a file reached through two links once, and says so', async () => {
    fs.symlinkSync('vote.md', path.join(tmp, 'corpus/a/vote-link.md'));
    const { code, out, err } = await runIn(tmp, 'check', 'draft.md', '--corpus', 'corpus', '--format', 'json');
    assert.strictEqual(code, 0, err);
    assert.deepStrictEqual(report(out).files[0].claims[0].evidence.map((e) => e.source), ['a/vote-link.md']);
    assert.match(err, /note: corpus: 1 file already reached another way .* read once/);
  });

  it('follows a link that leaves the corpus folder, and says where it leads', async () => {
    fs.mkdirSync(path.join(tmp, 'wires'));
    fs.writeFileSync(path.join(tmp, 'wires/extra.md'), '# Wire\n\nThe harbour master, Lena Voss, will retire in June after 22 years in the job.\n');
    fs.symlinkSync(path.join(tmp, 'wires'), path.join(tmp, 'corpus/wires'));
    fs.writeFileSync(path.join(tmp, 'draft.md'), `${UNVERIFIED}\n`);
    const { out, err } = await runIn(tmp, 'check', 'draft.md', '--corpus', 'corpus', '--format', 'json');
    assert.strictEqual(report(out).files[0].claims[0].verdict, 'supported');
    assert.match(err, new RegExp(`note: corpus/wires is a link to ${fs.realpathSync(path.join(tmp, 'wires')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, outside corpus; followed`));
  });

  it('does not let a draft inside the corpus corroborate itself', async () => {
    fs.writeFileSync(path.join(tmp, 'corpus/draft.md'), `${UNVERIFIED}\n`);
    const inside = await runIn(tmp, 'check', 'corpus/draft.md', '--corpus', 'corpus', '--format', 'json');
    const claim = report(inside.out).files[0].claims[0];
    assert.strictEqual(claim.verdict, 'unverified', inside.out);
    assert.ok(claim.evidence.every((e) => e.source !== 'draft.md'));
    assert.match(inside.err, /note: corpus\/draft\.md is also in the corpus \(corpus\/draft\.md\); checked against the other sources/);
    // Reached through a link, it is still the same file.
    fs.symlinkSync(path.join(tmp, 'corpus/draft.md'), path.join(tmp, 'linked-draft.md'));
    const linked = await runIn(tmp, 'check', 'linked-draft.md', '--corpus', 'corpus', '--format', 'json');
    assert.strictEqual(report(linked.out).files[0].claims[0].verdict, 'unverified');
  });

  it('reports a broken link with a text extension as skipped', async () => {
    fs.symlinkSync(path.join(tmp, 'nowhere.md'), path.join(tmp, 'corpus/gone.md'));
    const { code, err } = await runIn(tmp, 'check', 'draft.md', '--corpus', 'corpus');
    assert.strictEqual(code, 0, err);
    assert.match(err, /warning: skipped corpus\/gone\.md: broken symbolic link/);
  });
});

describe('cli: invalid globs, unreadable folders and JSON Lines with a bad line', () => {
  const files = { 'corpus/vote.md': VOTE, 'd/good.md': `${SUPPORTED}\n` };

  for (const glob of ['d/[z-a].md', 'd/{a,b.md']) {
    it(`reports the invalid glob ${glob} as a problem and still checks the other drafts`, async () => {
      const io = fakeIo(files);
      const code = await run(['check', glob, 'd/good.md', '--corpus', 'corpus', '--format', 'json'], io);
      assert.strictEqual(code, 2, 'a draft argument that names nothing is an input error');
      assert.ok(!io.err().includes('internal error'), io.err());
      assert.match(io.err(), new RegExp(`error: ${glob.replace(/[[\]{}.]/g, '\\$&')}: not a valid pattern: `));
      const parsed = report(io.out());
      assert.deepStrictEqual(parsed.files.map((f) => f.path), ['d/good.md']);
      assert.strictEqual(parsed.files[0].claims[0].verdict, 'supported');
    });
  }

  it('expands two patterns over one folder each to its own files', async () => {
    const io = fakeIo({ ...files, 'd/other.txt': `${SUPPORTED}\n` });
    assert.strictEqual(await run(['check', 'd/*.md', 'd/*.txt', '--corpus', 'corpus', '--format', 'json'], io), 0, io.err());
    assert.deepStrictEqual(report(io.out()).files.map((f) => f.path), ['d/good.md', 'd/other.txt']);
  });

  it('says "permission denied" when the corpus folder cannot be listed, not that it is empty', async () => {
    const io = fakeIo(files, { denied: ['corpus'] });
    const code = await run(['check', 'd/good.md', '--corpus', 'corpus'], io);
    assert.strictEqual(code, 2);
    assert.match(io.err(), /error: the corpus is empty: nothing in corpus could be read\n {2}skipped corpus: cannot list folder: permission denied/);
    assert.ok(!/no \.txt.* files in corpus/.test(io.err()), io.err());
  });

  it('says "permission denied" for an unreadable source and an unreadable draft', async () => {
    const io = fakeIo({ ...files, 'corpus/locked.md': VOTE }, { denied: ['corpus/locked.md', 'd/good.md'] });
    assert.strictEqual(await run(['check', 'd/good.md', '--corpus', 'corpus'], io), 2);
    assert.match(io.err(), /warning: skipped corpus\/locked\.md: cannot read: permission denied/);
    assert.match(io.err(), /error: d\/good\.md: cannot read: permission denied/);
  });

  it('rejects only the JSON Lines line with a bad byte; the other lines are answered', async () => {
    const enc = new TextEncoder();
    const line = (id: number) => enc.encode(`${JSON.stringify({ id, text: `The council approved the plan by a ${id}-2 vote.` })}\n`);
    const bytes = Buffer.concat([
      line(1),
      enc.encode('{"id": 2, "text": "bad '), new Uint8Array([0xff]), enc.encode(' byte"}\n'),
      line(3),
      new Uint8Array([0x00]), enc.encode('{"id": 4, "text": "nul"}\n'),
      line(5),
    ]);
    const io = fakeIo({ 'lines.jsonl': new Uint8Array(bytes) });
    assert.strictEqual(await run(['claims', '--input', 'lines.jsonl'], io), 2);
    assert.deepStrictEqual(io.out().trim().split('\n').map((l) => JSON.parse(l).id), [1, 3, 5]);
    assert.match(io.err(), /lines\.jsonl:2: not valid UTF-8 \(a bad byte at column 24\); line skipped/);
    assert.match(io.err(), /lines\.jsonl:4: a NUL byte at column 1 \(binary data\?\); line skipped/);
  });

  it('reads JSON Lines saved as UTF-16 with a byte-order mark', async () => {
    const text = `${JSON.stringify({ id: 'a', text: 'The council approved the plan by a 7-2 vote.' })}\r\n`;
    const io = fakeIo({ 'u16.jsonl': new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]) });
    assert.strictEqual(await run(['claims', '--input', 'u16.jsonl'], io), 0, io.err());
    assert.strictEqual(JSON.parse(io.out()).id, 'a');
  });
});
