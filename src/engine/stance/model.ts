/**
 * The learned stance model: small neural networks (one hidden layer, or none) over the features of
 * features.ts, trained by `npm run train` (scripts/train-stance.mjs) and committed as model.weights.json.
 * Two heads share the features and detectors: `passage`, for a claim against a passage of a few sentences
 * (what a check does), and `article`, for a claim against a whole article (FNC-1's task, where a body that
 * reports a claim without vouching for it "discusses" it). The file is validated on load; a damaged one is
 * reported by what is wrong with it.
 *
 * The model weighs; it does not invent reasons. A conflict needs a detector's finding (the reason the
 * editor reads), and support needs every name, figure and date of the claim stated and nothing negated or
 * opposed (see allowedStances).
 */
import { z } from 'zod';
import type { Stance } from '../types';
import { STANCES } from '../types';
import { FEATURE_NAMES } from './features';
import weightsFile from './model.weights.json';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const vector = z.array(finite);
const layerSchema = z.object({ weights: z.array(vector).min(1), bias: vector });
const headSchema = z.object({ mean: vector, scale: vector, hidden: layerSchema.nullable(), output: layerSchema });

/** The weights file, as `npm run train` writes it. */
export const modelSchema = z.object({
  format: z.literal('corroborate-stance-model'),
  version: z.literal(2),
  features: z.array(z.string()).min(1),
  classes: z.array(z.enum(STANCES)).length(STANCES.length),
  /** From this many sentences on, a passage is a whole article and the article head judges it. */
  articleSentences: z.number().int().positive(),
  heads: z.object({ passage: headSchema, article: headSchema }),
}).passthrough();

export type StanceModel = z.infer<typeof modelSchema>;
export type StanceHead = z.infer<typeof headSchema>;

/**
 * Validates a weights file: its shape (zod), then that its dimensions agree with each other and its
 * features are the engine's. Throws an error that names the problem.
 */
export function loadModel(data: unknown): StanceModel {
  const parsed = modelSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`stance model: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  const m = parsed.data;
  const d = m.features.length;
  const problems: string[] = [];
  if (m.features.join() !== FEATURE_NAMES.join()) {
    const i = m.features.findIndex((f, k) => f !== FEATURE_NAMES[k]);
    problems.push(`features differ from the engine's at position ${i < 0 ? Math.min(d, FEATURE_NAMES.length) : i} (retrain with npm run train)`);
  }
  for (const [name, h] of Object.entries(m.heads)) {
    const at = `heads.${name}`;
    if (h.mean.length !== d || h.scale.length !== d) problems.push(`${at}: mean and scale need ${d} numbers each`);
    if (h.scale.some((x) => x <= 0)) problems.push(`${at}: scale values must be positive`);
    const width = h.hidden ? h.hidden.bias.length : d;
    if (h.hidden && (h.hidden.weights.length !== width || h.hidden.weights.some((r) => r.length !== d))) problems.push(`${at}.hidden.weights must be ${width} rows of ${d} numbers`);
    if (h.output.weights.length !== m.classes.length || h.output.bias.length !== m.classes.length) problems.push(`${at}.output needs ${m.classes.length} rows and biases`);
    if (h.output.weights.some((r) => r.length !== width)) problems.push(`${at}.output.weights rows need ${width} numbers`);
  }
  if (problems.length) throw new Error(`stance model: ${problems.join('; ')}`);
  return m;
}

let model: StanceModel | undefined;

/** The committed model (validated once). */
export function stanceModel(): StanceModel {
  model ??= loadModel(weightsFile);
  return model;
}

/** The head that judges a passage of this many sentences. */
export function headFor(m: StanceModel, sentences: number): StanceHead {
  return sentences >= m.articleSentences ? m.heads.article : m.heads.passage;
}

