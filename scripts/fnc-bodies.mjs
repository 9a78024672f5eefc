#!/usr/bin/env node
// Writes FNC-1 training bodies, verbatim, as one plain-text file each (`body-<Body ID>.txt`), so that a story
// cluster of real news articles can serve as a corpus. The bodies themselves are never committed: the off-topic
// evaluation sets in eval/offtopic/ commit only their Body IDs (set.json), and this script rebuilds the corpus.
//
//   node scripts/fnc-bodies.mjs --ids 1722,1825 --out DIR     the named bodies
// A set's whole corpus, whatever its source: scripts/set-corpus.mjs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords, shared } from './lib.mjs';

/** Body ID → article body, from ../shared/data/fnc-1/train_bodies.csv; null when the shared data is absent. */
export function readTrainBodies() {
  const file = join(shared, 'data/fnc-1/train_bodies.csv');
  if (!existsSync(file)) return null;
  return new Map(parseCsvRecords(readFileSync(file, 'utf8')).map((r) => [r['Body ID'], r.articleBody]));
}

/**
 * FNC-1's training stances (headline, Body ID, stance) from both parts of the UKP split, each pair once; null when
 * the shared data is absent.
 */
export function readTrainStances() {
  const dir = join(shared, 'data/fnc-1/train-split-ukp');
  const files = ['train_stances.part90.csv', 'train_stances.part10.csv'].map((f) => join(dir, f));
  if (!files.every((f) => existsSync(f))) return null;
  const seen = new Set();
  return files.flatMap((f) => parseCsvRecords(readFileSync(f, 'utf8'))).filter((s) => {
    const key = `${s.Headline}\u0000${s['Body ID']}\u0000${s.Stance}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The story of some bodies: the headlines and bodies joined to them by related (not "unrelated") stances, grown
 * until nothing more joins. Two bodies of one story tell the same events, whatever their Body IDs.
 */
export function storyOf(stances, seedBodies) {
  const bodies = new Set([...seedBodies].map(String));
  const headlines = new Set();
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stances) {
      if (s.Stance === 'unrelated') continue;
      const b = bodies.has(s['Body ID']);
      const h = headlines.has(s.Headline);
      if (b && !h) { headlines.add(s.Headline); grew = true; }
      if (h && !b) { bodies.add(s['Body ID']); grew = true; }
    }
  }
  return { bodies, headlines };
}

/** The named bodies as corpus files, {path: `body-<Body ID>.txt`, text}. */
export function bodyFiles(bodies, ids) {
  return ids.map((id) => {
    const text = bodies.get(id);
    if (text === undefined) throw new Error(`no body with Body ID ${id} in train_bodies.csv`);
    return { path: `body-${id}.txt`, text: text.endsWith('\n') ? text : `${text}\n` };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = (name) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
  const out = flag('out');
  const ids = (flag('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!out || !ids.length) {
    console.error('usage: node scripts/fnc-bodies.mjs --ids ID,ID,… --out DIR   (a set\'s corpus: scripts/set-corpus.mjs)');
    process.exit(2);
  }
  const bodies = readTrainBodies();
  if (!bodies) { console.error('../shared/data/fnc-1/train_bodies.csv not found'); process.exit(2); }
  mkdirSync(out, { recursive: true });
  for (const { path, text } of bodyFiles(bodies, ids)) { writeFileSync(join(out, path), text); console.log(join(out, path)); }
}
