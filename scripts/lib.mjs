// Helpers shared by the measurement scripts (eval, bench, probes, check-worthiness training). Nothing here
// is part of the product.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = resolve(repo, '../shared');
const require = createRequire(import.meta.url);

/** The number after `--name` on the command line, or `fallback`. */
export function numberFlag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/**
 * Bundles a TypeScript module of the engine (default: its public index) to a temporary CommonJS file and
 * loads it, so the scripts measure the same code the CLI and the extension ship. `options` go to esbuild.
 */
export async function loadEngineModule(entry = 'src/engine/index.ts', options = {}) {
  const esbuild = require('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-script-'));
  const outfile = join(dir, 'module.cjs');
  try {
    await esbuild.build({ entryPoints: [join(repo, entry)], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error', ...options });
    return require(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsvRows(text) {
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
  return rows;
}

/** CSV records keyed by the header row; rows with another number of fields are dropped. */
export function parseCsvRecords(text) {
  const [header, ...body] = parseCsvRows(text);
  return body.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** mulberry32: a tiny seeded generator, so generated corpora and edits are the same on every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNC-1's four labels, in its order. */
export const FNC_LABELS = ['agree', 'disagree', 'discuss', 'unrelated'];

/**
 * FNC-1's figures for {gold, predicted} labels: the confusion matrix, the weighted score (0.25 for a right
 * related/unrelated call, 0.75 more for the right related label) with its maximum, accuracy and per-class F1.
 */
export function fncFigures(results) {
  const confusion = Object.fromEntries(FNC_LABELS.map((g) => [g, Object.fromEntries(FNC_LABELS.map((p) => [p, 0]))]));
  const related = (l) => l !== 'unrelated';
  let score = 0;
  let max = 0;
  let correct = 0;
  for (const { gold, predicted } of results) {
    confusion[gold][predicted]++;
    max += related(gold) ? 1 : 0.25;
    if (gold === predicted) {
      correct++;
      score += related(gold) ? 0.75 : 0.25;
    }
    if (related(gold) && related(predicted)) score += 0.25;
  }
  const f1 = FNC_LABELS.map((c) => {
    const tp = confusion[c][c];
    const fp = FNC_LABELS.reduce((n, g) => n + (g === c ? 0 : confusion[g][c]), 0);
    const fn = FNC_LABELS.reduce((n, p) => n + (p === c ? 0 : confusion[c][p]), 0);
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  return { confusion, score, max, accuracy: correct / Math.max(1, results.length), f1, macroF1: f1.reduce((a, b) => a + b, 0) / f1.length };
}

/** Prints a confusion matrix, gold by row and predicted by column. */
export function printConfusion(labels, confusion, width = 10) {
  console.log(`gold \\ predicted ${labels.map((l) => l.padStart(width)).join('')}`);
  for (const g of labels) console.log(`${g.padEnd(16)} ${labels.map((p) => String(confusion[g][p]).padStart(width)).join('')}`);
}

/**
 * The corpus passage (engine buildCorpus output) whose central sentence holds the start of a verbatim quote
 * of a source, found with runs of whitespace ignored; else the passage that holds it at all; else undefined.
 */
export function passageHolding(corpus, sourceId, quote) {
  const source = corpus.sources.find((s) => s.id === sourceId);
  if (!source) return undefined;
  const squash = (t) => t.replace(/\s+/g, ' ');
  const at = squash(source.text).indexOf(squash(quote));
  if (at < 0) return undefined;
  // Back from the whitespace-squashed offset to the source's own.
  let start = 0;
  for (let k = 0; start < source.text.length; start++) {
    if (/\s/.test(source.text[start]) && /\s/.test(source.text[start - 1] ?? '')) continue;
    if (k++ === at) break;
  }
  const own = [...corpus.passages].filter((p) => p.sourceId === sourceId);
  return own.find((p) => p.focus.start <= start && start < p.focus.end) ?? own.find((p) => p.start <= start && start < p.end);
}
