// Shared by scripts/train-checkworthiness.mjs and scripts/eval-checkworthiness.mjs: loads the labelled
// check-worthiness sets from ../shared/data, splits the training sets by debate, bundles the claims module
// of the engine, and turns sentences into feature rows. Nothing here is used by the product itself.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEngineModule, parseCsvRows, repo, shared } from './lib.mjs';

export { repo };
export const dataDir = join(shared, 'data');
const claimbusterDir = join(dataDir, 'claimbuster');
const clefDir = join(dataDir, 'clef2019-checkthat-task1');

/** True when the shared data sets are present; prints why not otherwise. */
export function dataPresent(scriptName) {
  const missing = [join(claimbusterDir, 'crowdsourced.csv'), join(clefDir, 'training')].filter((p) => !existsSync(p));
  if (missing.length) console.log(`${scriptName} skipped: ${missing.join(', ')} not found (the shared data sets are not present)`);
  return missing.length === 0;
}

/** The engine's claims module (features and scoring), bundled from source. */
export function loadClaimsModule() {
  return loadEngineModule('src/engine/claims/detect.ts');
}

/** ClaimBuster sentences of one CSV: label 1 for CFS (check-worthy factual), 0 for UFS and NFS. */
export function loadClaimBuster(file) {
  const [header, ...rows] = parseCsvRows(readFileSync(join(claimbusterDir, file), 'utf8'));
  const col = (name) => header.indexOf(name);
  const [text, doc, verdict] = [col('Text'), col('File_id'), col('Verdict')];
  return rows.map((r) => ({ set: 'claimbuster', doc: r[doc], text: r[text].trim(), label: Number(r[verdict]) === 1 ? 1 : 0 }));
}

/** CLEF-2019 Task 1 sentences of one folder (`training` or `test_annotated`), one document per debate file. */
export function loadClef(folder) {
  const dir = join(clefDir, folder);
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().flatMap((f) => readFileSync(join(dir, f), 'utf8')
    .split(/\r?\n/).filter(Boolean).map((line) => line.split('\t'))
    .map(([, , text, label]) => ({ set: 'clef', doc: f, text: (text ?? '').trim(), label: Number(label) === 1 ? 1 : 0 })));
}

/**
 * Splits a training set by debate into fit and hold-out parts: every fifth debate in name order is held
 * out, so no debate contributes to both and the split never changes between runs.
 */
export function splitByDebate(rows) {
  const docs = [...new Set(rows.map((r) => r.doc))].sort();
  const held = new Set(docs.filter((_, i) => i % 5 === 2));
  return { fit: rows.filter((r) => !held.has(r.doc)), holdout: rows.filter((r) => held.has(r.doc)) };
}

/** Everything the training and evaluation read, fixed by debate. */
export function loadAll() {
  const cb = splitByDebate(loadClaimBuster('crowdsourced.csv'));
  const clef = splitByDebate(loadClef('training'));
  const final = existsSync(join(claimbusterDir, 'groundtruth.csv')) && existsSync(join(clefDir, 'test_annotated'))
    ? { claimbuster: loadClaimBuster('groundtruth.csv'), clef: loadClef('test_annotated') } : undefined;
  return { fit: [...cb.fit, ...clef.fit], holdout: { claimbuster: cb.holdout, clef: clef.holdout }, final };
}

/**
 * Feature rows (0/1 per feature, in the module's feature order) for many sentences. Extraction runs the
 * engine's analysis on every sentence, so results are cached on disk keyed by the engine's source text:
 * any change to src/engine invalidates the cache.
 */
export function featureRows(claims, rows, progressLabel) {
  const cacheDir = join(tmpdir(), 'corroborate-cw-cache');
  const key = engineHash();
  const cacheFile = join(cacheDir, `${key}.json`);
  const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
  let computed = 0;
  const out = rows.map((r, i) => {
    let v = cache[r.text];
    if (!v) {
      const f = claims.sentenceFeatures(r.text).values;
      v = claims.CHECKWORTHINESS_FEATURES.map((k) => f[k]).join('');
      cache[r.text] = v;
      computed++;
      if (computed % 2000 === 0) process.stderr.write(`  ${progressLabel}: ${i + 1}/${rows.length} sentences\n`);
    }
    return [...v].map(Number);
  });
  if (computed) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return out;
}

function engineHash() {
  const hash = createHash('sha256');
  const dir = join(repo, 'src/engine');
  // Every source file under src/engine, sub-folders included (the features live in claims/detect.ts).
  for (const f of readdirSync(dir, { recursive: true }).filter((x) => x.endsWith('.ts') && !x.endsWith('checkworthinessWeights.ts')).sort()) {
    hash.update(f).update(readFileSync(join(dir, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------------
// Measures

/** Precision, recall and F1 of the positive class for scores cut at `threshold`. */
export function prf(scores, labels, threshold) {
  let tp = 0; let fp = 0; let fn = 0;
  scores.forEach((s, i) => {
    if (s >= threshold && labels[i]) tp++;
    else if (s >= threshold) fp++;
    else if (labels[i]) fn++;
  });
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: p + r ? 2 * p * r / (p + r) : 0 };
}

/**
 * Ranking measures per document, averaged, as the CLEF-2019 scorer computes them: average precision over
 * the ranked sentences (ties broken by original order, i.e. a stable sort), and precision at 10.
 */
export function rankingMeasures(scores, rows) {
  const byDoc = new Map();
  rows.forEach((r, i) => byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), { s: scores[i], y: r.label }]));
  let ap = 0; let p10 = 0; let n = 0;
  for (const items of byDoc.values()) {
    const ranked = [...items].sort((a, b) => b.s - a.s);
    const positives = ranked.filter((x) => x.y).length;
    if (!positives) continue;
    let hits = 0; let sum = 0;
    ranked.forEach((x, k) => { if (x.y) { hits++; sum += hits / (k + 1); } });
    ap += sum / positives;
    p10 += ranked.slice(0, 10).filter((x) => x.y).length / 10;
    n++;
  }
  return { map: ap / Math.max(1, n), p10: p10 / Math.max(1, n), docs: n };
}
