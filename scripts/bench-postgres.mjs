#!/usr/bin/env node
// `node scripts/bench-postgres.mjs`: the PostgreSQL archive at scale, printed, never a test.
//
// Builds a corpus of re-mixed FNC-1 bodies (each article a seeded draw of paragraphs from several real
// bodies in ../shared/data/fnc-1/train_bodies.csv, with front matter), loads it with the real CLI
// (`corroborate index`), and reports: load time and database size; per-claim retrieval p50/p95 against the
// loopback server on the full archive and on a 10,000-article subset, next to the in-process index on the
// same subset; one `corroborate check --database` end to end; and 20 concurrent checkers (each its own
// connection, each checking a fixed number of claims, so the run stops by itself) with their error count.
// Claims are sentences of the corpus, lightly reworded (a figure changed), so most have real matches.
//
// Flags: --articles N (default 100000), --subset N (default 10000), --claims N (default 300),
//        --editors N (default 20), --per-editor N claims each (default 40), --seed N (default 11),
//        --keep (keep the generated corpus folder), --skip-load (reuse the databases a previous run loaded).
// Server: CORROBORATE_DATABASE_URL if set (databases are created beside the one it names), else a private
// server is started with scripts/pg-server.sh in a temporary folder and stopped at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { readTrainBodies } from './fnc-bodies.mjs';
import { loadEngineModule, numberFlag, prng, repo } from './lib.mjs';

const require = createRequire(import.meta.url);
const ARTICLES = numberFlag('articles', 100_000);
const SUBSET = Math.min(numberFlag('subset', 10_000), ARTICLES);
const CLAIMS = numberFlag('claims', 300);
const EDITORS = numberFlag('editors', 20);
const PER_EDITOR = numberFlag('per-editor', 40);
const SEED = numberFlag('seed', 11);
const KEEP = process.argv.includes('--keep');
/** Reuse the databases a previous run with the same flags loaded (measure retrieval again without reloading). */
const SKIP_LOAD = process.argv.includes('--skip-load');

const random = prng(SEED);
const pick = (list) => list[Math.floor(random() * list.length)];
const OUTLETS = ['Lakeside Gazette', 'Harbor Ledger', 'Valley Courier', 'Coastal Post', 'Northgate Bulletin', 'Metro Wire'];

const bodies = readTrainBodies();
if (!bodies) {
  console.error('../shared/data/fnc-1/train_bodies.csv not found');
  process.exit(2);
}
const paragraphs = [...bodies.values()].flatMap((b) => b.split(/\n+/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 8));

