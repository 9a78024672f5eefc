// Runs `npm run fuzz` cases in a worker thread (so the driver can stop one that hangs) and checks the
// invariants of issue 9 on each: no crash, every offset slices to the reported text, a clear message for
// whatever is skipped, and the valid parts still answered. The time of the product's own calls is
// measured here (not that of the checks) and judged by the driver.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
// Shared with the driver before the bundle loads: the timers of the parts measured apart write into it.
globalThis.__engineClock = workerData.engineClock;
const { buildCorpus, checkText, decodeSourceBytes, reportSchema, run, nodeIo } = require(workerData.bundle);
const sampleCorpus = buildCorpus(workerData.sample).corpus;
const SAMPLE_DRAFT = workerData.draft;

/** Time spent in the product's own calls during the current case; checking the invariants is not timed. */
let spent = 0;
async function timed(work) {
  const t = performance.now();
  try {
    return await work();
  } finally {
    spent += performance.now() - t;
  }
}

/**
 * Line and column of each offset the way VS Code counts them (LF, CRLF and a lone CR end a line),
 * computed here in one pass over the text, independently of the engine.
 */
function lineCols(text, offsets) {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const found = new Map();
  let line = 1;
  let start = 0;
  let i = 0;
  for (const offset of wanted) {
    for (; i < offset && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        start = i + 1;
      }
    }
    found.set(offset, { line, column: offset - start + 1 });
  }
  return found;
}

/** Offsets of findings against the draft text and the corpus they were judged on. */
function checkFindings(findings, text, corpus, fail) {
  const positions = lineCols(text, findings.map((f) => f.claim.start));
  for (const f of findings) {
    const c = f.claim;
    if (!(c.start >= 0 && c.start < c.end && c.end <= text.length)) fail(`claim offsets out of range: ${c.start}-${c.end} of ${text.length}`);
    else if (text.slice(c.start, c.end) !== c.text) fail(`claim text is not text.slice(start, end) at ${c.start}`);
    const at = positions.get(c.start);
    if (at.line !== c.line || at.column !== c.column) fail(`claim at ${c.start} reported at ${c.line}:${c.column}, is at ${at.line}:${at.column}`);
    if (!['contested', 'supported', 'unverified'].includes(f.verdict)) fail(`bad verdict ${f.verdict}`);
    for (const e of f.evidence) {
      const source = corpus.sources.find((s) => s.id === e.source.id && s.root === e.source.root);
      const p = e.passage;
      if (!source) fail(`evidence from unknown source ${e.source.id}`);
      else if (source.text.slice(p.start, p.end) !== p.text) fail(`passage text is not source.slice(start, end) in ${source.id}`);
      if (!(p.start <= p.focus.start && p.focus.start < p.focus.end && p.focus.end <= p.end)) fail(`focus ${p.focus.start}-${p.focus.end} outside passage ${p.start}-${p.end}`);
      for (const h of e.highlights) if (!(h.start >= 0 && h.start <= h.end && h.end <= p.text.length)) fail(`highlight ${h.start}-${h.end} outside the passage`);
    }
  }
}

function checkCorpus(corpus, problems, files, fail) {
  const paths = new Set(files.map((f) => f.path));
  if (corpus.sources.length + problems.length !== paths.size) fail(`${paths.size} files gave ${corpus.sources.length} sources and ${problems.length} problems`);
  for (const p of problems) if (!p.message || /undefined|\[object/.test(p.message)) fail(`unclear problem message: ${JSON.stringify(p)}`);
  for (const s of corpus.sources) {
    const file = files.find((f) => f.path === s.id);
    if (file && file.text.length !== s.text.length) fail(`source ${s.id} is ${s.text.length} long, the file ${file.text.length}`);
  }
  for (const p of corpus.passages) {
    const source = corpus.sources.find((s) => s.id === p.sourceId);
    if (source.text.slice(p.start, p.end) !== p.text) fail(`passage ${p.id} does not slice its source`);
  }
}

/** True when the bytes are text every reader would accept: valid UTF-8, no NUL, few control bytes. */
function plainText(bytes) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return false;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return bytes.length === 0 || control / bytes.length <= 0.02;
}

