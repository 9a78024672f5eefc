#!/usr/bin/env node
// Which off-topic sets tell the same FNC-1 story. A blind (final) set must tell a story no other set tells: an
// unused body of a story a development set already tells is not blind to the story. Bodies belong to one story
// when FNC-1's training stances join them through related headlines (see storyOf in fnc-bodies.mjs).
//
//   node scripts/set-stories.mjs                 every final set that shares its story (exit 1 if any)
//   node scripts/set-stories.mjs --bodies 1622   the sets whose story these candidate bodies belong to
// A transcript, debate or address set has no FNC-1 story: its story is its source, so a final one shares its story
// when another set names the same transcript, debate or address. Exit 2 when ../shared's FNC-1 data is absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readTrainStances, storyOf } from './fnc-bodies.mjs';
import { repo } from './lib.mjs';
import { setSource } from './set-corpus.mjs';

const SetRole = z.object({ role: z.enum(['dev', 'final']) });

/**
 * The committed sets: {name, role, bodies} for FNC-1 bodies, {name, role, file} for a transcript, debate or address. A
 * set.json without a source or a role is an error that names it.
 */
export function committedSets(dir = join(repo, 'eval/offtopic')) {
  return readdirSync(dir).filter((n) => existsSync(join(dir, n, 'set.json'))).map((name) => {
    const source = setSource(join(dir, name));
    const role = SetRole.safeParse(JSON.parse(readFileSync(join(dir, name, 'set.json'), 'utf8')));
    if (!role.success) throw new Error(`${join(dir, name)}/set.json: give "role": "dev" or "final"`);
    return 'bodies' in source ? { name, role: role.data.role, bodies: source.bodies.map(String) } : { name, role: role.data.role, file: source.transcript ?? source.debate ?? source.address };
  });
}

/** The sets (other than `except`) with a body in the story of `bodies`. */
export function setsTelling(stances, sets, bodies, except) {
  const story = storyOf(stances, bodies);
  return sets.filter((s) => s.name !== except && s.bodies?.some((b) => story.bodies.has(b))).map((s) => s.name);
}

/** The sets (other than `except`) that share `set`'s story: its FNC-1 story, or its transcript, debate or address. */
function sharing(stances, sets, set) {
  return set.bodies ? setsTelling(stances, sets, set.bodies, set.name) : sets.filter((s) => s.name !== set.name && s.file === set.file).map((s) => s.name);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stances = readTrainStances();
  if (!stances) { console.error('../shared/data/fnc-1/train-split-ukp not found: no story to check'); process.exit(2); }
  const sets = committedSets();
  const i = process.argv.indexOf('--bodies');
  if (i > 0) {
    const bodies = (process.argv[i + 1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const tellers = setsTelling(stances, sets, bodies);
    console.log(tellers.length ? `bodies ${bodies.join(',')}: the story of ${tellers.join(', ')}` : `bodies ${bodies.join(',')}: a story no set tells`);
    process.exit(0);
  }
  let shared = 0;
  for (const s of sets.filter((x) => x.role !== 'dev')) {
    const others = sharing(stances, sets, s);
    if (others.length) { shared++; console.log(`${s.name} (${s.role}) tells the story of ${others.join(', ')}`); }
  }
  console.log(`${sets.filter((x) => x.role !== 'dev').length} final sets; ${shared} share a story with another set`);
  process.exit(shared ? 1 : 0);
}
