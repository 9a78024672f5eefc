#!/usr/bin/env node
// `npm run eval`: quality figures, printed, never a test.
//
// 1. For every gold file in ../shared/eval/dev (draft-dev.gold.json and any added later), runs
//    `node dist/cli.js check <draft> --corpus ../shared/<corpus> --format json` and scores the report
//    with ../shared/eval/score-check.mjs, then compares the figures with the issue's targets.
// 2. Out of domain: runs `corroborate stance` over the FNC-1 hold-out split (train bodies and stances
//    whose Body ID is in splits/hold_out_ids.txt) and prints accuracy, per-class F1 and the FNC score
//    next to the published hold-out baseline. The competition test set is only used with
//    `--final` and is then labelled as a final measurement.
//
// Skips with a message (exit 0) when ../shared is absent. Exits 1 when a dev figure misses its target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '../shared');
const cli = join(repo, 'dist/cli.js');
const scorer = join(shared, 'eval/score-check.mjs');
const fnc = join(shared, 'data/fnc-1');
const finalRun = process.argv.includes('--final');
const skipFnc = process.argv.includes('--no-fnc');

/** Targets from the issue: each figure must reach its minimum; non-claims flagged must be zero. */
const TARGETS = { verdict_acc: 0.85, contested_f1: 0.85, evidence_recall: 0.85 };
/** How the engine's stances map onto FNC-1's labels. */
const FNC_LABEL = { supports: 'agree', conflicts: 'disagree', mentions: 'discuss', unrelated: 'unrelated' };
const CLASSES = ['agree', 'disagree', 'discuss', 'unrelated'];

if (!existsSync(scorer)) {
  console.log(`eval skipped: ${scorer} not found (the shared evaluation material is not present)`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
let missed = false;
try {
  missed = devSet();
  if (!skipFnc) fncHoldOut();
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(missed ? 1 : 0);

function runCli(args, input) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28, input });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...result, seconds };
}

function devSet() {
  const devDir = join(shared, 'eval/dev');
  let anyMissed = false;
  for (const goldFile of readdirSync(devDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(devDir, goldFile), 'utf8'));
    const draft = join(devDir, gold.draft);
    const corpus = join(shared, gold.corpus);
    console.log(`\n== dev: ${gold.draft} against ${gold.corpus}/ (${gold.claims.length} gold claims, ${(gold.nonclaims ?? []).length} non-claims)`);
    const check = runCli(['check', draft, '--corpus', corpus, '--format', 'json', '--fail-on', 'never']);
    if (check.status !== 0) {
      console.log(`check failed (exit ${check.status}):\n${check.stderr}`);
      anyMissed = true;
      continue;
    }
    if (check.stderr.trim()) console.log(check.stderr.trim());
    const reportPath = join(work, `${gold.draft}.report.json`);
    writeFileSync(reportPath, check.stdout);
    const scored = spawnSync(process.execPath, [scorer, join(devDir, goldFile), reportPath], { encoding: 'utf8' });
    process.stdout.write(scored.stdout);
    if (scored.stderr) process.stderr.write(scored.stderr);
    console.log(`(check took ${check.seconds.toFixed(2)} s)`);
    const figures = Object.fromEntries([...scored.stdout.matchAll(/(\w+)=([\d.]+)(?:\/(\d+))?/g)].map((m) => [m[1], Number(m[2])]));
    for (const [name, min] of Object.entries(TARGETS)) {
      const ok = (figures[name] ?? 0) >= min;
      anyMissed ||= !ok;
      console.log(`  ${ok ? 'ok  ' : 'MISS'} ${name} ${(figures[name] ?? 0).toFixed(3)} (target >= ${min})`);
    }
    const flagged = figures.nonclaim_fp ?? 0;
    anyMissed ||= flagged > 0;
    console.log(`  ${flagged === 0 ? 'ok  ' : 'MISS'} non-claims flagged ${flagged} (target 0)`);
  }
  return anyMissed;
}

// ---------------------------------------------------------------------------------------------
// FNC-1 stance, out of domain


