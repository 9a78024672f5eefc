#!/usr/bin/env node
// `npm run bench`: speed figures, printed as one table from one run, never a test.
//
// For each corpus size (default 10,000 and 50,000 articles, re-mixed from the FNC-1 bodies in
// ../shared/data/fnc-1 by scripts/bench-corpus.mjs, generated when they are absent) it writes the corpus
// to a temporary folder and measures, on the same files and the same claim-like queries:
//   - ours through the shipped CLI, in a process of its own: `search --input --cache --timing` once with an
//     empty cache (index build) and once with the cache it wrote (reload), per-query p50/p95, heap and
//     peak RSS;
//   - MiniSearch and FlexSearch (devDependencies used only here), each in a process of its own, one
//     document per file with default options (FlexSearch with `suggest`, so a claim need not match every
//     word), top 10;
//   - in this process, the corpus reloaded from that cache, a full check of a 5,000-word draft built from
//     corpus sentences (some with a figure changed), and the re-check after a one-sentence edit through
//     createChecker (the typing path), median of 20 edits;
//   - at 10,000 articles (--vscode-size), the real VS Code (scripts/bench-vscode.mjs): the index built and
//     saved by the extension in one session, then, in a second session on the same user data, the first
//     highlights and the first verdicts after opening a draft.
// The machine is shared and noisy, so every figure sits next to its peers from the same run, as ratios.
// Flags: --sizes 10000,50000  --queries 300  --peer-queries-large 50 (MiniSearch on the larger corpora,
// whose queries take seconds each)  --seed 7  --vscode-size 10000 (0: no VS Code figures).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchQueries, remixedArticles } from './bench-corpus.mjs';
import { vscodeWithIndex } from './bench-vscode.mjs';
import { loadEngineModule, numberFlag, prng, repo } from './lib.mjs';

const flag = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const SIZES = String(flag('sizes', '10000,50000')).split(',').map(Number).filter((n) => n > 0);
const QUERIES = numberFlag('queries', 300);
const PEER_QUERIES_LARGE = numberFlag('peer-queries-large', 50);
const SEED = numberFlag('seed', 7);
const DRAFT_WORDS = 5000;
const EDITS = 20;
/** The corpus size at which the real VS Code is timed with a persisted index (0 or --vscode-size 0: never). */
const VSCODE_SIZE = numberFlag('vscode-size', 10000);
/** Sentences of the draft opened in the real VS Code: an article's length, not the 5,000-word draft. */
const VSCODE_DRAFT_SENTENCES = 30;
const memoryHook = join(repo, 'scripts/bench-memory.cjs');