/** Runs the real CLI in-process against the real file system, capturing its streams. */
async function cli(argv) {
  let out = '';
  let err = '';
  const io = { ...nodeIo(), stdout: { write: (t) => void (out += t) }, stderr: { write: (t) => void (err += t) } };
  const code = await run(argv, io);
  return { code, out, err };
}

function cliBasics(result, fail) {
  if (![0, 1, 2].includes(result.code)) fail(`exit code ${result.code}`);
  if (/internal error/.test(result.err)) fail(`internal error: ${result.err.split('\n').find((l) => l.includes('internal error'))}`);
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(result.err)) fail('a stack trace on stderr');
}

const targets = {
  async 'engine-draft'(c, fail) {
    const findings = await timed(() => checkText(c.text, sampleCorpus, {}, c.kind));
    checkFindings(findings, c.text, sampleCorpus, fail);
    return c.text.length;
  },
  async 'engine-source'(c, fail) {
    const files = [{ path: `big.${c.kind === 'markdown' ? 'md' : c.kind === 'html' ? 'html' : 'txt'}`, text: c.text }];
    const { corpus, problems } = await timed(() => buildCorpus(files));
    checkCorpus(corpus, problems, files, fail);
    checkFindings(await timed(() => checkText(SAMPLE_DRAFT, corpus, {}, 'markdown')), SAMPLE_DRAFT, corpus, fail);
    return c.text.length;
  },
  async 'engine-corpus'(c, fail) {
    const { corpus, problems } = await timed(() => buildCorpus(c.files, ['root']));
    checkCorpus(corpus, problems, c.files, fail);
    checkFindings(await timed(() => checkText(SAMPLE_DRAFT, corpus, {}, 'markdown')), SAMPLE_DRAFT, corpus, fail);
    return c.files.reduce((n, f) => n + f.text.length, 0);
  },
  async decode(c, fail) {
    const r = await timed(() => decodeSourceBytes('f.md', c.bytes));
    if (!r.ok && !r.problem.message) fail('a refused file without a message');
    if (!r.ok && plainText(c.bytes)) fail(`plain UTF-8 text refused: ${r.problem.message}`);
    if (r.ok && typeof r.text !== 'string') fail('decoded to a non-string');
    return c.bytes.length;
  },
  async 'cli-check'(c, fail, dir) {
    const at = (p) => path.join(dir, p);
    for (const f of [...c.sources, ...c.drafts]) {
      fs.mkdirSync(path.dirname(at(f.path)), { recursive: true });
      fs.writeFileSync(at(f.path), f.bytes);
    }
    fs.mkdirSync(at('corpus/sub'), { recursive: true });
    for (const [link, target] of c.links) fs.symlinkSync(target, at(link));
    const argv = ['check', ...c.args.map(at), '--corpus', at('corpus'), ...(c.twice ? ['--corpus', `${at('corpus')}/`] : []), '--format', 'json', '--fail-on', 'never'];
    const result = await timed(() => cli(argv));
    cliBasics(result, fail);
    const usable = c.drafts.filter((d) => decodeSourceBytes(d.path, d.bytes).ok).map((d) => at(d.path));
    if (result.out) {
      let report;
      try {
        report = reportSchema.parse(JSON.parse(result.out));
      } catch (e) {
        fail(`stdout is not a valid report: ${e.message.slice(0, 200)}`);
        return 0;
      }
      for (const file of report.files) {
        const decoded = decodeSourceBytes(file.path, fs.readFileSync(file.path));
        for (const claim of file.claims) if (decoded.text.slice(claim.start, claim.end) !== claim.text) fail(`report claim does not slice ${file.path}`);
      }
      for (const draft of usable) if (!report.files.some((f) => f.path === draft)) fail(`readable draft ${path.basename(draft)} missing from the report`);
      for (const p of report.problems) if (!p.message) fail(`problem without a message: ${p.path}`);
    } else if (usable.length > 0 && !/error: (the corpus is empty|corpus)/.test(result.err)) {
      fail(`no report for readable drafts, and no corpus error: ${result.err.slice(0, 300)}`);
    }
    for (const d of c.drafts) {
      const decoded = decodeSourceBytes(d.path, d.bytes);
      if (!decoded.ok && result.out && !result.err.includes(`error: ${at(d.path)}: `)) fail(`unreadable draft ${d.path} not reported`);
    }
    return [...c.sources, ...c.drafts].reduce((n, f) => n + f.bytes.length, 0);
  },
  async 'cli-stance'(c, fail, dir) {
    return jsonl(c, fail, dir);
  },
  async 'cli-claims'(c, fail, dir) {
    return jsonl(c, fail, dir);
  },
};

