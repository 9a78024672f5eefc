import * as assert from 'assert';
import * as path from 'node:path';
import { run } from '../../../src/cli/run';
import { reportSchema } from '../../../src/engine/report/report';
import type { FakeFile } from './fakeIo';
import { fakeIo } from './fakeIo';

const VOTE_SOURCE = `---
title: Council backs the harbour plan
outlet: Lakeside Gazette
date: 2026-03-10
reliability: 1
---

The Brookhaven town council approved the harbour plan by a 7-2 vote on Tuesday evening.

Treasurer Maria Okafor said the harbour plan will cost $12.4 million over five years.
`;

const LIBRARY_SOURCE = `Brookhaven library news for March

The Brookhaven council rejected a proposal to close the east branch library during its March meeting.
`;

const CONTESTED = 'The Brookhaven town council approved the harbour plan by a 5-4 vote on Tuesday evening.';
const SUPPORTED = 'The Brookhaven town council approved the harbour plan by a 7-2 vote on Tuesday evening.';
const UNVERIFIED = 'The harbour master, Lena Voss, will retire in June after 22 years in the job.';

function corpus(extra: Record<string, FakeFile> = {}): Record<string, FakeFile> {
  return { 'corpus/vote.md': VOTE_SOURCE, 'corpus/notes/library.txt': LIBRARY_SOURCE, ...extra };
}

async function check(files: Record<string, FakeFile>, ...args: string[]) {
  const io = fakeIo(files);
  const code = await run(['check', ...args], io);
  return { code, out: io.out(), err: io.err(), io };
}

function assertNoStack(stderr: string): void {
  assert.ok(!/\n\s+at .+\(.*:\d+:\d+\)/.test(stderr), `stack trace in stderr:\n${stderr}`);
}

