#!/usr/bin/env node
// Where verdicts go wrong, stage by stage, on drafts with gold: for each gold evidence item, is its passage
// among the retrieved candidates (retrieval), and what stance does the judge give the claim against the
// passage centred on the gold quote (stance, independent of retrieval)? Prints a confusion table of gold
// stance against judged stance and, with --list, each miss with the judge's reasons. A measuring aid,
// never a test.
//
//   node scripts/diagnose.mjs [--list] [--sets dev,heldout,offtopic]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngineModule, passageHolding, repo, shared } from './lib.mjs';
import { setCorpusFiles } from './set-corpus.mjs';

const list = process.argv.includes('--list');
const setsArg = process.argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'dev,heldout,offtopic';
const engine = await loadEngineModule();

/** [label, gold file, draft dir, corpus files] for every gold file of the chosen sets (off-topic: dev role only). */
function drafts() {
  const out = [];
  const seedFiles = () => readdirSync(join(shared, 'seeds')).map((f) => ({ path: f, text: readFileSync(join(shared, 'seeds', f), 'utf8') }));
  if (setsArg.includes('dev')) out.push(['dev', join(shared, 'eval/dev/draft-dev.gold.json'), seedFiles()]);
  if (setsArg.includes('heldout')) {
    for (const f of readdirSync(join(repo, 'eval/heldout')).filter((x) => x.endsWith('.gold.json'))) out.push([f.slice(0, -10), join(repo, 'eval/heldout', f), seedFiles()]);
  }
  if (setsArg.includes('offtopic')) {
    for (const name of readdirSync(join(repo, 'eval/offtopic')).filter((n) => existsSync(join(repo, 'eval/offtopic', n, 'set.json')))) {
      const dir = join(repo, 'eval/offtopic', name);
      if (JSON.parse(readFileSync(join(dir, 'set.json'), 'utf8')).role !== 'dev') continue;
      const files = setCorpusFiles(dir);
      if (files) out.push([name, join(dir, `draft-${name}.gold.json`), files]);
    }
  }
  return out;
}

const STANCES = ['supports', 'conflicts', 'mentions', 'unrelated'];
const confusion = Object.fromEntries(['supports', 'conflicts'].map((g) => [g, Object.fromEntries(STANCES.map((p) => [p, 0]))]));
let retrieved = 0;
let total = 0;
const misses = [];
for (const [label, goldPath, files] of drafts()) {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const { corpus } = engine.buildCorpus(files);
  for (const claim of gold.claims) {
    for (const ev of claim.evidence) {
      total++;
      const passage = passageHolding(corpus, ev.source, ev.quote);
      if (!passage) { misses.push(`${label} ${claim.id}: gold quote not found in any passage of ${ev.source}`); continue; }
      const ranked = engine.searchCorpus(corpus, claim.text, 40).map((h) => h.passage);
      if (ranked.some((p) => p.sourceId === passage.sourceId && p.start < passage.end && passage.start < p.end)) retrieved++;
      const r = engine.judgeStance(claim.text, passage.text, engine.focusWithin(passage));
      confusion[ev.stance][r.stance]++;
      if (r.stance !== ev.stance) {
        const f = engine.stanceFeatures(claim.text, passage.text);
        const shown = ['coverage', 'contentCoverage', 'predicatesShare', 'namesShare', 'figuresShare', 'datesShare'].map((n) => `${n}=${f.features[engine.FEATURE_NAMES.indexOf(n)].toFixed(2)}`).join(' ');
        misses.push(`${label} ${claim.id} gold=${ev.stance} judged=${r.stance} ${r.confidence} (${r.reasons.join('; ')}) [${shown}${f.detectors.length ? ` detectors=${f.detectors}` : ''}]\n    C: ${claim.text}\n    P: ${passage.text.slice(r.focus.start, r.focus.end).replace(/\s+/g, ' ').slice(0, 240)}`);
      }
    }
  }
}


if (list) for (const m of misses) console.log(m);
console.log(`\ngold evidence items: ${total}; retrieved among the top 40 search hits: ${retrieved}`);
console.log(`gold \\ judged   ${STANCES.map((s) => s.padStart(10)).join('')}`);
for (const g of ['supports', 'conflicts']) console.log(`${g.padEnd(15)} ${STANCES.map((p) => String(confusion[g][p]).padStart(10)).join('')}`);
