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