describe('corroborate check', () => {
  it('exits 1 when a contested claim is found (default --fail-on contested)', async () => {
    const { code, out } = await check(corpus({ 'draft.md': `${CONTESTED}\n` }), 'draft.md', '--corpus', 'corpus');
    assert.strictEqual(code, 1, out);
    assert.match(out, /^draft\.md:1:1 contested The Brookhaven/m);
  });

  it('exits 0 when nothing reaches the --fail-on level', async () => {
    const files = corpus({ 'draft.md': `${SUPPORTED}\n\n${UNVERIFIED}\n` });
    const supported = await check(files, 'draft.md', '--corpus', 'corpus');
    assert.strictEqual(supported.code, 0, supported.out);
    const never = await check(corpus({ 'draft.md': `${CONTESTED}\n` }), 'draft.md', '--corpus', 'corpus', '--fail-on', 'never');
    assert.strictEqual(never.code, 0);
  });

  it('treats --fail-on unverified as a threshold that unverified claims reach', async () => {
    const { code, out } = await check(corpus({ 'draft.md': `${SUPPORTED}\n\n${UNVERIFIED}\n` }), 'draft.md', '--corpus', 'corpus', '--fail-on', 'unverified');
    assert.strictEqual(code, 1, out);
    assert.match(out, /^draft\.md:3:1 unverified The harbour master/m);
  });

  it('prints JSON that validates against reportSchema, with exact offsets', async () => {
    const draft = `# Harbour\r\n\r\n${SUPPORTED} ${CONTESTED}\r\n`;
    const { out } = await check(corpus({ 'draft.md': draft }), 'draft.md', '--corpus', 'corpus', '--format', 'json');
    const report = reportSchema.parse(JSON.parse(out));
    assert.strictEqual(report.files[0].path, 'draft.md');
    assert.deepStrictEqual(report.corpus.roots, ['corpus']);
    const claims = report.files[0].claims;
    assert.ok(claims.length >= 2, out);
    for (const c of claims) assert.strictEqual(draft.slice(c.start, c.end), c.text);
    const contested = claims.find((c) => c.text.includes('5-4'));
    assert.strictEqual(contested?.verdict, 'contested');
    const conflict = contested.evidence.find((e) => e.stance === 'conflicts');
    assert.strictEqual(conflict?.source, 'vote.md');
    assert.strictEqual(conflict.title, 'Council backs the harbour plan');
    assert.strictEqual(VOTE_SOURCE.slice(conflict.start, conflict.end), conflict.text);
    assert.strictEqual(report.summary.claims, claims.length);
  });

  it('counts offsets after a removed BOM, like TextDocument.offsetAt', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${CONTESTED}\n`)]);
    const { out } = await check(corpus({ 'draft.md': bytes }), 'draft.md', '--corpus', 'corpus', '--format', 'json');
    const claim = reportSchema.parse(JSON.parse(out)).files[0].claims[0];
    assert.deepStrictEqual([claim.start, claim.line, claim.column], [0, 1, 1]);
  });

  it('prints SARIF 2.1.0 with results for contested and unverified claims', async () => {
    const { out } = await check(corpus({ 'draft.md': `${CONTESTED}\n\n${UNVERIFIED}\n` }), 'draft.md', '--corpus', 'corpus', '--format', 'sarif');
    const sarif = JSON.parse(out);
    assert.strictEqual(sarif.version, '2.1.0');
    const ids = sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort();
    assert.deepStrictEqual(ids, ['contested-claim', 'unverified-claim']);
    const region = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'unverified-claim').locations[0].physicalLocation.region;
    assert.deepStrictEqual([region.startLine, region.startColumn, region.charOffset], [3, 1, CONTESTED.length + 2]);
  });

  it('expands quoted globs and folders to text files', async () => {
    const files = corpus({ 'drafts/a.md': `${SUPPORTED}\n`, 'drafts/deep/b.txt': `${UNVERIFIED}\n`, 'drafts/logo.png': new Uint8Array([0, 1, 2]) });
    const glob = await check(files, 'drafts/**/*.{md,txt}', '--corpus', 'corpus', '--format', 'json');
    assert.deepStrictEqual(JSON.parse(glob.out).files.map((f: { path: string }) => f.path), ['drafts/a.md', 'drafts/deep/b.txt']);
    const folder = await check(files, 'drafts', '--corpus', 'corpus', '--format', 'json');
    assert.deepStrictEqual(JSON.parse(folder.out).files.map((f: { path: string }) => f.path), ['drafts/a.md', 'drafts/deep/b.txt']);
  });

  it('loads several corpus folders and names evidence relative to its own root', async () => {
    const files = { 'a/vote.md': VOTE_SOURCE, 'b/library.txt': LIBRARY_SOURCE, 'draft.md': `${CONTESTED}\n` };
    const { out, code } = await check(files, 'draft.md', '--corpus', 'a', '--corpus', 'b', '--format', 'json');
    assert.strictEqual(code, 1);
    const report = reportSchema.parse(JSON.parse(out));
    assert.deepStrictEqual(report.corpus.roots, ['a', 'b']);
    const ev = report.files[0].claims[0].evidence.find((e) => e.source === 'vote.md');
    assert.strictEqual(ev?.root, 0);
  });
});

describe('corroborate check: usage errors exit 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['no draft', ['--corpus', 'corpus'], /no draft files given/],
    ['no corpus', ['draft.md'], /--corpus <dir> is required/],
    ['unknown option', ['draft.md', '--corpus', 'corpus', '--colour'], /Unknown option '--colour'/],
    ['bad format', ['draft.md', '--corpus', 'corpus', '--format', 'xml'], /--format must be one of text, json, sarif \(got "xml"\)/],
    ['bad fail-on', ['draft.md', '--corpus', 'corpus', '--fail-on', 'always'], /--fail-on must be one of contested, unverified, never/],
    ['bad max-evidence', ['draft.md', '--corpus', 'corpus', '--max-evidence', 'lots'], /--max-evidence must be a whole number/],
    ['max-evidence out of range', ['draft.md', '--corpus', 'corpus', '--max-evidence', '500'], /--max-evidence/],
    ['missing option value', ['draft.md', '--corpus'], /--corpus/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const { code, err, out } = await check(corpus({ 'draft.md': `${SUPPORTED}\n` }), ...args);
      assert.strictEqual(code, 2);
      assert.match(err, message);
      assert.match(err, /corroborate check --help/);
      assert.strictEqual(out, '');
      assertNoStack(err);
    });
  }
});

describe('corroborate check: bad input', () => {
  const draft = { 'draft.md': `${SUPPORTED}\n` };

  async function withBadCorpusFile(bad: FakeFile) {
    const result = await check({ ...corpus(draft), 'corpus/bad.md': bad }, 'draft.md', '--corpus', 'corpus', '--format', 'json');
    assertNoStack(result.err);
    // The good files still load: the supported claim finds its evidence in vote.md.
    const report = reportSchema.parse(JSON.parse(result.out));
    assert.strictEqual(report.files[0].claims[0].verdict, 'supported');
    assert.ok(report.problems.some((p) => p.path === path.join('corpus', 'bad.md')));
    assert.strictEqual(result.code, 0);
    return result;
  }

  it('skips a binary corpus file with a warning naming it', async () => {
    const { err } = await withBadCorpusFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    assert.match(err, /warning: skipped corpus\/bad\.md: .*binary/);
  });

  it('refuses a 50 MB corpus file from its size without reading it', async () => {
    const { err, io } = await withBadCorpusFile({ size: 50 * 1024 * 1024 });
    assert.match(err, /warning: skipped corpus\/bad\.md: .*50\.0 MB.*5\.0 MB/);
    assert.ok(!io.reads.includes('corpus/bad.md'));
  });

  it('skips a corpus file with broken UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Caf'), 0xc3, 0x28, ...new TextEncoder().encode(' is open every day of the week.\n')]);
    const { err } = await withBadCorpusFile(bytes);
    assert.match(err, /warning: skipped corpus\/bad\.md: .*UTF-8/);
  });

  it('skips a corpus file with malformed front matter', async () => {
    const { err } = await withBadCorpusFile('---\ntitle: Fine\nreliability: seven\ndate: yesterday\n---\n\nThe body of the article is here.\n');
    assert.match(err, /warning: skipped corpus\/bad\.md: .+/);
  });

  it('reports an empty corpus as an error (exit 2)', async () => {
    const { code, err, out } = await check({ ...draft, 'corpus/README': 'not a text extension' }, 'draft.md', '--corpus', 'corpus');
    assert.strictEqual(code, 2);
    assert.match(err, /error: the corpus is empty: no .* files in corpus/);
    assert.strictEqual(out, '');
    assertNoStack(err);
  });

  it('reports a corpus whose every file is bad as empty, naming each file', async () => {
    const { code, err } = await check({ ...draft, 'corpus/a.md': new Uint8Array([0, 0, 0]) }, 'draft.md', '--corpus', 'corpus');
    assert.strictEqual(code, 2);
    assert.match(err, /skipped corpus\/a\.md/);
    assert.match(err, /the corpus is empty: none of the 1 files/);
  });

  it('reports a missing corpus folder (exit 2)', async () => {
    const { code, err } = await check(draft, 'draft.md', '--corpus', 'nowhere');
    assert.strictEqual(code, 2);
    assert.match(err, /error: corpus folder not found: nowhere/);
    assertNoStack(err);
  });

  it('reports a corpus given as a file (exit 2)', async () => {
    const { code, err } = await check(corpus(draft), 'draft.md', '--corpus', 'corpus/vote.md');
    assert.strictEqual(code, 2);
    assert.match(err, /corpus must be a folder/);
  });

  it('reports a missing draft (exit 2) but still checks the others', async () => {
    const { code, err, out } = await check(corpus(draft), 'draft.md', 'missing.md', '--corpus', 'corpus', '--format', 'json');
    assert.strictEqual(code, 2);
    assert.match(err, /error: missing\.md: file not found/);
    assert.deepStrictEqual(JSON.parse(out).files.map((f: { path: string }) => f.path), ['draft.md']);
  });

  it('reports a binary draft, a huge draft and a glob that matches nothing', async () => {
    const files = corpus({ 'bin.md': new Uint8Array([0, 159, 146, 150]), 'huge.md': { size: 50 * 1024 * 1024 } });
    const { code, err, out, io } = await check(files, 'bin.md', 'huge.md', 'drafts/*.md', '--corpus', 'corpus');
    assert.strictEqual(code, 2);
    assert.match(err, /error: bin\.md: .*binary/);
    assert.match(err, /error: huge\.md: .*50\.0 MB/);
    assert.match(err, /error: drafts\/\*\.md: no text files match/);
    assert.ok(!io.reads.includes('huge.md'));
    assert.strictEqual(out, '');
    assertNoStack(err);
  });
});

describe('corroborate search', () => {
  it('ranks the passage that answers the query first', async () => {
    const io = fakeIo(corpus());
    const code = await run(['search', 'east branch library', '--corpus', 'corpus', '--format', 'json', '--limit', '2'], io);
    assert.strictEqual(code, 0, io.err());
    const { query, results } = JSON.parse(io.out());
    assert.strictEqual(query, 'east branch library');
    assert.ok(results.length >= 1 && results.length <= 2);
    assert.strictEqual(results[0].source, 'notes/library.txt');
    assert.strictEqual(results[0].title, 'Brookhaven library news for March');
    assert.strictEqual(LIBRARY_SOURCE.slice(results[0].start, results[0].end), results[0].text);
  });

  it('prints ranked text lines and validates --limit', async () => {
    const io = fakeIo(corpus());
    assert.strictEqual(await run(['search', 'harbour plan cost', '--corpus', 'corpus'], io), 0);
    assert.match(io.out(), /^1\. corpus\/vote\.md:\d+:1 \d+\.\d\d "Council backs the harbour plan"$/m);
    const bad = fakeIo(corpus());
    assert.strictEqual(await run(['search', 'x', '--corpus', 'corpus', '--limit', '0'], bad), 2);
    assert.match(bad.err(), /--limit must be at least 1/);
  });
});

describe('corroborate stance and claims (JSON Lines)', () => {
  const pairs = [
    JSON.stringify({ id: 'p1', claim: 'The council approved the plan by a 5-4 vote.', passage: 'The council approved the plan by a 7-2 vote on Tuesday.' }),
    '{"id": "p2", "claim": "broken JSON"',
    JSON.stringify({ id: 3, claim: 'The council approved the plan by a 7-2 vote.', passage: 'The council approved the plan by a 7-2 vote on Tuesday.' }),
    '',
    JSON.stringify({ id: 'p4', claim: 42, passage: 'x' }),
    '["not", "an", "object"]',
  ].join('\n');

  it('judges every valid pair and names each bad line by number (exit 2)', async () => {
    const io = fakeIo({ 'pairs.jsonl': pairs });
    const code = await run(['stance', '--input', 'pairs.jsonl'], io);
    assert.strictEqual(code, 2);
    const out = io.out().trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(out.map((o) => o.id), ['p1', 3]);
    assert.strictEqual(out[0].stance, 'conflicts');
    assert.strictEqual(out[1].stance, 'supports');
    for (const o of out) assert.deepStrictEqual(Object.keys(o), ['id', 'stance', 'confidence']);
    assert.match(io.err(), /pairs\.jsonl:2: not valid JSON/);
    assert.match(io.err(), /pairs\.jsonl:5: "claim" must be a string/);
    assert.match(io.err(), /pairs\.jsonl:6: each line must be a JSON object/);
    assertNoStack(io.err());
  });

  it('exits 0 when every line is valid, reading standard input with --input -', async () => {
    const io = fakeIo({}, { stdin: JSON.stringify({ id: 'a', claim: 'Prices rose 5% in May.', passage: 'Prices fell 5% in May.' }) + '\n' });
    assert.strictEqual(await run(['stance', '--input', '-'], io), 0, io.err());
    assert.strictEqual(JSON.parse(io.out()).stance, 'conflicts');
  });

  it('scores sentences for check-worthiness', async () => {
    const lines = [
      JSON.stringify({ id: 's1', text: 'The Senate passed the bill by 51 votes to 49 on Friday, officials said.' }),
      JSON.stringify({ id: 's2', text: 'What happens next is anyone\'s guess.' }),
      JSON.stringify({ id: 's3' }),
    ].join('\n');
    const io = fakeIo({ 'lines.jsonl': lines });
    assert.strictEqual(await run(['claims', '--input', 'lines.jsonl'], io), 2);
    const [claim, opinion] = io.out().trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(Object.keys(claim), ['id', 'checkworthiness', 'claim', 'kinds']);
    assert.strictEqual(claim.claim, true);
    assert.ok(claim.kinds.includes('quantity') || claim.kinds.includes('date'), JSON.stringify(claim));
    assert.strictEqual(opinion.claim, false);
    assert.ok(claim.checkworthiness > opinion.checkworthiness);
    assert.match(io.err(), /lines\.jsonl:3: "text" must be a string/);
  });

  it('reports a missing or binary input file without a stack trace', async () => {
    const missing = fakeIo({});
    assert.strictEqual(await run(['claims', '--input', 'nope.jsonl'], missing), 2);
    assert.match(missing.err(), /error: nope\.jsonl: file not found/);
    const binary = fakeIo({ 'x.jsonl': new Uint8Array([0, 1, 2, 3]) });
    assert.strictEqual(await run(['stance', '--input', 'x.jsonl'], binary), 2);
    assert.match(binary.err(), /error: x\.jsonl: .*binary/);
    const none = fakeIo({});
    assert.strictEqual(await run(['stance'], none), 2);
    assert.match(none.err(), /--input <file> is required/);
  });
});

describe('corroborate --help and --version', () => {
  it('prints the version from package.json', async () => {
    const io = fakeIo({});
    assert.strictEqual(await run(['--version'], io), 0);
    assert.match(io.out(), /^corroborate \d+\.\d+\.\d+\n$/);
  });

  it('prints help for the tool and for each command', async () => {
    for (const command of ['check', 'search', 'stance', 'claims']) {
      const io = fakeIo({});
      assert.strictEqual(await run([command, '--help'], io), 0);
      assert.match(io.out(), new RegExp(`^Usage: corroborate ${command} `));
    }
    const io = fakeIo({});
    assert.strictEqual(await run(['--help'], io), 0);
    assert.match(io.out(), /Commands:/);
  });

  it('exits 2 on an unknown command or no command', async () => {
    const unknown = fakeIo({});
    assert.strictEqual(await run(['verify'], unknown), 2);
    assert.match(unknown.err(), /unknown command "verify"/);
    assert.strictEqual(await run([], fakeIo({})), 2);
  });
});