function article(i) {
  const n = 3 + Math.floor(random() * 5);
  const body = Array.from({ length: n }, () => pick(paragraphs)).join('\n\n');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  const title = body.split(/(?<=[.!?])\s/)[0].slice(0, 100).replace(/[:#\n]/g, ' ');
  return `---\ntitle: ${title || `Article ${i}`}\noutlet: ${pick(OUTLETS)}\ndate: 2024-${month}-${day}\nreliability: ${1 + (i % 3)}\n---\n\n${body}\n`;
}

const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-pg-'));
let serverDir;
const cleanup = () => {
  if (serverDir) {
    spawnSync('bash', [join(repo, 'scripts/pg-server.sh'), 'stop', serverDir], { stdio: 'ignore' });
    rmSync(serverDir, { recursive: true, force: true });
  }
  if (!KEEP) rmSync(work, { recursive: true, force: true });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

const ms = (x) => `${x.toFixed(1)} ms`;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  // Server
  let serverUrl = process.env.CORROBORATE_DATABASE_URL;
  if (!serverUrl) {
    // A folder of its own, not inside `work`: run as root, the server runs as `postgres`, which cannot
    // enter another user's private temporary folder (as .ci/run does with `mktemp -d`).
    serverDir = mkdtempSync(join(tmpdir(), 'corroborate-bench-pgdata-'));
    const port = String(20000 + Math.floor(random() * 20000));
    const started = spawnSync('bash', [join(repo, 'scripts/pg-server.sh'), 'start', serverDir, port, `bench-${SEED}-${Date.now()}`], { encoding: 'utf8' });
    if (started.status !== 0) throw new Error(`could not start PostgreSQL: ${started.stderr}`);
    serverUrl = started.stdout.trim();
  }
  const { Client } = require('pg');
  const dbUrl = async (name) => {
    if (!SKIP_LOAD) {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
    }
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };

  // Corpus
  console.log(`Corroborate PostgreSQL bench: ${ARTICLES} re-mixed FNC-1 articles (from ${bodies.size} bodies), subset ${SUBSET}, seed ${SEED}`);
  let t = performance.now();
  const all = join(work, 'all');
  const subset = join(work, 'subset');
  const texts = [];
  for (let i = 0; i < ARTICLES; i++) {
    const text = article(i);
    const shard = `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`;
    if (!SKIP_LOAD) {
      mkdirSync(join(all, shard), { recursive: true });
      writeFileSync(join(all, shard, `a${i}.md`), text);
    }
    if (i < SUBSET) {
      if (!SKIP_LOAD) {
        mkdirSync(join(subset, shard), { recursive: true });
        writeFileSync(join(subset, shard, `a${i}.md`), text);
      }
      texts.push({ path: `${shard}/a${i}.md`, root: 0, text });
    }
  }
  console.log(`generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Claims: corpus sentences, every third with a figure changed.
  const sentences = texts.flatMap((x) => x.text.split('\n---\n')[1].split(/(?<=[.!?])\s+/)).filter((s) => s.split(/\s+/).length >= 8 && s.length < 300);
  const claims = Array.from({ length: CLAIMS }, (_, i) => {
    const s = pick(sentences);
    return i % 3 === 0 ? s.replace(/\d+/, (d) => String(Number(d) + 3)) : s;
  });

  // Load with the CLI
  const cli = join(repo, 'dist/cli.js');
  const load = (folder, url) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'index', folder, '--database', url], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`index failed (${r.status}): ${r.stderr.slice(-2000)}`);
    return { seconds: (performance.now() - t0) / 1000, out: r.stdout.trim() };
  };
  const subsetUrl = await dbUrl('corroborate_bench_subset');
  const fullUrl = await dbUrl('corroborate_bench_full');
  if (SKIP_LOAD) {
    console.log('\n(--skip-load: the databases of a previous run are reused; no load figures)');
  } else {
    const sub = load(subset, subsetUrl);
    console.log(`\nload ${SUBSET} articles: ${sub.seconds.toFixed(1)} s  (${sub.out.replace(/ in postgres.*$/, '')})`);
    const full = load(all, fullUrl);
    console.log(`load ${ARTICLES} articles: ${full.seconds.toFixed(1)} s  (${full.out.replace(/ in postgres.*$/, '')})`);
    const again = load(all, fullUrl);
    console.log(`re-run on the unchanged ${ARTICLES}: ${again.seconds.toFixed(1)} s  (${again.out.replace(/ in postgres.*$/, '')})`);
  }

  const backend = await loadEngineModule('src/backends/postgres/index.ts', { external: ['pg-native'] });
  const engine = await loadEngineModule();
  const sizes = async (url) => {
    const a = await backend.openArchive({ url, migrate: false });
    const { rows } = await a.pool.query("SELECT pg_database_size(current_database()) AS db, pg_total_relation_size('passages') AS passages, pg_relation_size('passages_terms') AS gin, (SELECT count(*) FROM passages) AS n");
    await a.close();
    return rows[0];
  };
  const sSub = await sizes(subsetUrl);
  const sFull = await sizes(fullUrl);
  console.log(`database size: ${SUBSET} articles ${mb(Number(sSub.db))} (${sSub.n} passages); ${ARTICLES} articles ${mb(Number(sFull.db))} (${sFull.n} passages; passages table ${mb(Number(sFull.passages))}, GIN index ${mb(Number(sFull.gin))})`);

  // Retrieval latency, one claim at a time (12 candidates, what `check` asks for)
  const timeRetriever = async (retriever, label) => {
    for (const c of claims.slice(0, 20)) await retriever.retrieve(c, 12); // warm
    const times = [];
    for (const c of claims) {
      const t0 = performance.now();
      await retriever.retrieve(c, 12);
      times.push(performance.now() - t0);
    }
    console.log(`  ${label.padEnd(44)} p50 ${ms(pct(times, 50)).padStart(9)}  p95 ${ms(pct(times, 95)).padStart(9)}  max ${ms(Math.max(...times)).padStart(9)}`);
    return times;
  };
  console.log(`\nper-claim retrieval, ${CLAIMS} claims, top 12:`);
  t = performance.now();
  const built = engine.buildCorpus(texts, ['subset']).corpus;
  console.log(`  (in-process index of ${SUBSET} articles built in ${((performance.now() - t) / 1000).toFixed(1)} s, ${built.passages.length} passages)`);
  await timeRetriever(engine.corpusRetriever(built), `in-process index, ${SUBSET} articles`);
  const subArchive = await backend.openArchive({ url: subsetUrl, migrate: false });
  await timeRetriever(await new backend.PostgresRetriever(subArchive).init(), `PostgreSQL loopback, ${SUBSET} articles`);
  await subArchive.close();
  const fullArchive = await backend.openArchive({ url: fullUrl, migrate: false });
  const fullRetriever = await new backend.PostgresRetriever(fullArchive).init();
  const fullTimes = await timeRetriever(fullRetriever, `PostgreSQL loopback, ${ARTICLES} articles`);
  await fullArchive.close();

  // The same claims from outside, through the CLI's batch search (one process; its own timing line).
  const queries = join(work, 'queries.jsonl');
  writeFileSync(queries, claims.map((query, id) => JSON.stringify({ id, query })).join('\n') + '\n');
  const batch = spawnSync(process.execPath, [cli, 'search', '--input', queries, '--database', fullUrl, '--top', '12', '--timing'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (batch.status !== 0) throw new Error(`search --input failed (${batch.status}): ${batch.stderr.slice(-2000)}`);
  const timing = batch.stderr.trim().split('\n').pop() ?? '';
  const cliP95 = Number(/p95 ([\d.]+) ms/.exec(timing)?.[1] ?? NaN);
  console.log(`  ${`CLI search --input, ${ARTICLES} articles`.padEnd(44)} ${timing.replace(/^timing:\s*/, '')}`);

  // The CLI end to end: a draft of 30 of the claims, checked against the full archive
  const draft = join(work, 'draft.md');
  writeFileSync(draft, `# Bench draft\n\n${claims.slice(0, 30).join('\n\n')}\n`);
  t = performance.now();
  const checked = spawnSync(process.execPath, [cli, 'check', draft, '--database', fullUrl, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const cliSeconds = (performance.now() - t) / 1000;
  if (checked.status !== 0) throw new Error(`check failed: ${checked.stderr}`);
  const summary = JSON.parse(checked.stdout).summary;
  console.log(`\nCLI check of a 30-claim draft against ${ARTICLES} articles: ${cliSeconds.toFixed(2)} s wall, process start included (${JSON.stringify(summary)})`);

  // 20 editors at once: each its own connection, a fixed number of claims each (retrieval + judging)
  console.log(`\n${EDITORS} concurrent checkers, ${PER_EDITOR} claims each, one connection each, against ${ARTICLES} articles:`);
  const retrievals = [];
  let errors = 0;
  t = performance.now();
  await Promise.all(Array.from({ length: EDITORS }, async (_, e) => {
    const archive = await backend.openArchive({ url: fullUrl, migrate: false, maxConnections: 1, timeoutMs: 30_000 });
    try {
      const retriever = await new backend.PostgresRetriever(archive).init();
      const timed = { retrieve: async (q, k, o) => { const t0 = performance.now(); const r = await retriever.retrieve(q, k, o); retrievals.push(performance.now() - t0); return r; } };
      const checker = engine.createRetrievingChecker(timed, {});
      for (let i = 0; i < PER_EDITOR; i++) {
        try {
          await checker.check(claims[(e * PER_EDITOR + i) % claims.length]);
        } catch (error) {
          errors++;
          if (errors <= 3) console.log(`  error: ${error.message}`);
        }
      }
    } finally {
      await archive.close();
    }
  }));
  const wall = (performance.now() - t) / 1000;
  console.log(`  ${EDITORS * PER_EDITOR} checks in ${wall.toFixed(1)} s (${((EDITORS * PER_EDITOR) / wall).toFixed(1)} claims/s), ${errors} errors; retrieval under load p50 ${ms(pct(retrievals, 50))}, p95 ${ms(pct(retrievals, 95))} (${retrievals.length} retrievals)`);
  const worst = Math.max(pct(fullTimes, 95), cliP95);
  console.log(`\nverdict: p95 retrieval on ${ARTICLES} articles ${ms(pct(fullTimes, 95))} in process, ${ms(cliP95)} from the CLI (target < 50 ms): ${worst < 50 ? 'met' : 'MISSED'}; concurrent errors ${errors}`);
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
