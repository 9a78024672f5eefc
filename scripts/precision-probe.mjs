#!/usr/bin/env node
// Precision probe: how often does the engine call a claim contested when it should not? Figures, printed,
// never a test. Three parts, all deterministic:
//
// 1. Leave-one-out: each seed article in ../shared/seeds is checked as a draft against the other seeds.
//    The seeds really disagree on some facts, so every contested claim is printed with its conflicting
//    passage and reason for review by hand; the counts by reason type show where alarms come from.
// 2. The sample sources: every article in corpus/sources is checked as a draft against ../shared/seeds.
// 3. Perturbations: check-worthy seed sentences get one controlled edit (a figure changed, a weekday or
//    month day swapped, a predicate replaced by its opposite, a person's name swapped for a name from
//    another seed with the same title) and are checked against all the seeds. Edited sentences should be
//    contested (recall); the unedited sentences should not be (false-alarm rate).
//
// Flags: --seed N (default 11), --per-edit N (most edits per kind, default 40), --quiet (figures only).
// Skips with a message (exit 0) when ../shared is absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngineModule, numberFlag, prng, repo, shared } from './lib.mjs';

const seedsDir = join(shared, 'seeds');

const SEED = numberFlag('seed', 11);
const PER_EDIT = numberFlag('per-edit', 40);
const QUIET = process.argv.includes('--quiet');

if (!existsSync(seedsDir)) {
  console.log(`precision probe skipped: ${seedsDir} not found (the shared seed articles are not present)`);
  process.exit(0);
}

const engine = await loadEngineModule();
const seeds = readdirSync(seedsDir).filter((f) => /\.(txt|md)$/.test(f)).sort()
  .map((path) => ({ path, text: readFileSync(join(seedsDir, path), 'utf8') }));
const fullCorpus = engine.buildCorpus(seeds).corpus;

const log = (...args) => { if (!QUIET) console.log(...args); };

function reasonType(reason) {
  return reason.split(':')[0];
}

function clip(text, n = 160) {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** Prints the contested findings of one check and adds them to the tallies. */
function report(label, findings, tally) {
  for (const f of findings) {
    tally.claims++;
    if (f.verdict !== 'contested') continue;
    tally.contested++;
    log(`  [${label}] ${clip(f.claim.text, 200)}`);
    for (const e of f.evidence.filter((x) => x.stance === 'conflicts')) {
      log(`      vs ${e.source.id}: ${clip(focusText(e))}\n         (${e.reasons.join('; ')})`);
      for (const r of e.reasons) tally.byType[reasonType(r)] = (tally.byType[reasonType(r)] ?? 0) + 1;
    }
  }
}

function focusText(e) {
  const { passage } = e;
  return passage.text.slice(passage.focus.start - passage.start, passage.focus.end - passage.start);
}

function newTally() {
  return { claims: 0, contested: 0, byType: {} };
}

function printTally(title, t) {
  const types = Object.entries(t.byType).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`${title}: claims=${t.claims} contested=${t.contested} conflicts by reason: ${types || 'none'}`);
}

function leaveOneOut() {
  log('\n== leave-one-out: each seed as a draft against the other seeds');
  const tally = newTally();
  seeds.forEach((draft, i) => {
    const corpus = engine.buildCorpus(seeds.filter((_, k) => k !== i)).corpus;
    report(draft.path, engine.checkText(draft.text, corpus, {}, 'plaintext'), tally);
  });
  printTally('leave-one-out', tally);
}

function sampleSources() {
  const dir = join(repo, 'corpus/sources');
  if (!existsSync(dir)) return;
  log('\n== corpus/sources as drafts against the seeds');
  const tally = newTally();
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    report(file, engine.checkText(text, fullCorpus, {}, engine.formatForPath(file)), tally);
  }
  printTally('sample sources', tally);
}

// ---------------------------------------------------------------------------------------------
// Perturbations


