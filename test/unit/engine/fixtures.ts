/** Helpers for engine tests: fixture files and inline expectation markers. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InputFile } from '../../../src/engine';

/** The engine fixtures folder (tests run from out/test/unit/engine). */
export const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'engine');

/** Reads every file of a fixture folder as corpus input. */
export function fixtureCorpus(folder: string): InputFile[] {
  const dir = path.join(FIXTURES, folder);
  return fs.readdirSync(dir).sort().map((name) => ({ path: name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** An expectation written after a sentence as `<!-- expect: contested number -->`. */
export interface Marker {
  /** Offset where the marker comment starts; the sentence it describes ends just before it. */
  at: number;
  expected: string;
  /** Optional reason kind ("number", "date", "predicate"...). */
  reason?: string;
}

/**
 * Finds expectation markers. They are HTML comments, which the Markdown
 * reader already skips, so the draft's offsets need no re-mapping.
 */
export function markers(text: string): Marker[] {
  return [...text.matchAll(/<!--\s*expect:\s*(\w+)(?:\s+(\w+))?\s*-->/g)].map((m) => ({
    at: m.index ?? 0,
    expected: m[1],
    reason: m[2],
  }));
}

/** An invented transcript: a moderator, then two speakers; one turn runs over two paragraphs. */
export const TRANSCRIPT = [
  'MODERATOR: Welcome to the Riverton forum. Mayor, what about the dam?',
  'OSEI: The council will rebuild the Riverton dam by 2027. It will cost 40 million dollars.',
  'We hired thirty engineers for the work.',
  'VASQUEZ: The dam will never be rebuilt on time.',
].join('\n\n');
