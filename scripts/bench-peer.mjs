#!/usr/bin/env node
// One peer of `npm run bench`, in its own process so its memory is its own: builds a MiniSearch or
// FlexSearch index over the corpus files (one document per file, default options, as a new user would)
// and runs the queries, top 10 each. Prints one JSON line: build time, per-query p50/p95, heap, peak RSS.
//
//   node scripts/bench-peer.mjs minisearch|flexsearch CORPUS_DIR QUERIES.jsonl [MAX_QUERIES]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const [peer, dir, queryFile, max] = process.argv.slice(2);
const queries = readFileSync(queryFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l).query).slice(0, Number(max ?? Infinity));

const started = performance.now();
const files = readdirSync(dir).sort();
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const readMs = performance.now() - started;

let search;
const t0 = performance.now();
if (peer === 'minisearch') {
  const MiniSearch = require('minisearch');
  const mini = new MiniSearch({ fields: ['text'], storeFields: [] });
  mini.addAll(texts.map((text, id) => ({ id, text })));
  search = (q) => mini.search(q).slice(0, 10);
} else if (peer === 'flexsearch') {
  const { Index } = require('flexsearch');
  const index = new Index();
  texts.forEach((text, id) => index.add(id, text));
  // suggest: partial matches too, as claim retrieval needs (the default answers only documents with every word).
  search = (q) => index.search(q, { limit: 10, suggest: true });
} else {
  console.error(`unknown peer ${peer}`);
  process.exit(2);
}
const buildMs = performance.now() - t0;

const times = [];
for (const q of queries) {
  const t = performance.now();
  search(q);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.max(0, Math.ceil(p * times.length) - 1))];
const memory = process.memoryUsage();
console.log(JSON.stringify({ peer, readMs, buildMs, queries: times.length, p50: at(0.5), p95: at(0.95), heapMB: memory.heapUsed / 2 ** 20, rssMB: process.resourceUsage().maxRSS / 1024 }));
