#!/usr/bin/env node
// Cross-validation by set of training on the development off-topic sets' gold (`train-stance --drafts-weight`):
// is the shipped model's use of them measured on sets it did not train on?
//
// The dev sets (eval/offtopic, role `dev`; never the `final` ones) are shuffled (seeded) into --folds groups.
// For each group, a model is trained with --drafts-weight W on every other dev set's gold, the CLI is bundled
// with it, and the group's drafts are checked and scored with ../shared/eval/score-check.mjs. The baseline is a
// model trained the same way with no draft pairs (weight 0), scored on every set. Prints the mean verdict
// accuracy of both, sets better and worse, and the gold > predicted verdict counts side by side.
// Writes only to a temporary folder (the committed weights are never touched).
// Flags: --folds 5  --weight 0.4  --seed 5
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSetCorpus } from '../set-corpus.mjs';
import { numberFlag, repo, shared } from '../lib.mjs';
import { shuffled } from './data.mjs';

const FOLDS = numberFlag('folds', 5);
const WEIGHT = numberFlag('weight', 0.4);
const SEED = numberFlag('seed', 5);
const scorer = join(shared, 'eval/score-check.mjs');
if (!existsSync(join(shared, 'data/fnc-1/train_bodies.csv')) || !existsSync(scorer)) {
  console.log('cv-drafts skipped: ../shared (FNC-1 bodies, score-check.mjs) not found');
  process.exit(0);
}
const esbuild = createRequire(import.meta.url)('esbuild');
const dir = join(repo, 'eval/offtopic');
const sets = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'set.json')))
  .filter((n) => JSON.parse(readFileSync(join(dir, n, 'set.json'), 'utf8')).role === 'dev').sort();
const order = shuffled(sets, SEED);
const folds = Array.from({ length: FOLDS }, (_, k) => order.filter((_, i) => i % FOLDS === k));
const work = mkdtempSync(join(tmpdir(), 'corroborate-cv-'));

try {
  const baseline = scoreWith(await trainCli('baseline', 0, []), sets);
  const crossed = new Map();
  for (const [k, fold] of folds.entries()) {
    const scores = scoreWith(await trainCli(`fold${k + 1}`, WEIGHT, fold), fold);
    for (const [name, s] of scores) crossed.set(name, s);
    console.error(`cv-drafts: fold ${k + 1}/${FOLDS} scored (${fold.length} sets)`);
  }
  const mean = (m) => [...m.values()].reduce((a, s) => a + s.accuracy, 0) / m.size;
  const better = sets.filter((n) => crossed.get(n).accuracy > baseline.get(n).accuracy).length;
  const worse = sets.filter((n) => crossed.get(n).accuracy < baseline.get(n).accuracy).length;
  console.log(`cv-drafts: ${sets.length} dev sets in ${FOLDS} folds (seed ${SEED}); each scored by a model that did not train on it`);
  console.log(`mean verdict accuracy: no draft pairs ${mean(baseline).toFixed(4)}; --drafts-weight ${WEIGHT} ${mean(crossed).toFixed(4)}; sets better ${better}, worse ${worse}`);
  const kinds = [...new Set([...baseline.values(), ...crossed.values()].flatMap((s) => Object.keys(s.confusion)))].sort();
  const total = (m, k) => [...m.values()].reduce((a, s) => a + (s.confusion[k] ?? 0), 0);
  console.log(`gold > predicted         no drafts   drafts ${WEIGHT}`);
  for (const k of kinds) console.log(`${k.padEnd(24)} ${String(total(baseline, k)).padStart(9)} ${String(total(crossed, k)).padStart(10)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Trains a model (weight W, leaving `leaveOut` out) and bundles the CLI with it; returns the bundle's path. */
async function trainCli(label, weight, leaveOut) {
  const weights = join(work, `${label}.weights.json`);
  const args = [join(repo, 'scripts/train-stance.mjs'), `--drafts-weight`, String(weight), `--out=${weights}`];
  if (leaveOut.length) args.push(`--leave-out=${leaveOut.join(',')}`);
  const run = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`train-stance failed for ${label}: ${run.stderr.slice(-2000)}`);
  const outfile = join(work, `${label}.cli.js`);
  await esbuild.build({
    entryPoints: [join(repo, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile,
    external: ['pg-native'], logLevel: 'error',
    plugins: [{ name: 'weights', setup(b) { b.onResolve({ filter: /model\.weights\.json$/ }, () => ({ path: weights })); } }],
  });
  return outfile;
}

/** Checks and scores the named sets with a CLI bundle: per set, verdict accuracy and gold > predicted counts. */
function scoreWith(cli, names) {
  const out = new Map();
  for (const name of names) {
    const setDir = join(dir, name);
    const corpus = join(work, 'corpus', name);
    if (!existsSync(corpus)) writeSetCorpus(setDir, corpus);
    const goldFile = join(setDir, `draft-${name}.gold.json`);
    const check = spawnSync(process.execPath, [cli, 'check', join(setDir, `draft-${name}.md`), '--corpus', corpus, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (check.status !== 0) throw new Error(`check failed on ${name}: ${check.stderr.slice(-2000)}`);
    const report = join(work, `${name}.json`);
    writeFileSync(report, check.stdout);
    const scored = spawnSync(process.execPath, [scorer, goldFile, report], { encoding: 'utf8' }).stdout;
    out.set(name, { accuracy: Number(/verdict_acc=([\d.]+)/.exec(scored)?.[1] ?? 0), confusion: confusionOf(goldFile, JSON.parse(check.stdout)) });
  }
  return out;
}

/** "gold>predicted" counts for a report ("none" when a gold claim was not detected). */
function confusionOf(goldFile, report) {
  const claims = report.files.flatMap((f) => f.claims);
  const counts = {};
  for (const g of JSON.parse(readFileSync(goldFile, 'utf8')).claims) {
    const c = claims.find((x) => x.text.includes(g.text) || g.text.includes(x.text));
    const k = `${g.verdict}>${c ? c.verdict : 'none'}`;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