/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function fncHoldOut() {
  if (!existsSync(join(fnc, 'train_bodies.csv'))) {
    console.log('\nFNC-1 skipped: ../shared/data/fnc-1 not found');
    return;
  }
  const bodies = new Map(parseCsv(readFileSync(join(fnc, 'train_bodies.csv'), 'utf8')).map((b) => [b['Body ID'], b.articleBody]));
  const holdOut = new Set(readFileSync(join(fnc, 'splits/hold_out_ids.txt'), 'utf8').split(/\s+/).filter(Boolean));
  const stances = ['train_stances.part90.csv', 'train_stances.part10.csv']
    .flatMap((f) => parseCsv(readFileSync(join(fnc, 'train-split-ukp', f), 'utf8')))
    .filter((s) => holdOut.has(s['Body ID']));
  scoreFnc('FNC-1 hold-out split (train bodies, splits/hold_out_ids.txt)', stances, bodies, 'hold-out baseline (fnc-1-baseline README): 79.53%; all-unrelated: 38.77%');

  if (finalRun) {
    const testBodies = new Map(parseCsv(readFileSync(join(fnc, 'competition_test_bodies.csv'), 'utf8')).map((b) => [b['Body ID'], b.articleBody]));
    const testStances = parseCsv(readFileSync(join(fnc, 'competition_test_stances.csv'), 'utf8'));
    scoreFnc('FINAL MEASUREMENT: FNC-1 competition test set', testStances, testBodies, 'published: baseline 75.20%, Talos 82.02%, Athene 81.97%, all-unrelated 39.37%');
  }
}

function scoreFnc(title, stances, bodies, published) {
  const lines = stances.map((s, i) => JSON.stringify({ id: i, claim: s.Headline, passage: bodies.get(s['Body ID']) ?? '' }));
  const input = join(work, 'fnc-pairs.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
  console.log(`\n== ${title}: ${stances.length} pairs`);
  const judged = runCli(['stance', '--input', input]);
  if (judged.status !== 0) {
    console.log(`stance failed (exit ${judged.status}):\n${judged.stderr.slice(0, 2000)}`);
    return;
  }
  const predicted = new Map(judged.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((o) => [o.id, FNC_LABEL[o.stance]]));
  const confusion = Object.fromEntries(CLASSES.map((g) => [g, Object.fromEntries(CLASSES.map((p) => [p, 0]))]));
  let score = 0;
  let max = 0;
  let correct = 0;
  stances.forEach((s, i) => {
    const g = s.Stance;
    const p = predicted.get(i) ?? 'unrelated';
    confusion[g][p]++;
    const related = (x) => x !== 'unrelated';
    max += related(g) ? 1 : 0.25;
    if (g === p) { score += 0.25; correct++; if (related(g)) score += 0.5; }
    if (related(g) && related(p)) score += 0.25;
  });
  const f1 = CLASSES.map((c) => {
    const tp = confusion[c][c];
    const fp = CLASSES.reduce((n, g) => n + (g === c ? 0 : confusion[g][c]), 0);
    const fn = CLASSES.reduce((n, p) => n + (p === c ? 0 : confusion[c][p]), 0);
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  console.log(`gold \\ predicted  ${CLASSES.map((c) => c.padStart(9)).join(' ')}`);
  for (const g of CLASSES) console.log(`${g.padEnd(17)} ${CLASSES.map((p) => String(confusion[g][p]).padStart(9)).join(' ')}`);
  console.log(
    `accuracy=${(correct / stances.length).toFixed(3)} fnc_score=${score.toFixed(2)}/${max.toFixed(2)} (${((100 * score) / max).toFixed(2)}%) ` +
      `f1 ${CLASSES.map((c, i) => `${c}=${f1[i].toFixed(3)}`).join(' ')} macro_f1=${(f1.reduce((a, b) => a + b, 0) / 4).toFixed(3)} (${judged.seconds.toFixed(1)} s)`,
  );
  console.log(`for comparison: ${published}`);
}