/** Which lines of a JSON Lines input are valid, decided here from the bytes, independently of the CLI. */
function expectedLines(bytes, command) {
  const lines = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    let line = bytes.subarray(start, i > start && bytes[i - 1] === 0x0d ? i - 1 : i);
    start = i + 1;
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(line);
    } catch {
      lines.push({ kind: 'bad' });
      continue;
    }
    if (text.trim() === '') {
      lines.push({ kind: 'blank' });
      continue;
    }
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      lines.push({ kind: 'bad' });
      continue;
    }
    const idOk = json && typeof json === 'object' && !Array.isArray(json) && (typeof json.id === 'string' || typeof json.id === 'number');
    const fieldsOk = command === 'stance' ? typeof json?.claim === 'string' && typeof json?.passage === 'string' : typeof json?.text === 'string';
    lines.push(idOk && fieldsOk && !text.includes('\u0000') ? { kind: 'good', id: json.id } : { kind: 'bad' });
  }
  return lines;
}

async function jsonl(c, fail, dir) {
  const file = path.join(dir, 'input.jsonl');
  fs.writeFileSync(file, c.bytes);
  const result = await timed(() => cli([c.command, '--input', file]));
  cliBasics(result, fail);
  const expected = expectedLines(c.bytes, c.command);
  const answered = result.out.trim() === '' ? [] : result.out.trim().split('\n').map((l) => JSON.parse(l).id);
  const good = expected.filter((l) => l.kind === 'good').map((l) => l.id);
  if (JSON.stringify(answered) !== JSON.stringify(good)) fail(`answered ids ${JSON.stringify(answered).slice(0, 120)}, valid lines ${JSON.stringify(good).slice(0, 120)}`);
  expected.forEach((l, i) => {
    if (l.kind === 'bad' && !result.err.includes(`input.jsonl:${i + 1}: `)) fail(`bad line ${i + 1} not reported`);
  });
  if (result.code !== (expected.some((l) => l.kind === 'bad') ? 2 : 0)) fail(`exit code ${result.code}`);
  return c.bytes.length;
}

parentPort.on('message', async ({ index, testCase }) => {
  const failures = [];
  const fail = (message) => failures.length < 5 && failures.push(message);
  const dir = fs.mkdtempSync(path.join(workerData.tmp, `case-${index}-`));
  spent = 0;
  workerData.engineClock.fill(0);
  let bytes = 0;
  try {
    bytes = await targets[testCase.target](testCase, fail, dir);
  } catch (e) {
    fail(`crash: ${e?.stack?.split('\n').slice(0, 3).join(' | ') ?? e}`);
  }
  const ms = spent;
  fs.rmSync(dir, { recursive: true, force: true });
  parentPort.postMessage({ index, failures, ms, bytes, stanceMs: workerData.engineClock[1], scoringMs: workerData.engineClock[2] });
});
