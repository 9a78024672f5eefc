// Overlapping review decisions: within one window (one writer) and across windows (several writers on one
// folder, as two VS Code windows on one workspace would be), every decision must be kept. Runs on a real
// temporary folder through node:fs.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { appendDecision, entryKey, serialize, type AnnotationEntry, type AnnotationEvent } from '../../../src/extension/annotationFile';
import { AnnotationWriter, parseAnnotations, type AnnotationFs } from '../../../src/extension/annotationStore';

function nodeFs(dir: string, slow = 0): AnnotationFs {
  const at = (name: string) => path.join(dir, name);
  // A pause inside each operation widens every race the lock has to close.
  const pause = () => new Promise((r) => setTimeout(r, Math.random() * slow));
  return {
    async read(name) {
      await pause();
      try {
        return new Uint8Array(await fs.promises.readFile(at(name)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    async write(name, bytes) {
      await pause();
      await fs.promises.writeFile(at(name), bytes);
    },
    async createExclusive(name, bytes) {
      try {
        await fs.promises.writeFile(at(name), bytes, { flag: 'wx' });
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw e;
      }
    },
    async replace(from, to) {
      await pause();
      await fs.promises.rename(at(from), at(to));
    },
    delete: (name) => fs.promises.rm(at(name)),
    async modified(name) {
      try {
        return (await fs.promises.stat(at(name))).mtimeMs;
      } catch {
        return undefined;
      }
    },
    ensureFolder: async () => void (await fs.promises.mkdir(dir, { recursive: true })),
  };
}

function decision(quote: string, status: AnnotationEvent['status']): AnnotationEntry {
  return { quote, prefix: '', suffix: '', file: 'draft.md', history: [{ status, scope: 'occurrence', by: 'ed', at: '2026-01-02T03:04:05.000Z' }] };
}

const FILE = 'annotations.json';

describe('annotation writes (overlapping decisions)', function () {
  this.timeout(20_000);
  let dir: string;
  const onDisk = () => parseAnnotations(new Uint8Array(fs.readFileSync(path.join(dir, FILE))));
  const add = (writer: AnnotationWriter, entry: AnnotationEntry) => writer.update((entries) => void appendDecision(entries, entry, entry.history[0]));

  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-annotations-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps three overlapping decisions made in one window', async () => {
    const writer = new AnnotationWriter(nodeFs(dir, 5), FILE);
    const made = [decision('First claim.', 'dismissed'), decision('Second claim.', 'accepted'), decision('Third claim.', 'dismissed')];
    const results = await Promise.all(made.map((e) => add(writer, e)));
    assert.ok(results.every((r) => r.ok));
    const state = onDisk();
    assert.strictEqual(state.kind, 'valid');
    assert.deepStrictEqual(Object.values(state.kind === 'valid' ? state.entries : {}).map((e) => e.quote).sort(), ['First claim.', 'Second claim.', 'Third claim.']);
    assert.deepStrictEqual(fs.readdirSync(dir), [FILE], 'no temporary or lock file is left behind');
  });

  it('keeps three overlapping decisions made in three windows at once', async () => {
    const windows = [0, 1, 2].map(() => new AnnotationWriter(nodeFs(dir, 5), FILE, { retryMs: 5 }));
    const made = [decision('From window one.', 'dismissed'), decision('From window two.', 'accepted'), decision('From window three.', 'dismissed')];
    const results = await Promise.all(made.map((e, i) => add(windows[i], e)));
    assert.ok(results.every((r) => r.ok), JSON.stringify(results));
    const state = onDisk();
    assert.strictEqual(state.kind, 'valid');
    assert.strictEqual(Object.keys(state.kind === 'valid' ? state.entries : {}).length, 3);
  });

  it('keeps 200 decisions from four windows, each with a temporary file of its own', async () => {
    const windows = [0, 1, 2, 3].map(() => new AnnotationWriter(nodeFs(dir, 1), FILE, { retryMs: 1 }));
    const made = Array.from({ length: 200 }, (_, i) => decision(`Claim number ${i}.`, i % 2 ? 'accepted' : 'dismissed'));
    const results = await Promise.all(made.map((e, i) => add(windows[i % 4], e)));
    assert.deepStrictEqual(results.filter((r) => !r.ok), []);
    const state = onDisk();
    assert.strictEqual(state.kind === 'valid' ? Object.keys(state.entries).length : -1, 200);
  });

  it('keeps every decision on one claim made from several windows at once, in its history', async () => {
    const windows = [0, 1, 2].map(() => new AnnotationWriter(nodeFs(dir, 5), FILE, { retryMs: 5 }));
    const statuses = ['dismissed', 'open', 'needs-source'] as const;
    const results = await Promise.all(statuses.map((s, i) => add(windows[i], decision('One claim.', s))));
    assert.ok(results.every((r) => r.ok), JSON.stringify(results));
    const state = onDisk();
    const entries = state.kind === 'valid' ? Object.values(state.entries) : [];
    assert.strictEqual(entries.length, 1);
    assert.deepStrictEqual(entries[0].history.map((h) => h.status).sort(), [...statuses].sort());
  });

  it('refuses a change that would remove or rewrite a recorded decision, leaving the file as it was', async () => {
    const writer = new AnnotationWriter(nodeFs(dir), FILE);
    const first = decision('Claim.', 'accepted');
    assert.ok((await add(writer, first)).ok);
    const before = fs.readFileSync(path.join(dir, FILE), 'utf8');
    const dropped = await writer.update((entries) => void delete entries[entryKey(first)]);
    assert.strictEqual(dropped.ok, false);
    const rewritten = await writer.update((entries) => void (entries[entryKey(first)].history[0].by = 'someone else'));
    assert.strictEqual(rewritten.ok, false);
    assert.match(rewritten.ok ? '' : rewritten.message, /history only grows/);
    assert.strictEqual(fs.readFileSync(path.join(dir, FILE), 'utf8'), before);
  });

  it('upgrades a version 1 file on the next decision, keeping its decision as the first of the history', async () => {
    const v1 = { version: 1, entries: { abc: { quote: 'Old claim.', prefix: '', suffix: '', file: 'draft.md', decision: 'dismissed', scope: 'occurrence', by: 'ed', at: '2025-01-02T03:04:05.000Z' } } };
    fs.writeFileSync(path.join(dir, FILE), JSON.stringify(v1));
    const writer = new AnnotationWriter(nodeFs(dir), FILE);
    assert.ok((await add(writer, decision('New claim.', 'accepted'))).ok);
    const saved = JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8'));
    assert.strictEqual(saved.version, 2);
    assert.deepStrictEqual(saved.entries.abc.history, [{ status: 'dismissed', scope: 'occurrence', by: 'ed', at: '2025-01-02T03:04:05.000Z' }]);
  });

  it('takes over a lock left by a window that stopped mid-write, and waits for a live one', async () => {
    fs.writeFileSync(path.join(dir, `${FILE}.lock`), 'someone');
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, `${FILE}.lock`), past, past);
    const writer = new AnnotationWriter(nodeFs(dir), FILE, { staleMs: 10_000 });
    assert.ok((await add(writer, decision('After a crash.', 'accepted'))).ok);

    fs.writeFileSync(path.join(dir, `${FILE}.lock`), 'a live window');
    const waiting = new AnnotationWriter(nodeFs(dir), FILE, { staleMs: 60_000, timeoutMs: 200, retryMs: 10 });
    const refused = await add(waiting, decision('Blocked.', 'dismissed'));
    assert.strictEqual(refused.ok, false);
    assert.match(refused.ok ? '' : refused.message, /another window kept annotations\.json\.lock/);
  });

  it('never overwrites an invalid file, and refuses a "__proto__" key with a message instead of dropping it', async () => {
    const writer = new AnnotationWriter(nodeFs(dir), FILE);
    const broken = '{ "version": 1, "entries": { } } trailing';
    fs.writeFileSync(path.join(dir, FILE), broken);
    const r = await add(writer, decision('Claim.', 'accepted'));
    assert.deepStrictEqual([r.ok, !r.ok && r.invalid], [false, true]);
    assert.strictEqual(fs.readFileSync(path.join(dir, FILE), 'utf8'), broken);

    const kept = decision('Kept claim.', 'accepted');
    const withProto = serialize({ [entryKey(kept)]: kept }).replace('"entries": {', `"entries": {\n    "__proto__": ${JSON.stringify(kept)},`);
    fs.writeFileSync(path.join(dir, FILE), withProto);
    const state = parseAnnotations(new Uint8Array(fs.readFileSync(path.join(dir, FILE))));
    assert.strictEqual(state.kind, 'invalid');
    assert.match(state.kind === 'invalid' ? state.message : '', /"__proto__"/);
    const refused = await add(writer, decision('Another.', 'dismissed'));
    assert.strictEqual(refused.ok, false);
    assert.strictEqual(fs.readFileSync(path.join(dir, FILE), 'utf8'), withProto, 'left as it was');
  });
});
