#!/usr/bin/env node
// `npm run bench`: speed figures, printed, never a test.
//
// Generates, from a fixed seed, a synthetic corpus of 1,000 short articles about invented towns and a
// 5,000-word draft that restates, alters or invents their facts, then measures in this one process:
// corpus build, a full check, the re-check after a one-word edit through createChecker (the typing
// path), peak RSS, and search throughput of the engine next to minisearch over the very same passages,
// so both numbers share this machine's noise. Finally it times the real CLI end to end once.
// Flags: --articles N (default 1000), --words N (default 5000), --seed N (default 7).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { loadEngineModule, numberFlag, prng, repo } from './lib.mjs';

const require = createRequire(import.meta.url);
const MiniSearch = require('minisearch');

const ARTICLES = numberFlag('articles', 1000);
const DRAFT_WORDS = numberFlag('words', 5000);
const SEED = numberFlag('seed', 7);
const EDITS = 20;
const QUERIES = 300;

// ---------------------------------------------------------------------------------------------
// Deterministic synthetic text

const random = prng(SEED);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const TOWNS = ['Brookhaven', 'Eastmere', 'Lowmoor', 'Carrow Bay', 'Finchley Cross', 'Ardenvale', 'Saltmarsh', 'Kingsford', 'Oakhurst', 'Penmarric', 'Wendover Hill', 'Redcliff', 'Mossgate', 'Ellerby', 'Thornbury', 'Westwick'];
const FIRST = ['Maria', 'Daniel', 'Lena', 'Tomas', 'Aisha', 'Pieter', 'Nadia', 'Owen', 'Grace', 'Ravi', 'Ines', 'Jonas', 'Mei', 'Samuel', 'Zofia', 'Kwame'];
const LAST = ['Okafor', 'Reyes', 'Voss', 'Lindqvist', 'Haddad', 'Brennan', 'Moreau', 'Tanaka', 'Kowalski', 'Mensah', 'Alvarez', 'Fischer', 'Osei', 'Marsh', 'Duarte', 'Novak'];
const ORGS = ['town council', 'port authority', 'water board', 'school board', 'transport committee', 'housing trust', 'planning panel', 'health board'];
const ROLES = ['treasurer', 'mayor', 'chair', 'spokeswoman', 'spokesman', 'director', 'deputy mayor', 'clerk'];
const PROJECTS = ['ferry terminal', 'library extension', 'flood barrier', 'bus depot', 'sports hall', 'harbour wall', 'solar farm', 'bridge repair', 'night market', 'clinic'];
const FACILITIES = ['east branch library', 'north pool', 'old fire station', 'river museum', 'youth centre', 'night shelter'];
const OUTLETS = ['Lakeside Gazette', 'Harbor Ledger', 'Valley Courier', 'Coastal Post', 'Northgate Bulletin'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const PAIRS = [['approved', 'rejected'], ['rose', 'fell'], ['opened', 'closed'], ['won', 'lost']];
const QUOTES = ['We will deliver this on time', 'The numbers simply do not add up', 'Residents deserve better than this', 'This is a good day for the town'];

/** One fact as a small record, rendered to a sentence; drafts restate, alter or invent facts. */
function makeFact(town) {
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const kind = int(0, 6);
  return { kind, town, person, org: pick(ORGS), role: pick(ROLES), project: pick(PROJECTS), facility: pick(FACILITIES), outlet: pick(OUTLETS), a: int(5, 9), b: int(0, 4), n: int(2, 90), p: int(2, 40), month: pick(MONTHS), year: int(2024, 2030), day: pick(DAYS), pair: pick(PAIRS), quote: pick(QUOTES) };
}

function render(f) {
  switch (f.kind) {
    case 0: return `The ${f.town} ${f.org} ${f.pair[0] === 'approved' ? 'approved' : 'backed'} the ${f.project} by a ${f.a}-${f.b} vote on ${f.day}.`;
    case 1: return `The ${f.project} in ${f.town} will cost $${f.n}.${f.b} million, according to ${f.role} ${f.person}.`;
    case 2: return `${f.person}, the ${f.role} of ${f.town}, said the ${f.project} would open in ${f.month} ${f.year}.`;
    case 3: return `About ${f.n * 10} residents of ${f.town} attended the ${f.org} meeting, the ${f.outlet} reported.`;
    case 4: return `Ticket sales at the ${f.town} ${f.project} ${f.pair[0] === 'rose' ? 'rose' : 'fell'} ${f.p}% in ${f.month}, the ${f.org} said.`;
    case 5: return `The ${f.town} ${f.org} ${f.pair[0]} a plan to close the ${f.facility}.`;
    default: return `"${f.quote}," ${f.person} of the ${f.town} ${f.org} told reporters on ${f.day}.`;
  }
}

/** The same fact with one detail changed the way real coverage disagrees: a figure, a date, a predicate. */
function alter(f) {
  const g = { ...f };
  if (f.kind === 0) g.a = f.a === 9 ? 8 : f.a + 1;
  else if (f.kind === 1 || f.kind === 3) g.n = f.n + int(3, 20);
  else if (f.kind === 2) g.year = f.year + 1;
  else if (f.kind === 4) g.p = f.p + int(5, 15);
  else if (f.kind === 5) g.pair = [f.pair[1], f.pair[0]];
  else g.day = DAYS[(DAYS.indexOf(f.day) + 1) % DAYS.length];
  return g;
}

const FILLER = ['It remains to be seen whether the plan will work.', 'Here is what we know so far.', 'Residents have mixed feelings.', 'Sign up for our newsletter to read more.'];

function generateCorpus() {
  const files = [];
  const facts = [];
  for (let i = 0; i < ARTICLES; i++) {
    const town = pick(TOWNS);
    const own = Array.from({ length: int(6, 12) }, () => makeFact(town));
    facts.push(...own);
    const body = own.map(render);
    body.splice(int(0, body.length), 0, pick(FILLER));
    const paragraphs = [];
    for (let k = 0; k < body.length; k += 3) paragraphs.push(body.slice(k, k + 3).join(' '));
    const outlet = pick(OUTLETS);
    const text = `---\ntitle: ${town} news roundup number ${i + 1}\noutlet: ${outlet}\nurl: https://example.org/bench/${i + 1}\ndate: 2026-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}\nreliability: ${int(1, 3)}\n---\n\n${paragraphs.join('\n\n')}\n`;
    files.push({ path: `${String(i).padStart(4, '0')}-${town.toLowerCase().replace(/\s+/g, '-')}.md`, root: 0, text });
  }
  return { files, facts };
}

function generateDraft(facts) {
  const sentences = [];
  let words = 0;
  while (words < DRAFT_WORDS) {
    const r = random();
    const sentence = r < 0.45 ? render(pick(facts)) : r < 0.75 ? render(alter(pick(facts))) : r < 0.9 ? render(makeFact(pick(TOWNS))) : pick(FILLER);
    sentences.push(sentence);
    words += sentence.split(/\s+/).length;
  }
  const parts = [];
  for (let i = 0; i < sentences.length; i += 4) {
    if (i % 32 === 0) parts.push(`## Section ${i / 32 + 1}`);
    parts.push(sentences.slice(i, i + 4).join(' '));
  }
  return { text: `# Bench draft\n\n${parts.join('\n\n')}\n`, words };
}

// ---------------------------------------------------------------------------------------------
// Measurement helpers

function time(fn) {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);


// ---------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
try {
  const engine = await loadEngineModule();
  const { files, facts } = generateCorpus();
  const draft = generateDraft(facts);
  const corpusBytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  console.log(`synthetic corpus: ${files.length} articles, ${mb(corpusBytes)}; draft: ${draft.words} words (seed ${SEED}); node ${process.version}`);

  const rows = [];
  const row = (what, figure, note = '') => rows.push([what, figure, note]);

  const decoded = time(() => files.map((f) => ({ ...f, text: engine.decodeSourceBytes(f.path, Buffer.from(f.text)).text })));
  row(`decode ${files.length} files`, `${decoded.ms.toFixed(0)} ms`);
  const built = time(() => engine.buildCorpus(decoded.value, ['bench']));
  const corpus = built.value.corpus;
  row('buildCorpus', `${built.ms.toFixed(0)} ms`, `${corpus.sources.length} sources, ${corpus.passages.length} passages, ${built.value.problems.length} problems`);

  const full = time(() => engine.checkText(draft.text, corpus, {}, 'markdown'));
  // The synthetic texts reuse a small vocabulary, so their verdict mix says nothing about quality: only
  // the claim count is printed (quality is measured by npm run eval).
  row('checkText, full draft (cold)', `${full.ms.toFixed(0)} ms`, `${full.value.length} claims`);

  const checker = engine.createChecker(corpus, {});
  const first = time(() => checker.check(draft.text, 'markdown'));
  row('createChecker, first check', `${first.ms.toFixed(0)} ms`);
  const edits = [];
  let text = draft.text;
  for (let i = 0; i < EDITS; i++) {
    // Replace one word somewhere in the draft, as a keystroke-level change would.
    const words = [...text.matchAll(/\b[a-z]{4,}\b/g)];
    const target = words[Math.floor(random() * words.length)];
    text = text.slice(0, target.index) + `${target[0]}s` + text.slice(target.index + target[0].length);
    edits.push(time(() => checker.check(text, 'markdown')).ms);
  }
  row(`re-check after a one-word edit`, `${median(edits).toFixed(1)} ms`, `median of ${EDITS}; max ${Math.max(...edits).toFixed(1)} ms`);
  const same = time(() => checker.check(text, 'markdown'));
  row('re-check, unchanged text', `${same.ms.toFixed(1)} ms`);

  // Search: the engine's index against minisearch over the same passages and the same queries.
  const queries = Array.from({ length: QUERIES }, () => render(pick(facts)).replace(/[^\p{L}\p{N}$%\s-]/gu, ' '));
  const engineSearch = time(() => queries.forEach((q) => engine.searchCorpus(corpus, q, 10)));
  const miniBuild = time(() => {
    const mini = new MiniSearch({ fields: ['text'], storeFields: [] });
    mini.addAll(corpus.passages.map((p, id) => ({ id, text: p.text })));
    return mini;
  });
  const miniSearch = time(() => queries.forEach((q) => miniBuild.value.search(q).slice(0, 10)));
  const qps = (ms) => `${((QUERIES / ms) * 1000).toFixed(0)} q/s`;
  row('searchCorpus (engine, BM25)', qps(engineSearch.ms), `${QUERIES} queries, top 10`);
  row('minisearch 7 search (peer)', qps(miniSearch.ms), 'same passages, same queries, default options');
  row('minisearch index build (peer)', `${miniBuild.ms.toFixed(0)} ms`, 'the engine builds its index inside buildCorpus');

  row('peak RSS (this process)', mb(process.resourceUsage().maxRSS * 1024), `heap used now ${mb(process.memoryUsage().heapUsed)}`);

  // End to end through the shipped CLI: walk, stat, read, decode, build, check, render JSON.
  const dir = join(work, 'corpus');
  mkdirSync(dir);
  for (const f of files) writeFileSync(join(dir, f.path), f.text);
  writeFileSync(join(work, 'draft.md'), draft.text);
  const t0 = performance.now();
  const cli = spawnSync(process.execPath, [join(repo, 'dist/cli.js'), 'check', join(work, 'draft.md'), '--corpus', dir, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const cliMs = performance.now() - t0;
  row('CLI check end to end (new process)', cli.status === 0 ? `${cliMs.toFixed(0)} ms` : `failed (exit ${cli.status})`, cli.status === 0 ? `${mb(cli.stdout.length)} of JSON` : cli.stderr.split('\n')[0]);

  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`${'measure'.padEnd(w0)}  ${'figure'.padStart(w1)}  note`);
  for (const [what, figure, note] of rows) console.log(`${what.padEnd(w0)}  ${figure.padStart(w1)}  ${note}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
