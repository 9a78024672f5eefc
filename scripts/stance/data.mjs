// Training and measurement data for the stance model, from ../shared/data:
// - FNC-1 training pairs (headline = claim, body = passage), split by body as the FNC-1 baseline does
//   (splits/training_ids.txt to train, splits/hold_out_ids.txt to tune);
// - Climate-FEVER claim–evidence pairs, folded by claim;
// - pairs generated from FNC-1 training bodies (scripts/stance/perturb.ts);
// - the gold evidence of the off-topic sets retired to development (draftPairs).
// Every FNC-1 story cluster that holds a body of a blind off-topic set (eval/offtopic/*/set.json whose role is
// not `dev`), or of a development set left out to be measured as unseen (leaveOut), is left out of all of
// them: no headline or body of those stories is trained on. The development sets' stories are trained on,
// like their gold (their figures are development figures, not blind ones).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngineModule, passageHolding, prng, repo, shared } from '../lib.mjs';
import { setCorpusFiles } from '../set-corpus.mjs';
import { readTrainBodies, readTrainStances, storyOf } from '../fnc-bodies.mjs';

const fnc = join(shared, 'data/fnc-1');
const LABEL = { agree: 'supports', disagree: 'conflicts', discuss: 'mentions', unrelated: 'unrelated' };

/** Is the shared data there? */
export function haveData() {
  return existsSync(join(fnc, 'train_bodies.csv')) && existsSync(join(shared, 'data/climate-fever/climate-fever.jsonl'));
}

let cache;
/** Development sets left out of training, to be measured as unseen (see leaveOut). */
let leftOut = new Set();

/** Leaves these development sets out of every source (their stories and their gold), as the blind sets are. */
export function leaveOut(names) {
  leftOut = new Set(names);
  cache = undefined;
}

/** FNC-1 training bodies and stances, the body-ID split, and the bodies and headlines of the blind stories. */
export function fncTraining() {
  if (cache) return cache;
  const bodies = readTrainBodies();
  const stances = readTrainStances();
  const ids = (f) => new Set(readFileSync(join(fnc, 'splits', f), 'utf8').split(/\s+/).filter(Boolean));
  const blind = blindClusters(stances);
  cache = { bodies, stances, train: ids('training_ids.txt'), holdOut: ids('hold_out_ids.txt'), blind };
  return cache;
}

/**
 * The story clusters of the blind off-topic sets and of those left out: headlines and bodies joined by related
 * (non-"unrelated") stances, grown from every body such a set uses.
 */
function blindClusters(stances) {
  const dir = join(repo, 'eval/offtopic');
  const seeds = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'set.json')))
    .map((n) => [n, JSON.parse(readFileSync(join(dir, n, 'set.json'), 'utf8'))])
    .filter(([n, set]) => set.role !== 'dev' || leftOut.has(n))
    .flatMap(([, set]) => (set.bodies ?? []).map(String));
  return storyOf(stances, seeds);
}

/** FNC-1 pairs of the given body split ('train' or 'holdOut'), blind stories left out, as {claim, passage, label}. */
export function fncPairs(split) {
  const { bodies, stances, blind } = fncTraining();
  const keep = fncTraining()[split];
  return stances
    .filter((s) => keep.has(s['Body ID']) && !blind.bodies.has(s['Body ID']) && !blind.headlines.has(s.Headline))
    .map((s) => ({ claim: s.Headline, passage: bodies.get(s['Body ID']), label: LABEL[s.Stance], fnc: s.Stance, source: 'fnc' }));
}

/**
 * FNC-1 pairs of a split at passage level: the headline against the window of three sentences around the
 * body sentence that states most of it (the headline restates that sentence in an editor's words). `windowFor`
 * is the engine's. Unrelated pairs are kept at `unrelatedShare`.
 */
export function fncPassagePairs(split, windowFor, unrelatedShare = 0.15) {
  return fncPairs(split).filter((p, i) => p.label !== 'unrelated' || i % Math.round(1 / unrelatedShare) === 0)
    .map((p) => ({ ...p, passage: windowFor(p.claim, p.passage), source: 'fnc-passage' }));
}

/** Climate-FEVER claim–evidence pairs with their claim's fold (0–4, by claim id). */
export function climateFeverPairs() {
  const LABELS = { SUPPORTS: 'supports', REFUTES: 'conflicts', NOT_ENOUGH_INFO: 'mentions' };
  return readFileSync(join(shared, 'data/climate-fever/climate-fever.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l))
    .flatMap((c) => c.evidences.map((e) => ({ claim: c.claim, passage: e.evidence, label: LABELS[e.evidence_label], fold: Number(c.claim_id) % 5, claimId: c.claim_id, source: 'climate-fever' })));
}

/**
 * Pairs generated from FNC-1 training bodies (blind stories left out): `articles` bodies from the start of
 * a seeded shuffle for training, and the next `heldOut` for measuring.
 */
export async function generatedPairs({ articles, heldOut, seed }) {
  const { bodies, train, blind } = fncTraining();
  const gen = await loadEngineModule('scripts/stance/perturb.ts');
  const usable = [...train].filter((id) => bodies.has(id) && !blind.bodies.has(id)).sort((a, b) => Number(a) - Number(b));
  const order = shuffled(usable, seed);
  const make = (ids, s) => gen.generatePairs(ids.map((id) => ({ id, text: bodies.get(id) })), s, 3).map((p) => ({ ...p, source: 'generated' }));
  // The held-out articles come off the end, at most a sixth of those left once every blind set's story is
  // excluded, so that the hold-out never runs dry as sets are added.
  const held = Math.min(heldOut, Math.floor(order.length / 6));
  return { train: make(order.slice(0, Math.min(articles, order.length - held)), seed), heldOut: make(order.slice(order.length - held), seed + 1) };
}

/** A seeded Fisher–Yates shuffle (a copy). */
export function shuffled(xs, seed) {
  const rnd = prng(seed);
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Pairs from the off-topic sets whose role is `dev` (written blind, measured, then retired to development):
 * each gold evidence quote gives its claim against the corpus passage centred on it (`supports` or
 * `conflicts`), and each unverified claim gives `mentions` against the passages retrieved for it. Sets named
 * left out (see leaveOut) are skipped, so that they can be measured as unseen. The `final` sets are never read here.
 */
export function draftPairs(engine, perUnverified = 4) {
  const dir = join(repo, 'eval/offtopic');
  const pairs = [];
  for (const name of readdirSync(dir).filter((n) => existsSync(join(dir, n, 'set.json'))).sort()) {
    const set = JSON.parse(readFileSync(join(dir, name, 'set.json'), 'utf8'));
    if (set.role !== 'dev' || leftOut.has(name)) continue;
    const gold = JSON.parse(readFileSync(join(dir, name, `draft-${name}.gold.json`), 'utf8'));
    const { corpus } = engine.buildCorpus(setCorpusFiles(join(dir, name)));
    for (const claim of gold.claims) {
      const add = (passage, label) => pairs.push({ claim: claim.text, passage: passage.text, label, source: 'drafts', set: name });
      if (claim.verdict === 'unverified') {
        for (const hit of engine.searchCorpus(corpus, claim.text, perUnverified)) add(hit.passage, 'mentions');
        continue;
      }
      for (const ev of claim.evidence) {
        const passage = passageHolding(corpus, ev.source, ev.quote);
        if (passage) add(passage, ev.stance);
      }
    }
  }
  return pairs;
}
