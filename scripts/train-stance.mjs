#!/usr/bin/env node
// `npm run train`: learns the stance model and writes src/engine/stance/model.weights.json.
//
// Two heads over the same features (src/engine/stance/model.ts):
// - passage, for a claim against a few sentences: Climate-FEVER (claim against evidence sentence), pairs
//   generated from FNC-1 training bodies (scripts/stance/perturb.ts), FNC-1 training pairs cut down to
//   the headline against the three sentences of its body that state most of it, and the gold evidence of
//   the off-topic sets retired to development (role `dev`; never the `final` ones);
// - article, for a claim against a whole article: the FNC-1 training split (headline against body;
//   unrelated pairs subsampled).
// The FNC-1 story clusters of the blind off-topic sets (role not `dev`) are never trained on (scripts/stance/data.mjs).
// Features: the engine's own (stanceFeatures), cached on disk per engine version.
// Learning: scripts/stance/train.mjs (TensorFlow.js, seeded: two runs write identical weights).
// Prints the figures on data it did not train on: the FNC-1 hold-out split and held-out generated pairs.
//
// Flags: --seed N (default 7), --hidden N (hidden units, 0 = a linear model; default 16), --epochs N,
//        --drafts-weight W (the share of the dev sets' gold evidence; default 0.4, measured on sets left
//        out by scripts/stance/cv-drafts.mjs: see the README; 0 leaves them out),
//        --leave-out=SET,SET (dev sets whose stories and gold are not trained on, to measure them as unseen),
//        --dry-run (train and print, write nothing), --out=FILE (write the weights there instead: see
//        scripts/stance/cv-drafts.mjs),
//        --cv (Climate-FEVER 5-fold cross-validation split by claim: for each fold, the passage head is
//        trained without that fold's claims and measured on them; prints pair-level macro-F1 over supports,
//        refutes and not-enough-info next to the majority class; writes nothing).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { FNC_LABELS, fncFigures, loadEngineModule, numberFlag, printConfusion, repo } from './lib.mjs';
import { climateFeverPairs, draftPairs, fncPairs, fncPassagePairs, generatedPairs, haveData, leaveOut, shuffled } from './stance/data.mjs';

const SEED = numberFlag('seed', 7);
const HIDDEN = numberFlag('hidden', 16);
const EPOCHS = numberFlag('epochs', 40);
const CV = process.argv.includes('--cv');
const DRY = process.argv.includes('--dry-run') || CV;
const OUT = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(repo, 'src/engine/stance/model.weights.json');
/** Left out of the feature cache's key: it turns features into a stance and computes none of them. */
const MODEL_SOURCE = join(repo, 'src/engine/stance/model.ts');
/** Share of FNC-1's unrelated training pairs kept (they are 73% of it, and the easiest). */
const UNRELATED_KEPT = 0.3;
/** How the engine's stances map onto FNC-1's labels. */
const FNC = { supports: 'agree', conflicts: 'disagree', mentions: 'discuss', unrelated: 'unrelated' };
/** Each source's share of its head's training weight. */
const SOURCE_WEIGHT = { fnc: 1, 'fnc-passage': 0.4, 'climate-fever': 0.2, generated: 0.4, drafts: numberFlag('drafts-weight', 0.4) };
/** Development off-topic sets left out of training, to be measured as unseen (--leave-out=science,sport). */
leaveOut(process.argv.find((a) => a.startsWith('--leave-out='))?.slice(12).split(',') ?? []);
/** From this many sentences on, a passage is a whole article (judged by the article head). */
const ARTICLE_SENTENCES = 6;

if (!haveData()) {
  console.log('train skipped: ../shared/data (FNC-1, Climate-FEVER) not found');
  process.exit(0);
}

const engine = await loadEngineModule();
// ES module builds throughout, so that tfjs-core, its gradients and its CPU backend are one copy.
const { CLASSES, trainHead } = await loadEngineModule('scripts/stance/train.mjs', { mainFields: ['module', 'main'] });
const names = engine.FEATURE_NAMES;
const features = featureCache(engine);

const generated = await generatedPairs({ articles: 900, heldOut: 150, seed: SEED });
const passageTraining = [...climateFeverPairs(), ...generated.train, ...fncPassagePairs('train', engine.windowFor),
  ...(SOURCE_WEIGHT.drafts > 0 ? draftPairs(engine) : [])];
