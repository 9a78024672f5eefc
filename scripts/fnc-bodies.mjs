#!/usr/bin/env node
// Writes FNC-1 training bodies, verbatim, as one plain-text file each (`body-<Body ID>.txt`), so that a story
// cluster of real news articles can serve as a corpus. The bodies themselves are never committed: the off-topic
// evaluation sets in eval/offtopic/ commit only their Body IDs (set.json), and this script rebuilds the corpus.
//
//   node scripts/fnc-bodies.mjs --ids 1722,1825 --out DIR     the named bodies
//   node scripts/fnc-bodies.mjs --set eval/offtopic/NAME --out DIR   the bodies listed in NAME/set.json
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords, shared } from './lib.mjs';

/** Body ID → article body, from ../shared/data/fnc-1/train_bodies.csv; null when the shared data is absent. */
export function readTrainBodies() {
  const file = join(shared, 'data/fnc-1/train_bodies.csv');
  if (!existsSync(file)) return null;
  return new Map(parseCsvRecords(readFileSync(file, 'utf8')).map((r) => [r['Body ID'], r.articleBody]));
}

/** The Body IDs an off-topic set lists in its set.json. */
export function setBodyIds(setDir) {
  const ids = JSON.parse(readFileSync(join(setDir, 'set.json'), 'utf8')).bodies;
  if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) throw new Error(`${setDir}/set.json: "bodies" must be an array of integer Body IDs`);
  return ids.map(String);
}

/** Writes the given bodies into `out` and returns the file names written. */
export function writeBodies(bodies, ids, out) {
  mkdirSync(out, { recursive: true });
  return ids.map((id) => {
    const text = bodies.get(id);
    if (text === undefined) throw new Error(`no body with Body ID ${id} in train_bodies.csv`);
    const name = `body-${id}.txt`;
    writeFileSync(join(out, name), text.endsWith('\n') ? text : `${text}\n`);
    return name;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = (name) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
  const out = flag('out');
  const ids = flag('set') ? setBodyIds(flag('set')) : (flag('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!out || !ids.length) {
    console.error('usage: node scripts/fnc-bodies.mjs (--ids ID,ID,… | --set eval/offtopic/NAME) --out DIR');
    process.exit(2);
  }
  const bodies = readTrainBodies();
  if (!bodies) { console.error('../shared/data/fnc-1/train_bodies.csv not found'); process.exit(2); }
  for (const name of writeBodies(bodies, ids, out)) console.log(join(out, name));
}
