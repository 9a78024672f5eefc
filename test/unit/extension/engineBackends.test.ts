import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { CheckCancelledError, EngineTimeoutError, InProcessBackend } from '../../../src/extension/engineBackends';
import { EngineSession } from '../../../src/extension/engineSession';
import { fileSnapshots } from '../../../src/extension/indexStore';
import { startWorkerThread } from '../../../src/extension/workerThread';

const repo = path.resolve(__dirname, '../../../..');
const workspace = path.join(repo, 'test/fixtures/workspace');
const options = { minCheckworthiness: 0.5, maxEvidence: 3 };

/** Bundles src/extension/worker.ts the way esbuild.js does, into a temporary folder. */
function buildWorker(dir: string): string {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const outfile = path.join(dir, 'worker.js');
  esbuild.buildSync({ entryPoints: [path.join(repo, 'src/extension/worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
  return outfile;
}

/** A stand-in worker script: `body` handles each message. */
function fakeWorker(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `const { parentPort } = require('worker_threads');\nparentPort.on('message', (m) => { ${body} });\n`);
  return file;
}

function fixtureCorpus() {
  const dir = path.join(workspace, 'corpus');
  return fs.readdirSync(dir).map((name) => ({ path: name, root: 0, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

describe('engine backends (worker thread and in-process fallback)', function () {
  this.timeout(30_000);
  let dir: string;
  let workerScript: string;

  before(function () {
    if (!fs.existsSync(workspace)) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-backends-'));
    workerScript = buildWorker(dir);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same findings in the worker, in-process in chunks, and from the engine directly', async () => {
    const files = fixtureCorpus();
    const draft = fs.readFileSync(path.join(workspace, 'draft.md'), 'utf8');
    const direct = new EngineSession();
    direct.setCorpus(files, ['corpus']);
    const expected = direct.check(draft, 'markdown', options);
    assert.ok(expected.length > 0, 'the fixture draft has claims');

    const failures: Error[] = [];
    const worker = startWorkerThread(workerScript, (e) => failures.push(e));
    assert.ok(!(worker instanceof Error), 'the worker starts');
    const inProcess = new InProcessBackend();
    try {
      for (const backend of [worker, inProcess]) {
        const summary = await backend.setCorpus(files, ['corpus']);
        assert.strictEqual(summary.sources, files.length);
        assert.deepStrictEqual(await backend.check(draft, 'markdown', options), expected);
        const hits = await backend.search('passengers a day', 3);
        assert.ok(hits.length > 0 && !('text' in hits[0].source), 'search hits come without the full source text');
      }
    } finally {
      worker.dispose();
      inProcess.dispose();
    }
    assert.deepStrictEqual(failures, [], 'the worker did not fail');
  });

  it('in-process, a check started before the corpus has loaded waits for it (as after a worker failure)', async () => {
    const files = fixtureCorpus();
    const draft = fs.readFileSync(path.join(workspace, 'draft.md'), 'utf8');
    const direct = new EngineSession();
    direct.setCorpus(files, ['corpus']);
    const inProcess = new InProcessBackend();
    try {
      const loading = inProcess.setCorpus(files, ['corpus']); // not awaited, as EngineClient's fallback does
      const findings = await inProcess.check(draft, 'markdown', options);
      await loading;
      assert.deepStrictEqual(findings, direct.check(draft, 'markdown', options));
      assert.ok(findings.some((f) => f.verdict !== 'unverified'), 'checked against the loaded corpus');
    } finally {
      inProcess.dispose();
    }
  });

  it('the worker answers an invalid request with an error naming the problem, and keeps serving', async () => {
    const worker = new Worker(workerScript);
    const reply = (message: unknown) => new Promise<Record<string, unknown>>((resolve) => {
      worker.once('message', resolve);
      worker.postMessage(message);
    });
    try {
      const bad = await reply({ id: 7, kind: 'check', text: 42, format: 'markdown', options });
      assert.strictEqual(bad.id, 7);
      assert.strictEqual(bad.ok, false);
      assert.match(String(bad.error), /invalid request/);
      const good = await reply({ id: 8, kind: 'search', query: 'anything', limit: 1 });
      assert.deepStrictEqual(good, { id: 8, ok: true, json: '[]' });
    } finally {
      await worker.terminate();
    }
  });

  it('rejects a reply whose result does not match the protocol', async () => {
    const script = fakeWorker(dir, 'bad-result.js', `parentPort.postMessage({ id: m.id, ok: true, json: JSON.stringify([{ claim: 'not a claim' }]) });`);
    const worker = startWorkerThread(script, () => undefined);
    assert.ok(!(worker instanceof Error));
    try {
      await assert.rejects(worker.check('text', 'plaintext', options), /invalid check result from the engine worker/);
    } finally {
      worker.dispose();
    }
  });

  it('reports a worker that dies, failing what was pending and refusing new requests', async () => {
    const script = fakeWorker(dir, 'dies.js', 'process.exit(3);');
    let failure: Error | undefined;
    const worker = startWorkerThread(script, (e) => (failure = e));
    assert.ok(!(worker instanceof Error));
    try {
      await assert.rejects(worker.check('text', 'plaintext', options), /exited with code 3/);
      assert.match(String(failure?.message), /exited with code 3/);
      await assert.rejects(worker.search('x', 1), /exited with code 3/);
    } finally {
      worker.dispose();
    }
  });

  describe('cancellation', () => {
    /** The fixture draft many times over: a check of many blocks of paragraphs. */
    const longDraft = (): string => Array.from({ length: 12 }, () => fs.readFileSync(path.join(workspace, 'draft.md'), 'utf8')).join('\n\n');

    it('the real worker stops a cancelled check at a block boundary, says so, and the next check is whole', async () => {
      const failures: Error[] = [];
      const worker = startWorkerThread(workerScript, (e) => failures.push(e));
      assert.ok(!(worker instanceof Error));
      const files = fixtureCorpus();
      try {
        const loading = worker.setCorpus(files, ['corpus']);
        // Posted behind the corpus load and cancelled before the worker reaches it: it stops at its first block.
        const cancel = new AbortController();
        const checking = worker.check(longDraft(), 'markdown', options, undefined, cancel.signal);
        cancel.abort();
        await loading;
        await assert.rejects(checking, CheckCancelledError);
        await assert.rejects(worker.check('x', 'plaintext', options, undefined, AbortSignal.abort()), CheckCancelledError);
        const direct = new EngineSession();
        direct.setCorpus(files, ['corpus']);
        const draft = fs.readFileSync(path.join(workspace, 'draft.md'), 'utf8');
        assert.deepStrictEqual(await worker.check(draft, 'markdown', options, undefined, new AbortController().signal), direct.check(draft, 'markdown', options));
        assert.deepStrictEqual(failures, [], 'a cancel is not a worker failure');
      } finally {
        worker.dispose();
      }
    });

    it('in-process, a cancelled check stops before its next block', async () => {
      const inProcess = new InProcessBackend();
      try {
        await inProcess.setCorpus(fixtureCorpus(), ['corpus']);
        const cancel = new AbortController();
        const checking = inProcess.check(longDraft(), 'markdown', options, undefined, cancel.signal);
        cancel.abort();
        await assert.rejects(checking, CheckCancelledError);
      } finally {
        inProcess.dispose();
      }
    });
  });

  describe('findings so far', () => {
    it('a long draft reports the findings of its blocks as they are checked, each a prefix of the final result', async () => {
      const failures: Error[] = [];
      const worker = startWorkerThread(workerScript, (e) => failures.push(e));
      assert.ok(!(worker instanceof Error));
      const inProcess = new InProcessBackend();
      const files = fixtureCorpus();
      const draft = Array.from({ length: 12 }, () => fs.readFileSync(path.join(workspace, 'draft.md'), 'utf8')).join('\n\n');
      const short = fs.readFileSync(path.join(workspace, 'draft.md'), 'utf8');
      try {
        for (const backend of [worker, inProcess]) {
          await backend.setCorpus(files, ['corpus']);
          const partials: number[] = [];
          let prefixes = true;
          const reported: [import('../../../src/engine').Finding[], import('../../../src/engine').Claim[]][] = [];
          const final = await backend.check(draft, 'markdown', options, undefined, undefined, (found, pending) => reported.push([found, pending]));
          for (const [found, pending] of reported) {
            partials.push(found.length);
            prefixes &&= found.length <= final.length && found.every((f, i) => JSON.stringify(f) === JSON.stringify(final[i]));
            // The claims not judged yet are exactly the final result's other claims.
            assert.deepStrictEqual(pending, final.slice(found.length).map((f) => f.claim));
          }
          assert.strictEqual(reported[0][0].length, 0, 'the first report comes before any evidence: every claim pending');
          assert.ok(partials.length >= 2, `findings so far were reported (${partials.join(', ')})`);
          assert.ok(prefixes, 'each report is a part of the final findings, in order');
          assert.deepStrictEqual([...partials].sort((a, b) => a - b), partials, 'each report holds at least the one before');
          // A draft of one block has nothing to report before its result.
          let shortReports = 0;
          await backend.check(short, 'markdown', options, undefined, undefined, () => shortReports++);
          assert.strictEqual(shortReports, 0);
        }
        assert.deepStrictEqual(failures, []);
      } finally {
        worker.dispose();
        inProcess.dispose();
      }
    });
  });

  describe('time limit', () => {
    // A stand-in engine: it remembers how many corpus files it was given, answers a search with that count,
    // sleeps for checks of "sleep <ms>", and never returns from a check of "hang".
    const body = `
      if (m.kind === 'setCorpus') { globalThis.files = m.files.length; return parentPort.postMessage({ id: m.id, ok: true, json: JSON.stringify({ sources: m.files.length, passages: 0, problems: [] }) }); }
      if (m.kind === 'search') return parentPort.postMessage({ id: m.id, ok: false, error: 'corpus of ' + globalThis.files });
      if (m.text === 'hang') for (;;) {}
      const ms = Number((/^sleep (\\d+)$/.exec(m.text) || [])[1] || 0);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      parentPort.postMessage({ id: m.id, ok: true, json: '[]' });`;

    it('stops a check that runs past the limit, reports it as too complex, and carries on with a fresh worker', async () => {
      const failures: Error[] = [];
      const worker = startWorkerThread(fakeWorker(dir, 'slow.js', body), (e) => failures.push(e), () => 500);
      assert.ok(!(worker instanceof Error));
      try {
        await worker.setCorpus(fixtureCorpus(), ['corpus']);
        const hung = worker.check('hang', 'plaintext', options);
        const queued = worker.search('after the stuck check', 1);
        await assert.rejects(hung, (e: unknown) => e instanceof EngineTimeoutError && /took longer than 0.5 s and was stopped: the input is too complex/.test(e.message));
        // The search waiting behind it is answered by the new worker, which was given the corpus again.
        await assert.rejects(queued, new RegExp(`corpus of ${fixtureCorpus().length}`));
        assert.deepStrictEqual(await worker.check('sleep 0', 'plaintext', options), []);
        assert.deepStrictEqual(failures, [], 'a timeout is not a worker failure');
      } finally {
        worker.dispose();
      }
    });

    it('times only the request the worker is working on, not those queued behind it', async () => {
      const worker = startWorkerThread(fakeWorker(dir, 'sleepy.js', body), () => undefined, () => 2_000);
      assert.ok(!(worker instanceof Error));
      try {
        await worker.check('sleep 0', 'plaintext', options); // the worker has started
        // Four checks of 500 ms posted at once: 2 s in all, each well within the limit.
        const results = await Promise.all([0, 1, 2, 3].map(() => worker.check('sleep 500', 'plaintext', options)));
        assert.deepStrictEqual(results, [[], [], [], []]);
      } finally {
        worker.dispose();
      }
    });

    it('in-process, stops between blocks once the limit has passed', async () => {
      const inProcess = new InProcessBackend(() => 0);
      try {
        await inProcess.setCorpus(fixtureCorpus(), ['corpus']);
        const draft = fs.readFileSync(path.join(workspace, 'draft.md'), 'utf8');
        await assert.rejects(inProcess.check(draft, 'markdown', options), EngineTimeoutError);
      } finally {
        inProcess.dispose();
      }
    });
  });
});

describe('engine session: the saved index', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-session-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = [
    { path: 'vote.md', root: 0, text: 'The council passed the budget in a 7-2 vote on Tuesday. Mayor Elena Vasquez praised the result.' },
    { path: 'parks.txt', root: 0, text: 'Riverton parks will get new benches. The parks department ordered 40 benches.' },
  ];
  const draft = 'The council passed the budget in a 6-3 vote on Tuesday.';

  it('a new session reloads every file from the snapshot, with the same findings; a changed file alone is analysed again', () => {
    const snapshot = { file: path.join(dir, 'index', 'corpus.idx'), build: 'b1' };
    const first = new EngineSession(fileSnapshots);
    assert.strictEqual(first.setCorpus(files, ['c'], { snapshot }).reused, 0);
    assert.ok(fs.existsSync(snapshot.file));
    const second = new EngineSession(fileSnapshots);
    const summary = second.setCorpus(files, ['c'], { snapshot });
    assert.strictEqual(summary.reused, 2);
    assert.strictEqual(summary.notice, undefined);
    const options = { minCheckworthiness: 0.5, maxEvidence: 3 };
    assert.deepStrictEqual(second.check(draft, 'plaintext', options), first.check(draft, 'plaintext', options));
    // In the same session a file event re-analyses only the file that changed, and the snapshot follows.
    const changed = [files[0], { ...files[1], text: files[1].text.replace('40', '45') }];
    assert.strictEqual(second.setCorpus(changed, ['c'], { snapshot }).reused, 1);
    assert.strictEqual(new EngineSession(fileSnapshots).setCorpus(changed, ['c'], { snapshot }).reused, 2);
  });

  it('files sent by path and stamp: read by the session the first time, then reused unread until their stamp moves', () => {
    const snapshot = { file: path.join(dir, 'index', 'corpus.idx'), build: 'b1' };
    const corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    for (const f of files) fs.writeFileSync(path.join(corpus, f.path), f.text);
    const reads: string[] = [];
    const reader = (fsPath: string): Uint8Array => (reads.push(path.basename(fsPath)), fs.readFileSync(fsPath));
    const local = (stamp: string) => files.map((f) => ({ path: f.path, root: 0, fsPath: path.join(corpus, f.path), stamp }));
    const first = new EngineSession(fileSnapshots, reader);
    assert.strictEqual(first.setCorpus(local('s1'), ['c'], { snapshot }).reused, 0);
    assert.deepStrictEqual(reads.sort(), ['parks.txt', 'vote.md'], 'each file read once, by the session');
    reads.length = 0;
    // A new session (a restart): every segment reused from the snapshot, no file read until a passage is judged.
    const second = new EngineSession(fileSnapshots, reader);
    assert.strictEqual(second.setCorpus(local('s1'), ['c'], { snapshot }).reused, 2);
    assert.deepStrictEqual(reads, []);
    assert.deepStrictEqual(second.check(draft, 'plaintext', options), first.check(draft, 'plaintext', options));
    assert.deepStrictEqual(reads, ['vote.md'], 'only the source of the judged passages is read');
    // A moved stamp reads the file again.
    reads.length = 0;
    const moved = [local('s1')[0], { ...local('s1')[1], stamp: 's2' }];
    assert.strictEqual(new EngineSession(fileSnapshots, reader).setCorpus(moved, ['c'], { snapshot }).reused, 2);
    assert.deepStrictEqual(reads, ['parks.txt']);
    // A file changed under an unmoved stamp is never judged by its old segment: the check fails and says so.
    fs.writeFileSync(path.join(corpus, 'vote.md'), files[0].text.replace('7-2', '5-4'));
    const stale = new EngineSession(fileSnapshots, reader);
    stale.setCorpus(moved, ['c'], { snapshot });
    assert.throws(() => stale.check(draft, 'plaintext', options), /vote\.md changed while its index was in use/);
    // A file that cannot be read or decoded is a problem, and the rest load.
    fs.writeFileSync(path.join(corpus, 'parks.txt'), Buffer.from([0x61, 0xc3, 0x28, 0x00, 0x00, 0x01]));
    const bad = new EngineSession(fileSnapshots, reader).setCorpus([{ ...moved[1], stamp: 's3' }, { path: 'gone.md', root: 0, fsPath: path.join(corpus, 'gone.md'), stamp: 's1' }], ['c']);
    assert.deepStrictEqual(bad.problems.map((p) => p.path).sort(), ['gone.md', 'parks.txt']);
    assert.match(bad.problems.find((p) => p.path === 'gone.md')?.message ?? '', /cannot read it/);
  });

  it('a corrupt or outdated snapshot gives one notice, is rebuilt and saved again', () => {
    const snapshot = { file: path.join(dir, 'corpus.idx'), build: 'b1' };
    new EngineSession(fileSnapshots).setCorpus(files, ['c'], { snapshot });
    const bytes = fs.readFileSync(snapshot.file);
    bytes[bytes.length - 1] ^= 1;
    fs.writeFileSync(snapshot.file, bytes);
    const session = new EngineSession(fileSnapshots);
    const broken = session.setCorpus(files, ['c'], { snapshot });
    assert.match(broken.notice ?? '', /is corrupt \(checksum mismatch\); rebuilding it/);
    assert.strictEqual(broken.reused, 0);
    assert.strictEqual(session.setCorpus(files, ['c'], { snapshot }).notice, undefined, 'said once');
    assert.strictEqual(new EngineSession(fileSnapshots).setCorpus(files, ['c'], { snapshot }).reused, 2, 'saved again');
    const outdated = new EngineSession(fileSnapshots).setCorpus(files, ['c'], { snapshot: { ...snapshot, build: 'b2' } });
    assert.match(outdated.notice ?? '', /is outdated/);
    assert.strictEqual(outdated.reused, 0);
  });
});