const articleTraining = shuffled(fncPairs('train'), SEED).filter((p, i) => p.label !== 'unrelated' || i % Math.round(1 / UNRELATED_KEPT) === 0);
const training = [...passageTraining, ...articleTraining];
console.error(`training pairs: ${training.length} (${countBy(training, 'source')})`);
const rowsOf = (pairs) => withWeights(pairs.map((p) => ({ ...p, x: features.of(p) })));
const passageRows = rowsOf(passageTraining);
const articleRows = rowsOf(articleTraining);
features.save();
const options = { hidden: HIDDEN, epochs: EPOCHS, seed: SEED, shuffle: shuffled };
if (CV) {
  await climateFeverCrossValidation();
  process.exit(0);
}
const model = {
  format: 'corroborate-stance-model', version: 2, features: names, classes: CLASSES, articleSentences: ARTICLE_SENTENCES,
  heads: { passage: await trainHead(passageRows, names, options), article: await trainHead(articleRows, names, options) },
};
engine.loadModel(model);

console.log(`\n== FNC-1 hold-out split (bodies in splits/hold_out_ids.txt; not trained on)`);
const holdOut = fncPairs('holdOut');
printFnc(holdOut.map((p) => ({ gold: p.fnc, predicted: FNC[decide(model, p)] })));
console.log(`\n== generated pairs from the held-out articles (${new Set(generated.heldOut.map((p) => p.article)).size})`);
printByKind(generated.heldOut.map((p) => ({ ...p, predicted: decide(model, p) })));
features.save();

if (!DRY) {
  writeFileSync(OUT, `${JSON.stringify({ ...model, trainedOn: summary(training), seed: SEED })}\n`);
  console.log(`\nwrote ${relative(repo, OUT)} (${(statSync(OUT).size / 1024).toFixed(1)} KB)`);
}

// ---------------------------------------------------------------------------------------------

/** Climate-FEVER label of an engine stance: a mention or an unrelated passage gives not enough info. */
function climateLabel(stance) {
  return stance === 'supports' ? 'SUPPORTS' : stance === 'conflicts' ? 'REFUTES' : 'NOT_ENOUGH_INFO';
}