const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINAL_WORDS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** Opposite predicates for the edit; a general list of news verbs, independent of the engine's lexicon. */
const OPPOSITES = [
  ['approved', 'rejected'], ['passed', 'rejected'], ['rose', 'fell'], ['increased', 'decreased'], ['won', 'lost'],
  ['opened', 'closed'], ['accepted', 'refused'], ['supported', 'opposed'], ['confirmed', 'denied'],
  ['resumed', 'suspended'], ['paused', 'resumed'], ['attended', 'skipped'], ['improved', 'worsened'],
  ['allowed', 'banned'], ['permanent', 'temporary'], ['temporary', 'permanent'], ['began', 'ended'],
  ['agreed', 'refused'], ['lifted', 'imposed'], ['backed', 'opposed'],
];
const TITLES = /\b(President|Chancellor|Prime Minister|Minister|spokesman|aide|Secretary|Ambassador|economist)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})(?![\p{L}'’])/gu;

/** Each edit kind returns the edited sentence, or undefined when it does not apply. */
const EDITS = {
  number(s, rnd) {
    const digits = [...s.matchAll(/(?<![\p{L}\d.,$-])(\d{1,3}(?:,\d{3})+|\d+)(?!\d|st\b|nd\b|rd\b|th\b)(?![-–]\d)/gu)]
      .filter((m) => !/^(?:19|20)\d\d$/.test(m[1]));
    if (digits.length) {
      const m = digits[Math.floor(rnd() * digits.length)];
      const v = Number(m[1].replace(/,/g, ''));
      const to = v < 10 ? v + 3 : Math.round(v * (1.5 + rnd()));
      return s.slice(0, m.index) + to.toLocaleString('en-US') + s.slice(m.index + m[1].length);
    }
    const word = new RegExp(`\\b(${[...NUMBER_WORDS, ...ORDINAL_WORDS].join('|')})\\b`, 'i').exec(s);
    if (!word) return undefined;
    const list = NUMBER_WORDS.includes(word[1].toLowerCase()) ? NUMBER_WORDS : ORDINAL_WORDS;
    const at = list.indexOf(word[1].toLowerCase());
    const to = list[(at + 2) % list.length];
    return s.slice(0, word.index) + matchCase(word[1], to) + s.slice(word.index + word[1].length);
  },
  weekday(s) {
    const m = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`).exec(s);
    if (!m) return undefined;
    return s.slice(0, m.index) + WEEKDAYS[(WEEKDAYS.indexOf(m[1]) + 3) % 7] + s.slice(m.index + m[1].length);
  },
  monthday(s) {
    const m = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b`).exec(s);
    if (!m) return undefined;
    const day = Number(m[2]) > 20 ? Number(m[2]) - 7 : Number(m[2]) + 5;
    return s.slice(0, m.index) + `${m[1]} ${day}` + s.slice(m.index + m[0].length);
  },
  antonym(s) {
    for (const [from, to] of OPPOSITES) {
      const m = new RegExp(`\\b${from}\\b`, 'i').exec(s);
      if (m) return s.slice(0, m.index) + matchCase(m[0], to) + s.slice(m.index + m[0].length);
    }
    return undefined;
  },
  name(s, rnd, ctx) {
    for (const m of s.matchAll(TITLES)) {
      const holder = m[2].trim();
      const rivals = ctx.holders.filter((h) => h.title === m[1] && h.seed !== ctx.seed && !sharesWord(h.name, s));
      if (!rivals.length) continue;
      const rival = rivals[Math.floor(rnd() * rivals.length)].name;
      const at = m.index + m[0].indexOf(holder);
      return s.slice(0, at) + rival + s.slice(at + holder.length);
    }
    return undefined;
  },
};

function sharesWord(a, b) {
  const words = new Set(a.toLowerCase().split(/\s+/));
  return b.toLowerCase().split(/\s+/).some((w) => words.has(w));
}

function matchCase(like, word) {
  return /^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word;
}

/** "<title> <Name>" pairs of every seed, for the name-swap edit. */
function titleHolders() {
  const out = [];
  seeds.forEach((s, seed) => {
    for (const m of s.text.matchAll(TITLES)) out.push({ seed, title: m[1], name: m[2].trim() });
  });
  return out;
}

function perturbations() {
  const rnd = prng(SEED);
  const holders = titleHolders();
  const checker = engine.createChecker(fullCorpus);
  const verdictOf = (sentence) => checker.check(sentence, 'plaintext')[0];
  const sentences = seeds.flatMap((s, seed) => engine.detectClaims(s.text, 'plaintext')
    .map((c) => ({ seed, text: c.text.replace(/\s+/g, ' ').trim() })))
    .filter((c) => c.text.length < 400);

  log(`\n== perturbations (seed ${SEED}): ${sentences.length} seed claims`);
  let unedited = 0;
  let falseAlarms = 0;
  for (const s of sentences) {
    const f = verdictOf(s.text);
    if (!f) continue;
    unedited++;
    if (f.verdict !== 'contested') continue;
    falseAlarms++;
    const e = f.evidence.find((x) => x.stance === 'conflicts');
    log(`  [unedited contested] ${clip(s.text, 200)}\n      vs ${e.source.id}: ${clip(focusText(e))}\n         (${e.reasons.join('; ')})`);
  }

  const rows = [];
  for (const [kind, edit] of Object.entries(EDITS)) {
    const order = sentences.map((s) => [rnd(), s]).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
    let tried = 0;
    let caught = 0;
    for (const s of order) {
      if (tried >= PER_EDIT) break;
      const edited = edit(s.text, rnd, { holders, seed: s.seed });
      if (!edited || edited === s.text) continue;
      const f = verdictOf(edited);
      if (!f) continue;
      tried++;
      if (f.verdict === 'contested') caught++;
      else log(`  [missed ${kind}] ${clip(edited, 200)} -> ${f.verdict}`);
    }
    rows.push({ kind, tried, caught });
  }
  const tried = rows.reduce((n, r) => n + r.tried, 0);
  const caught = rows.reduce((n, r) => n + r.caught, 0);
  console.log(`perturbation recall: ${caught}/${tried} = ${(caught / Math.max(1, tried)).toFixed(3)} `
    + `(${rows.map((r) => `${r.kind} ${r.caught}/${r.tried}`).join(', ')})`);
  console.log(`unedited false-alarm rate: ${falseAlarms}/${unedited} = ${(falseAlarms / Math.max(1, unedited)).toFixed(3)}`);
}

leaveOneOut();
sampleSources();
perturbations();
