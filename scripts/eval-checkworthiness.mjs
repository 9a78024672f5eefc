#!/usr/bin/env node
// Check-worthiness figures, printed, never a test: the hand-set weights (HAND_WEIGHTS in src/engine/claims/detect.ts)
// next to the fitted ones the product uses (src/engine/claims/checkworthinessWeights.ts, written by
// scripts/train-checkworthiness.mjs), both scored exactly as the product scores (claim when >= 0.5).
//
//   (a) the training hold-out (every fifth debate of ClaimBuster crowdsourced.csv and CLEF-2019 training/),
//       which the training script used to choose its settings;
//   (b) the FINAL measurement on ClaimBuster groundtruth.csv and CLEF-2019 test_annotated/, never used for
//       tuning. CLEF is a ranking task: MAP and P@10 per debate, averaged, next to the official results.
//
// P/R/F1 are of the claim class (ClaimBuster CFS; CLEF label 1). Both data sets are US political debates and
// speeches, not news: the product is tuned for news drafts (see the weights file header), so these figures say
// how well the cues carry over, not how well the product does on its own domain (that is `npm run eval`).
// Skips with a message (exit 0) when ../shared/data is absent.
import { dataPresent, featureRows, loadAll, loadClaimsModule, prf, rankingMeasures } from './checkworthiness-data.mjs';

/** Official CLEF-2019 Task 1 primary runs (README of the task repository, via ../shared/data/.../SOURCE.md). */
const CLEF_PUBLISHED = [
  ['Copenhagen (1st)', 0.1660, 0.2286], ['TheEarthIsFlat (2nd)', 0.1597, 0.2143], ['IPIPAN (3rd)', 0.1332, 0.1714],
  ['Terrier (4th)', 0.1263, 0.2000], ['nlpir01 (8th)', 0.1000, 0.1000], ['Fire (12th, last)', 0.0528, 0.0429],
];

if (!dataPresent('eval-checkworthiness')) process.exit(0);

const claims = await loadClaimsModule();
const data = loadAll();
const MODELS = [['hand', claims.HAND_WEIGHTS], ['fitted', claims.WEIGHTS]];

function scored(rows, label) {
  const x = featureRows(claims, rows, label);
  return MODELS.map(([, weights]) => x.map((v) => claims.checkworthinessOf(
    Object.fromEntries(claims.CHECKWORTHINESS_FEATURES.map((f, k) => [f, v[k]])), weights)));
}

const f3 = (x) => x.toFixed(3);
const pad = (s, n) => String(s).padEnd(n);

function classRow(name, rows) {
  const labels = rows.map((r) => r.label);
  const cells = scored(rows, name).map((scores) => {
    const m = prf(scores, labels, 0.5);
    return `P ${f3(m.p)} R ${f3(m.r)} F1 ${f3(m.f1)}`;
  });
  const positives = labels.filter(Boolean).length;
  console.log(`${pad(name, 34)} ${pad(cells[0], 28)}  ${cells[1]}   (${rows.length} sentences, ${positives} claims)`);
}

function rankRow(name, rows) {
  const cells = scored(rows, name).map((scores) => {
    const m = rankingMeasures(scores, rows);
    return `MAP ${m.map.toFixed(4)} P@10 ${f3(m.p10)}`;
  });
  const docs = rankingMeasures(rows.map(() => 0), rows).docs;
  console.log(`${pad(name, 34)} ${pad(cells[0], 28)}  ${cells[1]}   (${docs} debates)`);
}

const header = (title) => {
  console.log(`\n== ${title}`);
  console.log(`${pad('', 34)} ${pad('hand weights', 28)}  fitted weights (product)`);
};

console.log('eval-checkworthiness: claim class at the product cut-off 0.5; CLEF ranked per debate');
header('(a) training hold-out (used by train-checkworthiness.mjs to choose lambda)');
classRow('ClaimBuster crowdsourced hold-out', data.holdout.claimbuster);
classRow('CLEF-2019 training hold-out', data.holdout.clef);
rankRow('CLEF-2019 training hold-out', data.holdout.clef);

if (!data.final) {
  console.log('\nfinal measurement skipped: groundtruth.csv or test_annotated/ not found');
} else {
  header('(b) FINAL measurement, never used for tuning');
  classRow('ClaimBuster groundtruth.csv', data.final.claimbuster);
  classRow('CLEF-2019 test_annotated', data.final.clef);
  rankRow('CLEF-2019 test_annotated', data.final.clef);
  console.log('   published CLEF-2019 Task 1 primary runs on the same 7 test debates:');
  for (const [team, map, p10] of CLEF_PUBLISHED) console.log(`     ${pad(team, 24)} MAP ${map.toFixed(4)} P@10 ${f3(p10)}`);
  console.log('   (ClaimBuster: no absolute published F1 is available for groundtruth.csv; see its SOURCE.md)');
}