/** Class probabilities for a feature vector, from the head for a passage of `sentences` sentences. */
export function predict(m: StanceModel, features: number[], sentences: number): Record<Stance, number> {
  const h = headFor(m, sentences);
  let x = features.map((v, i) => (v - h.mean[i]) / h.scale[i]);
  if (h.hidden) x = h.hidden.weights.map((row, j) => Math.max(0, dot(row, x) + (h.hidden as { bias: number[] }).bias[j]));
  const logits = h.output.weights.map((row, c) => dot(row, x) + h.output.bias[c]);
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(m.classes.map((c, i) => [c, exp[i] / sum])) as Record<Stance, number>;
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Share of the claim a passage's central sentence states for a refutation alone to contest it. */
const REFUTED_COVERAGE = 0.9;

/** Strength from which a detector's finding decides a conflict by itself (the negation and refutation cues weigh less). */
export const DECISIVE_FINDING = 0.7;

/** The stance and its confidence with the committed model, for a passage of `sentences` sentences. */
export function decide(features: number[], sentences: number): { stance: Stance; confidence: number } {
  return decideWith(stanceModel(), features, sentences);
}

/**
 * The stance and its confidence: a decisive finding is a conflict; otherwise the most probable stance the
 * evidence allows (see {@link allowedStances}). Training measures with the same function.
 */
export function decideWith(m: StanceModel, features: number[], sentences: number): { stance: Stance; confidence: number } {
  const at = (name: string): number => features[FEATURE_NAMES.indexOf(name)];
  // A passage of a few sentences that only calls something false or a hoax contests the claim only when it
  // states nearly all of it ("Reports that X sold the depot are false"): news drafts report hoaxes and what
  // followed them ("The made-up piece said…", "His name became a trending topic"), and a sentence that calls
  // "the story" fake seldom says which part. A whole article that calls it false (FNC-1's "disagree") may.
  const refutationOnly = sentences < m.articleSentences && at('detector:refutation') > 0 && at('findings') * 3 <= 1
    && at('coverage') < REFUTED_COVERAGE;
  const allowed = allowedStances(features).filter((s) => s !== 'conflicts' || !refutationOnly);
  if (allowed.length === 1) return { stance: allowed[0], confidence: 1 };
  const p = predict(m, features, sentences);
  const strongest = at('strongestFinding');
  if (strongest >= DECISIVE_FINDING) return { stance: 'conflicts', confidence: Math.round(Math.max(strongest, p.conflicts) * 100) / 100 };
  const paraphrase = sentences < m.articleSentences && at('coverage') >= PARAPHRASE_COVERAGE && at('contentCoverage') >= PARAPHRASE_CONTENT;
  if (allowed.includes('supports') && paraphrase) {
    return { stance: 'supports', confidence: Math.round(Math.max(at('coverage'), p.supports) * 100) / 100 };
  }
  const stance = allowed.reduce((a, b) => (p[b] > p[a] ? b : a));
  return { stance, confidence: Math.round(p[stance] * 100) / 100 };
}

/**
 * A passage of a few sentences that the support check allows to support a claim (every name, figure and
 * date stated, nothing negated, opposed or substituted) and that states this much of the claim, and this
 * much of its content words, states the same fact in other words: it supports, whatever the passage head's
 * weighing (it under-rates sentence paraphrases). A whole article that states a claim may only report it
 * (FNC-1's "discuss"): the article head decides that.
 */
const PARAPHRASE_COVERAGE = 0.7;
const PARAPHRASE_CONTENT = 0.6;

/** Least share of the claim's content (names aside) a supporting passage states. */
const SUPPORT_FLOOR = 0.5;
/** Share from which a passage may support a claim though it leaves a predicate unstated (people reword verbs). */
const REWORDED_PREDICATE_FLOOR = 0.65;

/**
 * The stances the evidence allows, read off the feature vector (so that training scores the same rules):
 * - nothing of the claim in the passage and no finding: only `unrelated`;
 * - a conflict needs a detector's finding, and a pair with a finding never supports;
 * - support needs every name, figure and date stated, nothing negated or opposed, at least half the claim's
 *   content, and all of its predicates, unless most of the rest is stated and no other predicate stands in
 *   the unstated one's place: people reword verbs WordNet cannot relate ("will double as a warehouse" /
 *   "would function as a mini-warehouse"), but "passed the levy" is not "debated the levy".
 */
export function allowedStances(features: number[]): Stance[] {
  const at = (name: string): number => features[FEATURE_NAMES.indexOf(name)];
  const finding = at('findings') > 0;
  if (at('windowCoverage') === 0 && !finding) return ['unrelated'];
  const supportable = !finding && at('namesShare') === 1 && at('figuresShare') === 1 && at('datesShare') === 1
    && !at('negationMismatch') && !at('opposed') && at('contentCoverage') >= SUPPORT_FLOOR
    && (at('predicatesShare') > 0 || at('contentCoverage') >= REWORDED_PREDICATE_FLOOR) && !at('substituted');
  return STANCES.filter((s) => (s !== 'conflicts' || finding) && (s !== 'supports' || supportable));
}
