import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { InProcessBackend, WorkerBackend } from '../../../src/extension/engineBackends';
import { EngineSession } from '../../../src/extension/engineSession';

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
    const worker = WorkerBackend.start(workerScript, (e) => failures.push(e));
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
    const worker = WorkerBackend.start(script, () => undefined);
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
    const worker = WorkerBackend.start(script, (e) => (failure = e));
    assert.ok(!(worker instanceof Error));
    try {
      await assert.rejects(worker.check('text', 'plaintext', options), /exited with code 3/);
      assert.match(String(failure?.message), /exited with code 3/);
      await assert.rejects(worker.search('x', 1), /exited with code 3/);
    } finally {
      worker.dispose();
    }
  });
});