/** See --cv above. The article head plays no part: every Climate-FEVER evidence is one sentence. */
async function climateFeverCrossValidation() {
  const labels = ['SUPPORTS', 'REFUTES', 'NOT_ENOUGH_INFO'];
  const results = [];
  for (let fold = 0; fold < 5; fold++) {
    const heldOut = (r) => r.source === 'climate-fever' && r.fold === fold;
    const head = await trainHead(withWeights(passageTraining.filter((p) => !(p.source === 'climate-fever' && p.fold === fold))
      .map((p) => ({ ...p, x: features.of(p) }))), names, options);
    const m = { format: 'corroborate-stance-model', version: 2, features: names, classes: CLASSES, articleSentences: ARTICLE_SENTENCES, heads: { passage: head, article: head } };
    for (const p of passageRows.filter(heldOut)) results.push({ gold: climateLabel(p.label), predicted: climateLabel(decide(m, p)) });
    console.error(`  fold ${fold + 1}/5 done`);
  }
  const f1 = (rows) => labels.map((c) => {
    const tp = rows.filter((r) => r.gold === c && r.predicted === c).length;
    const fp = rows.filter((r) => r.gold !== c && r.predicted === c).length;
    const fn = rows.filter((r) => r.gold === c && r.predicted !== c).length;
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  const ours = f1(results);
  const counts = labels.map((c) => results.filter((r) => r.gold === c).length);
  const majority = labels[counts.indexOf(Math.max(...counts))];
  const base = f1(results.map((r) => ({ gold: r.gold, predicted: majority })));
  const mean = (xs) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3);
  console.log(`\n== Climate-FEVER, 5-fold cross-validation split by claim (${results.length} claim-evidence pairs)`);
  console.log(`gold \\ predicted ${labels.map((l) => l.padStart(16)).join('')}`);
  for (const g of labels) console.log(`${g.padEnd(16)} ${labels.map((p) => String(results.filter((r) => r.gold === g && r.predicted === p).length).padStart(16)).join('')}`);
  console.log(`macro-F1 ${mean(ours)} (supports ${ours[0].toFixed(3)}, refutes ${ours[1].toFixed(3)}, not enough info ${ours[2].toFixed(3)})`);
  console.log(`majority class (${majority}) macro-F1 ${mean(base)}; refutes F1 ${base[1].toFixed(3)}`);
}

/** The engine's decision on a pair (model.ts), from its cached features. */
function decide(m, p) {
  return engine.decideWith(m, features.of(p), features.sentencesOf(p)).stance;
}

/** Per-example weights: each source its share of the total, and within a source the classes balanced. */
function withWeights(rs) {
  const bySource = new Map();
  for (const r of rs) {
    const s = bySource.get(r.source) ?? { n: 0, classes: {} };
    s.n++;
    s.classes[r.label] = (s.classes[r.label] ?? 0) + 1;
    bySource.set(r.source, s);
  }
  return rs.map((r) => {
    const s = bySource.get(r.source);
    const k = Object.keys(s.classes).length;
    const balance = s.n / (k * s.classes[r.label]);
    return { ...r, weight: (SOURCE_WEIGHT[r.source] * 1000 * balance) / s.n };
  });
}

/** Feature vectors keyed by claim and passage, kept on disk per version of the engine's sources. */
function featureCache(engineModule) {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ts$/.test(f) && !f.endsWith('.generated.ts') && p !== MODEL_SOURCE) hash.update(readFileSync(p));
    }
  };
  walk(join(repo, 'src/engine'));
  hash.update(readFileSync(join(repo, 'scripts/build-lexicon.mjs')));
  const dir = join(homedir(), '.cache/corroborate/stance-features');
  const file = join(dir, `${hash.digest('hex').slice(0, 16)}.json`);
  const map = existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')))) : new Map();
  let added = 0;
  let done = 0;
  /** [...features, sentences] per pair. */
  const entry = (p) => {
    const key = createHash('sha1').update(p.claim).update('\u0000').update(p.passage).digest('base64');
    let e = map.get(key);
    if (!e) {
      const f = engineModule.stanceFeatures(p.claim, p.passage);
      e = [...f.features.map((v) => Math.round(v * 1e4) / 1e4), f.sentences];
      map.set(key, e);
      added++;
      if (++done % 5000 === 0) console.error(`  features: ${done} pairs computed`);
    }
    return e;
  };
  return {
    of: (p) => entry(p).slice(0, -1),
    sentencesOf: (p) => entry(p).at(-1),
    save() {
      if (!added) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(Object.fromEntries(map)));
      added = 0;
    },
  };
}

function countBy(xs, key) {
  const c = {};
  for (const x of xs) c[x[key]] = (c[x[key]] ?? 0) + 1;
  return Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ');
}

function summary(xs) {
  const out = {};
  for (const x of xs) {
    out[x.source] ??= {};
    out[x.source][x.label] = (out[x.source][x.label] ?? 0) + 1;
  }
  return out;
}

/** FNC-1 score and per-class F1 of {gold, predicted} FNC labels. */
export function printFnc(results) {
  const { confusion, score, max, f1, macroF1 } = fncFigures(results);
  printConfusion(FNC_LABELS, confusion);
  console.log(`FNC score ${(100 * score / max).toFixed(2)}%  macro-F1 ${macroF1.toFixed(3)}  (${FNC_LABELS.map((l, i) => `${l} ${f1[i].toFixed(3)}`).join(', ')})`);
}

function printByKind(results) {
  const kinds = {};
  for (const r of results) {
    kinds[r.kind] ??= { n: 0, ok: 0, as: {} };
    kinds[r.kind].n++;
    if (r.predicted === r.label) kinds[r.kind].ok++;
    kinds[r.kind].as[r.predicted] = (kinds[r.kind].as[r.predicted] ?? 0) + 1;
  }
  for (const [k, v] of Object.entries(kinds).sort()) {
    console.log(`${k.padEnd(18)} ${String(v.ok).padStart(4)}/${String(v.n).padEnd(4)} (${Object.entries(v.as).map(([s, n]) => `${s} ${n}`).join(', ')})`);
  }
  const ok = results.filter((r) => r.predicted === r.label).length;
  console.log(`accuracy ${(ok / results.length).toFixed(3)} over ${results.length} pairs`);
}