const rows = [];
// Each figure also goes to stderr as it is measured: a long run shows its progress, and a stopped one its figures so far.
const row = (size, what, figure, note = '') => {
  rows.push([size, what, figure, note]);
  process.stderr.write(`bench: ${size} ${what}: ${figure} ${note}\n`);
};
const fmt = (ms) => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
const ratio = (x) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs node with the memory hook; returns stdout, stderr and the parsed memory line. */
function node(args) {
  const run = spawnSync(process.execPath, ['--require', memoryHook, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const memory = /memory: (\{.*\})/.exec(run.stderr);
  return { ...run, memory: memory ? JSON.parse(memory[1]) : undefined };
}

/** Ours through the CLI: the timing line and the memory line. */
function ours(dir, queryFile, cache) {
  const run = node([cli, 'search', '--input', queryFile, '--corpus', dir, '--cache', cache, '--top', '10', '--timing']);
  const timing = /timing: index (built|loaded)[^]*? in (\d+) ms; (\d+) queries: p50 ([\d.]+) ms, p95 ([\d.]+) ms/.exec(run.stderr);
  if (run.status !== 0 || !timing) throw new Error(`corroborate search failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  return { how: timing[1], indexMs: Number(timing[2]), p50: Number(timing[4]), p95: Number(timing[5]), memory: run.memory, lines: run.stdout.trim().split('\n').length };
}

function peer(name, dir, queryFile, max) {
  const run = spawnSync(process.execPath, [join(repo, 'scripts/bench-peer.mjs'), name, dir, queryFile, String(max)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) return { error: run.stderr.split('\n').find((l) => l.trim()) ?? `exit ${run.status}` };
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

/**
 * The real VS Code on this corpus (scripts/bench-vscode.mjs): one session indexes it and saves the index, a
 * second starts on the same user data and opens a draft; the figures run from opening the draft.
 */
async function vscodeRows(label, articles, sentences) {
  const text = `# Bench draft\n\n${sentences.slice(0, VSCODE_DRAFT_SENTENCES).join(' ')}\n`;
  const run = await vscodeWithIndex(articles, text);
  if (run.error) return row(label, 'real VS Code', 'not measured', run.error);
  const { build, reload } = run;
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  row(label, 'VS Code: index built and saved (first session)', s(build.indexedMs), `${build.sources} sources read through the extension, index saved (${run.savedMB.toFixed(0)} MB)`);
  row(label, 'VS Code: first highlights (claims) after opening a draft', s(reload.claimsMs), `second session, persisted index; ${VSCODE_DRAFT_SENTENCES}-sentence draft; activation ${s(reload.activeMs)}`);
  row(label, 'VS Code: first verdicts after opening a draft', s(reload.verdictsMs), `corpus reloaded at ${s(reload.phases.ready ?? NaN)}; ${reload.claims} claims checked at ${s(reload.allMs)}; "no corpus" shown while loading: ${reload.noCorpusSaid ? 'yes' : 'no'}`);
}

/** A ~5,000-word draft of corpus sentences, a third with a figure changed, in paragraphs of four. */
function makeDraft(articles) {
  const sentences = [];
  let words = 0;
  for (const s of benchQueries(articles, 5000, SEED + 1)) {
    if (words >= DRAFT_WORDS) break;
    sentences.push(s);
    words += s.split(/\s+/).length;
  }
  const parts = [];
  for (let i = 0; i < sentences.length; i += 4) parts.push(sentences.slice(i, i + 4).join(' '));
  return { text: `# Bench draft\n\n${parts.join('\n\n')}\n`, words, sentences };
}

const engine = await loadEngineModule();
const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
// A private copy of the CLI bundle (self-contained), so a rebuild while the bench runs changes nothing.
const cli = join(work, 'cli.js');
copyFileSync(join(repo, 'dist/cli.js'), cli);
const build = createHash('sha256').update(readFileSync(cli)).digest('hex').slice(0, 24);
let origin = '';
try {
  for (const size of SIZES) {
    const label = `${size / 1000}k`;
    const dir = join(work, label, 'corpus');
    const cache = join(work, label, 'cache');
    const queryFile = join(work, label, 'queries.jsonl');
    mkdirSync(dir, { recursive: true });
    const remix = remixedArticles(size, SEED);
    origin = remix.origin;
    let bytes = 0;
    for (const a of remix.articles) {
      writeFileSync(join(dir, a.path), a.text);
      bytes += Buffer.byteLength(a.text);
    }
    const mb = bytes / 1e6;
    writeFileSync(queryFile, benchQueries(remix.articles, QUERIES, SEED + 4).map((query, i) => JSON.stringify({ id: i + 1, query })).join('\n') + '\n');
    row(label, 'corpus', `${mb.toFixed(1)} MB`, `${size} articles (${remix.origin}); ${QUERIES} queries`);

    const built = ours(dir, queryFile, cache);
    const reloaded = ours(dir, queryFile, cache);
    const mini = peer('minisearch', dir, queryFile, size > 10000 ? PEER_QUERIES_LARGE : QUERIES);
    const flex = peer('flexsearch', dir, queryFile, QUERIES);
    const peers = [['MiniSearch', mini], ['FlexSearch', flex]];

    const ourRate = mb / (built.indexMs / 1000);
    row(label, 'index build, ours', `${ourRate.toFixed(2)} MB/s`, `${fmt(built.indexMs)} (read, parse, split, index)`);
    for (const [name, p] of peers) {
      if (p.error) { row(label, `index build, ${name}`, 'failed', p.error); continue; }
      const rate = mb / ((p.readMs + p.buildMs) / 1000);
      row(label, `index build, ${name}`, `${rate.toFixed(2)} MB/s`, `${fmt(p.readMs + p.buildMs)}; ours ÷ ${name}: ${ratio(ourRate / rate)}`);
    }
    row(label, 'retrieval p50 / p95, ours', `${fmt(built.p50)} / ${fmt(built.p95)}`, `top 10 passages; after reload ${fmt(reloaded.p50)} / ${fmt(reloaded.p95)}`);
    for (const [name, p] of peers) {
      if (p.error) continue;
      row(label, `retrieval p50 / p95, ${name}`, `${fmt(p.p50)} / ${fmt(p.p95)}`, `${p.queries} queries; ${name} p50 ÷ ours: ${ratio(p.p50 / built.p50)}`);
    }
    row(label, 'heap / peak RSS, ours (build)', `${built.memory?.heapMB.toFixed(0)} / ${built.memory?.rssMB.toFixed(0)} MB`, `peak RSS ÷ corpus size: ${ratio(built.memory?.rssMB / (bytes / 2 ** 20))}`);
    row(label, 'heap / peak RSS, ours (reload)', `${reloaded.memory?.heapMB.toFixed(0)} / ${reloaded.memory?.rssMB.toFixed(0)} MB`);
    for (const [name, p] of peers) {
      if (!p.error) row(label, `heap / peak RSS, ${name}`, `${p.heapMB.toFixed(0)} / ${p.rssMB.toFixed(0)} MB`);
    }
    const snapshot = readdirSync(cache).find((f) => f.endsWith('.idx'));
    const snapshotMB = snapshot ? readFileSync(join(cache, snapshot)).length / 1e6 : 0;
    row(label, 'reload vs rebuild, ours', `${fmt(reloaded.indexMs)} vs ${fmt(built.indexMs)}`, `${ratio(built.indexMs / reloaded.indexMs)} faster (${reloaded.how}); snapshot ${snapshotMB.toFixed(0)} MB`);

    // In this process, as the extension's worker does it: the corpus from the CLI's cache, then checks.
    const t0 = performance.now();
    const files = remix.articles.map((a) => ({ path: a.path, root: 0, text: a.text }));
    const read = engine.decodeSnapshot(readFileSync(join(cache, snapshot)), build);
    if (!read.ok) throw new Error(`cannot read the CLI's snapshot: ${read.message}`);
    const segments = new Map(read.segments.map((s) => [s.path, s]));
    const { corpus, reused } = engine.buildCorpus(files, [dir], { cached: (path) => segments.get(path) });
    row(label, 'reload in process (from texts in memory)', fmt(performance.now() - t0), `${reused} of ${files.length} files from the snapshot`);
    const draft = makeDraft(remix.articles);
    const checker = engine.createChecker(corpus, {});
    const t1 = performance.now();
    const findings = checker.check(draft.text, 'markdown');
    row(label, 'full check of a draft', fmt(performance.now() - t1), `${draft.words} words, ${findings.length} claims`);
    const random = prng(SEED + 9);
    let text = draft.text;
    const edits = [];
    for (let i = 0; i < EDITS; i++) {
      // Replace one whole sentence of the draft with another corpus sentence, as an editor rewriting it would.
      const old = draft.sentences[Math.floor(random() * draft.sentences.length)];
      const replacement = benchQueries(remix.articles, 1, SEED + 100 + i)[0];
      if (!text.includes(old)) continue;
      text = text.replace(old, replacement);
      const t = performance.now();
      checker.check(text, 'markdown');
      edits.push(performance.now() - t);
    }
    row(label, 're-check after a one-sentence edit', fmt(median(edits)), `median of ${edits.length}; max ${fmt(Math.max(...edits))}`);
    if (size === VSCODE_SIZE) await vscodeRows(label, remix.articles, draft.sentences);
    rmSync(join(work, label), { recursive: true, force: true });
  }
  const firstFindings = join(repo, '.vscode-test/first-findings.json');
  if (existsSync(firstFindings)) {
    const f = JSON.parse(readFileSync(firstFindings, 'utf8'));
    row('vscode', 'first highlights after opening a draft', fmt(f.ms), `${f.corpus} (measured by the last npm run test:vscode at ${f.at})`);
  } else row('vscode', 'first highlights after opening a draft', 'not measured', 'run npm run test:vscode first');

  const widths = [0, 1, 2].map((k) => Math.max(...rows.map((r) => r[k].length)));
  console.log(`npm run bench: node ${process.version}, ${origin}, one run`);
  for (const [size, what, figure, note] of rows) console.log(`${size.padEnd(widths[0])}  ${what.padEnd(widths[1])}  ${figure.padStart(widths[2])}  ${note}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
