#!/usr/bin/env node
// A large corpus for `npm run bench`: N articles re-mixed from the FNC-1 article bodies in ../shared/data/fnc-1
// (train, competition test and ARC bodies), or generated from a small invented vocabulary when they are absent.
// Each article takes its paragraphs from several bodies, in a seeded order, so 10,000 articles of real news
// prose have realistic sizes, vocabulary and sentence shapes without 10,000 copies of the same text.
// Nothing written here is committed: the files go to the folder given.
//
//   node scripts/bench-corpus.mjs --articles 10000 --out DIR [--seed 7]
//
// `remixedArticles(n, seed)` returns [{ path, text }] and `benchQueries(articles, n, seed)` claim-like queries:
// sentences taken from the corpus with a figure or name changed, which is what retrieval is asked for.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { numberFlag, parseCsvRecords, prng, shared } from './lib.mjs';

const BODY_FILES = ['train_bodies.csv', 'competition_test_bodies.csv', 'arc/arc_bodies.csv'];

/** Paragraphs of every FNC-1 body found, or null when the shared data is absent. */
function fncParagraphs() {
  const dir = join(shared, 'data/fnc-1');
  const files = BODY_FILES.map((f) => join(dir, f)).filter((f) => existsSync(f));
  if (!files.length) return null;
  const paragraphs = [];
  const seen = new Set();
  for (const file of files) {
    for (const record of parseCsvRecords(readFileSync(file, 'utf8'))) {
      for (const p of String(record.articleBody ?? '').split(/\n\s*\n|\n/)) {
        const t = p.trim();
        if (t.length < 40 || seen.has(t)) continue;
        seen.add(t);
        paragraphs.push(t);
      }
    }
  }
  return paragraphs;
}

const WORDS = 'council vote budget harbour bridge ferry library school mayor treasurer residents plan project report million percent week month year said told reporters approved rejected opened closed rose fell'.split(' ');
const NAMES = ['Brookhaven', 'Eastmere', 'Lowmoor', 'Carrow', 'Ardenvale', 'Saltmarsh', 'Kingsford', 'Oakhurst', 'Okafor', 'Reyes', 'Voss', 'Lindqvist', 'Haddad', 'Brennan', 'Moreau', 'Tanaka'];

/** Generated paragraphs, used when FNC-1 is absent: sentences of invented names, figures and common words. */
function generatedParagraphs(random, count) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => (random() < 0.15 ? pick(NAMES) : random() < 0.08 ? String(Math.floor(random() * 900) + 2) : pick(WORDS)));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  return Array.from({ length: count }, () => Array.from({ length: 2 + Math.floor(random() * 4) }, sentence).join(' '));
}

/** `n` articles of 10 to 22 paragraphs each (about 4 KB, like the 41 MB for 10,000), drawn from the pool in a seeded order. */
export function remixedArticles(n, seed = 7) {
  const random = prng(seed);
  const pool = fncParagraphs() ?? generatedParagraphs(random, 20000);
  const origin = existsSync(join(shared, 'data/fnc-1/train_bodies.csv')) ? 'FNC-1 bodies, re-mixed' : 'generated (FNC-1 not found)';
  const articles = [];
  for (let i = 0; i < n; i++) {
    const count = 10 + Math.floor(random() * 13);
    const paragraphs = Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)]);
    articles.push({ path: `a${String(i).padStart(5, '0')}.txt`, text: `${paragraphs.join('\n\n')}\n` });
  }
  return { articles, origin };
}

/**
 * `n` claim-like queries: a sentence of a random article, often with one figure changed, the way a draft
 * restates or misstates a source. Only sentences of 6 to 40 words are used.
 */
export function benchQueries(articles, n, seed = 11) {
  const random = prng(seed);
  const queries = [];
  for (let guard = 0; queries.length < n && guard < n * 50; guard++) {
    const text = articles[Math.floor(random() * articles.length)].text;
    const sentences = text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => { const w = s.split(/\s+/).length; return w >= 6 && w <= 40; });
    if (!sentences.length) continue;
    let q = sentences[Math.floor(random() * sentences.length)];
    if (random() < 0.5) q = q.replace(/\d+/, (d) => String(Number(d) + 1 + Math.floor(random() * 9)));
    queries.push(q);
  }
  return queries;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : undefined;
  if (!out) {
    console.error('usage: node scripts/bench-corpus.mjs --articles N --out DIR [--seed S] [--queries N]');
    process.exit(2);
  }
  const { articles, origin } = remixedArticles(numberFlag('articles', 10000), numberFlag('seed', 7));
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const a of articles) {
    writeFileSync(join(out, a.path), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  const queries = numberFlag('queries', 0);
  if (queries > 0) writeFileSync(join(out, '..', 'queries.jsonl'), benchQueries(articles, queries).map((query, k) => JSON.stringify({ id: `q${k + 1}`, query })).join('\n') + '\n');
  console.log(`${articles.length} articles (${origin}), ${(bytes / 1e6).toFixed(1)} MB in ${out}`);
}
